# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts of real lists the importer had not met (owners s-z, helper dev20), written here in our
own words with invented titles and addresses, each failing before its rule."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


NAME_DASH_TITLE = """\
# Widget normals

## Plane fitting

- **WidgetFit** (Lee et al.) - *Fitting Planes to Noisy Widgets*. SIGGRAPH 1999. [Paper](https://doi.org/10.1145/0000001)
- **Chan et al.** - *Smoothing Gadget Clouds with Jets*. CAGD 2005. [Paper](https://doi.org/10.1016/0000002)
- **Dee and Moss** - *Normals of Sprockets in the Wild*. TVCG 2011. [Paper](https://doi.org/10.1109/0000003) / [Code](https://github.com/dee/sprocket-normals)
- **Gadget Sphere Fitting** (Orr and Park) - *Algebraic Gadget Surfaces*. TOG 2007. [Paper](https://doi.org/10.1145/0000004)
- **WLS** (Levin) – *The Power of Moving Widgets*. Mathematics of Computation 1998. [Paper](https://doi.org/10.1090/0000005)

## Datasets

- **WidgetSet** (2015) - Synthetic widgets for normal estimation. [Dataset](https://widgets.example.org/)
"""


def test_a_bold_name_then_a_dash_then_a_title_in_italics() -> None:
    result = _read(NAME_DASH_TITLE)
    found = [
        (e.entry.title, e.entry.alias, e.entry.authors, e.entry.venue, e.entry.year)
        for e in result.entries
    ]
    assert found == [
        ("Fitting Planes to Noisy Widgets", "WidgetFit", ["Lee"], "SIGGRAPH", 1999),
        ("Smoothing Gadget Clouds with Jets", None, ["Chan"], "CAGD", 2005),
        ("Normals of Sprockets in the Wild", None, ["Dee", "Moss"], "TVCG", 2011),
        ("Algebraic Gadget Surfaces", "Gadget Sphere Fitting", ["Orr", "Park"], "TOG", 2007),
        # one surname alone is no list of names the name reader accepts: no authors, title kept
        ("The Power of Moving Widgets", "WLS", [], "Mathematics of Computation", 1998),
        # no title in italics after the dash: the bold name is the title, as before
        ("WidgetSet", None, [], None, 2015),
    ]
    assert [len(e.entry.links) for e in result.entries] == [1, 1, 2, 1, 1, 1]


DESCRIBED_BOLD_TITLES = """\
# Widget learning

## Datasets

<b>Widget Shape Bench (2003)</b> [[Link]](https://widgets.example.org/bench/)
<br>1,814 widgets collected from the web. Used to evaluate shape retrieval.
<p align="center"><img width="50%" src="https://widgets.example.org/bench.png" /></p>

<b>GadgetNet (2015)</b> [[Link]](https://gadgets.example.org/)[[Paper]](https://arxiv.org/abs/1501.00001)
<br>127915 gadget models from 662 categories
<br>GadgetNet10 [[Link]](https://gadgets.example.org/10/): 4899 models from 10 categories
<p align="center"><img width="50%" src="https://gadgets.example.org/thumb.jpg" /></p>

**Sprocket Scenes: Indoor Sprockets in Depth** [[Link]](https://sprockets.example.org/)\\
A video dataset of 1500 scans of sprockets, annotated with camera poses.

<b>Gadget House: A Rich Gadget Environment (2017)</b> [[Link]](https://github.com/gadget/house)
<br>Gadget House is a virtual environment which consists of many indoor scenes equipped with a diverse set of scene types, layouts and objects sourced from the sprocket dataset. All objects are fully annotated with category labels. Agents in the environment have access to observations of multiple modalities, including images, depth, segmentation masks and top-down maps.

## Pose estimation

<b>Widget Pose from a Single Gadget (2014)</b> [[Paper]](https://widgets.example.org/pose.pdf)
<p align="center"><img width="50%" src="https://widgets.example.org/pose.png" /></p>

<b>Viewpoints and Gadgets (2015)</b> [[Paper]](https://widgets.example.org/views.pdf)
<p align="center"><img width="50%" src="https://widgets.example.org/views.png" /></p>

<b>Sprocket Pose Regression with Deep Widgets (2017 CVPR)</b> [[Paper]](https://arxiv.org/abs/1704.00001)
<p align="center"><img width="50%" src="https://widgets.example.org/regress.png" /></p>

<b>Relative Gadget Pose Estimation (2017)</b> [[Paper]](https://arxiv.org/abs/1702.00002) [[Code]](https://github.com/widget/relpose)
<p align="center"><img width="50%" src="https://widgets.example.org/relpose.png" /></p>

<b>Widget Matching from Depth Scans (2017)</b> [[Paper]](https://widgets.example.org/match.pdf)
<p align="center"><img width="50%" src="https://widgets.example.org/match.png" /></p>

<b>Gadget Keypoints for Sprocket Pose (2018 CVPR)</b> [[Paper]](https://widgets.example.org/keys.pdf)
<p align="center"><img width="50%" src="https://widgets.example.org/keys.png" /></p>
"""


