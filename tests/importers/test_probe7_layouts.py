# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts written here (session 7's probe) to find what the generic reader misses on lists
nobody has seen, each failing before its rule: lists, paragraphs and their lines (the tables are
in ``test_probe7_tables``)."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


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


NESTED_LINK_LINES = """\
# Widget language models

## Compression

1. WidgetBERT, a distilled version of GadgetBERT: smaller and faster
   - [arXiv](https://arxiv.org/abs/1910.00007)
   - [Hugging Face](https://github.com/hub/widgets)
2. Patient Distillation for Widget Model Compression
   - Paper: [arXiv](https://arxiv.org/abs/1908.00008)
   - [Official implementation](https://github.com/pat/widget-pkd)
3. TinyWidget: Distilling Widgets for Understanding
   - [arXiv](https://arxiv.org/abs/1909.00009)
"""


def test_nested_lines_of_one_link_each_one_named_by_its_role_are_the_links_of_the_item() -> None:
    result = _read(NESTED_LINK_LINES)
    assert [(e.kind, e.entry.line, e.entry.title, [x.url for x in e.entry.links]) for e in result.entries] == [
        ("paper", 5, "WidgetBERT, a distilled version of GadgetBERT: smaller and faster",
         ["https://arxiv.org/abs/1910.00007", "https://github.com/hub/widgets"]),
        ("paper", 8, "Patient Distillation for Widget Model Compression",
         ["https://arxiv.org/abs/1908.00008", "https://github.com/pat/widget-pkd"]),
        ("paper", 11, "TinyWidget: Distilling Widgets for Understanding",
         ["https://arxiv.org/abs/1909.00009"]),
    ]  # fmt: skip
    assert not [s for s in result.skipped if s.looks_like_entry]


CATEGORY_OVER_WORKS = """\
# Widget papers

- Vision Widgets and Their Friends
  - [Widget Nets for Seeing Things](https://arxiv.org/abs/1801.00010)
  - [arXiv](https://arxiv.org/abs/1801.00011) a survey of widget vision, 2018
"""


def test_a_category_over_works_stays_a_category() -> None:
    # The second line holds more than a link: the items are no link lines of the first.
    assert _read(CATEGORY_OVER_WORKS).entries[0].entry.title == "Widget Nets for Seeing Things"


NAMES_IN_ITALICS_BEFORE_THE_TITLE_LINK = """\
# Widget diffusion

- *Ann Lee, Bo Chan*. [Progressive Widgets for Fast Sampling](https://arxiv.org/abs/2202.00012). ICLR 2022.
- _Cy Dee et al._ [On Distillation of Guided Widgets](https://arxiv.org/abs/2210.00013), CVPR 2023
- **Dan Eko et al.** [Consistent Widgets](https://arxiv.org/abs/2303.00014) ICML 2023
- *Widget Models Are Few-Shot Gadgets* [Paper](https://arxiv.org/abs/2005.00015) NeurIPS 2020
"""


def test_names_in_italics_or_bold_before_a_title_link_are_its_authors() -> None:
    found = [
        (e.entry.title, e.entry.authors, e.entry.venue)
        for e in _read(NAMES_IN_ITALICS_BEFORE_THE_TITLE_LINK).entries
    ]
    assert found == [
        ("Progressive Widgets for Fast Sampling", ["Ann Lee", "Bo Chan"], "ICLR"),
        ("On Distillation of Guided Widgets", ["Cy Dee"], "CVPR"),
        ("Consistent Widgets", ["Dan Eko"], "ICML"),
        ("Widget Models Are Few-Shot Gadgets", [], "NeurIPS"),
    ]


SEVERAL_TITLE_LINKS_ON_ONE_LINE = """\
# Widget distillation

## By topic

- Data-free: [Data-Free Adversarial Widgets](https://arxiv.org/abs/1912.00016), [Large-Scale Generative Widget Distillation](https://arxiv.org/abs/2012.00017)
- Online: [Online Widget Distillation with Peers](https://arxiv.org/abs/1912.00018) (AAAI 2020); [Peer Widget Learning for Distillation](https://arxiv.org/abs/2006.00019) (AAAI 2021)
- [Mutual Widget Learning Works](https://arxiv.org/abs/1706.00020), [Mutual Widget Learning Code](https://github.com/wid/mwl)

| Topic | Papers |
|---|---|
| Mutual | [Deep Mutual Widget Learning](https://arxiv.org/abs/1706.00021) · [Collaborative Widget Learning for Nets](https://arxiv.org/abs/1805.00022) |
"""


