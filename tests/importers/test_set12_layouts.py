# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met on a twelfth (development) set of public lists (issue 12), each written here in a
few lines of our own."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


NUMBER_IN_THE_LINK = """\
# 2022 Accepted Papers

  - [[1]. Widget Curriculum for Gadget Learning.](https://proceedings.mlr.press/v162/lee22a.html)
 - [[2]. Optimizing Widgets with Deep Gadgets.](https://proceedings.mlr.press/v162/chan22b.html)
 - [[10]. Branching Widgets.](https://proceedings.mlr.press/v162/dee22c.html)
"""


def test_a_running_number_inside_the_title_link_is_no_title() -> None:
    titles = [e.entry.title for e in _read(NUMBER_IN_THE_LINK).entries]
    assert titles == [
        "Widget Curriculum for Gadget Learning",
        "Optimizing Widgets with Deep Gadgets",
        "Branching Widgets",
    ]


BOLD_NAME_BEFORE_TITLE = """\
### Pre-training
* [**Gadget Medicine, 2024**] **WidgetGPT** A generalist widget model for diverse gadget tasks [paper](https://www.example.org/articles/widgetgpt)
* [**Arxiv, 2023**] **OphWidget**: Training an Ophthalmology Widget Assistant from Dialogue. [paper](https://arxiv.org/abs/2306.00101)
* [**NeurIPS, 2022**] **Widget Camel**: An Open-Source Widget Model with Gadget-Based Encoding. [paper](https://arxiv.org/abs/2210.00202) [code](https://github.com/ann/widget-camel)
* [**Huggingface, 2024.5**] **MedWidget3** [model](https://huggingface.co/ann/medwidget3)
"""


def test_a_short_bold_name_before_the_title_words_is_the_alias() -> None:
    found = [(e.entry.alias, e.entry.title) for e in _read(BOLD_NAME_BEFORE_TITLE).entries]
    assert found == [
        ("WidgetGPT", "A generalist widget model for diverse gadget tasks"),
        ("OphWidget", "Training an Ophthalmology Widget Assistant from Dialogue"),
        ("Widget Camel", "An Open-Source Widget Model with Gadget-Based Encoding"),
        (None, "MedWidget3"),  # a name and only links: the name is the title
    ]


BOLD_TITLE_BEFORE_DETAILS = """\
- **Generative Widget Nets** (2014), A. Lee et al. [[pdf]](https://arxiv.org/pdf/1406.00101)
- **Widget Networks**: Ann Lee, Bo Chan. [pdf](https://arxiv.org/abs/2306.00303)
- **Graph Widgets** for Gadget Classification [pdf](https://arxiv.org/abs/2306.00404)
- **widgetlib**: https://github.com/ann/widgetlib (widgets and gadgets as a library)
"""


def test_a_bold_title_before_its_year_authors_or_more_words_stays_the_title() -> None:
    found = [(e.entry.alias, e.entry.title) for e in _read(BOLD_TITLE_BEFORE_DETAILS).entries]
    assert found == [
        (None, "Generative Widget Nets"),
        (None, "Widget Networks"),
        (None, "Graph Widgets for Gadget Classification"),
        (None, "widgetlib"),
    ]


TAGS_LINE_OVER_TITLE = """\
## Model and Methods

- `【2025-02】-【WidgetLM】-【Widget Lab】-【Type: Model】`
  - **WidgetLM: Advancing Open Widget Understanding Models with Limited Resources**
  - **Author(s):** Ann Lee, Bo Chan, Cy Dee
  - [![GitHub stars](https://img.shields.io/github/stars/ann/WidgetLM?style=social)](https://github.com/ann/WidgetLM)
  - [Paper](https://arxiv.org/pdf/2501.00101) / [Hugging Face Model](https://huggingface.co/spaces/ann/WidgetLM)

- `【2025-01】-【Gadget University】-【Type: Model】`
  - **Exploring Chain-of-Thought Reasoning in Large Gadget Models**
  - **Author(s):** Di Eng, Ed Fox
  - [Paper](https://arxiv.org/abs/2501.00202)
"""


