# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met in session 10's dev sets 21c and 22a (public lists of tools, papers and posts),
each written here again with invented titles, names and addresses, each failing before its rule."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _found(result: ImportResult) -> list[tuple[str | None, list[str]]]:
    return [
        (e.entry.alias or e.entry.title, [x.url for x in e.entry.links]) for e in result.entries
    ]


DETAILS_PER_TOOL = """\
# Widget folding tools

A curated collection of widget folding tools.

## Tools

### Predictors

<details>
<summary>WidgetFold</summary>

- **Paper:** [Accurate widget folding with deep gadgets](https://www.nature.example.org/articles/wf-2021) (Nature, 2021)
- **Code:** https://github.com/widgetlab/widgetfold
- **Docs:** [Read more →](docs/WidgetFold/) *to be written*
- **Approach:** DL
</details>

---

<details>
<summary>GadgetFold2</summary>

- **Paper:** [Gadget folding at scale](https://www.biorxiv.example.org/content/gf2)(bioRxiv, 2024)
- **Docs:** [Read more →](docs/GadgetFold2/) *to be written*
- **Code:** https://github.com/gadgets/gf2 | https://huggingface.co/gadgets/gf2
- **Web server:** https://gf2.example.org/
- **Approach:** DL
- **For small widgets**
</details>

---

<details>
<summary><b>Sprocket</b></summary>

- 论文：[Sprocket: folding sprockets](https://arxiv.org/abs/2401.00001)
- 代码：https://github.com/sprocket/sprocket
- 在线演示：https://sprocket.example.org/
</details>
"""


def test_a_details_block_per_tool_is_one_work_with_its_fields() -> None:
    # ``<summary>Name</summary>`` over ``- **Paper:** [Title](…)``, ``- **Code:** https://…``,
    # ``- **Docs:** [Read more →](docs/…)``: one tool; before, each field was an entry of its own
    # (``https://github.com/…`` as a title, ``Read more`` as another).
    assert _found(_read(DETAILS_PER_TOOL)) == [
        (
            "WidgetFold",
            [
                "https://www.nature.example.org/articles/wf-2021",
                "https://github.com/widgetlab/widgetfold",
            ],
        ),
        (
            "GadgetFold2",
            [
                "https://www.biorxiv.example.org/content/gf2",
                "https://github.com/gadgets/gf2",
                "https://huggingface.co/gadgets/gf2",
                "https://gf2.example.org/",
            ],
        ),
        (
            "Sprocket",
            [
                "https://arxiv.org/abs/2401.00001",
                "https://github.com/sprocket/sprocket",
                "https://sprocket.example.org/",
            ],
        ),
    ]


HEADING_OVER_CAPTIONED_DETAILS = """\
# Gadget contact predictors

## Sequence-based

#### GadgetContact

<details>
<summary>Sequence-based · contact predictor</summary>

- **Paper:** [Geometric gadgets for contact prediction](https://arxiv.org/pdf/2201.00002.pdf) (ICLR, 2022)
- **Docs:** [Read more →](docs/gadgetcontact/)
- **Input:** two-chain sequence features
- **Output:** L1×L2 contact matrix
- **Code:** https://github.com/gadgetlab/GadgetContact
</details>

#### WidgetLink

<details>
<summary>Sequence-based · contact predictor</summary>

- **Paper:** [Deep widget links between chains](https://academic.example.org/bioinformatics/wl)
- **Code:** N/A
- **Web server:** https://widgetlink.example.org/
</details>

#### <!-- PLACEHOLDER --> SprocketNet

<details>
<summary>Sequence-based · contact predictor</summary>

- **Paper:** [TBD]
- **Docs:** [Read more →](docs/sprocketnet/) *to be written*
- **Code:** N/A
</details>
"""


def test_a_heading_names_the_tool_over_a_details_block_captioned_by_its_type() -> None:
    # ``#### Name`` over ``<details><summary>Sequence-based · contact predictor</summary>`` (a
    # caption the list writes on every block): the heading names the tool, its line starts it.
    result = _read(HEADING_OVER_CAPTIONED_DETAILS)
    assert [(e.entry.line, e.entry.end_line) for e in result.entries] == [
        (5, 14),
        (17, 24),
        (27, 34),
    ]
    assert _found(result) == [
        (
            "GadgetContact",
            ["https://arxiv.org/pdf/2201.00002.pdf", "https://github.com/gadgetlab/GadgetContact"],
        ),
        (
            "WidgetLink",
            ["https://academic.example.org/bioinformatics/wl", "https://widgetlink.example.org/"],
        ),
        ("SprocketNet", []),
    ]