def test_a_line_of_title_links_to_papers_names_one_work_per_link() -> None:
    found = [
        (e.entry.line, e.entry.title, e.entry.venue, [x.url for x in e.entry.links])
        for e in _read(SEVERAL_TITLE_LINKS_ON_ONE_LINE).entries
    ]
    assert found == [
        (5, "Data-Free Adversarial Widgets", None, ["https://arxiv.org/abs/1912.00016"]),
        (5, "Large-Scale Generative Widget Distillation", None, ["https://arxiv.org/abs/2012.00017"]),
        (6, "Online Widget Distillation with Peers", "AAAI", ["https://arxiv.org/abs/1912.00018"]),
        (6, "Peer Widget Learning for Distillation", "AAAI", ["https://arxiv.org/abs/2006.00019"]),
        # a paper and its repository: one work
        (7, "Mutual Widget Learning Works", None,
         ["https://arxiv.org/abs/1706.00020", "https://github.com/wid/mwl"]),
        (11, "Deep Mutual Widget Learning", None, ["https://arxiv.org/abs/1706.00021"]),
        (11, "Collaborative Widget Learning for Nets", None, ["https://arxiv.org/abs/1805.00022"]),
    ]  # fmt: skip


INDENTED_LIST = """\
# Widget distillation

## Relations

Some papers:

    - [Relational Widget Distillation](https://arxiv.org/abs/1904.00023) - CVPR 2019
    - [Variational Widget Distillation](https://arxiv.org/abs/1904.00024) - CVPR 2019
      [code](https://github.com/wid/vwd)

## Install

    pip install widgets https://example.org/widgets.tar.gz
"""


def test_a_list_indented_as_code_by_mistake_is_read_as_a_list() -> None:
    result = _read(INDENTED_LIST)
    assert [(e.entry.line, e.entry.title, e.entry.venue, [x.url for x in e.entry.links]) for e in result.entries] == [
        (7, "Relational Widget Distillation", "CVPR", ["https://arxiv.org/abs/1904.00023"]),
        (8, "Variational Widget Distillation", "CVPR",
         ["https://arxiv.org/abs/1904.00024", "https://github.com/wid/vwd"]),
    ]  # fmt: skip
    assert [s.reason for s in result.skipped if s.line == 13] == ["code block"]


DATE_AND_BAR_BEFORE_THE_TITLE = """\
# Small widget assistants

- [x] 2023-10-05 | [MobileWidget: A Fast and Open Widget Assistant](https://arxiv.org/abs/2312.00027) | arXiv
- [ ] 2024-02-10 | [TinyWidget: A Framework of Small Widget Models](https://arxiv.org/abs/2402.00028) | arXiv | [code](https://github.com/wid/tiny)
- 2024.03 - [NanoWidget: Widgets in Your Pocket](https://arxiv.org/abs/2403.00029)
"""


def test_a_date_then_a_bar_or_dash_before_the_title_link_is_no_title() -> None:
    found = [
        (e.entry.title, e.entry.year, [x.url for x in e.entry.links])
        for e in _read(DATE_AND_BAR_BEFORE_THE_TITLE).entries
    ]
    assert found == [
        ("MobileWidget: A Fast and Open Widget Assistant", 2023, ["https://arxiv.org/abs/2312.00027"]),
        ("TinyWidget: A Framework of Small Widget Models", 2024,
         ["https://arxiv.org/abs/2402.00028", "https://github.com/wid/tiny"]),
        ("NanoWidget: Widgets in Your Pocket", 2024, ["https://arxiv.org/abs/2403.00029"]),
    ]  # fmt: skip


BOLD_NAME_OVER_ONE_WORK = """\
# Widget CLIP

- **WidgetCLIP**
  - [WidgetCLIP: An Empirical Study of Widget Distillation](https://arxiv.org/abs/2307.00030)
  - CVPR 2024
- **TinyWidget**
  - [TinyWidget: Distillation via Affinity Mimicking](https://arxiv.org/abs/2309.00031), ICCV 2023
  - [code](https://github.com/wid/tinywidget)
- **Surveys**
  - [A Survey of Widget Distillation](https://arxiv.org/abs/2301.00032)
  - [A Survey of Gadget Compression](https://arxiv.org/abs/2301.00033)
"""


