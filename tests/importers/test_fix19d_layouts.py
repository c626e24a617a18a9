# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met in set 19d's lists, written here in our own words, each failing before its rule:
a table of benchmark results (method names and scores, no links) below a list of works."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


RESULTS_TABLE = """\
# Widget detection

## Papers

1. **Widget R-CNN: Finding Widgets in Clutter**, *A. Lee, B. Chan*, [[Arxiv](https://arxiv.org/abs/2001.00001)], `WRCNN`
2. **Gadget Pyramids for Small Widgets**, *C. Dee*, [[Arxiv](https://arxiv.org/abs/2001.00002)]

## Results

|Method| Backbone| Year | Input size | WidgetSet | GadgetSet |
|---| ---| ---| --- |---| --- |
|**Two-stage**|
|Widget R-CNN | Sprocket-16| 2020| Arbitrary| 61.0∗ |58.4†|
|Gadget Pyramids | Sprocket-101 |2020 |~600 × 1000| 70.2| -|
|**One-stage**|
|WOLO | Sprocket-16 |2021 |448 × 448| 66.4| 57.9|
|WOLO v2 | Sprocket-19 |2021| 544 × 544| 78.6| 73.5|
"""


def test_a_table_of_scores_without_links_is_no_list_of_works() -> None:
    result = _read(RESULTS_TABLE)
    assert [e.entry.line for e in result.entries] == [5, 6]
    reasons = [s.reason for s in result.skipped if s.line == 11]
    assert reasons and "results" in reasons[0]


WORKS_WITH_YEARS = """\
# Widgets

| Title | Year | Pages |
|---|---|---|
| Widget Learning in the Wild | 2020 | 12 |
| Gadget Pyramids for Small Widgets | 2021 | 9 |
| A Survey of Sprocket Methods | 2022 | 30 |
"""


def test_a_table_of_titles_with_years_and_counts_stays_a_list_of_works() -> None:
    # A guard on the rule above: numbers that are no scores (years, counts) keep the rows.
    titles = [e.entry.title for e in _read(WORKS_WITH_YEARS).entries]
    assert titles == [
        "Widget Learning in the Wild",
        "Gadget Pyramids for Small Widgets",
        "A Survey of Sprocket Methods",
    ]


BOLD_NAME_COLON_TITLE = """\
# Widget editing

- (CVPR 24') **MaskWidget**: Widget Editing via Interpolative Gadget Transformers, *Lee et al.*
    - <a href="https://arxiv.org/abs/2312.00001"><img src="https://img.shields.io/badge/arXiv-Paper-B31B1B.svg"></a>
- (ICLR 23') **ControlWidget**: Training-free Controllable Text-to-Widget Generation, *Chan et al.*
    - <a href="https://arxiv.org/abs/2305.00002"><img src="https://img.shields.io/badge/arXiv-Paper-B31B1B.svg"></a>
- (Preprint 24') **A Widget is Worth 256 Gadgets**: Spatial Widget Editing with Gadget Bases, *Dee et al.*
    - <a href="https://arxiv.org/abs/2401.00003"><img src="https://img.shields.io/badge/arXiv-Paper-B31B1B.svg"></a>
- (ICLR 24') **FLOWIT**: optical FLOW-guided wIdgeT editing, *Eng et al.*
    - <a href="https://arxiv.org/abs/2310.00004"><img src="https://img.shields.io/badge/arXiv-Paper-B31B1B.svg"></a>
- (Preprint 23') **Neural Widget Fields**: Neural Widget Fields, *Fay et al.*
    - <a href="https://arxiv.org/abs/2312.00005"><img src="https://img.shields.io/badge/arXiv-Paper-B31B1B.svg"></a>
"""


