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
