# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met in set 19f1's lists, written here in our own words, each failing before its rule."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _titles(result: ImportResult) -> list[str]:
    return [e.entry.title for e in result.entries]


BOLD_TITLES = """\
# Widgets for Planning

## Papers

### Widget Transformer: Planning via Sequence Widgets

**NeurIPS'21** [[Paper]](https://arxiv.org/abs/2101.00001) [[Code]](https://github.com/ann/widget-transformer)
A work that plans with widgets.

## More

**Gadget Transformers for Offline Widget Learning**
to do

**Can a Sprocket help offline planning?**

**Widget Cloning with One Gadget**

**Sprockets are Sample Efficient Widget Models**

## Notes

**Important**

Some words about the list.
"""


def test_a_run_of_bold_titles_without_links_is_a_run_of_works() -> None:
    result = _read(BOLD_TITLES)
    assert _titles(result) == [
        "Widget Transformer: Planning via Sequence Widgets",
        "Gadget Transformers for Offline Widget Learning",
        "Can a Sprocket help offline planning?",
        "Widget Cloning with One Gadget",
        "Sprockets are Sample Efficient Widget Models",
    ]
    assert [e.entry.line for e in result.entries][1:] == [12, 15, 17, 19]
    assert result.entries[1].entry.links == []


BOLD_SUBHEADINGS = """\
# Widgets

**Widget Detection in the Wild**

- [Fast Widgets](https://arxiv.org/abs/2101.00002)

**Widget Tracking over Time**

- [Tracked Widgets](https://arxiv.org/abs/2101.00003)

**Widget Segmentation for Gadgets**

- [Segmented Widgets](https://arxiv.org/abs/2101.00004)

**Widget Counting in Dense Scenes**

- [Counted Widgets](https://arxiv.org/abs/2101.00005)
"""


def test_bold_lines_each_over_their_works_stay_sub_headings() -> None:
    result = _read(BOLD_SUBHEADINGS)
    assert _titles(result) == [
        "Fast Widgets",
        "Tracked Widgets",
        "Segmented Widgets",
        "Counted Widgets",
    ]
    assert result.entries[0].entry.section == ["Widget Detection in the Wild"]


CODE_RESOURCES = """\
# Widget NLP

## Models

1. [Widget Transformers for Language](https://arxiv.org/abs/2101.00011) by Ann Lee et al.

## Other Resources

<details>

<summary><b>Expand Other Resources</b></summary>

1. [annlee/widget-as-service](https://github.com/annlee/widget-as-service) - Mapping a sentence to a widget vector.
2. [bochan/widget_examples](https://github.com/bochan/widget_examples) - Widget examples.
3. [deelee/gadget-widget-tpu](https://github.com/deelee/gadget-widget-tpu)
4. [owner/awesome-widgets](https://github.com/owner/awesome-widgets) - Another list.
</details>
"""

RELATED_RESOURCES = """\
# Widgets

## Papers

- [Widget Transformers for Language](https://arxiv.org/abs/2101.00011)

## Other Resources

- [Widget Detection](https://widgets.example.org/blog/widget-detection)
- [annlee/widget_detection](https://github.com/annlee/widget_detection)
- [owner/awesome-widgets](https://github.com/owner/awesome-widgets)
"""


def test_repositories_that_fill_a_resources_section_are_works() -> None:
    result = _read(CODE_RESOURCES)
    assert _titles(result) == [
        "Widget Transformers for Language",
        "annlee/widget-as-service",
        "bochan/widget_examples",
        "deelee/gadget-widget-tpu",
    ]
    assert {e.kind for e in result.entries[1:]} == {"code"}
    # a resources section of sites and lists, one repository among them, stays skipped
    assert _titles(_read(RELATED_RESOURCES)) == ["Widget Transformers for Language"]


LIST_AMONG_WORKS = """\
# Widget Language Models

## GPT

1. [Better Widget Models and Their Implications](https://widgets.example.org/blog/better-widgets).
2. [Widget-3: Widget Models are Few-Shot Learners](https://arxiv.org/abs/2101.00021) by Ann Lee et al.
3. [owner/awesome-widget3](https://github.com/owner/awesome-widget3) - A collection of demos and articles about the Widget-3 API.
4. [How Widget-3 Works - Visualizations](https://widgets.example.org/how-widget3-works/) by Bo Chan.
5. [Widget-Neo](https://widgets.example.org/projects/widget-neo/) - Replicate a Widget-3 sized model.

## Lists

- [owner/awesome-widgets](https://github.com/owner/awesome-widgets)
- [owner/awesome-gadgets](https://github.com/owner/awesome-gadgets)
"""


