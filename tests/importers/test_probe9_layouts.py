# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met on session 9's development lists (awesome lists of papers nobody had written the
reader against), each failing before its rule. The lists here are written for the tests: titles,
names and addresses are invented."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _found(result: ImportResult) -> list[tuple[str, list[str]]]:
    return [(e.entry.title, [x.url for x in e.entry.links]) for e in result.entries]


VENUE_TAG_PARAGRAPHS = """\
# Widget systems

A list of papers on serving widgets.

Example: [Conference'year] [Paper Title]() [[Code]()]

## Serving

[ATC'23] [Accelerating Distributed Widget Training with Gizmo](https://www.usenix.org/conference/atc23/presentation/lee)

[MLSys'24] [Sparse Widget Serving at Scale](https://proceedings.mlsys.org/paper_files/paper/2024/hash/abc-Abstract.html) [[Code](https://github.com/ann/sws)]

[Arxiv'24] [Offloading Widgets to the Edge](https://arxiv.org/abs/2401.00101)

[Electronics'24] [Widget Inference Offloading in the Internet of Things](https://www.mdpi.com/2079-9292/13/11/2077)

[ASPLOS'25] [A Flexible Training System for Sparse Widgets](https://bo.github.io/publications/index.html)
"""


def test_a_paragraph_of_a_venue_tag_and_a_title_link_is_an_entry_whatever_site_it_links() -> None:
    # ``[ATC'23]`` before the link is the venue and year, as ``, ATC 2023`` after it would be.
    assert _found(_read(VENUE_TAG_PARAGRAPHS)) == [
        (
            "Accelerating Distributed Widget Training with Gizmo",
            ["https://www.usenix.org/conference/atc23/presentation/lee"],
        ),
        (
            "Sparse Widget Serving at Scale",
            [
                "https://proceedings.mlsys.org/paper_files/paper/2024/hash/abc-Abstract.html",
                "https://github.com/ann/sws",
            ],
        ),
        ("Offloading Widgets to the Edge", ["https://arxiv.org/abs/2401.00101"]),
        (
            "Widget Inference Offloading in the Internet of Things",
            ["https://www.mdpi.com/2079-9292/13/11/2077"],
        ),
        (
            "A Flexible Training System for Sparse Widgets",
            ["https://bo.github.io/publications/index.html"],
        ),
    ]


YEAR_DOT_REFERENCES = """\
# Widget tokenization

## Foundations

- 1948\\. Ann B. Lee. [A Mathematical Theory of Widgets](https://doi.org/10.1002/j.1538-7305.1948.tb01338.x). *Bell Widget Journal*.
- 2016\\. C. Dee, E. Fox, et al. [Categorical widgets with gumbel gadgets](https://arxiv.org/abs/1611.01188). *arXiv:1611.01188*.
- 2020\\. Gil Ho and Ida Jun. [Byte Widget Encoding Is Suboptimal for Pretraining](https://aclanthology.org/2020.findings-emnlp.499/). *Findings of EMNLP*.
"""


def test_a_year_and_a_full_stop_in_front_of_a_reference_are_its_year_not_its_title() -> None:
    # ``1948\\.``: the year the list sorts by, escaped so that the bullet is no numbered item.
    result = _read(YEAR_DOT_REFERENCES)
    assert [(e.entry.title, e.entry.authors) for e in result.entries] == [
        ("A Mathematical Theory of Widgets", ["Ann B. Lee"]),
        ("Categorical widgets with gumbel gadgets", ["C. Dee", "E. Fox"]),
        ("Byte Widget Encoding Is Suboptimal for Pretraining", ["Gil Ho", "Ida Jun"]),
    ]
    assert [e.entry.year for e in result.entries][1:] == [2016, 2020]


