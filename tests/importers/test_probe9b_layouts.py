# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met in session 9's dev set 21b (public lists of papers, tools and data sets), each
written here again with invented titles, names and addresses, each failing before its rule."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _found(result: ImportResult) -> list[tuple[str, list[str]]]:
    return [(e.entry.title, [x.url for x in e.entry.links]) for e in result.entries]


CODE_TAG_GROUPS = """\
# Widget registration papers

Tags: `lf.` local features, `est.` direct estimation, `opt.` optimisation.

## 2019

- [[CVPR](https://widgets.example.org/cvpr19/lee.pdf)] WidgetNet: Learning Local Gadget Descriptors [`lf.`]

- [[ICCV](https://widgets.example.org/iccv19/chan.pdf)] Deep Closest Widget: Learning Gadget Representations [`est.` `lf.`]

- [[ICRA](https://widgets.example.org/icra19/dee.pdf)] Robust Low-overlap Widget Registration [`est.` `opt.` `oth.`] :fire:

- [[CVPR](https://widgets.example.org/cvpr19/ode.pdf)] Gadget Matching with Smoothed Widgets [[code](https://github.com/ode/gadget-match)] [`lf.`]
"""


def test_a_bracket_of_code_span_tags_after_a_title_is_no_part_of_it() -> None:
    # ``[`lf.` `est.`]``: the list's keyword tags, not title words (the full stops inside them
    # ended the title early: ``Title [est``).
    assert [e.entry.title for e in _read(CODE_TAG_GROUPS).entries] == [
        "WidgetNet: Learning Local Gadget Descriptors",
        "Deep Closest Widget: Learning Gadget Representations",
        "Robust Low-overlap Widget Registration",
        "Gadget Matching with Smoothed Widgets",
    ]


HEADING_PER_PAPER_WITH_CREDITS = """\
# Widget retrieval papers

A curated collection of papers on widget retrieval.

## Surveys

### A Survey of Widget-Based Search Agents

**ACL 2026** · [Paper](https://aclanthology.org/2026.acl-long.101/)

A roadmap for widget search agents, covering planning and retrieval.

<img src="assets/widget-survey.png" alt="Figure 2 from A Survey of Widget-Based Search Agents" width="100%">

<sub>Original paper figure: <strong>Figure 2</strong> · <a href="https://aclanthology.org/2026.acl-long.101.pdf">Source: official PDF</a> · Credit: Ann Lee et al. · <a href="https://creativecommons.org/licenses/by/4.0/">License</a></sub>

### Gadget Retrieval for Augmented Generation: A Survey

**Findings of EMNLP 2023** · [Paper](https://aclanthology.org/2023.findings-emnlp.102/) · [Code / Project](https://github.com/lee/gadget-survey)

An early review of retrieving gadgets to augment generation.

<sub>Original paper figure: <strong>Figure 1</strong> · <a href="https://aclanthology.org/2023.findings-emnlp.102.pdf">Source: official PDF</a> · Credit: Bo Chan et al.</sub>

## Foundations

### Retrieval-Augmented Widget Modeling

**ICML 2023** · [Paper](https://arxiv.org/abs/2211.00103)

Augments a widget model with retrieved gadget memory.
"""


def test_a_heading_per_paper_over_its_venue_links_and_a_credit_in_small_print_is_one_work() -> None:
    # The ``<sub>`` credit under the figure is a caption (it links the same paper's PDF and a
    # licence), not a work titled 'Original paper figure'; a bold venue with its year
    # (``**Findings of EMNLP 2023**``) is no bold title of a work of its own.
    found = _found(_read(HEADING_PER_PAPER_WITH_CREDITS))
    assert [title for title, _ in found] == [
        "A Survey of Widget-Based Search Agents",
        "Gadget Retrieval for Augmented Generation: A Survey",
        "Retrieval-Augmented Widget Modeling",
    ]
    assert "https://aclanthology.org/2026.acl-long.101/" in found[0][1]
    assert "https://github.com/lee/gadget-survey" in found[1][1]


