# ruff: noqa: E501  (list lines are as long as lists write them)
"""Tables written here (session 7's probe) that the generic reader misread, each failing before
its rule: HTML cells spanning rows, group rows of a year, a keywords column, a table of one work's
labelled details."""

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


KEYWORDS_BESIDE_AN_UNNAMED_TITLE_COLUMN = """\
# Widget distillation

| Publication | Keywords | Year | arXiv |
|---|---|---|---|
| Widget Distillation with Adversarial Gadgets | adversarial gadgets, decision boundary, boundary supporting samples for transfer | 2019 | [1805.00025](https://arxiv.org/abs/1805.00025) |
| Zero-Shot Widget Distillation | data-free, synthetic impressions crafted from the teacher | 2019 | [1905.00026](https://arxiv.org/abs/1905.00026) |
"""


def test_a_keywords_cell_is_no_title_even_when_it_is_the_longest() -> None:
    found = [
        (e.entry.title, e.entry.venue)
        for e in _read(KEYWORDS_BESIDE_AN_UNNAMED_TITLE_COLUMN).entries
    ]
    assert found == [
        ("Widget Distillation with Adversarial Gadgets", None),
        ("Zero-Shot Widget Distillation", None),
    ]


YEAR_GROUP_ROWS = """\
# Widget transformers

| Title | Venue | Code |
|---|---|---|
| **2023** | | |
| [WidgetKD: Practical Guidelines for Widget Distillation](https://example.org/widgetkd) | Workshop | [code](https://github.com/wid/widgetkd) |
| **CVPR 2022** | | |
| [GadgetKD: Data-Efficient Early Gadget Distillation](https://example.org/gadgetkd) | | - |
"""


def test_a_bold_row_that_is_a_year_is_a_group_of_the_rows_below() -> None:
    found = [(e.entry.line, e.entry.title, e.entry.year) for e in _read(YEAR_GROUP_ROWS).entries]
    assert found == [
        (6, "WidgetKD: Practical Guidelines for Widget Distillation", 2023),
        (8, "GadgetKD: Data-Efficient Early Gadget Distillation", 2022),
    ]


KEY_VALUE_CARDS = """\
# Widget cards

### Decoupled Widget Distillation

| | |
|---|---|
| Authors | Ann Lee, Bo Chan |
| Venue | CVPR 2022 |
| Paper | [arXiv](https://arxiv.org/abs/2203.00047) |
| Code | [GitHub](https://github.com/wid/dwd) |

## Without headings

| Title | Widget Distillation from a Stronger Gadget |
|---|---|
| Venue | NeurIPS 2022 |
| Paper | [arXiv](https://arxiv.org/abs/2205.00048) |

| Paper | Code |
|---|---|
| [Mutual Widget Learning](https://arxiv.org/abs/1706.00049) | [code](https://github.com/wid/mwl) |
| [Born Again Widgets](https://arxiv.org/abs/1805.00050) | - |
"""


def test_a_table_of_one_works_labelled_details_is_that_work() -> None:
    result = _read(KEY_VALUE_CARDS)
    found = [
        (
            e.entry.line,
            e.entry.title,
            e.entry.authors,
            e.entry.venue,
            [x.url for x in e.entry.links],
        )
        for e in result.entries
    ]
    assert found == [
        (3, "Decoupled Widget Distillation", ["Ann Lee", "Bo Chan"], "CVPR",
         ["https://arxiv.org/abs/2203.00047", "https://github.com/wid/dwd"]),
        (14, "Widget Distillation from a Stronger Gadget", [], "NeurIPS",
         ["https://arxiv.org/abs/2205.00048"]),
        (21, "Mutual Widget Learning", [], None,
         ["https://arxiv.org/abs/1706.00049", "https://github.com/wid/mwl"]),
        (22, "Born Again Widgets", [], None, ["https://arxiv.org/abs/1805.00050"]),
    ]  # fmt: skip
    assert not [s for s in result.skipped if s.looks_like_entry]


TITLE_SPANNING_ROWS = """\
# Widget implementations

<table>
<tr><th>Paper</th><th>Framework</th><th>Code</th></tr>
<tr><td rowspan="2"><a href="https://arxiv.org/abs/1503.00055">Distilling the Widget in a Gadget</a></td><td>PyTorch</td><td><a href="https://github.com/a/wid-pt">code</a></td></tr>
<tr><td>TensorFlow</td><td><a href="https://github.com/b/wid-tf">code</a></td></tr>
<tr><td><a href="https://arxiv.org/abs/1412.00056">Hints for Thin Widgets</a></td><td>Theano</td><td><a href="https://github.com/c/hints">code</a></td></tr>
</table>

<table>
<tr><th>Venue</th><th>Paper</th></tr>
<tr><td rowspan="2"><a href="https://cvpr.thecvf.com/">CVPR 2022</a></td><td><a href="https://arxiv.org/abs/2203.00057">Decoupled Widget Distillation</a></td></tr>
<tr><td><a href="https://arxiv.org/abs/2203.00058">Widget Distillation from Stronger Gadgets</a></td></tr>
</table>
"""


def test_rows_spanned_by_a_works_linked_title_are_lines_of_that_work() -> None:
    found = [
        (e.entry.line, e.entry.title, [x.url for x in e.entry.links])
        for e in _read(TITLE_SPANNING_ROWS).entries
    ]
    assert found == [
        (5, "Distilling the Widget in a Gadget",
         ["https://arxiv.org/abs/1503.00055", "https://github.com/a/wid-pt", "https://github.com/b/wid-tf"]),
        (7, "Hints for Thin Widgets", ["https://arxiv.org/abs/1412.00056", "https://github.com/c/hints"]),
        # a linked venue spanning rows is no work: each row stays one
        (12, "Decoupled Widget Distillation", ["https://arxiv.org/abs/2203.00057", "https://cvpr.thecvf.com/"]),
        (13, "Widget Distillation from Stronger Gadgets", ["https://arxiv.org/abs/2203.00058", "https://cvpr.thecvf.com/"]),
    ]  # fmt: skip
