"""Any list, however odd, is read to the end: the generic reader neither raises nor loops for
ever on lines built from the pieces real lists are made of (links with nothing inside them, HTML
anchors around images, emoji, brackets, names, years, tables). A loop that makes no progress hung
the reader once (``<a href="…"><img …></a>`` in front of a title)."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalogue.ingest.importers import get

PIECES = [
    "[PDF](https://arxiv.org/abs/2101.00001)",
    "[](https://example.org/empty)",
    "[![x](https://img.shields.io/badge/x-y-z)](https://github.com/a/b)",
    '<a href="https://arxiv.org/abs/2101.00002"><img src="t.png"></a>',
    '<a href="https://example.org/a">Widget Nets</a>',
    "**Widget Learning at Scale**",
    "*Ann Lee, Bo Chan*",
    "Ann Lee and Bo Chan.",
    "Lee, A., Chan, B.:",
    "(2020)",
    "NeurIPS 2021",
    "[CVPR'22]",
    "📄",
    "🔥",
    "|",
    " - ",
    ":",
    "https://arxiv.org/abs/2101.00003",
    "<br>",
    "`code`",
    "et al.",
    "Vol. 3. No. 4.",
    "[[code]](https://github.com/c/d)",
    "Title:",
    "Paper:",
]
STARTS = ["- ", "* ", "1. ", "### ", "| ", "> ", "", "  - ", "<li>", "<details>", "<div>"]

line = st.builds(
    lambda start, pieces: start + " ".join(pieces),
    st.sampled_from(STARTS),
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=6),
)


@contextmanager
def _watchdog(seconds: int) -> Iterator[None]:
    def stop(signum: int, frame: object) -> None:
        raise TimeoutError(f"the reader ran for more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@settings(
    max_examples=150,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.lists(line, min_size=1, max_size=8))
def test_the_reader_finishes_every_list(lines: list[str]) -> None:
    text = "# Widgets\n\n## Papers\n\n" + "\n".join(lines) + "\n"
    with _watchdog(30):  # a hang, not a slow read: a list of 8 lines takes milliseconds
        result = get("generic").read(text, "fuzz")
    assert all(e.entry.line >= 1 for e in result.entries)


def test_an_html_anchor_around_an_image_before_a_title_is_read() -> None:
    text = (
        "## Papers\n\n"
        '<p>\n<a href="https://arxiv.org/abs/2101.33333"><img src="thumb.png"></a>\n'
        "<b>Widget Thumbnails for Retrieval</b><br>\nAnn Lee<br>\nCVPR 2021\n</p>\n"
    )
    with _watchdog(30):
        entries = get("generic").read(text, "mine").entries
    assert [(e.entry.title, [x.url for x in e.entry.links]) for e in entries] == [
        ("Widget Thumbnails for Retrieval", ["https://arxiv.org/abs/2101.33333"])
    ]