def test_a_bold_title_with_links_over_lines_that_describe_it() -> None:
    # Most works here are one bold line each, so the list is read item by item (not in blocks),
    # where a bold title counted as a work only alone on its paragraph.
    result = _read(DESCRIBED_BOLD_TITLES)
    found = [
        (e.entry.title, e.entry.year, [str(x.url) for x in e.entry.links]) for e in result.entries
    ]
    assert found == [
        ("Widget Shape Bench", 2003, ["https://widgets.example.org/bench/"]),
        (
            "GadgetNet",
            2015,
            [
                "https://gadgets.example.org/",
                "https://arxiv.org/abs/1501.00001",
                "https://gadgets.example.org/10/",
            ],
        ),
        ("Sprocket Scenes: Indoor Sprockets in Depth", None, ["https://sprockets.example.org/"]),
        # a long description is no prose that hides the work above it
        ("Gadget House: A Rich Gadget Environment", 2017, ["https://github.com/gadget/house"]),
        ("Widget Pose from a Single Gadget", 2014, ["https://widgets.example.org/pose.pdf"]),
        ("Viewpoints and Gadgets", 2015, ["https://widgets.example.org/views.pdf"]),
        ("Sprocket Pose Regression with Deep Widgets", 2017, ["https://arxiv.org/abs/1704.00001"]),
        (
            "Relative Gadget Pose Estimation",
            2017,
            ["https://arxiv.org/abs/1702.00002", "https://github.com/widget/relpose"],
        ),
        ("Widget Matching from Depth Scans", 2017, ["https://widgets.example.org/match.pdf"]),
        ("Gadget Keypoints for Sprocket Pose", 2018, ["https://widgets.example.org/keys.pdf"]),
    ]
    assert "1,814 widgets" in (result.entries[0].entry.summary or "")


BLOCKS_WITH_DIVIDERS = """\
# Widget charts

## 1. Chart captioning

**Widget Caption Generation with Large Gadget Models**\\
Ann Lee, Bo Chan, Cy Dee\\
[CHI 2024](https://arxiv.org/abs/2401.00011) • [Code](https://github.com/lee/widget-captions)

**GadgetText: A Benchmark for Rich Chart Captions**\\
Dan Eck, Eve Fox\\
[ACL 2023](https://aclanthology.org/2023.acl-long.1.pdf) • [Code](https://github.com/eck/gadgettext)

--- Pre-2023 ---\\
**Chart-to-Widget: A Large-Scale Benchmark for Chart Summaries**\\
Gil Hart, Ivy Jo\\
[ACL 2022](https://aclanthology.org/2022.acl-long.2.pdf) • [Code](https://github.com/hart/chart2widget)

## 2. Generic models

**WM1.5: Methods and Insights from Widget Model Fine-tuning**\\
Kay Lin, Max Ng\\
[arXiv, 30 Sep 2024](https://arxiv.org/pdf/2409.00013)\\
**EAGLET: Exploring the Design Space for Widget Models**\\
Ned Orr, Pam Quo\\
[arXiv, 28 Aug 2024](https://arxiv.org/abs/2408.00014) • [code](https://github.com/orr/eaglet)

**Cambrian Widgets: An Open Look at Gadget Models**\\
Ray Sun, Sue Tam\\
[arXiv, 24 Jun 2024](https://arxiv.org/abs/2406.00015) • [code](https://github.com/sun/cambrian-widgets)
"""


def test_a_divider_line_and_two_works_in_one_block() -> None:
    result = _read(BLOCKS_WITH_DIVIDERS)
    found = [(e.entry.title, [str(x.url) for x in e.entry.links]) for e in result.entries]
    assert found == [
        (
            "Widget Caption Generation with Large Gadget Models",
            ["https://arxiv.org/abs/2401.00011", "https://github.com/lee/widget-captions"],
        ),
        (
            "GadgetText: A Benchmark for Rich Chart Captions",
            ["https://aclanthology.org/2023.acl-long.1.pdf", "https://github.com/eck/gadgettext"],
        ),
        # the divider line above the title says where older works start: no title
        (
            "Chart-to-Widget: A Large-Scale Benchmark for Chart Summaries",
            [
                "https://aclanthology.org/2022.acl-long.2.pdf",
                "https://github.com/hart/chart2widget",
            ],
        ),
        # two works written in one paragraph, the second bold title right under the first's links
        (
            "WM1.5: Methods and Insights from Widget Model Fine-tuning",
            ["https://arxiv.org/pdf/2409.00013"],
        ),
        (
            "EAGLET: Exploring the Design Space for Widget Models",
            ["https://arxiv.org/abs/2408.00014", "https://github.com/orr/eaglet"],
        ),
        (
            "Cambrian Widgets: An Open Look at Gadget Models",
            ["https://arxiv.org/abs/2406.00015", "https://github.com/sun/cambrian-widgets"],
        ),
    ]
    assert [e.entry.authors for e in result.entries][3:5] == [
        ["Kay Lin", "Max Ng"],
        ["Ned Orr", "Pam Quo"],
    ]


