"""Layouts of held-out set 24d, written here with invented names and addresses.

A heading per work over field bullets whose labels have an emoji in front (``- 📄 **Paper**: …``,
``* :busts_in_silhouette: Authors: …``): the emoji marks the field as its bold does, so the
bullets are the heading's work's fields, not works titled ``Paper``, ``Venue``, ``Code``."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _found(result: ImportResult) -> list[tuple[str | None, list[str]]]:
    return [(e.entry.title, [x.url for x in e.entry.links]) for e in result.entries]


EMOJI_FIELDS = """\
# Awesome Gadget Robots

## 🤖 Manipulation

### 2024

#### GadgetArm: A Generalist Gadget Policy

- 📄 **Paper**: [arXiv:2401.01234](https://arxiv.org/abs/2401.01234) | [Project Page](https://gadgetarm.example.io/)
- 👥 **Authors**: Ann Lee, Bo Chan, et al.
- 🏛️ **Venue**: CoRL 2024
- 💻 **Code**: [GitHub](https://github.com/annlee/gadgetarm) | ![GitHub stars](https://img.shields.io/github/stars/annlee/gadgetarm?style=social)
- 📝 **Description**: A policy that moves gadgets.
- ✨ **Key Innovations**:
  - Largest open gadget policy
  - Cheap fine-tuning
- 🎯 **Performance**:
  <details>
  <summary>Main Results</summary>

  | Benchmark | Success | Baselines |
  |-----------|---------|-----------|
  | GadgetBench | 41.0% | Foo: 12.0% |

  </details>

---

#### WidgetVLA: Widgets that Follow Words

- 📄 **Paper**: [arXiv:2402.04321](https://arxiv.org/abs/2402.04321)
- 👥 **Authors**: Cy Dean, et al.
- 🏛️ **Venue**: ICML 2024
- 💻 **Code**: [GitHub](https://github.com/cydean/widgetvla)
- 📝 **Description**: Widgets that do what they are told.
- ✨ **Key Innovations**:
  - Word-conditioned widget control

---

#### SprocketBot: Self-Improving Sprockets

- 📄 **Paper**: [arXiv:2403.05555](https://arxiv.org/abs/2403.05555)
- 👥 **Authors**: Di Egan, et al.
- 🏛️ **Venue**: arXiv 2024
- 💻 **Code**: Not publicly available
- 📝 **Description**: A sprocket agent that collects its own data.
- ✨ **Key Innovations**:
  - Self-collected data
"""

SHORTCODES = """\
# Awesome Gizmos

## Methods

### Gizmo Diffusion for Planning

* :page_facing_up: Paper: [2405.01234](https://arxiv.org/abs/2405.01234) · [Website](https://gizmodiff.example.io)
* :busts_in_silhouette: Authors: Eli Fox, Gus Hale
* :classical_building: Published at: NeurIPS 2023
* :computer: Implementation: [Repo](https://github.com/eli/gizmodiff)
* :memo: Summary: Diffusion models that plan gizmo moves.

### Sparse Gizmo Graphs

* :page_facing_up: Paper: [2406.04321](https://arxiv.org/abs/2406.04321)
* :busts_in_silhouette: Authors: Ida Jones
* :classical_building: Published at: ICLR 2024
* :computer: Implementation: [Repo](https://github.com/ida/sgg)
* :memo: Summary: Graphs of gizmos, kept sparse.

### Gizmo-LM: Language Models for Gizmos

* :page_facing_up: Paper: [2407.05555](https://arxiv.org/abs/2407.05555)
* :busts_in_silhouette: Authors: Kai Lund, et al.
* :classical_building: Published at: ACL 2024
* :computer: Implementation: not released
* :memo: Summary: A language model that speaks gizmo.
"""

# Guard: emoji-marked bullets that each name a tool by a bold name before a colon stay works.
EMOJI_TOOLS = """\
# Awesome Widget Tools

## Toolkits

#### Widget Toolkits

- 🚀 **WidgetKit**: [GitHub](https://github.com/wk/widgetkit) - a kit for widgets.
- 🧰 **GadgetBox**: [GitHub](https://github.com/gb/gadgetbox) - a box of gadgets.
- 🛠️ **SprocketSmith**: [GitHub](https://github.com/ss/sprocketsmith) - forges sprockets.
"""


def test_emoji_field_bullets_under_a_heading_per_work() -> None:
    result = _read(EMOJI_FIELDS)
    found = {e.entry.title: e.entry for e in result.entries}
    assert sorted(found) == [
        "GadgetArm: A Generalist Gadget Policy",
        "SprocketBot: Self-Improving Sprockets",
        "WidgetVLA: Widgets that Follow Words",
    ]
    arm = found["GadgetArm: A Generalist Gadget Policy"]
    assert [x.url for x in arm.links] == [
        "https://arxiv.org/abs/2401.01234",
        "https://gadgetarm.example.io/",
        "https://github.com/annlee/gadgetarm",
    ]
    assert (arm.venue, arm.year) == ("CoRL", 2024)
    assert arm.authors[:2] == ["Ann Lee", "Bo Chan"]


def test_shortcode_emoji_field_bullets() -> None:
    assert _found(_read(SHORTCODES)) == [
        (
            "Gizmo Diffusion for Planning",
            [
                "https://arxiv.org/abs/2405.01234",
                "https://gizmodiff.example.io",
                "https://github.com/eli/gizmodiff",
            ],
        ),
        ("Sparse Gizmo Graphs", ["https://arxiv.org/abs/2406.04321", "https://github.com/ida/sgg"]),
        ("Gizmo-LM: Language Models for Gizmos", ["https://arxiv.org/abs/2407.05555"]),
    ]


def test_emoji_marked_named_tools_stay_works() -> None:
    titles = [t for t, _ in _found(_read(EMOJI_TOOLS))]
    assert titles == ["WidgetKit", "GadgetBox", "SprocketSmith"]


# A table of data sets under a section named like prose (``Introduction``, ``Overview``), written
# without outer spaces; a table of the list's people and one of its sections stay skipped.
OVERVIEW_TABLE = """\
# Awesome Widget Parsing

## 2. Datasets
### 2.1 Introduction

|Dataset|Description|dataset link|
|----|----|----|
|WidgetBank|**English** A large set of labelled widgets from the web.|[WidgetBank](https://github.com/wb/widgetbank)|
|GizmoTab|**Chinese** Gizmo tables photographed in the wild.|[Download](https://gizmotab.example.org/data)|
|SprocketSet|A set of sprockets.|[SprocketSet](https://example.com/sprocketset)|

## Overview

| Name | Role | Page |
|---|---|---|
| Ann Lee | Maintainer | [@annlee](https://github.com/annlee) |
| Bo Chan | Reviewer | [@bochan](https://github.com/bochan) |

| Section | What |
|---|---|
| Papers | [Papers](#papers) |
| Tools | [Tools](#tools) |
"""


def test_table_of_works_under_an_introduction() -> None:
    assert _found(_read(OVERVIEW_TABLE)) == [
        ("WidgetBank", ["https://github.com/wb/widgetbank"]),
        ("GizmoTab", ["https://gizmotab.example.org/data"]),
        ("SprocketSet", ["https://example.com/sprocketset"]),
    ]


# Unlinked bullets naming a competition's solutions, over sub-bullets whose links say only what
# the document is (its report as slides, its video, its introduction): each bullet is one work.
SOLUTIONS = """\
# Awesome Widget Parsing

## 3. Other solutions
### Widget Recognition Challenge 2021
- Competition First Place Solution
  - [Solution Introduction](https://example.com/first-intro)
  - [Solution Report PPT](https://example.com/first.pdf)
- Competition Second Place Method
  - [Solution Report PPT](https://example.com/second.pdf)
### Gizmo Parsing Contest 2022
- Winning Team Approach
  - [Presentation](https://example.com/win.pptx)
  - [Technical Report](https://example.com/win-report.pdf)
"""


def test_solution_bullets_over_report_links() -> None:
    assert [t for t, _ in _found(_read(SOLUTIONS))] == [
        "Competition First Place Solution",
        "Competition Second Place Method",
        "Winning Team Approach",
    ]
