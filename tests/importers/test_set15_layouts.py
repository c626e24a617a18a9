# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met on a fifteenth (development) set of public lists (issue 12), each written here in a
few lines of our own: Markdown entries written inside an HTML block, entries quoted under a
heading, a news section holding a table of papers, titles behind a venue or the authors."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _titles(result: ImportResult) -> list[tuple[int, str | None]]:
    return [(e.entry.line, e.entry.title) for e in result.entries]


# ``<details>`` right below the items (no blank line) opens an HTML block that CommonMark keeps
# as raw text up to the next blank line; a reader still sees the items folded in it.
MARKDOWN_IN_HTML = """\
# Widget papers

1. Ann Lee, Bo Chan. **Widget Graphs for Gadget Ranking.** KDD 2019. [paper](https://arxiv.org/abs/1901.00001)
2. Cy Dee. **Sparse Gadgets at Scale.** WWW 2020. [paper](https://arxiv.org/abs/2001.00002)
<details>
<summary> older </summary>
3. Di Eng, Fa Gu. **Recurrent Widget Completion.** NIPS 2017. [paper](https://arxiv.org/abs/1701.00003)
4. Ho Ip. **Gadget Attention Networks.** AAAI 2018. [paper](https://example.org/papers/gan.pdf)

</details>

## Benchmarks
<div align="center">
| Name | Paper | Code |
|---|---|---|
| WidgetBench | [A Benchmark of Widgets](https://arxiv.org/abs/2103.00004) | [code](https://github.com/ann/widgetbench) |
</div>

## Notes
<p>
- [Gadget Pruning Revisited](https://arxiv.org/abs/2104.00005), Jo Ka. ICML 2021.
</p>
<span>see also <a href="https://example.org/widget-folding">Widget Folding</a></span>
<!--
- [Hidden Widgets](https://arxiv.org/abs/2106.00007), Lu Mo. ICML 2021.
-->
"""


def test_markdown_entries_inside_an_html_block_are_read() -> None:
    result = _read(MARKDOWN_IN_HTML)
    assert _titles(result) == [
        (3, "Widget Graphs for Gadget Ranking"),
        (4, "Sparse Gadgets at Scale"),
        (7, "Recurrent Widget Completion"),
        (8, "Gadget Attention Networks"),
        (16, "A Benchmark of Widgets"),
        (21, "Gadget Pruning Revisited"),
    ]
    by_line = {e.entry.line: e.entry for e in result.entries}
    assert by_line[7].year == 2017
    assert [x.url for x in by_line[8].links] == ["https://example.org/papers/gan.pdf"]
    assert {x.url for x in by_line[16].links} == {
        "https://arxiv.org/abs/2103.00004",
        "https://github.com/ann/widgetbench",
    }
    skipped = {s.line: s for s in result.skipped}
    # HTML no entry is read from that names a link: listed among the lines that look like
    # entries; a comment is not shown on the page, its lines stay plain HTML.
    assert skipped[23].looks_like_entry
    assert not skipped[25].looks_like_entry and skipped[25].reason == "HTML"
    assert not skipped[10].looks_like_entry


# A heading per work whose body is a quote: the bold title, the authors, the lab, labelled links.
QUOTED_UNDER_HEADINGS = """\
# Efficient widgets

## Distilled models

### TinyWidget
> **TinyWidget: Distilling Widget Models for Phones**
> Ann Lee, Bo Chan, Cy Dee \\
> Widget University \\
> Paper: [[Arxiv]](https://arxiv.org/pdf/2301.00001.pdf)
> Code: [![Stars](https://img.shields.io/github/stars/ann/tinywidget.svg?style=social&label=Star)](https://github.com/ann/tinywidget)

**Description:** TinyWidget is a small widget model for phones.
![TinyWidget](assets/tiny.png)

### FastGadget
> **Fast Gadget Parsing Without Retraining**
> Di Eng et al.\\
> Gadget Lab, Example Institute\\
> Paper: [[Arxiv]](https://arxiv.org/abs/2302.00002)
> Code: [[Anonymous Github]](https://anonymous.example.org/r/fastgadget/readme.md)

**Description:** FastGadget speeds up gadget parsing.

## Quoted lists

> **Note:** pull requests welcome, see [the guide](https://example.org/contributing).

> - [Widget Folding at Scale](https://arxiv.org/abs/2303.00003), Fa Gu. ICML 2023.
> - [Gadget Nets Revisited](https://arxiv.org/abs/2304.00004), Ho Ip. CVPR 2023.
"""


