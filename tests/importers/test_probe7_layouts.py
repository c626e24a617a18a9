# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts written here (session 7's probe) to find what the generic reader misses on lists
nobody has seen, each failing before its rule: a cell spanning rows of an HTML table, a paragraph
whose lines end in hard breaks, a numbered title over nested link lines."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _found(text: str) -> list[tuple[int, str, str | None, int | None, list[str]]]:
    return [
        (e.entry.line, e.entry.title, e.entry.venue, e.entry.year, [x.url for x in e.entry.links])
        for e in _read(text).entries
    ]


ROWSPAN_TABLE = """\
# Widget compression

<table>
<tr><th>Year</th><th>Title</th><th>Venue</th><th>Links</th></tr>
<tr><td rowspan="2">2016</td><td>Pruning Widgets for Fun</td><td>ICLR</td><td><a href="https://arxiv.org/abs/1601.00001">paper</a></td></tr>
<tr><td>Binary Widget Networks</td><td>ECCV</td><td><a href="https://arxiv.org/abs/1602.00002">paper</a> <a href="https://github.com/wid/bwn">code</a></td></tr>
<tr><td>2017</td><td>Filter Widgets for Small Nets</td><td rowspan="2">ICLR</td><td><a href="https://arxiv.org/abs/1703.00003">paper</a></td></tr>
<tr><td>2017</td><td>Slim Widget Nets</td><td><a href="https://arxiv.org/abs/1704.00004">paper</a></td></tr>
</table>
"""


def test_a_cell_spanning_rows_is_each_of_those_rows_cell_in_its_column() -> None:
    assert _found(ROWSPAN_TABLE) == [
        (5, "Pruning Widgets for Fun", "ICLR", 2016, ["https://arxiv.org/abs/1601.00001"]),
        (6, "Binary Widget Networks", "ECCV", 2016,
         ["https://arxiv.org/abs/1602.00002", "https://github.com/wid/bwn"]),
        (7, "Filter Widgets for Small Nets", "ICLR", 2017, ["https://arxiv.org/abs/1703.00003"]),
        (8, "Slim Widget Nets", "ICLR", 2017, ["https://arxiv.org/abs/1704.00004"]),
    ]  # fmt: skip


HARD_BREAK_PARAGRAPHS = (
    "# Widget papers\n\n## Pruning\n\n"
    "Learning Efficient Widget Networks through Gadget Slimming  \n"
    "Ann Lee, Bo Chan, Cy Dee  \n"
    "ICCV 2017 · [arXiv](https://arxiv.org/abs/1708.00005) · [code](https://github.com/ann/slim)\n\n"
    "A Filter Level Pruning Method for Widget Compression<br>\n"
    "Dan Eko, Fay Gup<br>\n"
    "ICCV 2017 · [arXiv](https://arxiv.org/abs/1707.00006)\n"
)


def test_a_line_ended_by_a_hard_break_is_no_wrapped_title() -> None:
    found = [(e.entry.title, e.entry.authors) for e in _read(HARD_BREAK_PARAGRAPHS).entries]
    assert found == [
        (
            "Learning Efficient Widget Networks through Gadget Slimming",
            ["Ann Lee", "Bo Chan", "Cy Dee"],
        ),
        ("A Filter Level Pruning Method for Widget Compression", ["Dan Eko", "Fay Gup"]),
    ]