DETAILS_OVER_WORKS = """\
# Widget resources

## Tools

<details>
<summary>Command-line tools</summary>

- **WidgetKit:** a kit for building widgets, [site](https://widgetkit.example.org/)
- **GadgetLab:** a lab for gadgets, [code](https://github.com/gadgetlab/gadgetlab)
- **Sprocketeer:** sprockets from the shell, [code](https://github.com/sprocketeer/cli)
</details>

<details>
<summary>Papers</summary>

- Paper: [Widget Nets for Sorting Gadgets](https://arxiv.org/abs/2301.00001)
- Paper: [Gadget Trees Considered Harmful](https://arxiv.org/abs/2301.00002)
</details>
"""


def test_a_details_block_of_named_tools_or_papers_stays_a_section() -> None:
    # Bullets named by things (``- **WidgetKit:** …``) or one label twice (``- Paper: …``) are
    # a section's works, whatever the <summary>.
    assert [title for title, _ in _found(_read(DETAILS_OVER_WORKS))] == [
        "WidgetKit",
        "GadgetLab",
        "Sprocketeer",
        "Widget Nets for Sorting Gadgets",
        "Gadget Trees Considered Harmful",
    ]


RESOURCES_BY_KIND = """\
# Awesome Widgetry

> A list of awesome things related to the Widgetry framework

## Resources
### Official Resources
- [Website](https://widgetry.example.org/)
- [Docs](https://widgetry.example.org/docs)
### Cheatsheets
- [Core Cheatsheet](https://github.com/widgetry/cheatsheets/blob/master/core.js)  - Cheatsheet for the core functions.
### Articles and Blog Posts
- [Widgetry 2.0 — Making Gadgets Easy](https://medium.com/widgetry/widgetry-2-making-gadgets-easy-abc123)
- [Знакомимся с фреймворком Widgetry](https://habr.example.org/post/123456/)  - [The article is in Russian]
- [Widgetry Life Cycle](https://memos.example.org/widgetry-life-cycle/)  - by Ann Lee in [Gadget Memos](https://github.com/gadgetmemos/notes)
### Libros y cursos
- [Aprende Widgetry](https://cursos.example.org/aprende-widgetry)  - Curso en español
### 视频与教程
- [Widgetry 入门](https://www.bilibili.com/video/BV1xx411c7mD)
## Services
- [widgetry-web](https://github.com/widgetry/widgetry-web)  - Official API gateway with a [GraphQL](https://graphql.example.org/) server.

## Projects Using Widgetry

- [Acme Auctions](https://www.acme-auctions.example.com/)
- [Gizmo](https://www.gizmo.example.com/en/)
- [Sprockets Inc](http://sprockets.example.com)

## Who uses Widgetry?

- [Bolt Media](https://boltmedia.example.com/?utm_source=widgetry)
"""


def test_resources_sorted_by_kind_are_works_and_adopters_are_not() -> None:
    # ``## Resources`` > ``### Articles and Blog Posts``, ``### Cheatsheets``, ``### Libros y
    # cursos``, ``### 视频与教程``: kinds of works, one or several; ``### Official Resources``
    # stays the list's own. A name that links a home page under ``## Projects Using …`` or
    # ``## Who uses …?`` is a user of the framework, no work; links inside a description are
    # the item's own.
    assert _found(_read(RESOURCES_BY_KIND)) == [
        ("Core Cheatsheet", ["https://github.com/widgetry/cheatsheets/blob/master/core.js"]),
        (
            "Widgetry 2.0 — Making Gadgets Easy",
            ["https://medium.com/widgetry/widgetry-2-making-gadgets-easy-abc123"],
        ),
        ("Знакомимся с фреймворком Widgetry", ["https://habr.example.org/post/123456/"]),
        (
            "Widgetry Life Cycle",
            [
                "https://memos.example.org/widgetry-life-cycle/",
                "https://github.com/gadgetmemos/notes",
            ],
        ),
        ("Aprende Widgetry", ["https://cursos.example.org/aprende-widgetry"]),
        ("Widgetry 入门", ["https://www.bilibili.com/video/BV1xx411c7mD"]),
        (
            "widgetry-web",
            ["https://github.com/widgetry/widgetry-web", "https://graphql.example.org/"],
        ),
    ]