def test_a_bold_name_over_one_work_and_its_details_is_that_work() -> None:
    found = [
        (e.entry.line, e.entry.title, e.entry.alias, e.entry.venue, [x.url for x in e.entry.links])
        for e in _read(BOLD_NAME_OVER_ONE_WORK).entries
    ]
    assert found == [
        (3, "WidgetCLIP: An Empirical Study of Widget Distillation", "WidgetCLIP", "CVPR",
         ["https://arxiv.org/abs/2307.00030"]),
        (6, "TinyWidget: Distillation via Affinity Mimicking", "TinyWidget", "ICCV",
         ["https://arxiv.org/abs/2309.00031", "https://github.com/wid/tinywidget"]),
        # a category over two works stays a category
        (10, "A Survey of Widget Distillation", None, None, ["https://arxiv.org/abs/2301.00032"]),
        (11, "A Survey of Gadget Compression", None, None, ["https://arxiv.org/abs/2301.00033"]),
    ]  # fmt: skip


TITLE_OVER_NAMES_SOFT_BREAKS = """\
# Widget pruning

## Filters

WidgetNet: A Filter Level Pruning Method for Widget Compression
Dan Eko, Fay Gup, Gil Ho
ICCV 2017 · [arXiv](https://arxiv.org/abs/1707.00034)

Compressing Deep Widget Networks with Pruning
and Quantization, Huffman Coding
ICLR 2016 · [arXiv](https://arxiv.org/abs/1510.00035)
"""


def test_a_line_of_names_below_a_title_is_no_wrapped_title() -> None:
    found = [(e.entry.title, e.entry.authors) for e in _read(TITLE_OVER_NAMES_SOFT_BREAKS).entries]
    assert found[0] == (
        "WidgetNet: A Filter Level Pruning Method for Widget Compression",
        ["Dan Eko", "Fay Gup", "Gil Ho"],
    )
    # a wrapped title whose second line goes on with a small word stays one title
    assert found[1][0].startswith("Compressing Deep Widget Networks with Pruning and Quantization")


KEYCAP_NUMBERS = (
    "# Widget detectors\n\n## Detection\n\n"
    "1\ufe0f\u20e3 [Instance-Conditional Widget Distillation](https://arxiv.org/abs/2110.00039) \u2014 NeurIPS 2021\n"
    "2\ufe0f\u20e3 [Feature-based Widget Distillation for Detectors](https://openreview.net/forum?id=wid40) \u2014 ICLR 2021\n\n"
    "- 3\ufe0f\u20e3 Gadget Distillation for Dense Detection [paper](https://arxiv.org/abs/2102.00041)\n"
)


def test_a_keycap_number_in_front_is_no_title() -> None:
    found = [(e.entry.title, e.entry.venue) for e in _read(KEYCAP_NUMBERS).entries]
    assert found == [
        ("Instance-Conditional Widget Distillation", "NeurIPS"),
        ("Feature-based Widget Distillation for Detectors", "ICLR"),
        ("Gadget Distillation for Dense Detection", None),
    ]


LABELLED_FIELDS_ON_ONE_LINE = """\
# Widget detectors

- **Title:** Focal and Global Widget Distillation **Venue:** CVPR 2022 **Code:** [GitHub](https://github.com/wid/fgd) **Paper:** [arXiv](https://arxiv.org/abs/2111.00042)
- Title: Localization Widgets for Dense Detection; Authors: Ann Lee, Bo Chan; Venue: CVPR 2022; [pdf](https://arxiv.org/abs/2102.00043)
- Title: Code: The Widget Programmer, ICML 2020 [pdf](https://arxiv.org/abs/2001.00044)
"""


def test_labelled_fields_on_one_line_end_the_title() -> None:
    found = [
        (e.entry.title, e.entry.authors, e.entry.venue, len(e.entry.links))
        for e in _read(LABELLED_FIELDS_ON_ONE_LINE).entries
    ]
    assert found[:2] == [
        ("Focal and Global Widget Distillation", [], "CVPR", 2),
        ("Localization Widgets for Dense Detection", ["Ann Lee", "Bo Chan"], "CVPR", 1),
    ]
    assert found[2][0].startswith("Code: The Widget Programmer")  # a label right after ``Title:``


BRACKETED_ARXIV_NUMBERS = """\
# Widget reviews

- [2104.00045] Distilling Widgets via Widget Review
- Widget Distillation Really Works (2110.00046v2)
- A Survey of Widgets [2021.03] [1.2]
"""


def test_an_arxiv_number_alone_in_brackets_is_the_works_id() -> None:
    entries = _read(BRACKETED_ARXIV_NUMBERS).entries
    assert [(e.entry.title, e.entry.identifiers.arxiv) for e in entries[:2]] == [
        ("Distilling Widgets via Widget Review", "2104.00045"),
        ("Widget Distillation Really Works", "2110.00046"),
    ]
    assert entries[2].entry.identifiers.arxiv is None  # a date, a version: no id