def test_a_link_to_another_list_among_a_sections_works_is_one_of_them() -> None:
    titles = _titles(_read(LIST_AMONG_WORKS))
    assert "owner/awesome-widget3" in titles
    assert len(titles) == 5  # the lists of their own section stay skipped


MODEL_ITEMS = """\
# Widget Models

## Decoder models

- WidgetLM: Open and Efficient Widget Language Models
  <a name="widgetlm"></a>
  - [Model](https://github.com/annlee/widgetlm)
  - [Paper](https://arxiv.org/pdf/2101.00031.pdf)
  - Widget Lab
  - [Requires approval, non-commercial](https://widgets.example.org/forms/widgetlm-licence)
- GadgetLM: A Multilingual Gadget Model
  - [Model](https://huggingface.co/annlee/gadgetlm)
  - [Paper](https://arxiv.org/pdf/2101.00032.pdf)
  - Gadget Science
  - Apache v2
"""


def test_a_licence_link_among_a_models_links_and_notes_is_the_models() -> None:
    result = _read(MODEL_ITEMS)
    assert _titles(result) == [
        "WidgetLM: Open and Efficient Widget Language Models",
        "GadgetLM: A Multilingual Gadget Model",
    ]
    links = [str(x.url) for x in result.entries[0].entry.links]
    assert "https://widgets.example.org/forms/widgetlm-licence" in links
    assert "https://arxiv.org/pdf/2101.00031.pdf" in links


DESCRIBED_ITEMS = """\
# Widget NLP

## Papers

1. [Widget Transformer: Attentive Widgets](https://arxiv.org/abs/2101.00041) by Ann Lee and Bo Chan.
  - A new pretraining method for widgets that improves upon gadgets on 20 tasks.
  - "A widget is a shifted gadget while a sprocket is a direct one." — [Dee Lee](https://social.example.org/deelee/status/1)
  - [Comments from the forum](https://forum.example.org/item?id=2):
2. [Sprocket Nets for Widget Text](https://arxiv.org/abs/2101.00042) by Eve Chan.
- The group perform a systematic study of sprockets. [[Code](https://widgets.example.org/c/3)].
3. [Gadget Models are Widget Learners](https://arxiv.org/abs/2101.00043) by Fay Wu.

- [Another Widget Paper](https://arxiv.org/abs/2101.00044) by Gus Lee.
"""


def test_bullets_right_below_a_numbered_work_are_its_lines() -> None:
    result = _read(DESCRIBED_ITEMS)
    assert _titles(result) == [
        "Widget Transformer: Attentive Widgets",
        "Sprocket Nets for Widget Text",
        "Gadget Models are Widget Learners",
        "Another Widget Paper",
    ]
    first = [str(x.url) for x in result.entries[0].entry.links]
    assert first[1:] == [
        "https://social.example.org/deelee/status/1",
        "https://forum.example.org/item?id=2",
    ]
    assert "https://widgets.example.org/c/3" in [str(x.url) for x in result.entries[1].entry.links]


TYPED_LABELS = """\
# Widget Models

1. [Cramming: Training a Widget Model on One Gadget in One Day (paper)](https://arxiv.org/abs/2101.00051) - a study.
2. [Ann Lee's opinion on current widget models (Tweet)](https://social.example.org/annlee/status/5)
3. [WidgetLM-130B: An Open Bilingual Widget Model (code and paper)](https://github.com/annlee/widgetlm)
4. [Widget Motion Experts (video)](https://arxiv.org/abs/2101.00052)
"""


def test_a_type_said_after_the_title_in_a_link_label_is_no_part_of_it() -> None:
    assert _titles(_read(TYPED_LABELS)) == [
        "Cramming: Training a Widget Model on One Gadget in One Day",
        "Ann Lee's opinion on current widget models",
        "WidgetLM-130B: An Open Bilingual Widget Model",
        "Widget Motion Experts (video)",
    ]