NUMBERED_TITLES_OVER_LABELS = """\
# Widget fields at CVPR

---

[1] WidgetNet: A General Framework for Gadget Detection

- 题目：WidgetNet：小部件检测的通用框架
- 分类：目标检测

- Code: https://github.com/annlee/widgetnet

- Paper: https://arxiv.org/abs/2211.00001

- 摘要：

  > *This paper presents a widget detector that works on gadgets. Code and data follow.*

---

[2] Gadget Carving with Ambiguity-Aware Widget Estimates

- 题目：歧义感知的小部件估计
- Project: https://gadget-carving.github.io/
- Code: soon
- Paper: https://arxiv.org/pdf/2303.00002.pdf
- 摘要：

> *Widgets have enabled high fidelity gadgets from multiple views.*

- 图示：

![figure](images/figure-2.png)
"""


def test_a_numbered_plain_title_over_labelled_details_is_one_work_with_their_links() -> None:
    # ``[1] Title`` names the work as ``**Title**`` would; its ``- Code:`` and ``- Paper:`` lines
    # and the quoted abstract are its details, not entries without a title.
    assert _found(_read(NUMBERED_TITLES_OVER_LABELS)) == [
        (
            "WidgetNet: A General Framework for Gadget Detection",
            ["https://github.com/annlee/widgetnet", "https://arxiv.org/abs/2211.00001"],
        ),
        (
            "Gadget Carving with Ambiguity-Aware Widget Estimates",
            ["https://gadget-carving.github.io/", "https://arxiv.org/pdf/2303.00002.pdf"],
        ),
    ]


NAME_BEFORE_TITLE_LINK = """\
# Widgets for time series

## Ungated

| Title | Venue | Month | Code |
| ------- | ------- | ------- | ------- |
|Wim [Wim: Frequency Improved Widget Memory for Forecasting](https://proceedings.neurips.cc/paper_files/paper/2022/file/abc-Paper-Conference.pdf) | NeurIPS | 2022 | [Code](https://github.com/ann/wim/) |
|GadNet [Temporal gadget network with attention for long-term forecasting](https://ieeexplore.ieee.org/abstract/document/10270001) | IEEE TIM | 2023 | None |
|VPF-MoE [A widget-price forecasting method based on mixture of gadgets](https://www.mdpi.com/2077-0472/15/2/999) | Agriculture | 2025 | None |
|Time Keeper [Time Keeper: Widget-Enhanced Foundation Forecasting Model](https://arxiv.org/pdf/2505.00001) | Arxiv | 2025.05 | None |
"""


def test_a_short_name_written_bare_before_a_title_link_is_the_alias() -> None:
    # ``GadNet [Temporal gadget network …](…)``: the method's name, then its paper's title; the
    # title is the link's label, the name before it the alias (as ``GadNet: [Title](…)`` is).
    result = _read(NAME_BEFORE_TITLE_LINK)
    assert [(e.entry.title, e.entry.alias) for e in result.entries] == [
        ("Wim: Frequency Improved Widget Memory for Forecasting", "Wim"),
        ("Temporal gadget network with attention for long-term forecasting", "GadNet"),
        ("A widget-price forecasting method based on mixture of gadgets", "VPF-MoE"),
        ("Time Keeper: Widget-Enhanced Foundation Forecasting Model", "Time Keeper"),
    ]


LABELLED_NAMES_UNDER_A_PAPER = """\
# Widget models in RL

## Papers

- [Flow to Better: Offline Widget Learning via Preferred Gadget Generation](https://openreview.net/forum?id=wid001)
  - Ann Lee, Bo Chan, Cy Dee
  - Publisher:  ICLR 2024
  - Key: Widget learning, Offline gadgets
  - Code: [official](https://github.com/annlee/flow2better)
  - ExpEnv: [W4RL](https://github.com/widget/w4rl)，[GadgetWorld](https://github.com/gadget/world)

- [Learning Unsupervised Widget Models via Discrete Diffusion](https://arxiv.org/abs/2311.00017)
  - Dan Eve, Fay Gil
  - Publisher:  ICLR 2024
  - ExpEnv: [WidScenes](https://www.widscenes.org/), [KITTI Widgets](https://www.example.org/kitti_widgets.php)
"""