NAMES_LINE_OVER_QUOTED_TITLE = """\
# Awesome Widget Tracking

## Survey
:boom:**Awesome Widgets:** Ann Lee, Bo Chan, Cy Dee.<br />
  "Awesome Multi-modal Widget Tracking." ArXiv (2024).
  [[Paper](https://arxiv.org/abs/2405.00001)]
  [[Project](https://github.com/lee/awesome-widget-tracking)]

- Dan Eve, Fay Gee, Hal Ito.<br />
  "Multi-modal Widget Tracking: Review and Experimental Comparison." ArXiv (2022).
  [[paper](https://arxiv.org/abs/2012.00002)]

- Zhang, Ann and Wang, Bo and Li, Cy.<br />
  "Review and Analysis of Gadget Tracking Methods: A Fusion Perspective." ACM Transactions on Multimedia Computing (2024).
  [[paper](https://dl.acm.org/doi/pdf/10.1145/3600003)]

- **MV-Widget & WidgetTrack:** Ivy Jo, Kim Lu, Mo Nu.<br />
  "Revisiting Widget Tracking Benchmarks from the Perspective of Modality Validity." TIP (2025).
  [[paper](https://arxiv.org/abs/2405.00004)]
  [[code](https://github.com/ivy/widgettrack)]

:boom:Oz Pi, Qi Ra.<br />
  "Visual Widget Tracking across Diverse Data Modalities: A Review." ArXiv (2024).
  [[paper](https://arxiv.org/abs/2412.00005)]

- Sam Tu and Uma Vo.<br />
  "Widget tracking: A comprehensive review." Information Fusion (2024).
  [[paper](https://www.sciencedirect.com/science/article/pii/S1566253524000006)]
"""


def test_a_line_of_names_over_a_quoted_title_line_is_the_authors_of_that_title() -> None:
    # ``Ann Lee, Bo Chan.<br />`` then ``"Title." ArXiv (2024).`` then the links, in a bullet or a
    # paragraph (an emoji first), perhaps a short name in bold before the names: the quotes hold
    # the title, the first line its authors (it was the title before), the rest the venue.
    result = _read(NAMES_LINE_OVER_QUOTED_TITLE)
    assert [
        (e.entry.title, e.entry.alias, e.entry.authors[:1], e.entry.venue) for e in result.entries
    ] == [
        ("Awesome Multi-modal Widget Tracking", "Awesome Widgets", ["Ann Lee"], "arXiv"),
        (
            "Multi-modal Widget Tracking: Review and Experimental Comparison",
            None,
            ["Dan Eve"],
            "arXiv",
        ),
        (
            "Review and Analysis of Gadget Tracking Methods: A Fusion Perspective",
            None,
            ["Ann Zhang"],
            "ACM Transactions on Multimedia Computing",
        ),
        (
            "Revisiting Widget Tracking Benchmarks from the Perspective of Modality Validity",
            "MV-Widget & WidgetTrack",
            ["Ivy Jo"],
            "TIP",
        ),
        (
            "Visual Widget Tracking across Diverse Data Modalities: A Review",
            None,
            ["Oz Pi"],
            "arXiv",
        ),
        ("Widget tracking: A comprehensive review", None, ["Sam Tu"], "Information Fusion"),
    ]


DOWNLOAD_BADGES = """\
# Widget data sets

| Dataset | Year | Scale | Links | Licence |
| --- | ---: | --- | --- | --- |
| [WidgetScan](https://widgetscan.example.org/) | 2016 | 888 scans | [![Download](https://img.shields.io/badge/Download-0969DA?style=flat-square)](https://widgetscan.example.org/download/) [![Paper](https://img.shields.io/badge/Paper-000000?style=flat-square)](https://doi.org/10.1016/j.widget.2017.06.015) | CC BY 4.0 |
| [GadgetX-14](https://github.com/lee/gadgetx-14) | 2021 | 18k images | [![GitHub](https://img.shields.io/badge/GitHub-181717?style=flat-square)](https://github.com/lee/gadgetx-14) [![Download](https://img.shields.io/badge/Download-0969DA?style=flat-square)](https://physio.example.org/content/gadgetx/1.0.0/) | MIT |
"""


