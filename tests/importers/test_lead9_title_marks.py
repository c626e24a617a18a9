"""Arrows and emoji after a title are cut (``Widget Nets →``, ``Gadget Flows 🔥``), and only
there: the cut is the trailing run of marks and spaces, and a title with a mark inside keeps it.
The rule is checked against a plain character-by-character statement of it, on titles built from
marks, spaces and words, including long runs that once took the pattern seconds (one try per
position). The short name at a paper line's end is found as by its first pattern, and a bold
venue's name is short (review9: both took seconds on long odd lines)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from catalogue.ingest.importers._detail_lines import venue_run
from catalogue.ingest.importers._paper_lines import _TRAIL_NAME_RE
from catalogue.ingest.importers._title import _TRAIL_MARKS_RE

MARKS = ["→", "⇒", "➡", "⟶", "➜", "🔥", "📄", "\ufe0f"]


def _is_mark(ch: str) -> bool:
    return bool(_TRAIL_MARKS_RE.fullmatch(ch))


def _by_hand(title: str) -> str:
    """Strip trailing spaces and marks; keep the title whole if no mark was among them."""
    end = len(title)
    while end and (title[end - 1].isspace() or _is_mark(title[end - 1])):
        end -= 1
    tail = title[end:]
    return title[:end] if any(_is_mark(ch) for ch in tail) else title


@given(st.lists(st.sampled_from([*MARKS, " ", "  ", "Widget", "Nets", "x"]), max_size=30))
def test_trailing_marks_are_cut_and_nothing_else(pieces: list[str]) -> None:
    title = "".join(pieces)
    assert _TRAIL_MARKS_RE.sub("", title) == _by_hand(title)


def test_a_long_run_of_marks_before_a_word_is_kept() -> None:
    title = "→ " * 5000 + "Widget"
    assert _TRAIL_MARKS_RE.sub("", title) == title
    assert _TRAIL_MARKS_RE.sub("", "Widget Nets " + "→ " * 5000) == "Widget Nets"


# The short name at a paper line's end, as first written (one try per position in a run of
# spaces): the faster pattern must find the same names.
_TRAIL_NAME_PLAIN = re.compile(
    r"(?:\s*[(（](?P<bracketed>[^\W_][^\s()（）]{0,24})[)）]|\s{3,}(?P<bare>[^\W\d_][\w.+-]{1,24}))"
    r"\s*$"
)


@given(
    st.lists(
        st.sampled_from([" ", "   ", "(", ")", "（", "）", "Widget", "Net", "x1", "."]), max_size=25
    )
)
def test_a_short_name_after_a_paper_line_is_found_as_before(pieces: list[str]) -> None:
    line = "".join(pieces)
    plain, fast = _TRAIL_NAME_PLAIN.search(line), _TRAIL_NAME_RE.search(line)
    assert (plain and (plain.span(), plain.groupdict())) == (
        fast and (fast.span(), fast.groupdict())
    )


def test_a_venue_run_is_short() -> None:
    assert venue_run("Findings of EMNLP 2023") and venue_run("IJCNLP-AACL 2025")
    assert not venue_run("A" * 2000 + " 2020")