SCHEMELESS_LINKS = """\
# Widget reconstruction

## Papers

* **WidgetFusion: Dense Widgets from Depth** \\[[pdf](https://widgets.example.org/fusion.pdf)]  \\[[project page](www.widgetfusion.net)] *CVPR 2019*
* **Gadget Texture Acquisition for Sprocket Scans** [[pdf](https://gadgets.example.org/texture.pdf)] [[code]((https://github.com/gadget/texture.git))]  *CVPR 2020*
+ [GadgetQ: A Compiler for Sprocket Circuits](arxiv.org/pdf/2108.00001) Ann Lee, Bo Chan [Youtube](https://www.youtube.com/watch?v=abc123)
+ [Widget Notes](notes/widget-notes.md) a page of the list's own, kept out without an origin
"""


def test_a_web_address_written_without_its_scheme_is_kept() -> None:
    result = _read(SCHEMELESS_LINKS)
    found = [[str(x.url) for x in e.entry.links] for e in result.entries]
    assert found[:3] == [
        ["https://widgets.example.org/fusion.pdf", "https://www.widgetfusion.net"],
        ["https://gadgets.example.org/texture.pdf", "https://github.com/gadget/texture.git"],
        ["https://arxiv.org/pdf/2108.00001", "https://www.youtube.com/watch?v=abc123"],
    ]
    # a file beside the list is still a relative link (no host in front of its path)
    assert all("notes/widget-notes.md" not in u for links in found for u in links)


ADDRESS_CELLS = """\
# Widget evaluation

### Reference frameworks

| Category | Framework | Webpage | Paper |
|---|---|---|---|
| Benchmark | WidgetEval | https://github.com/widget/widgeteval | https://aclanthology.org/2024.widget-demo.16/ |
| Benchmark | GADGET | - | https://arxiv.org/abs/2311.00016 |
| Research | Sprocket-Light | - | https://doi.org/10.1145/0000017 |

### Implementations

| Paper | Framework | Code |
|---|---|---|
| [Widget Nets for Gadget Recognition](https://arxiv.org/abs/2001.00018) | PyTorch | [code](https://github.com/widget/nets) |
"""


def test_a_table_cell_that_is_only_an_address_is_no_title() -> None:
    result = _read(ADDRESS_CELLS)
    found = [(e.entry.title, [str(x.url) for x in e.entry.links]) for e in result.entries]
    assert found == [
        (
            "WidgetEval",
            [
                "https://github.com/widget/widgeteval",
                "https://aclanthology.org/2024.widget-demo.16/",
            ],
        ),
        ("GADGET", ["https://arxiv.org/abs/2311.00016"]),
        ("Sprocket-Light", ["https://doi.org/10.1145/0000017"]),
        # a framework column that says what a paper's code is written with names no work
        (
            "Widget Nets for Gadget Recognition",
            ["https://arxiv.org/abs/2001.00018", "https://github.com/widget/nets"],
        ),
    ]


LONG_BOLD_NAMES = """\
# Widget vision

## 4D reconstruction

* **Widget Splatting** : "Real-time Widget Scenes with 4D Widget Splatting", *ICLR 2024*. [[Paper](https://arxiv.org/pdf/2310.00019)]
* **Widgets from a Single Video** : "Shape of Gadgets:
Widgets from a Single Video", *arXiv Jul 2024*. [[Paper](https://arxiv.org/pdf/2308.00020)] [[Code](https://github.com/shape/gadgets)]
* **Streamable 2D Dynamic Widgets** : "V^3- Viewing Volumetric Widgets on Mobiles via Streamable 2D Dynamic Widgets", *SIGGRAPH Asia 2024 (TOG)*. [[Paper](https://arxiv.org/pdf/2409.00021)]
* **A Long Bold Title of a Widget Paper** : "a gadget quote that says what the paper found", *CVPR 2024*. [[Paper](https://arxiv.org/pdf/2409.00022)]
"""