def test_a_download_badge_links_where_the_data_set_is_fetched() -> None:
    # A badge reading ``Download`` is the work's link, as a ``Paper`` or ``GitHub`` badge is
    # (it was dropped as decoration unless it linked a data host the reader knows).
    found = _found(_read(DOWNLOAD_BADGES))
    assert "https://widgetscan.example.org/download/" in found[0][1]
    assert "https://physio.example.org/content/gadgetx/1.0.0/" in found[1][1]


BOLD_YEAR_TAGS = """\
# Awesome Widget Clouds

### Surveys
- **2020**: *Widget Cloud Processing for 3D Perception: A Survey* - Comprehensive survey on widget cloud processing ([link](https://arxiv.org/abs/2006.00001)).
- **2019:** *A Review of Widget Cloud Registration* - Covers classic and learned registration ([link](https://arxiv.org/abs/1910.00002)).

### Classification
- **WidgetNet** (2017): *WidgetNet: Deep Learning on Widget Sets for Classification* ([link](https://arxiv.org/abs/1612.00003))
"""


def test_a_year_in_bold_and_a_colon_before_the_title_is_its_year() -> None:
    # ``**2020**:`` names the year, not the title (it was titled ``2020``).
    result = _read(BOLD_YEAR_TAGS)
    assert [(e.entry.title, e.entry.year) for e in result.entries] == [
        ("Widget Cloud Processing for 3D Perception: A Survey", 2020),
        ("A Review of Widget Cloud Registration", 2019),
        ("WidgetNet: Deep Learning on Widget Sets for Classification", 2017),
    ]


DATED_EVENTS = """\
# Awesome Widget Tracking

## Highlights
- 2026.01.23: We Released WidgetSet V1.5 with both Training and Test Sets Available ([Project](https://github.com/lee/widgetset)).
- 2025.12.08: The Paper of WidgetSet & GadgetNet was Online ([arXiv](https://arxiv.org/abs/2512.00001)).
- 2025.04.28: The Paper of WidgetSet was Accepted by CVPR 2025 Workshop ([arXiv](https://arxiv.org/abs/2409.00002), [Outstanding Paper](https://workshop.example.org/home)).
- 2025.01.20: The Technical Report for WidgetSet was Updated ([arXiv](https://arxiv.org/abs/2409.00002), [知乎](https://zhuanlan.zhihu.com/p/100000001)).
- 2024.05.20: Awesome Widget Tracking Project Started.

## Papers
- 2024.05 [Widget Tracking with Gadget Priors](https://arxiv.org/abs/2405.00003) ICCV 2023
- Ann Lee, Bo Chan. "Widget Tracking Benchmarks Revisited." TIP (2025). [[paper](https://arxiv.org/abs/2405.00004)]
"""


def test_a_dated_event_is_news_though_it_links_the_paper() -> None:
    # ``2025.12.08: The Paper of X was Online ([arXiv](…))``: what happened to a paper, told in a
    # sentence with links that say what they are, is the list's news, not a work.
    assert [e.entry.title for e in _read(DATED_EVENTS).entries] == [
        "Widget Tracking with Gadget Priors",
        "Widget Tracking Benchmarks Revisited",
    ]