def test_a_bold_name_then_a_colon_then_the_title_before_names_in_italics() -> None:
    entries = [e.entry for e in _read(BOLD_NAME_COLON_TITLE).entries]
    assert [(e.title, e.alias) for e in entries] == [
        ("Widget Editing via Interpolative Gadget Transformers", "MaskWidget"),
        ("Training-free Controllable Text-to-Widget Generation", "ControlWidget"),
        ("Spatial Widget Editing with Gadget Bases", "A Widget is Worth 256 Gadgets"),
        ("optical FLOW-guided wIdgeT editing", "FLOWIT"),
        ("Neural Widget Fields", None),  # the same words twice: no other name
    ]
    assert [e.authors for e in entries] == [["Lee"], ["Chan"], ["Dee"], ["Eng"], ["Fay"]]


BOLD_TITLE_COLON_DESCRIPTION = """\
# Widgets

- **Widget Networks for Gadget Graphs**: a study of widgets, with notes. [paper](https://arxiv.org/abs/2001.00005)
- **Tiny Widget Bench**: we release a benchmark of widgets. [paper](https://arxiv.org/abs/2001.00006)
"""


def test_a_bold_title_then_a_description_without_names_keeps_its_title() -> None:
    # A guard on the rule above: without names in italics after it, a lower-case text after
    # the colon describes the work the bold words name.
    titles = [e.entry.title for e in _read(BOLD_TITLE_COLON_DESCRIPTION).entries]
    assert titles == ["Widget Networks for Gadget Graphs", "Tiny Widget Bench"]


OVERVIEW_TABLE = """\
# Widget detection

## Overview

No. | Year | Pub. | Title | Authors | Links
:-: | :-: | :-: | :- | :- | --
02 | 2021 | PAMI | Widget Detection in Aerial Images: A Benchmark `WD` | Ann Lee, et al. | [Paper](https://example.org/wd)/Code
01 | 2019 | IJCV | A Survey of Gadget Detection | Bo Chan, Cy Dee | [Paper](https://example.org/gd)/Code

## Introduction

This list gathers [our notes](https://example.org/notes) on widgets.
"""


def test_a_table_of_papers_under_an_overview_heading_is_read() -> None:
    result = _read(OVERVIEW_TABLE)
    assert [e.entry.line for e in result.entries] == [7, 8]
    # The section's prose stays skipped.
    assert [s.line for s in result.skipped if s.line == 12]


ITEMS_UNDER_A_SUMMARY = """\
# Widget fields

<details open>
<summary>Unconstrained Widgets</summary>
- [Widget Fields in the Wild](https://example.org/wild), Lee et al., CVPR 2022 | [github](https://github.com/lee/wild) <!---lee2022wild-->
- [Gadget Fields Without Poses](https://example.org/poses), Chan et al., ECCV 2022 | [github](https://github.com/chan/poses) <!---chan2022poses-->
<!-- - [A Hidden Widget Paper](https://example.org/hidden), Dee et al., 2021 -->
</details>
"""


def test_items_right_under_a_summary_with_a_comment_at_their_end_are_read() -> None:
    # The list items continue the HTML block (no blank line after </summary>); a comment at the
    # end of a line hides only itself, a line that is all comment stays hidden.
    result = _read(ITEMS_UNDER_A_SUMMARY)
    assert [e.entry.title for e in result.entries] == [
        "Widget Fields in the Wild",
        "Gadget Fields Without Poses",
    ]


NUMBERED_TABLE_WITHOUT_LINKS = """\
# Widget detection

#### 2020

No. | Pub. | Title | Authors | Links
:-: | :-: | :- | :- | :-
04 | TIP | A Self-Adaptive Network for Drone-View Widget Detection | Ann Lee, et al. | Paper/Code
03 | TNN | Widget Pyramids on Large-Scale Gadget Images | Bo Chan, et al. | Paper/Code
02 | JPRS | Oriented widgets as pairs of middle lines | Cy Dee, et al. | [Paper](https://arxiv.org/abs/1912.00007)/Code
01 | ICME | Cascade Detector for Arbitrary-Oriented Widgets | Di Eng, Ed Fox | Paper/Code
"""