MAKERS_WITH_RESOURCE_BULLETS = """\
# Awesome Widget Scanners

## Manufacturers

- [Widgetron](https://widgetron.example.com/) - Widget scanner maker, based in Ghent, Belgium.
  - [YouTube-Kanal ![](https://img.shields.io/badge/youtube-red?style=flat-square&logo=youtube)](https://www.youtube.com/c/widgetron)
  - [ROS 2 driver ![](https://img.shields.io/badge/github-black?style=flat-square&logo=github)](https://github.com/widgetron/ros2-driver) ![](https://img.shields.io/badge/ROS-2-34aec5?style=flat-square&logo=ros)
  - [C++/Python library ![](https://img.shields.io/badge/github-black?style=flat-square&logo=github)](https://github.com/widgetron/decoder)
- [Gadgetscan](https://gadgetscan.example.org/) - Solid-state gadget scanners.
  - [Video channel](https://vimeo.com/gadgetscan)
  - [GitHub organisation](https://github.com/gadgetscan)

## Surveys

- [A Survey of Widget Scanning](https://arxiv.org/abs/2301.00003) - What the field has done.
  - [Widget Studio](https://widgetstudio.example.org/) ![stars](https://img.shields.io/github/stars/widget/studio)
  - [Gadget Trees for Widget Scans](https://arxiv.org/abs/2301.00004)
"""


def test_bullets_named_by_a_kind_of_resource_are_the_items_links() -> None:
    # ``- [Name](url) - description`` over ``- [YouTube channel ![](badge)](…)``, ``- [ROS
    # driver ![](badge)](…)``: the maker's channel and driver, no works titled by those words.
    # A tool with its stars badge, or a paper title, below a work stays a work of its own.
    assert _found(_read(MAKERS_WITH_RESOURCE_BULLETS)) == [
        (
            "Widgetron",
            [
                "https://widgetron.example.com/",
                "https://www.youtube.com/c/widgetron",
                "https://github.com/widgetron/ros2-driver",
                "https://github.com/widgetron/decoder",
            ],
        ),
        (
            "Gadgetscan",
            [
                "https://gadgetscan.example.org/",
                "https://vimeo.com/gadgetscan",
                "https://github.com/gadgetscan",
            ],
        ),
        ("A Survey of Widget Scanning", ["https://arxiv.org/abs/2301.00003"]),
        ("Widget Studio", ["https://widgetstudio.example.org/"]),
        ("Gadget Trees for Widget Scans", ["https://arxiv.org/abs/2301.00004"]),
    ]


LIBS_WITH_NESTED_TOOLS = """\
# Awesome Widget Mapping

## Conventions

- Any list item with ![](https://img.shields.io/badge/ROS-2-34aec5) badge is [`ROS 2`](https://docs.ros.org/) compatible
- Any list item with ![](https://img.shields.io/badge/paper-blue) badge has a [scientific paper](https://www.semanticscholar.org/)

## Libraries

- [GadgetSAM](https://github.com/gadgets/gadgetsam): Gadget Smoothing and Mapping Library
\t- [miniGadget](https://github.com/ann/minigadget): A general and flexible factor graph optimisation framework
\t- [AprilWidget](https://github.com/bo/aprilwidget): Real-time Smoothing and Mapping
\t- [widget-examples](https://github.com/ann/widget-examples) (PyTorch, TensorFlow)
"""


def test_a_legend_and_a_tool_described_below_a_tool() -> None:
    # ``## Conventions``: what the badges mean, no works. ``[AprilWidget](github): Real-time
    # Smoothing and Mapping`` nested under a tool is a tool of its own (words joined as a
    # sentence joins them are no tag of frameworks, as ``(PyTorch, TensorFlow)`` is).
    assert _found(_read(LIBS_WITH_NESTED_TOOLS)) == [
        (
            "GadgetSAM",
            ["https://github.com/gadgets/gadgetsam", "https://github.com/ann/widget-examples"],
        ),
        ("miniGadget", ["https://github.com/ann/minigadget"]),
        ("AprilWidget", ["https://github.com/bo/aprilwidget"]),
    ]


PAPER_BLOCKS_UNDER_A_TASK_PAGE = """\
# Awesome Widget Rendering

## Widget View Synthesis for Objects and Scenes
[Widget View Synthesis](https://paperswithcode.com/task/widget-view-synthesis)

**GRAF: Generative Widget Fields for 3D-Aware Synthesis.**<br>
*Ann Lee, Bo Chan.*<br>
arxiv 2020. [[PDF](https://arxiv.org/abs/2007.00001)]

**Widget Fields of Dynamic Scenes from a Monocular Camera.**<br>
*Cy Dee, Di Eng.*<br>
CVPR 2020. [[PDF](https://arxiv.org/abs/2007.00002)] [[Project](https://dee.example.org/wf)]

## 小部件合成
[小部件合成](https://paperswithcode.com/task/widget-synthesis)

**Gadget Synthesis with Sparse Widgets.**<br>
*Ed Fox.*<br>
ICCV 2021. [[PDF](https://arxiv.org/abs/2108.00003)]
"""