def test_a_line_of_tags_over_a_title_line_is_one_work_titled_below() -> None:
    found = [
        (e.entry.alias, e.entry.title, [x.url for x in e.entry.links])
        for e in _read(TAGS_LINE_OVER_TITLE).entries
    ]
    assert found == [
        (
            "WidgetLM",
            "WidgetLM: Advancing Open Widget Understanding Models with Limited Resources",
            [
                "https://github.com/ann/WidgetLM",
                "https://arxiv.org/pdf/2501.00101",
                "https://huggingface.co/spaces/ann/WidgetLM",
            ],
        ),
        (
            None,
            "Exploring Chain-of-Thought Reasoning in Large Gadget Models",
            ["https://arxiv.org/abs/2501.00202"],
        ),
    ]


SHORT_YEAR_AFTER_TITLE = """\
## Serving
- Orca: A Distributed Serving System for Widget Models (OSDI'22) [link to paper](https://www.example.org/osdi22/orca)
- SpecWidget: Accelerating Widget Serving (preprint'23) [link to paper](https://www.example.org/specwidget.pdf)
- PETALS: Collaborative Inference of Large Widgets (NeurIPS'22 Workshop WBRC) [link to paper](https://openreview.net/pdf?id=Ls_AAAAAAAA)
- Optimus-W: Efficient Widget Training with Compression（ASPLOS'23) [link to paper](https://www.example.org/optimus-w.pdf)
"""


def test_a_venue_with_a_two_digit_year_after_the_title_is_no_title_whatever_the_venue() -> None:
    found = [(e.entry.title, e.entry.year) for e in _read(SHORT_YEAR_AFTER_TITLE).entries]
    assert found == [
        ("Orca: A Distributed Serving System for Widget Models", 2022),
        ("SpecWidget: Accelerating Widget Serving", 2023),
        ("PETALS: Collaborative Inference of Large Widgets", 2022),
        ("Optimus-W: Efficient Widget Training with Compression", 2023),
    ]


TOOLS_TABLE = """\
## Open-source Toolboxes

| Methods | Task | Github|
|:-----:|:-----:|:-----:|
| [Widgetora](https://widget.example.com/widgetora)  | Video Generation & Editing | -|
| [GadgetScope](https://gadgetscope.example.cn/models/summary)  | Video Generation | [![Star](https://img.shields.io/github/stars/bo/gadgetscope.svg?style=social&label=Star)](https://github.com/bo/gadgetscope) |
"""


def test_a_methods_column_names_the_rows() -> None:
    found = [(e.entry.title, [x.url for x in e.entry.links]) for e in _read(TOOLS_TABLE).entries]
    assert found == [
        ("Widgetora", ["https://widget.example.com/widgetora"]),
        (
            "GadgetScope",
            ["https://gadgetscope.example.cn/models/summary", "https://github.com/bo/gadgetscope"],
        ),
    ]


DATASETS_WITH_DESCRIPTIONS = """\
## Datasets

* [WidgetNet Dataset V2](http://cs.example.edu/~ann/widgetnet_v2.html): labeled paired images taken with two different cameras
* [Widget2Gadget datasets](https://people.example.edu/~bo/w2g/datasets/): horse2zebra, apple2orange, summer2winter
* [WidgetSet](https://widgets.example.org/widgetset): A Benchmark for Widget Recognition
"""


def test_a_description_after_a_colon_is_no_title_but_a_subtitle_is() -> None:
    titles = [e.entry.title for e in _read(DATASETS_WITH_DESCRIPTIONS).entries]
    assert titles == [
        "WidgetNet Dataset V2",
        "Widget2Gadget datasets",
        "WidgetSet: A Benchmark for Widget Recognition",
    ]


LINKED_HEADINGS_WITH_NOTES = """\
# awesome-widget-detection

## Papers and Summaries

### [Widget Density: Uncertainty Quantification for Large Widget Models](https://widgets.example.cc/virtual/2024/poster/101)
- **Metrics:** AUROC, AUPR
- **Datasets:** WidgetQA, GadgetQA
- **Comments:** Proposes widget density, a response-wise confidence score.

### [Steering Widget Selection Behaviours via Gadget Engineering](https://arxiv.org/abs/2410.00101)
  * **Metrics**: Exact Match
  * **Datasets**: WidgetSwap

### [DeWidget: Decoding by Contrasting Widget Heads](https://arxiv.org/abs/2410.00202)
- **Metrics:** MC1, MC2
"""


def test_linked_title_headings_over_labelled_notes_are_works() -> None:
    found = [(e.entry.line, e.entry.title) for e in _read(LINKED_HEADINGS_WITH_NOTES).entries]
    assert found == [
        (5, "Widget Density: Uncertainty Quantification for Large Widget Models"),
        (10, "Steering Widget Selection Behaviours via Gadget Engineering"),
        (14, "DeWidget: Decoding by Contrasting Widget Heads"),
    ]