TOOL_HEADINGS_NAMED_IN_THEIR_DESCRIPTION = """\
# Tools

## Databases

### WidgetDB

[WidgetDB](http://widgetdb.net/) is a classical widget store on top of Gadget.

- Language: Java
- Backends: [Gadget](#gadget), [Sprocket](#sprocket)

### GizmoDB

[GizmoDB](https://gizmodb.github.io/) is a fast widget store on Sprocket

- Language: Java

### CogDB

[CogDB](https://github.com/cog/cogdb) is a fast widget store on Sprocket

- Language: Go
- Backends: [Sprocket](#sprocket)

### BoltDB

[BoltDB](https://boltdb.example.org/) is a fast widget store on Sprocket

## Backends

### Gadget

Databases: [WidgetDB](#widgetdb)

### Sprocket

Databases: [GizmoDB](#gizmodb)
"""


def test_a_heading_over_a_description_that_starts_with_the_tool_linked_is_that_tool() -> None:
    # ``### WidgetDB`` over ``[WidgetDB](https://…) is a …`` and notes (``- Language: Java``,
    # ``- Backends: [Gadget](#gadget)``): the tool, with its link (the paragraph was skipped as
    # one with a link but no identifier, and the tool lost, unless it linked a repository);
    # ``### Gadget`` over ``Databases: [WidgetDB](#widgetdb)`` stays a section of the page.
    assert _found(_read(TOOL_HEADINGS_NAMED_IN_THEIR_DESCRIPTION)) == [
        ("WidgetDB", ["http://widgetdb.net/"]),
        ("GizmoDB", ["https://gizmodb.github.io/"]),
        ("CogDB", ["https://github.com/cog/cogdb"]),
        ("BoltDB", ["https://boltdb.example.org/"]),
    ]


TITLE_LINK_NAMES_VENUE_PARAGRAPHS = """\
# Awesome widget transformers

## Self-attention augmented widgets

[Non-local Widget Networks](https://widgets.example.org/cvpr18/lee.pdf). Ann Lee, Bo Chan, Cy Dee. CVPR 2018.

[WGNet: Non-local Widgets Meet Gadget Networks and Beyond](https://widgets.example.org/iccvw19/chan.pdf). Bo Chan, Dan Eve. ICCVW 2019.

[Disentangled Non-Local Widget Networks](https://www.widget-archive.example.net/eccv20/123.pdf). Fay Gee, Hal Ito, Ivy Jo. ECCV 2020.

This section was last checked in May. See [our notes](https://notes.example.org/widgets) for more.
"""


def test_a_paragraph_of_a_title_link_its_authors_and_its_venue_and_year_is_an_entry() -> None:
    # ``[Title](https://…). Ann Lee, Bo Chan. ECCV 2020.`` under a section: a citation whatever
    # site the title links (a paper's address the reader knows made it one before, others not).
    assert [e.entry.title for e in _read(TITLE_LINK_NAMES_VENUE_PARAGRAPHS).entries] == [
        "Non-local Widget Networks",
        "WGNet: Non-local Widgets Meet Gadget Networks and Beyond",
        "Disentangled Non-Local Widget Networks",
    ]


NAMES_WITH_MARKS = """\
# Widget clouds

## Detection
- A* 3D: [A* 3D: An Autonomous Widget Dataset in Hard Places](https://arxiv.org/pdf/1909.00001.pdf) [[Project Page](https://github.com/lee/astar3d)] [ICRA'2020]
- Part-A^2: [From Points to Parts: 3D Detection from Widget Clouds](https://arxiv.org/pdf/1907.00002.pdf) [[Code](https://github.com/chan/parta2)] [TPAMI'2020]
"""


def test_a_short_name_with_a_star_or_a_caret_before_the_title_link_is_the_alias() -> None:
    # ``A* 3D:``, ``Part-A^2:``: method names written with marks; the title is the link's label
    # (the name was the title before).
    result = _read(NAMES_WITH_MARKS)
    assert [(e.entry.title, e.entry.alias) for e in result.entries] == [
        ("A* 3D: An Autonomous Widget Dataset in Hard Places", "A* 3D"),
        ("From Points to Parts: 3D Detection from Widget Clouds", "Part-A^2"),
    ]