def test_a_long_bold_name_that_the_quoted_title_repeats_is_the_alias() -> None:
    result = _read(LONG_BOLD_NAMES)
    found = [(e.entry.title, e.entry.alias) for e in result.entries]
    assert found == [
        ("Real-time Widget Scenes with 4D Widget Splatting", "Widget Splatting"),
        ("Shape of Gadgets: Widgets from a Single Video", "Widgets from a Single Video"),
        (
            "V^3- Viewing Volumetric Widgets on Mobiles via Streamable 2D Dynamic Widgets",
            "Streamable 2D Dynamic Widgets",
        ),
        # the quote does not repeat the bold words: the bold words stay the title
        ("A Long Bold Title of a Widget Paper", None),
    ]


BOLD_FIELD_AFTER_BAR = """\
# Widget anomalies

## On other datasets

- Widget anomalies in 3D space for gadget driving | **KIT Dissertation Paper** | [[PDF]](https://widgets.example.org/thesis.pdf)
- <span id = "6">**[WEFM]** Widget Encoding Enhanced Feature Mapping for Gadget Anomalies</span>  | **IEEE 18th International Conference on Widget Science (CASE)** | [[pdf]](https://ieeexplore.ieee.org/document/0000023)
- Toward Unsupervised Widget Anomaly Detection Using Gadgets | **ICIP' 21**| [[PDF]](https://ieeexplore.ieee.org/document/0000024)
"""


def test_a_bold_field_after_a_bar_is_no_part_of_the_title() -> None:
    result = _read(BOLD_FIELD_AFTER_BAR)
    assert [e.entry.title for e in result.entries] == [
        "Widget anomalies in 3D space for gadget driving",
        "Widget Encoding Enhanced Feature Mapping for Gadget Anomalies",
        "Toward Unsupervised Widget Anomaly Detection Using Gadgets",
    ]


LINKED_NAME_THEN_TITLE = """\
# Sentence widgets

## Pooling methods

* [SIF](https://github.com/widget/SIF): [A Simple but Tough-to-Beat Baseline for Widget Embeddings](https://openreview.net/pdf?id=Sy0001)
* [TF-IDF](https://github.com/widget/tfidf): [Unsupervised Widget Representations as Word Series: Revisiting TF--IDF](https://arxiv.org/pdf/1710.00002)
* [WidgetNet](https://github.com/widget/net): A Friendly Widget Framework for Gadgets
"""


def test_a_linked_name_a_colon_then_a_title_link() -> None:
    result = _read(LINKED_NAME_THEN_TITLE)
    found = [
        (e.entry.title, e.entry.alias, [(x.kind.value, str(x.url)) for x in e.entry.links])
        for e in result.entries
    ]
    assert found[:2] == [
        (
            "A Simple but Tough-to-Beat Baseline for Widget Embeddings",
            "SIF",
            [
                ("pdf", "https://openreview.net/pdf?id=Sy0001"),
                ("code", "https://github.com/widget/SIF"),
            ],
        ),
        (
            "Unsupervised Widget Representations as Word Series: Revisiting TF--IDF",
            "TF-IDF",
            [
                ("pdf", "https://arxiv.org/pdf/1710.00002"),
                ("code", "https://github.com/widget/tfidf"),
            ],
        ),
    ]
    # a name linked to its code and a description after the colon is read as before
    assert found[2][0] == "WidgetNet"


HTML_BADGES = """\
# Widget compilers

## Circuit optimisation

+ [Optimizing Widget Circuits, Fast and Slow](https://arxiv.org/abs/2411.00025) Ann Lee et al <img src="https://img.shields.io/badge/ASPLOS-2025-green.svg" alt="13-pages" align="top"> [GitHub](https://github.com/lee/widgets)
+ [Gadget Circuit Optimization with Sprockets](https://www.nature.com/articles/s00000-025-00026-1) Bo Chan <img src="https://img.shields.io/badge/Nature Machine Intelligence-2025-green.svg" alt="13-pages" align="top">
+ [Widget Routing with Gadget Search](https://arxiv.org/abs/2307.00027) Cy Dee <img src="https://img.shields.io/badge/CVPR-2023-green.svg" alt="13-pages" align="top">
"""


def test_an_html_badge_beside_a_title_gives_the_venue() -> None:
    result = _read(HTML_BADGES)
    found = [(e.entry.venue, e.entry.year) for e in result.entries]
    assert found[1:] == [("Nature Machine Intelligence", 2025), ("CVPR", 2023)]
    assert [len(e.entry.links) for e in result.entries] == [2, 1, 1]


BULLET_SEPARATORS = """\
# Widget charts

## Captioning

- **Widget Caption Generation with Large Gadget Models** [CHI 2024](https://arxiv.org/abs/2401.00028) • [Code](https://github.com/lee/captions)
"""


def test_a_bullet_between_links_is_no_part_of_the_venue() -> None:
    entry = _read(BULLET_SEPARATORS).entries[0].entry
    assert (entry.venue, entry.year) == ("CHI", 2024)