LINKED_HEADINGS_WITH_DATES = """\
# Quantization
[Back to awesome widgets](https://github.com/ann/awesome-widgets)

Quantization is the process of reducing the precision of widgets.


## [Data-Free Widget Quantization through Weight Equalization](https://arxiv.org/abs/1906.00101), 2019/06
Ann Lee, Bo Chan, Cy Dee

We introduce a data-free quantization method for widgets that does not require fine-tuning.


## [Quantizing deep widget networks for efficient inference: A whitepaper](https://arxiv.org/abs/1806.00202), 2018/06
Di Eng

We present an overview of techniques for quantizing widget networks.
"""


def test_a_linked_title_heading_with_a_date_over_its_authors_is_a_work() -> None:
    found = [
        (e.entry.line, e.entry.title, e.entry.year)
        for e in _read(LINKED_HEADINGS_WITH_DATES).entries
    ]
    assert found == [
        (7, "Data-Free Widget Quantization through Weight Equalization", 2019),
        (13, "Quantizing deep widget networks for efficient inference: A whitepaper", 2018),
    ]


NEWS_AND_OTHER_LISTS = """\
## :yellow_heart: Recommendation
For more reading, we also recommend other paper lists:
* [ann/WidgetAgentPapers](https://github.com/ann/WidgetAgentPapers): Must-read Papers on Widget Agents.
* [bo/widget-paper-list](https://github.com/bo/widget-paper-list): Must-read papers for widget agents.

##  📣 Update News
`[2023-11-09]` We released the repository and survey [Version 1](https://arxiv.org/abs/2311.00101).

## Papers
- [News] The Chinese translation is available on [Zhihu](https://zhuanlan.zhihu.com/p/100000001).
- [2024/04/03] **Empowering Widget Discovery with Gadget Agents** | [[paper](https://arxiv.org/abs/2404.00202)]
"""


def test_other_paper_lists_and_news_are_no_works() -> None:
    result = _read(NEWS_AND_OTHER_LISTS)
    assert [e.entry.title for e in result.entries] == [
        "Empowering Widget Discovery with Gadget Agents"
    ]
    reasons = {s.line: s.reason for s in result.skipped}
    assert reasons[3] == reasons[4] == "another awesome list"
    assert "news" in reasons[7].casefold()
    assert "news" in reasons[10].casefold()


AUTHORS_TYPED_AS_A_BULLET = """\
### Navigation
* **Learning Semantic-Agnostic Widget Representations for Gadget Navigation** <br>
* Ann Lee*, Bo Chan*, Cy Dee, Di Eng <br>
IEEE RA-L, 2023. [[Paper]](https://arxiv.org/pdf/2304.00101.pdf)

* Lee et al. **A Survey on Session-based Widget Systems.** arXiv, 2019.

* Lee et al. **Sequential Widget Systems: Challenges and Prospects.** IJCAI, 2019.
"""


def test_an_authors_line_typed_as_a_bullet_belongs_to_the_title_above() -> None:
    found = [
        (e.entry.line, e.entry.title, [x.url for x in e.entry.links])
        for e in _read(AUTHORS_TYPED_AS_A_BULLET).entries
    ]
    assert found == [
        (
            2,
            "Learning Semantic-Agnostic Widget Representations for Gadget Navigation",
            ["https://arxiv.org/pdf/2304.00101.pdf"],
        ),
        (6, "A Survey on Session-based Widget Systems", []),
        (8, "Sequential Widget Systems: Challenges and Prospects", []),
    ]


YEAR_AND_MONTH_AFTER_A_VENUE = """\
### Fine-tuning
* [**Huggingface, 2024.5**] **MedWidget3** [model](https://huggingface.co/ann/medwidget3)
* [**JAMIA, 2024.5**] **Internist.w 7b** Impact of high-quality widget data on widget models [paper](https://academic.example.com/jamia/article/31/9/1875)
"""


def test_a_year_and_month_after_a_venue_is_a_date_not_the_venues_words() -> None:
    found = [(e.entry.venue, e.entry.year) for e in _read(YEAR_AND_MONTH_AFTER_A_VENUE).entries]
    assert found == [("Huggingface", 2024), ("JAMIA", 2024)]