def test_a_label_over_named_links_under_a_paper_is_its_detail_not_works() -> None:
    # ``- ExpEnv: [W4RL](…)，[GadgetWorld](…)``: the environments the paper ran on, named by a
    # label as its ``- Code:`` line is; before, each such line was one more entry.
    assert _found(_read(LABELLED_NAMES_UNDER_A_PAPER)) == [
        (
            "Flow to Better: Offline Widget Learning via Preferred Gadget Generation",
            [
                "https://openreview.net/forum?id=wid001",
                "https://github.com/annlee/flow2better",
                "https://github.com/widget/w4rl",
                "https://github.com/gadget/world",
            ],
        ),
        (
            "Learning Unsupervised Widget Models via Discrete Diffusion",
            [
                "https://arxiv.org/abs/2311.00017",
                "https://www.widscenes.org/",
                "https://www.example.org/kitti_widgets.php",
            ],
        ),
    ]


BADGES_IN_A_VENUE_COLUMN = """\
# Widget OCR

## Parsing

| Venue | Name | Primary affiliation | Title | GitHub | Date |
|:-:|:-:|:-:|:-:|:-:|:-:|
| [![Paper](https://img.shields.io/badge/paper-A42C25?style=for-the-badge&logo=arxiv)](https://arxiv.org/abs/2602.00001) | `WidOCR` | Widget University | WidOCR: A Visual Language Model for Widget Parsing | [![GitHub Stars](https://img.shields.io/github/stars/ann/widocr?style=for-the-badge)](https://github.com/ann/widocr) | Feb. 2026 |
| [![Blog](https://img.shields.io/badge/blog-0A66C2?style=for-the-badge)](https://gadgets.example.com/research/gadget-ocr-2/) | `Gadget-OCR 2` | Gadgets Inc. | Transforming gadgets into structured data | [![GitHub Stars](https://img.shields.io/github/stars/gadgets/gocr?style=for-the-badge)](https://github.com/gadgets/gocr) | Oct. 2025 |
"""


def test_a_badge_in_a_venue_column_links_the_work_whatever_it_says() -> None:
    # ``| [![Blog](badge)](post) |`` under ``Venue``: where the work was published, as a badge
    # under ``Paper`` is; before, a badge saying ``Blog`` was decoration and its link was lost.
    assert _found(_read(BADGES_IN_A_VENUE_COLUMN)) == [
        (
            "WidOCR: A Visual Language Model for Widget Parsing",
            ["https://arxiv.org/abs/2602.00001", "https://github.com/ann/widocr"],
        ),
        (
            "Transforming gadgets into structured data",
            [
                "https://gadgets.example.com/research/gadget-ocr-2/",
                "https://github.com/gadgets/gocr",
            ],
        ),
    ]


QUOTED_NAMES_OVER_BOLD_TITLES = """\
# Widget decoding

### Lossless
> SpecWid
**Speculative Widgets: Exploiting Gadget Execution for Generation**<br />
Ann Lee, Bo Chan, Cy Dee [[paper](https://arxiv.org/abs/2203.00021)]

> EAGLET
**EAGLET: Widget Sampling Requires Rethinking Gadget Uncertainty**<br />
Dan Eve, Fay Gil. [[paper](https://arxiv.org/abs/2401.00022)][[code](https://github.com/dan/eaglet)]

### Approximate
> Meduso
**Meduso: Simple Widget Acceleration with Multiple Gadget Heads**<br />
Gil Ho, Ida Jun. [[paper](https://arxiv.org/abs/2401.00023)][[code](https://github.com/gil/meduso)]
"""


def test_a_quoted_short_name_over_a_bold_title_is_the_alias_also_right_under_a_heading() -> None:
    # ``> Name`` then ``**Title**<br />`` and the authors: Markdown goes on with the quote on the
    # lines below (no blank line), so the work is one quoted paragraph, its first line the name.
    result = _read(QUOTED_NAMES_OVER_BOLD_TITLES)
    assert [(e.entry.title, e.entry.alias, len(e.entry.links)) for e in result.entries] == [
        ("Speculative Widgets: Exploiting Gadget Execution for Generation", "SpecWid", 1),
        ("EAGLET: Widget Sampling Requires Rethinking Gadget Uncertainty", "EAGLET", 2),
        ("Meduso: Simple Widget Acceleration with Multiple Gadget Heads", "Meduso", 2),
    ]