VENUE_FIRST = """\
# Widgets in Transportation

* Traffic Prediction
   * (AAAI 2023) Widgetformer: Unify Time and Space in Widget Prediction, Ann Lee et al. [[Paper](https://arxiv.org/abs/2101.00061)] [[Code](https://github.com/annlee/widgetformer)]
   * (KDD 2024) WGformer: Efficient Widget Graph Transformer for Forecasting, Bo Chan et al [[Paper](https://arxiv.org/abs/2101.00062)]
   * (ICLR 2020) Widgets, Gadgets and Sprockets for Traffic Planning [[Paper](https://arxiv.org/abs/2101.00063)]
"""


def test_a_name_and_et_al_after_a_comma_ends_a_title_with_its_venue_in_front() -> None:
    result = _read(VENUE_FIRST)
    assert _titles(result) == [
        "Widgetformer: Unify Time and Space in Widget Prediction",
        "WGformer: Efficient Widget Graph Transformer for Forecasting",
        "Widgets, Gadgets and Sprockets for Traffic Planning",
    ]
    assert result.entries[0].entry.authors[:1] == ["Ann Lee"]


CONTENTS_NAMED = """\
# Awesome Widget Models

## Table of Contents

- [Encoder models](#encoder)
  - [WidgetBERT](#widgetbert)
  - [Gadgetron](#gadgetron)
  - [SprocketLM](#sprocketlm)
  - [CogNet](#cognet)

<a name="encoder"></a>

## Encoder models

<a name="widgetbert"></a>

- WidgetBERT: A Lite version of widgets
  - [Model](https://huggingface.co/annlee/widgetbert)
  - [Paper](https://arxiv.org/pdf/2101.00071.pdf)
- Gadgetron: Pre-training Gadget Encoders as Discriminators
  <a name="gadgetron"></a>
  - [Model](https://huggingface.co/bochan/gadgetron)
  - [Paper](https://arxiv.org/pdf/2101.00072.pdf)
- SprocketLM-20B: An Open Sprocket Model
  <a name="sprocketlm"></a>
  - [Model](https://huggingface.co/deelee/sprocketlm)
  - [Paper](https://arxiv.org/pdf/2101.00073.pdf)
- CogNet: Cogs that Learn Widgets
  - [Model](https://huggingface.co/eve/cognet)
"""

SECTIONS_NAMED = """\
# Widget Papers

- [WidgetBERT](#widgetbert)
- [Gadgetron](#gadgetron)
- [SprocketLM](#sprocketlm)

## WidgetBERT

- WidgetBERT: Pre-training of Deep Widget Transformers [[paper](https://arxiv.org/abs/2101.00081)]

## Gadgetron

- Gadgetron: Gadget Encoders as Discriminators [[paper](https://arxiv.org/abs/2101.00082)]

## SprocketLM

- SprocketLM: An Open Sprocket Model [[paper](https://arxiv.org/abs/2101.00083)]
"""


def test_items_the_lists_contents_name_by_the_name_before_a_colon_are_titled_by_it() -> None:
    result = _read(CONTENTS_NAMED)
    assert _titles(result) == ["WidgetBERT", "Gadgetron", "SprocketLM-20B", "CogNet"]
    assert (result.entries[0].entry.summary or "").startswith("A Lite version of widgets")
    # contents that name the list's sections: the items' whole lines stay their titles
    assert _titles(_read(SECTIONS_NAMED)) == [
        "WidgetBERT: Pre-training of Deep Widget Transformers",
        "Gadgetron: Gadget Encoders as Discriminators",
        "SprocketLM: An Open Sprocket Model",
    ]


STRAY_BRACKET = """\
# Widgets in Medical Imaging

   **A Comparative Study of Widget Classification: from Regression to Gadgets** [19th May, 2022].<br>
*Ann Lee, Bo Chan.*<br>
 [[PDF]([https://arxiv.org/abs/2205.00091)]

   **Few-Shot Widget Learning for Gadget Classification** [30th May, 2022].<br>
*Dee Lee, Eve Chan.*<br>
 [[PDF](https://arxiv.org/abs/2205.00092)] [[Github]([https://github.com/dee/one](https://github.com/dee/two))]
"""