def test_link_less_rows_of_a_table_with_title_and_authors_columns_are_works() -> None:
    # The first column is a running number, so no row has a year or a link to show it is a work;
    # a header that names a Title and an Authors column says so.
    found = [(e.entry.line, e.entry.title) for e in _read(NUMBERED_TABLE_WITHOUT_LINKS).entries]
    assert found == [
        (7, "A Self-Adaptive Network for Drone-View Widget Detection"),
        (8, "Widget Pyramids on Large-Scale Gadget Images"),
        (9, "Oriented widgets as pairs of middle lines"),
        (10, "Cascade Detector for Arbitrary-Oriented Widgets"),
    ]


TAGS_AFTER_TABLE_TITLES = """\
# Widget detection

Year | Pub. | Title | Authors | Links
:-: | :-: | :- | :- | :-
2021 | TMM | Scale-Aware Large Scene Widget Detection `HBB` | Ann Lee, et al. | [Paper](https://arxiv.org/abs/2101.00008)
2021 | PR | Gradient-Aligned Widget Networks ``rotation invariance`` | Bo Chan, et al. | [Paper](https://arxiv.org/abs/2101.00009)
2019 | CVPR | Precise Detection in Densely Packed Widgets `[GOD]` | Cy Dee, et al. | [Paper](https://arxiv.org/abs/1901.00010)
2016 | ECCV | A Large Contextual Dataset for Counting Widgets \\[HBB\\] | Di Eng, et al. | [Paper](https://arxiv.org/abs/1601.00011)
2022 | CVPR | ~~Canonical Voting for Oriented Widget Boxes~~ | Ed Fox, et al. | [Paper](https://arxiv.org/abs/2011.00012)
2020 | ECCV | `torch.widget`: Widgets in Python | Fay Gu | [Paper](https://arxiv.org/abs/2001.00013)
"""


def test_tags_after_a_title_in_its_cell_and_strike_marks_are_no_title_words() -> None:
    entries = [e.entry for e in _read(TAGS_AFTER_TABLE_TITLES).entries]
    assert [e.title for e in entries] == [
        "Scale-Aware Large Scene Widget Detection",
        "Gradient-Aligned Widget Networks",
        "Precise Detection in Densely Packed Widgets",
        "A Large Contextual Dataset for Counting Widgets",
        "Canonical Voting for Oriented Widget Boxes",
        "torch.widget: Widgets in Python",  # a code span in front stays the title's
    ]


def test_a_venue_with_the_apostrophe_after_its_two_digit_year_gives_venue_and_year() -> None:
    # ``(CVPR 24')`` is ``(CVPR '24)`` typed the other way round; the arXiv id says 2023.
    first = _read(BOLD_NAME_COLON_TITLE).entries[0].entry
    assert (first.venue, first.year) == ("CVPR", 2024)


BOLD_NAME_COLON_TITLE_MORE = """\
# Widgets

- **MaskWidget**: Widget Editing via Masked Gadgets, Lee et al., CVPR 2024 [[paper](https://arxiv.org/abs/2401.00001)]
- **TuneW**: One-Shot Tuning of Widgets, *Chan et al.* [[paper](https://arxiv.org/abs/2401.00004)]
- **Tiny Widget Bench**: a benchmark of widgets, *Dee et al.* [[paper](https://arxiv.org/abs/2401.00005)]
"""


def test_a_bold_name_colon_title_before_plain_names_or_a_bracketed_role_link() -> None:
    entries = [e.entry for e in _read(BOLD_NAME_COLON_TITLE_MORE).entries]
    assert [(e.title, e.alias, e.authors) for e in entries[:2]] == [
        ("Widget Editing via Masked Gadgets", "MaskWidget", ["Lee"]),  # et al. without italics
        ("One-Shot Tuning of Widgets", "TuneW", ["Chan"]),  # names before ``[[paper](…)]``
    ]
    # Words that start as a description (``a …``, ``we …``) describe the work the bold words name.
    assert (entries[2].title, entries[2].alias) == ("Tiny Widget Bench", None)
