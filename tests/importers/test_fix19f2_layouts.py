# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts of held-out set 19f2, written here in our own words (invented names and addresses),
each failing before its rule: one work per top heading that is a link (``# [Name](https://…)``
over prose, a picture and a quoted citation: a data set list, a tools list); several works named
by short links in one table cell, with their extra links (``[Name](…), [AAAI'24 version](…);
[Name2](…) ([code](…))``), beside topic cells that are not their titles."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _found(text: str) -> list[tuple[int, str, list[str]]]:
    return [
        (e.entry.line, e.entry.title, [x.url for x in e.entry.links]) for e in _read(text).entries
    ]


TOP_HEADING_DATASETS = """\
**[NOTE]** Some links below may have moved.
# The Widget Recognition Datasets
A collection of widget data sets for recognition research.

#### News
  - Q12 added!

| Dataset | Year | # images | Cameras |
|---|---|---|---|
| [Alpha Widgets](#alpha-widgets) | 2015 | 1200 | 2 |
| [BWD](#bwd) | 2016 | 500 | 4 |
| [Q12](#q12) | 2017 | 300 | 1 |
| [Gadget2019](#gadget2019) | 2019 | 900 | 3 |

# [Alpha Widgets](https://example.org/alpha)
Alpha Widgets holds pictures of widgets taken by two cameras in a shop.

![img](./imgs/alpha.png)
>A. Lee and B. Chan. Alpha Widgets: a benchmark for widget matching. In ICCV, 2015.
# [BWD](https://example.org/bwd)
The Big Widget Dataset is collected in a warehouse. See [its annotations](https://example.org/bwd-notes).

![img](./imgs/bwd.png)
>C. Diaz. Big widgets. In CVPR, 2016.
# [Q12](https://example.org/q12)
Q12 is small.
# [Gadget2019](https://example.org/gadget)
Gadgets, with full frames.
#### Gadget-A

![img](./imgs/ga.png)
>D. Evans. Gadget A. In ECCV, 2019.
"""


def test_top_headings_that_are_links_are_one_work_each() -> None:
    found = _found(TOP_HEADING_DATASETS)
    assert [(line, title) for line, title, _ in found] == [
        (15, "Alpha Widgets"),
        (20, "BWD"),
        (25, "Q12"),
        (27, "Gadget2019"),
    ]
    assert found[1][2] == ["https://example.org/bwd", "https://example.org/bwd-notes"]
    assert found[2][2] == ["https://example.org/q12"]


FRAMEWORK_SECTIONS = """\
# [Awesome Frameworks](https://github.com/someone/awesome-frameworks)

Resources per framework.

# [PyTorch](https://pytorch.org)
- [Tutorial on widget nets](https://example.org/t1)
- [Widget detection in five steps](https://example.org/t2)

# [JAX](https://github.com/someone/jax)
- [Tutorial on gadget nets](https://example.org/t3)

# [TensorFlow](https://example.org/tf)
- [Sprocket nets explained](https://example.org/t5)
"""


def test_top_headings_that_are_links_over_lists_of_works_are_sections() -> None:
    """The works are the bullets; the first heading is the list's title, never a work."""
    assert [title for _, title, _ in _found(FRAMEWORK_SECTIONS)] == [
        "Tutorial on widget nets",
        "Widget detection in five steps",
        "Tutorial on gadget nets",
        "Sprocket nets explained",
    ]


WORKS_IN_TOPIC_TABLES = """\
## Federated widgets

| Area | Topic | Approaches |
|---|---|---|
| **Heterogeneity** | **Data** | [WidgetDAT](https://arxiv.org/abs/2301.00011), [AAAI'24 version](https://dl.acm.org/doi/10.1/widgetdat); [GizmoFM](https://arxiv.org/abs/2301.00012), [OpenReview](https://openreview.net/forum?id=abc); [FedKnob](https://dl.acm.org/doi/10.1/fedknob) |
|  | **Models** | [KnobLoRA / pKnobLoRA](https://arxiv.org/abs/2301.00013); [FlexKnob](https://arxiv.org/abs/2301.00014) ([NeurIPS'24 poster](https://neurips.cc/virtual/2024/poster/1)); [FedSprocket (pretrained models)](https://arxiv.org/abs/2301.00015) |
| **Privacy** | **Attacks** | [Recovering Private Widgets](https://arxiv.org/abs/2301.00016); [Survey - Agency blog](https://example.gov/blogs/widget-attacks) |
|  | **Defense** | [WidgetGuard](https://arxiv.org/abs/2301.00017) ([code](https://github.com/ann/widgetguard)) |
|  | **Decentralized Training** | [OpenWidget](https://arxiv.org/abs/2301.00018) |

## Prompt widgets

| Area | Topic |
|---|---|
| Prompt Generation | [WidgetTPG](https://arxiv.org/abs/2301.00021) · [Code](https://github.com/bo/widgettpg), [GizmoPL](https://arxiv.org/abs/2301.00022) |
| Few-Shot | [WidgetFSL](https://arxiv.org/abs/2301.00023) |
| Personalization | [pWidget (pPrompt)](https://dl.acm.org/doi/10.1/pwidget), [WidgetLogic](https://arxiv.org/abs/2301.00024) |
"""


def test_each_work_a_cell_names_is_one_entry_with_its_extra_links() -> None:
    found = _found(WORKS_IN_TOPIC_TABLES)
    assert [(line, title) for line, title, _ in found] == [
        (5, "WidgetDAT"),
        (5, "GizmoFM"),
        (5, "FedKnob"),
        (6, "KnobLoRA / pKnobLoRA"),
        (6, "FlexKnob"),
        (6, "FedSprocket (pretrained models)"),
        (7, "Recovering Private Widgets"),
        (7, "Survey - Agency blog"),
        (8, "WidgetGuard"),
        (9, "OpenWidget"),
        (15, "WidgetTPG"),
        (15, "GizmoPL"),
        (16, "WidgetFSL"),
        (17, "pWidget (pPrompt)"),
        (17, "WidgetLogic"),
    ]
    links = {title: urls for _, title, urls in found}
    assert links["WidgetDAT"] == [
        "https://arxiv.org/abs/2301.00011",
        "https://dl.acm.org/doi/10.1/widgetdat",
    ]
    assert links["GizmoFM"] == [
        "https://arxiv.org/abs/2301.00012",
        "https://openreview.net/forum?id=abc",
    ]
    assert links["FlexKnob"] == [
        "https://arxiv.org/abs/2301.00014",
        "https://neurips.cc/virtual/2024/poster/1",
    ]
    assert links["WidgetGuard"] == [
        "https://arxiv.org/abs/2301.00017",
        "https://github.com/ann/widgetguard",
    ]
    assert links["WidgetTPG"] == [
        "https://arxiv.org/abs/2301.00021",
        "https://github.com/bo/widgettpg",
    ]


MODEL_HUBS = """\
| Model | Size | Weights |
|---|---|---|
| Widget-7B | 7B | [HF](https://huggingface.co/ann/widget-7b), [ModelScope](https://modelscope.cn/ann/widget-7b) |
| Gizmo-13B | 13B | [HF](https://huggingface.co/bo/gizmo-13b), [Mirror](https://example.org/gizmo-13b) |
| Knob-1B | 1B | [HF](https://huggingface.co/cy/knob-1b), [Mirror](https://example.org/knob-1b) |
"""

PAPER_AND_CODE = """\
| Method | Links |
|---|---|
| Widget Nets for Gadget Recognition | [Paper](https://arxiv.org/abs/2301.00031), [Code](https://github.com/ann/widget-nets) |
| Gizmo Transformers at Scale | [Paper](https://arxiv.org/abs/2301.00032); [Code](https://github.com/bo/gizmo) |
| Knob Distillation | [Paper](https://arxiv.org/abs/2301.00033) · [Project](https://example.org/knob) |
"""


def test_a_cell_of_mirrors_or_role_links_names_no_works() -> None:
    """Links to a model's mirrors (no paper among them), or links that only say what they are:
    one work per row, named by its other cell."""
    assert [title for _, title, _ in _found(PAPER_AND_CODE)] == [
        "Widget Nets for Gadget Recognition",
        "Gizmo Transformers at Scale",
        "Knob Distillation",
    ]
    assert [title for _, title, _ in _found(MODEL_HUBS)] == ["Widget-7B", "Gizmo-13B", "Knob-1B"]
    assert [title for _, title, _ in _found(DATASETS_OF_A_TITLED_WORK)] == [
        "Widget Nets for Gadget Recognition",
        "Gizmo Transformers at Scale",
    ]


DATASETS_OF_A_TITLED_WORK = """\\
| Title | Venue | Datasets |
|---|---|---|
| Widget Nets for Gadget Recognition | CVPR 2021 | [WidgetSet](https://arxiv.org/abs/2001.00041), [GadgetSet](https://arxiv.org/abs/2001.00042) |
| Gizmo Transformers at Scale | ICCV 2021 | [WidgetSet](https://arxiv.org/abs/2001.00041), [KnobSet](https://arxiv.org/abs/2001.00043) |
"""


PLACEHOLDER_ROWS = """\
## Benchmarks

| Dataset | Task | Scale | Link |
|---|---|---|---|
| **Widget-CL** | Detection | 120K images | [Download](#) |
| **Gadget30K-Stream** | Retrieval | 30K pairs | [Download](#) |
| **Knob-QA** | VQA | 200K QA | [Download]() |
| **Sprocket** | VQA | 5K | [Download](https://github.com/ann/sprocket) |
"""

ONLY_PLACEHOLDERS = """\
## Benchmarks

| Dataset | Task | Scale | Link |
|---|---|---|---|
| **Widget-CL** | Detection | 120K images | [Download](#) |
| **Gadget30K-Stream** | Retrieval | 30K pairs | [Download](#) |
| **Knob-QA** | VQA | 200K QA | [Download](#) |
| **Sprocket** | VQA | 5K | [Download](#) |
"""


def test_rows_whose_link_is_a_placeholder_beside_linked_rows_are_works() -> None:
    assert _found(PLACEHOLDER_ROWS) == [
        (5, "Widget-CL", []),
        (6, "Gadget30K-Stream", []),
        (7, "Knob-QA", []),
        (8, "Sprocket", ["https://github.com/ann/sprocket"]),
    ]
    # A table of placeholders only is a template, not (yet) a list of works.
    assert _found(ONLY_PLACEHOLDERS) == []


EMPTY_TARGETS = """\
## Papers

* [Widget Recognition in Scene Images](https://arxiv.org/abs/1707.00051)
>We recognise widgets in scenes.

* [Gadget Detection via Holistic Prediction](https://arxiv.org/pdf/1606.00052.pdf)

* [Joint Widget Segmentation and Transcription]()

* [Sprocket Recognition with Sliding Character Models]()

## Contents

* [Getting started]()
* [More reading]()
* [Widget museums of the world]()
"""


def test_an_empty_target_title_among_works_is_a_work_without_links() -> None:
    assert _found(EMPTY_TARGETS) == [
        (3, "Widget Recognition in Scene Images", ["https://arxiv.org/abs/1707.00051"]),
        (6, "Gadget Detection via Holistic Prediction", ["https://arxiv.org/pdf/1606.00052.pdf"]),
        (8, "Joint Widget Segmentation and Transcription", []),
        (10, "Sprocket Recognition with Sliding Character Models", []),
    ]


ACCOUNT_PAGES = """\
## Projects

* [Widgetron - turns photos of widgets into text](https://github.com/ann/widgetron)
* [ Project Gizmo :highlight, copy, search and translate text in any image](https://github.com/gizmo)
* [Ann Lee](https://github.com/annlee)
* [Ann Lee's GitHub page](https://github.com/annlee)
* [Widget Lab at Example University](https://github.com/widgetlab)
"""


def test_an_account_page_labelled_by_what_it_does_is_a_work() -> None:
    """An organisation's page named by its project (a description) is the project; a person's
    or a lab's page named by its name stays no work."""
    assert [(line, title) for line, title, _ in _found(ACCOUNT_PAGES)] == [
        (3, "Widgetron - turns photos of widgets into text"),
        (4, "Project Gizmo :highlight, copy, search and translate text in any image"),
    ]


WORKS_COLUMN_WITH_BREAKS = """\
| Area | Works |
|---|---|
| Vision | [ViWidget](https://arxiv.org/abs/2301.00001)<br>[ViGadget](https://arxiv.org/abs/2301.00002) |
| Language | [LaWidget](https://arxiv.org/abs/2301.00003), [LaGadget](https://arxiv.org/abs/2301.00004) (ICLR 2024) |
| Speech | [SpWidget](https://arxiv.org/abs/2301.00005), [project page](https://example.org/sp) |
"""


def test_works_on_lines_of_a_cell_under_a_works_header_are_entries() -> None:
    """A line break parts two works as a semicolon does; the column's own header (``Works``)
    is no other column that would title them."""
    assert [(line, title) for line, title, _ in _found(WORKS_COLUMN_WITH_BREAKS)] == [
        (3, "ViWidget"),
        (3, "ViGadget"),
        (4, "LaWidget"),
        (4, "LaGadget"),
        (5, "SpWidget"),
    ]