def test_a_bracket_typed_before_an_address_is_no_part_of_it() -> None:
    result = _read(STRAY_BRACKET)
    assert _titles(result) == [
        "A Comparative Study of Widget Classification: from Regression to Gadgets",
        "Few-Shot Widget Learning for Gadget Classification",
    ]
    assert [str(x.url) for x in result.entries[0].entry.links] == [
        "https://arxiv.org/abs/2205.00091"
    ]
    # a link written inside the destination is left out: which address is meant is unclear
    assert [str(x.url) for x in result.entries[1].entry.links] == [
        "https://arxiv.org/abs/2205.00092"
    ]


READ_LINKS = """\
# Widget Systems

## Dataflow

- **WidgetAttention and WidgetAttention-2** - [Read 1](https://arxiv.org/abs/2205.00101), [Read 2](https://arxiv.org/abs/2307.00102)
- **GadgetSpeed-Inference** - [Read](https://widgets.example.org/stamp/10046087)
- **Blockwise Parallel Widgets for Large Context Models** - [Read](https://arxiv.org/abs/2305.00103)
"""


def test_a_link_labelled_read_says_what_it_is_and_names_no_work() -> None:
    assert _titles(_read(READ_LINKS)) == [
        "WidgetAttention and WidgetAttention-2",
        "GadgetSpeed-Inference",
        "Blockwise Parallel Widgets for Large Context Models",
    ]


RELATED_RESOURCE = """\
# Widget OCR

## Papers

- [Widget Text Recognition with Gadgets](https://arxiv.org/abs/2101.00111)

## Related Awesome Resource

- [owner/WidgetOCR](https://github.com/owner/WidgetOCR)
- [annlee/awesome-widget-ocr](https://github.com/annlee/awesome-widget-ocr)
"""


def test_a_related_resource_section_named_in_the_singular_holds_no_works() -> None:
    assert _titles(_read(RELATED_RESOURCE)) == ["Widget Text Recognition with Gadgets"]


BACK_TO_TOP = """\
# Widgets in Transportation

## Autonomous Driving

   * <span id="head-Widget-Control"> **Widget Control** </span> **[       «🎯Back To Top»       ](#)**

       ```Widgets are used in self-driving cars.```
      * (2025) **Widget Algorithms for Self-Driving Cars**, Eve Chan. [[Paper](https://arxiv.org/abs/2501.00120)]


     * <span id="head-Route-Widgets"> **Route Widgets** </span> **[       «🎯Back To Top»       ](#)**
       ```Widgets are integrated for route optimization.```
      * (2025) **Multimodal Widgets for Intelligent Transportation**, Ann Lee. [[Paper](https://arxiv.org/abs/2412.00121)]
      * (2023) **WidgetFormer: Predicting Long-term Traffic**, Bo Chan. [[Paper](https://arxiv.org/abs/2302.00122)]
"""


def test_a_sections_name_with_a_link_back_to_the_top_is_no_work() -> None:
    assert _titles(_read(BACK_TO_TOP)) == [
        "Widget Algorithms for Self-Driving Cars",
        "Multimodal Widgets for Intelligent Transportation",
        "WidgetFormer: Predicting Long-term Traffic",
    ]


CJK_ET_AL = """\
# Widgets in Transportation

* Traffic Prediction
   * (ICDE 2023) Self-Supervised Widget Bottleneck Network for Long-term Forecasting, 李小明 et al.[[paper](https://arxiv.org/abs/2101.00131)][[code](https://github.com/lee/widget-bottleneck)]
   * (KDD 2024) WGformer: Efficient Widget Graph Transformer for Forecasting, Bo Chan et al [[Paper](https://arxiv.org/abs/2101.00132)]
   * (ICLR 2020) Widgets, Gadgets and Sprockets for Traffic Planning [[Paper](https://arxiv.org/abs/2101.00133)]
"""


def test_a_name_in_chinese_characters_with_et_al_ends_a_title_too() -> None:
    result = _read(CJK_ET_AL)
    assert (
        _titles(result)[0] == "Self-Supervised Widget Bottleneck Network for Long-term Forecasting"
    )
    assert result.entries[0].entry.authors[:1] == ["李小明"]