NUMBERED_PAPER_LINES = """\
# Awesome widget works
Widget-related work with description and code review.

### Highlight

[1], Previous widget surveys divide the methods by the different tasks and settings.

## Quality

##### Mip based

[45] Mip-Widget: A Multiscale Representation for Anti-Aliasing Gadgets

[45+] Mip-Widget 360: Unbounded Anti-Aliased Gadgets

[70] Urban Widget Fields

##### Cost Volume

[47] WidNeRF：Fast Generalizable Widget Reconstruction
from Multi-View Stereo
"""


def test_numbered_paper_lines_without_links_are_works_when_the_list_writes_several() -> None:
    # ``[45] Title`` paragraphs: the list's number for each paper and its title, no link; a
    # numbered sentence (``[1], Previous … settings.``) is a note, not a work.
    titles = [e.entry.title for e in _read(NUMBERED_PAPER_LINES).entries]
    assert titles == [
        "Mip-Widget: A Multiscale Representation for Anti-Aliasing Gadgets",
        "Mip-Widget 360: Unbounded Anti-Aliased Gadgets",
        "Urban Widget Fields",
        "WidNeRF：Fast Generalizable Widget Reconstruction from Multi-View Stereo",
    ]


BOLD_DATED_PARAGRAPHS = """\
# Awesome widget papers

We organize papers on widgets published at top conferences recently.

### Widget Inference

**[Widget Inference] Modeling the Gadget-Generating Process is Necessary for Generalization**. (2023-ICLR) Ann Lee, Bo Chan, Cy Dee.
**TLDR**: Use widget knowledge on gadget generation to solve the shift problem. (用小部件解决分布偏移问题)

**[Widget Inference] Model-based Widget Bayesian Optimization**. (2023-ICLR) Dan Eve, Fay Gil.
**TLDR**: A principled algorithm for widget optimization.

### Widget Discovery

**[Widget Discovery] Rhino: Deep Widget Temporal Relationship Learning**. (2022-SIGKDD) Gil Ho, Ida Jun.
**TLDR**: We propose a widget discovery method for time series.

**Notes on this list**
"""


def test_bold_titles_with_year_and_authors_but_no_link_are_works_when_several() -> None:
    # ``**Title**. (2023-ICLR) Ann Lee, …`` over ``**TLDR**: …``: every work written so, none
    # with an address; a bold line alone stays a sub-heading.
    result = _read(BOLD_DATED_PARAGRAPHS)
    assert [(e.entry.title, e.entry.venue, e.entry.year) for e in result.entries] == [
        ("Modeling the Gadget-Generating Process is Necessary for Generalization", "ICLR", 2023),
        ("Model-based Widget Bayesian Optimization", "ICLR", 2023),
        ("Rhino: Deep Widget Temporal Relationship Learning", "KDD", 2022),
    ]
    assert result.entries[0].entry.authors == ["Ann Lee", "Bo Chan", "Cy Dee"]


NAME_AND_LINKED_YEAR_IN_BRACKETS = """\
# Awesome widget mixers

# Spatial Attentions
* Inception Widget Mixer (iWidget, [2022](https://github.com/ann/iwidget)) --- ([pytorch_v1](https://github.com/me/mixers/blob/main/model/iwidget.py))(graph)
* Frequency Gadget Attention (FgaNet, [2021](https://arxiv.org/abs/2012.11879)) --- ([pytorch_v1](https://github.com/me/mixers/blob/main/model/fga.py))(graph)
* StarWidget ([2022](https://arxiv.org/abs/2210.13452)) --- ([pytorch_v1](https://github.com/me/mixers/blob/main/model/starwidget.py))
"""


def test_a_bracket_around_a_linked_year_is_no_part_of_the_title() -> None:
    # ``Name (Short, [2022](…))``: the bracket opened before the year's link and closed after it
    # holds the short name and the paper's year; before, the title ran into it: ``Name (Short``.
    result = _read(NAME_AND_LINKED_YEAR_IN_BRACKETS)
    assert [(e.entry.title, e.entry.year) for e in result.entries] == [
        ("Inception Widget Mixer", 2022),
        ("Frequency Gadget Attention", 2021),
        ("StarWidget", 2022),
    ]