def test_a_link_named_by_the_heading_right_below_it_is_the_sections_page() -> None:
    # ``## Widget View Synthesis for Objects`` over ``[Widget View Synthesis](paperswithcode
    # task)``: the section's page elsewhere, no work.
    assert [title for title, _ in _found(_read(PAPER_BLOCKS_UNDER_A_TASK_PAGE))] == [
        "GRAF: Generative Widget Fields for 3D-Aware Synthesis",
        "Widget Fields of Dynamic Scenes from a Monocular Camera",
        "Gadget Synthesis with Sparse Widgets",
    ]


METRICS_TABLE_AND_LEGEND = """\
# Awesome Widget Evaluation

## How entries are checked

| Badge | Meaning |
|---|---|
| `L0` | Static checks pass: front matter, no secrets, links resolve. |
| `L1 (sim)` | Every task in the widget's `evals/` passes in the named simulator. |
| `L2 ×3` | Three independent people ran the tasks on real widgets and filed an [attestation](.github/ISSUE_TEMPLATE/attest.yml) with a transcript. |
| `stale` | No L1 re-run in 90 days. |

## Image Quality

| Metrics | Paper | Code |
| -------- | -------- | ------- |
| Widget Similarity Index (WSIM) | [Widget quality assessment: from error visibility to similarity](https://ieeexplore.ieee.org/document/1000001) (TIP 2004) | [![Code](https://img.shields.io/github/stars/widgets/wsim.svg)](https://github.com/widgets/wsim) |
| Peak Widget-to-Noise Ratio (PWNR) | - | [![Code](https://img.shields.io/github/stars/widgets/metrics.svg)](https://github.com/widgets/metrics/blob/main/tests/test_pwnr.py) |
| Gadget Feature Similarity (GFSIM) | [GFSIM: A Gadget Feature Similarity Index](https://ieeexplore.ieee.org/document/1000002) (TIP 2011) | |
"""


def test_a_metric_row_without_a_paper_and_a_legend_table() -> None:
    # ``| Metric name | - | [code](…) |``: the row's work is named by its Metrics column when its
    # Paper cell is empty. ``| Badge | Meaning |``: the list's legend, its links explain marks.
    assert _found(_read(METRICS_TABLE_AND_LEGEND)) == [
        (
            "Widget quality assessment: from error visibility to similarity",
            ["https://ieeexplore.ieee.org/document/1000001", "https://github.com/widgets/wsim"],
        ),
        (
            "Peak Widget-to-Noise Ratio (PWNR)",
            ["https://github.com/widgets/metrics/blob/main/tests/test_pwnr.py"],
        ),
        (
            "GFSIM: A Gadget Feature Similarity Index",
            ["https://ieeexplore.ieee.org/document/1000002"],
        ),
    ]


HOT_REPOS_OF_OTHER_LISTS = """\
# Awesome Widget Mapping

## 1. Hot Widget Repos on GitHub
- [Awesome-Widgets: Resources and Collections of Widget Mapping](https://github.com/ann/Awesome-Widgets)
- [awesome-widget-mapping: A curated list of widget tutorials and projects](https://github.com/bo/awesome-widget-mapping)
- [Widget: learning widgets, courses, papers and others](https://github.com/cy/widget)
- [awesome-visual-widgets](https://github.com/di/awesome-visual-widgets)
- [Lee-Widget-source: 小部件开发学习资源与经验分享](https://github.com/lee/Lee-Widget-source)
- [GIO-Resources](https://github.com/ed/GIO-Resources/blob/master/resources4gio)

## 2. Widget Libraries
- [widgetlib](https://github.com/fo/widgetlib): A library for widget mapping
- [Awesome-Gadgets](https://github.com/gu/Awesome-Gadgets): A list of gadget tools
- [gadget-slam](https://github.com/ha/gadget-slam): Gadget mapping in real time
- [awesome-gizmos](https://github.com/io/awesome-gizmos)
- [sprocket-mapper](https://github.com/ju/sprocket-mapper): Maps sprockets
- [awesome-cogs](https://github.com/ka/awesome-cogs)
"""


def test_a_section_of_other_lists_holds_no_work_whatever_its_items_are_named() -> None:
    # Two thirds of the section's items or more link other lists, three of them surely
    # (``Awesome-…``): the repositories among them are collections too
    # (``Lee-Widget-source``, ``GIO-Resources``), no works. Three awesome lists among six
    # items of a catalogue section are not two thirds: its tools stay works.
    assert [title for title, _ in _found(_read(HOT_REPOS_OF_OTHER_LISTS))] == [
        "widgetlib",
        "gadget-slam",
        "sprocket-mapper",
    ]
