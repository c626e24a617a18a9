# ruff: noqa: E501  (list lines are as long as lists write them)
"""Citation text forms (issue 12): how an entry's words split into authors, title, venue and year
where lists write them in orders the reader did not know. Each list is a few lines of our own."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _fields(result: ImportResult) -> list[tuple[str | None, list[str], str | None, int | None]]:
    return [
        (e.entry.title, list(e.entry.authors), e.entry.venue, e.entry.year) for e in result.entries
    ]


# Authors after the venue: set off by a spaced dash or a bar, or after a year in brackets.
AUTHORS_AFTER_VENUE = """\
# Widgets

- [Widget Transformers at Scale](https://arxiv.org/abs/2101.00002) — ICLR 2022 — Ann Lee, Bo Chan
- [Sparse Gadget Networks](https://arxiv.org/abs/2101.00003) — NeurIPS 2021 — Cy Dee
- Contrastive Widget Pretraining | CVPR 2021 | Ann Lee, Bo Chan | [code](https://github.com/ann/cwp)
- [Gadget Pruning Revisited](https://arxiv.org/abs/2104.00005) (2024) — *Di Eng, Fa Gu*
- [Widget Folding](https://arxiv.org/abs/2104.00006) — ICLR 2022 — Honorable Mention
"""


def test_authors_after_the_venue() -> None:
    assert _fields(_read(AUTHORS_AFTER_VENUE)) == [
        ("Widget Transformers at Scale", ["Ann Lee", "Bo Chan"], "ICLR", 2022),
        ("Sparse Gadget Networks", ["Cy Dee"], "NeurIPS", 2021),
        ("Contrastive Widget Pretraining", ["Ann Lee", "Bo Chan"], "CVPR", 2021),
        ("Gadget Pruning Revisited", ["Di Eng", "Fa Gu"], None, 2024),
        ("Widget Folding", [], "ICLR", 2022),
    ]
    # An award after the venue is no author: it stays a note.
    assert _read(AUTHORS_AFTER_VENUE).entries[-1].entry.note == "Honorable Mention"