TITLE_CELL_WITH_A_TAKE_AWAY = """\
# Awesome widget pruning

### 2024

| Title & Take-away | Note | Code |
|:---|:---:|:---:|
| [![Star](https://img.shields.io/github/stars/ann/keywidget.svg?style=social&label=Star)](https://github.com/ann/keywidget) <br> [KeyWidget: Cache Reduction through Widget Sparsification](https://arxiv.org/abs/2403.00031) <br>  KeyWidget, a successor to [W2O](https://arxiv.org/abs/2306.00032) (see below), uses a *gadget score* to keep the key widgets. | [Blog](https://medium.com/@ann/keywidget) | [PyTorch](https://github.com/ann/keywidget) |
| [A Simple and Effective Pruning Approach for Widget Models](https://arxiv.org/abs/2306.00033) <br> A pruning metric termed Wanda that weighs widget norms, a simplified version of [*GadgetGPT*](https://arxiv.org/abs/2301.00034). | [Reviews](https://openreview.net/forum?id=wid35) | [PyTorch](https://github.com/bo/wanda) |
"""


def test_a_take_away_sentence_under_a_title_in_its_cell_is_no_work_of_its_own() -> None:
    # ``[Title](…) <br> KeyWidget, a successor to [W2O](…), uses …``: the sentence names another
    # work by a link inside it; before, each such line was one more entry.
    titles = [e.entry.title for e in _read(TITLE_CELL_WITH_A_TAKE_AWAY).entries]
    assert titles == [
        "KeyWidget: Cache Reduction through Widget Sparsification",
        "A Simple and Effective Pruning Approach for Widget Models",
    ]


TEAMS_AS_AUTHORS = """\
# Widget tokenization

## Text

- 2024\\. Widget-AI. [WidgetSeek LLM: Scaling Open Widget Models](https://arxiv.org/abs/2401.00041). *arXiv preprint*.
- 2024\\. Gadget Team. [The Gadget 3 Herd of Models](https://arxiv.org/abs/2407.00042). *arXiv preprint*.
- 2025\\. Ann Lee et al. [Tokenization Is More Than Widgets](https://aclanthology.org/2024.emnlp-main.43/). *Proceedings of EMNLP*.
"""


def test_a_team_that_signs_a_report_before_its_title_link_is_no_title() -> None:
    # ``Gadget Team. [Title](…)``, ``Widget-AI. [Title](…)``: the organisation wrote the report;
    # before, its name was the title (a name with a full stop after it is no bare short name).
    titles = [(e.entry.title, e.entry.alias) for e in _read(TEAMS_AS_AUTHORS).entries]
    assert titles == [
        ("WidgetSeek LLM: Scaling Open Widget Models", None),
        ("The Gadget 3 Herd of Models", None),
        ("Tokenization Is More Than Widgets", None),
    ]


NAME_OVER_BOLD_TITLE_AND_VENUE = """\
# Widget decoding

### Lossless

> Blockwise Widgets
**Blockwise Parallel Decoding for Deep Widget Models** (NIPS 2018)<br />
Ann Lee, Bo Chan. [[paper](https://arxiv.org/abs/1811.00051)]

#### GadNet

**Deep Residual Learning for Gadget Recognition** (CVPR 2016)

- Code: https://github.com/bo/gadnet
"""


def test_a_short_name_over_a_bold_title_with_its_venue_after_it_is_the_alias() -> None:
    # ``**Title** (NIPS 2018)`` below the name: the bracket is the venue and year, as a bold
    # title alone below a name already was; before, the name was the title.
    result = _read(NAME_OVER_BOLD_TITLE_AND_VENUE)
    assert [(e.entry.title, e.entry.alias, e.entry.year) for e in result.entries] == [
        ("Blockwise Parallel Decoding for Deep Widget Models", "Blockwise Widgets", 2018),
        ("Deep Residual Learning for Gadget Recognition", "GadNet", 2016),
    ]