def test_entries_quoted_under_headings_and_quoted_items_are_read() -> None:
    result = _read(QUOTED_UNDER_HEADINGS)
    assert _titles(result) == [
        (5, "TinyWidget: Distilling Widget Models for Phones"),
        (15, "Fast Gadget Parsing Without Retraining"),
        (28, "Widget Folding at Scale"),
        (29, "Gadget Nets Revisited"),
    ]
    by_line = {e.entry.line: e.entry for e in result.entries}
    assert by_line[5].end_line == 13
    assert {x.url for x in by_line[5].links} >= {"https://arxiv.org/pdf/2301.00001.pdf"}
    assert by_line[5].authors == ["Ann Lee", "Bo Chan", "Cy Dee"]
    assert "https://anonymous.example.org/r/fastgadget/readme.md" in {
        x.url for x in by_line[15].links
    }
    assert by_line[28].venue == "ICML" and by_line[28].year == 2023
    skipped = {s.line: s for s in result.skipped}
    assert skipped[26].reason == "quotation" and skipped[26].looks_like_entry


# A news section that holds a table of papers (a Title column with linked titles): the rows are
# papers; news written as items or as a table without a title column stays news.
NEWS_TABLE_OF_PAPERS = """\
# Widget speech

## What's New
| Year | Month | Journal | Title | Topics |
|------|-------|---------|-------|--------|
| 2024 | March | Widget Letters | [A review of widget speech synthesis](https://doi.org/10.1000/wl.2024.1) | a review of approaches |
| 2024 | May | Gadget Fusion | [Gadget emotion recognition: a systematic review](https://example.org/articles/ge-2024) | reviews |

## Updates
| Date | News |
|------|------|
| 2024-03-01 | We added [twelve papers](https://example.org/changelog) on widget speech. |

- **[2024-02-10]** The list now has a [website](https://example.org/widgets).

## Papers
| Year | Title |
|------|-------|
| 2023 | [Gadget prosody transfer](https://arxiv.org/abs/2301.00009) |
"""


def test_a_table_of_papers_under_a_news_heading_is_read() -> None:
    result = _read(NEWS_TABLE_OF_PAPERS)
    assert _titles(result) == [
        (6, "A review of widget speech synthesis"),
        (7, "Gadget emotion recognition: a systematic review"),
        (19, "Gadget prosody transfer"),
    ]
    by_line = {e.entry.line: e.entry for e in result.entries}
    assert by_line[6].year == 2024
    skipped = {s.line: s for s in result.skipped}
    assert "not a list of works" in skipped[12].reason
    assert "not a list of works" in skipped[14].reason


# Titles behind the venue and year the list files them under, then a colon.
VENUE_YEAR_COLON = """\
# Graph widgets

## Surveys
1. TKDE 2021: A Comprehensive Survey on Widget Anomalies [[Paper]](https://arxiv.org/pdf/2106.00001.pdf)
2. NeurIPS 2022: WIDGE: Benchmarking Outlier Widgets on Static Graphs [[Paper]](https://openreview.net/pdf?id=abcdefghij) [[Code]](https://github.com/ann/widge)
3. ACM MM 2023: Normality Learning for Gadget Graphs [[Paper]](https://example.org/mm23.pdf)
4. SIGMOD 2000:
LOF: Identifying Density-based Local Widgets [[Paper]](https://dl.acm.org/doi/pdf/10.1145/342009.335388)
5. PR 2024: Graph Fairing Networks for Widgets [[Paper]](https://example.org/pr24.pdf)
6. Widget 2020: The Annual Gadget Challenge [[Paper]](https://example.org/wc.pdf)
"""


def test_a_venue_and_year_before_a_colon_are_no_title_words() -> None:
    result = _read(VENUE_YEAR_COLON)
    assert _titles(result) == [
        (4, "A Comprehensive Survey on Widget Anomalies"),
        (5, "WIDGE: Benchmarking Outlier Widgets on Static Graphs"),
        (6, "Normality Learning for Gadget Graphs"),
        (7, "LOF: Identifying Density-based Local Widgets"),
        (9, "Graph Fairing Networks for Widgets"),
        # A word that names no venue before the year: the title's own.
        (10, "Widget 2020: The Annual Gadget Challenge"),
    ]
    by_line = {e.entry.line: e.entry for e in result.entries}
    assert (by_line[4].venue, by_line[4].year) == ("TKDE", 2021)
    assert (by_line[7].venue, by_line[7].year) == ("SIGMOD", 2000)


# A list without links that writes its entries ``Authors: Title, Venue Year.`` (a full stop or a
# comma after the authors now and then).
AUTHORS_COLON = """\
# Widget papers everyone should read

## Embeddings

* Ann Lee, et al.: Class-Based Widget Models of Natural Gadgets, 1992.

* Bo Chan and Cy Dee: Distributed Representations of Widgets and Gadgets, 2014.

* Di Eng: A bit of progress in widget modeling, WSR Technical Report, 2001.

* Fa Gu, Ho Ip, Jo K. Lam: Conditional Widget Fields: Models for Labeling Gadget Sequences, ICML 2001.

* Lu Mori and Ny Ohta. Structural Ambiguity and Widget Relations, Computational Linguistics, 1993.

* Pia Quon, et al.: Widget Classification from Labeled Gadgets using EM. Machine Learning, 1999.

* Rex Sun and Tia Uno, Discovering Widget Senses from Text, SIGKDD, 2002.
"""

# Elsewhere a colon ends a short title's name, and names before a comma need initials.
TITLES_WITH_COLONS = """\
# Widget books

* Mykel J. Kochenderfer, Decision Making Under Widgets: Theory and Application [[Book]](https://example.org/book)
* Deep Widgets: A Review of Gadget Learning [[paper]](https://arxiv.org/abs/2101.00011)
* Widget Nets and Gadget Maps: Learning Both [[paper]](https://arxiv.org/abs/2101.00012)
"""


def test_authors_before_a_colon_are_no_title_words() -> None:
    result = _read(AUTHORS_COLON)
    assert _titles(result) == [
        (5, "Class-Based Widget Models of Natural Gadgets"),
        (7, "Distributed Representations of Widgets and Gadgets"),
        (9, "A bit of progress in widget modeling"),
        (11, "Conditional Widget Fields: Models for Labeling Gadget Sequences"),
        (13, "Structural Ambiguity and Widget Relations"),
        (15, "Widget Classification from Labeled Gadgets using EM"),
        (17, "Discovering Widget Senses from Text"),
    ]
    by_line = {e.entry.line: e.entry for e in result.entries}
    assert by_line[7].authors == ["Bo Chan", "Cy Dee"]
    assert by_line[9].authors == ["Di Eng"] and by_line[9].year == 2001
    assert (by_line[11].venue, by_line[11].year) == ("ICML", 2001)
    other = _read(TITLES_WITH_COLONS)
    assert _titles(other) == [
        (3, "Decision Making Under Widgets: Theory and Application"),
        (4, "Deep Widgets: A Review of Gadget Learning"),
        (5, "Widget Nets and Gadget Maps: Learning Both"),
    ]


# A table of datasets whose first column, headed ``Database``, is the linked name; the longest
# cell is a description.
DATABASE_TABLE = """\
# Widget sounds

| Database | Year | Type | Resolution |
|----------|------|------|------------|
| [WidgetSound](http://example.org/widgetsound/) <br/> [![GitHub](https://img.shields.io/github/stars/ann/widgetsound)](https://github.com/ann/widgetsound) | 2020 | more than 200k clips of 300 widget classes | N/A, 10sec long |
| [GadgetSet](https://example.org/gadgetset/) | 2017 | 2.1 million gadget clips from videos, 632 event classes | N/A |
"""


def test_a_database_column_names_the_rows() -> None:
    result = _read(DATABASE_TABLE)
    assert _titles(result) == [(5, "WidgetSound"), (6, "GadgetSet")]
    assert result.entries[0].entry.year == 2020


# ``</table>`` right above the next heading (no blank line): the heading is still a heading, so
# the contents entry that links it is navigation, and what follows is under it.
HEADING_AFTER_HTML = """\
# Widget results

- [Widget Learning](https://github.com/ann/widget-results#widget-learning)
- [Gadget Learning](https://github.com/ann/widget-results#gadget-learning)

## Widget Learning
<table>
<tr><th>Research Paper</th><th>Code</th></tr>
<tr><td><a href="https://arxiv.org/abs/2101.00021">Learning Widgets Fast</a></td><td><a href="https://github.com/ann/fast">code</a></td></tr>
</table>
## Gadget Learning
1. [Gadget Nets](https://arxiv.org/abs/2101.00022), Bo Chan. ICML 2021.
"""


def test_a_heading_right_after_html_is_a_heading() -> None:
    result = _read(HEADING_AFTER_HTML)
    assert _titles(result) == [(9, "Learning Widgets Fast"), (12, "Gadget Nets")]
    skipped = {s.line: s.reason for s in result.skipped}
    assert "table of contents" in skipped[4]
    assert 11 not in skipped


# A category item over ``<details>`` folding its works (the HTML block sits inside the item).
DETAILS_IN_AN_ITEM = """\
# Widget papers

- **Widget learning**
  <details>
  <summary>papers</summary>
  - [Learning Widgets Fast](https://arxiv.org/abs/2101.00031), Ann Lee. ICML 2021.
  - [Gadget Nets Revisited](https://arxiv.org/abs/2101.00032), Bo Chan. CVPR 2021.
  </details>
- **Gadget learning**
  - [Gadget Maps](https://arxiv.org/abs/2101.00033), Cy Dee. ICLR 2021.
"""


def test_works_folded_in_details_inside_an_item_are_read() -> None:
    result = _read(DETAILS_IN_AN_ITEM)
    assert _titles(result) == [
        (6, "Learning Widgets Fast"),
        (7, "Gadget Nets Revisited"),
        (10, "Gadget Maps"),
    ]
    assert result.entries[0].entry.venue == "ICML"
