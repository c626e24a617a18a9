# ruff: noqa: E501  (list lines are as long as lists write them)
"""A heading that is a work, judged from what the reading made (``_rescue_headings``): lists that
give each work its own heading and write its links below it, labelled by their role, in variants
no specific rule reads (a level-4 heading with an emoji over Japanese labels, numbered headings over
a `` · `` line of links, headings over an HTML ``<p>`` body, a heading read as notes whose last link
bullets name only roles). Written here with invented names and addresses; each fails before the
safety net. Category sections whose works have titles, and prose, stay as they are."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _found(result: ImportResult) -> list[tuple[str | None, list[str]]]:
    return [(e.entry.title, [x.url for x in e.entry.links]) for e in result.entries]


JAPANESE = """\
# Awesome Widgets

A list of widget models.

## Models

#### 🚀 FooNet: Fast Widgets

**2025-10 · NeurIPS** · vision · widgets

FooNet makes widgets fast by folding them.

- [論文](https://arxiv.org/abs/2501.00001)
- [コード](https://github.com/foo/foonet)

#### 🧩 BarGen

**2024-03 · arXiv** · generation

BarGen generates bars.

- [論文](https://arxiv.org/abs/2403.00002)
- [プロジェクト](https://bargen.github.io/)

#### 🌀 Quux-LM

**2023-07 · ICML**

A quux language model.

- [論文](https://arxiv.org/abs/2307.00003)
- [コード](https://github.com/quux/lm)
"""

NUMBERED = """\
# Awesome Thingamajigs

## 1. ThingNet

Thing detection with nets.

[Paper](https://arxiv.org/abs/2001.01111) · [Code](https://github.com/t/thingnet)

## 2. WhatsitGAN

[Paper](https://arxiv.org/abs/2002.02222) · [Project](https://whatsit.example.io)

## 3. Doodad-3D

A 3D doodad model.

[Paper](https://arxiv.org/abs/2003.03333)

## 4. Contributing

Open a [pull request](https://github.com/t/awesome/pulls).
"""

HTML_BODY = """\
# Awesome Cog Models

<h2>Cog models</h2>

### CogFormer
<p>
  <a href="https://arxiv.org/abs/2401.01111">📄 Paper</a> &nbsp;
  <a href="https://github.com/cog/former">💻 Code</a>
</p>

### GearNeRF
<p>
  <a href="https://arxiv.org/abs/2402.02222">📄 Paper</a> &nbsp;
  <a href="https://gearnerf.example.io">🌐 Project</a>
</p>

### Sprocket-Flow
<p>
  <a href="https://arxiv.org/abs/2403.03333">📄 Paper</a>
</p>
"""

NOTES = """\
# Reading notes on few-shot learning

## 1. Prototype Mixing for Few-Shot Widgets

![](https://i.example.com/proto.png)

- keeps one prototype per class
- [paper](https://openreview.net/forum?id=abc123)
- [code](https://github.com/pm/protomix)

## 2. Relation Sprockets Revisited

- [pdf](https://example.org/papers/relation.pdf)
- [code (PyTorch)](https://github.com/rs/relation)

## 3. Meta-Gadget Learning

- works with any optimiser
- [arXiv](https://arxiv.org/abs/1905.04321)

## 4. Task Widgets

- [project page](https://taskwidgets.example.io)
- [video](https://www.youtube.com/watch?v=xyz)
"""

CATEGORIES = """\
# Awesome Widgets

## Vision

- [WidgetNet: Deep Widgets for Vision](https://arxiv.org/abs/2101.00001) - [code](https://github.com/a/b)
- [SprocketFormer: Sprockets at Scale](https://arxiv.org/abs/2101.00002)

## Language

- [GadgetLM: Language Gadgets](https://arxiv.org/abs/2101.00003)

## Audio

- [Ticker: Audio Widgets](https://arxiv.org/abs/2101.00004) [[Paper](https://arxiv.org/abs/2101.00004)]

## Frameworks

- [PyTorch](https://pytorch.org/)
- [TensorFlow](https://www.tensorflow.org/)

## Community

Join us on [Discord](https://discord.gg/xyz) or [Slack](https://slack.com/xyz).

## Blogs

See [this post](https://blog.example.com/widgets) and [that one](https://blog.example.com/more).

## Notes

Read [the guide](https://guide.example.com) first.

## License

[CC0](https://creativecommons.org/publicdomain/zero/1.0/)
"""

PROSE = """\
# Notes on widgets

## Essays

### Why widgets matter

Widgets matter because they are everywhere; read [the blog post](https://blog.example.com/why) for the long version of this argument.

### How to choose a widget

Choosing a widget is hard, and [this talk](https://www.youtube.com/watch?v=abc) explains why in some detail for beginners.

### Widget history

The first widget was built long ago; see [the project page](https://history.example.org) for the whole story and pictures.
"""


def test_level_four_headings_with_emoji_over_japanese_labels():
    result = _read(JAPANESE)
    assert _found(result) == [
        (
            "FooNet: Fast Widgets",
            ["https://arxiv.org/abs/2501.00001", "https://github.com/foo/foonet"],
        ),
        ("BarGen", ["https://arxiv.org/abs/2403.00002", "https://bargen.github.io/"]),
        ("Quux-LM", ["https://arxiv.org/abs/2307.00003", "https://github.com/quux/lm"]),
    ]
    first = result.entries[0].entry
    assert (first.line, first.end_line, first.year, first.venue) == (7, 14, 2025, "NeurIPS")
    assert first.summary == "FooNet makes widgets fast by folding them."
    assert [str(x.kind) for x in first.links] == ["arxiv", "code"]
    assert [s.line for s in result.skipped] == [3]  # the list's own description


def test_numbered_headings_over_a_line_of_role_links():
    result = _read(NUMBERED)
    assert _found(result) == [
        ("ThingNet", ["https://arxiv.org/abs/2001.01111", "https://github.com/t/thingnet"]),
        ("WhatsitGAN", ["https://arxiv.org/abs/2002.02222", "https://whatsit.example.io"]),
        ("Doodad-3D", ["https://arxiv.org/abs/2003.03333"]),
    ]
    assert [(e.entry.line, e.entry.end_line) for e in result.entries] == [(3, 7), (9, 11), (13, 17)]
    # ``## 4. Contributing`` names no work: its line stays skipped.
    assert [s.line for s in result.skipped] == [21]


def test_headings_over_an_html_paragraph_of_links():
    result = _read(HTML_BODY)
    assert _found(result) == [
        ("CogFormer", ["https://arxiv.org/abs/2401.01111", "https://github.com/cog/former"]),
        ("GearNeRF", ["https://arxiv.org/abs/2402.02222", "https://gearnerf.example.io"]),
        ("Sprocket-Flow", ["https://arxiv.org/abs/2403.03333"]),
    ]
    assert result.skipped == []


def test_note_headings_whose_links_name_only_roles():
    result = _read(NOTES)
    assert [e.entry.title for e in result.entries][-1] == "Task Widgets"
    last = result.entries[-1].entry
    assert [x.url for x in last.links] == [
        "https://taskwidgets.example.io",
        "https://www.youtube.com/watch?v=xyz",
    ]
    assert (last.line, last.end_line) == (21, 24)
    assert result.skipped == []


def test_category_sections_and_prose_stay_as_they_are():
    titles = [e.entry.title for e in _read(CATEGORIES).entries]
    assert titles == [
        "WidgetNet: Deep Widgets for Vision",
        "SprocketFormer: Sprockets at Scale",
        "GadgetLM: Language Gadgets",
        "Ticker: Audio Widgets",
        "PyTorch",
        "TensorFlow",
    ]
    result = _read(PROSE)
    assert result.entries == []
    assert [s.line for s in result.skipped] == [7, 11, 15]


BADGES = """\
# Awesome Widget Agents

## Agents

### WidgetAgent: Agents that Build Widgets

[![arXiv](https://img.shields.io/badge/arXiv-2501.01111-b31b1b.svg)](https://arxiv.org/abs/2501.01111) [![GitHub](https://img.shields.io/github/stars/wa/widgetagent)](https://github.com/wa/widgetagent)

An agent that builds widgets step by step.

### GizmoPlanner

[![arXiv](https://img.shields.io/badge/arXiv-2502.02222-b31b1b.svg)](https://arxiv.org/abs/2502.02222) [![Project](https://img.shields.io/badge/Project-Page-green)](https://gizmoplanner.example.io)

Plans gizmos with a language model.

### SprocketMind

[![arXiv](https://img.shields.io/badge/arXiv-2503.03333-b31b1b.svg)](https://arxiv.org/abs/2503.03333)
"""


LABELLED_ADDRESSES = """\
# Awesome Widget Datasets

## Datasets

### [WidgetSet](https://widgetset.example.org)

- Paper: https://arxiv.org/abs/2101.01111
- Code: https://github.com/ws/widgetset
- 10k widgets with labels.

### [GizmoBench](https://gizmobench.example.org)

- Paper: https://arxiv.org/abs/2102.02222
- 500 gizmo tasks.

### [Sprocket-3D](https://sprocket3d.example.org)

- Code: https://github.com/sp/sprocket3d
- Paper: https://arxiv.org/abs/2103.03333
"""


ROLE_TABLE = """\
# Awesome Widget Models

### WidgetLM

| Paper | Code | Demo |
| --- | --- | --- |
| [arXiv](https://arxiv.org/abs/2101.01111) | [GitHub](https://github.com/w/lm) | [Demo](https://w.example.io) |

### GizmoLM

| Paper | Code | Demo |
| --- | --- | --- |
| [arXiv](https://arxiv.org/abs/2102.02222) | [GitHub](https://github.com/g/lm) | - |

### SprocketLM

| Paper | Code | Demo |
| --- | --- | --- |
| [arXiv](https://arxiv.org/abs/2103.03333) | - | - |
"""


def test_headings_over_badges_over_labelled_addresses_and_over_a_table_of_roles():
    """Three more variants no rule reads: links written as badges (their alt text says the role),
    ``- Paper: https://…`` bullets under a linked heading, a one-row table of role links."""
    assert _found(_read(BADGES)) == [
        (
            "WidgetAgent: Agents that Build Widgets",
            ["https://arxiv.org/abs/2501.01111", "https://github.com/wa/widgetagent"],
        ),
        ("GizmoPlanner", ["https://arxiv.org/abs/2502.02222", "https://gizmoplanner.example.io"]),
        ("SprocketMind", ["https://arxiv.org/abs/2503.03333"]),
    ]
    assert [str(x.kind) for x in _read(BADGES).entries[1].entry.links] == ["arxiv", "project"]
    result = _read(LABELLED_ADDRESSES)
    assert _found(result) == [
        (
            "WidgetSet",
            [
                "https://widgetset.example.org",
                "https://arxiv.org/abs/2101.01111",
                "https://github.com/ws/widgetset",
            ],
        ),
        ("GizmoBench", ["https://gizmobench.example.org", "https://arxiv.org/abs/2102.02222"]),
        (
            "Sprocket-3D",
            [
                "https://sprocket3d.example.org",
                "https://arxiv.org/abs/2103.03333",
                "https://github.com/sp/sprocket3d",
            ],
        ),
    ]
    assert result.skipped == []
    assert _found(_read(ROLE_TABLE)) == [
        (
            "WidgetLM",
            ["https://arxiv.org/abs/2101.01111", "https://github.com/w/lm", "https://w.example.io"],
        ),
        ("GizmoLM", ["https://arxiv.org/abs/2102.02222", "https://github.com/g/lm"]),
        ("SprocketLM", ["https://arxiv.org/abs/2103.03333"]),
    ]


FACETS = """\
# Paper notes

## Widget learning

### WidgetNet: Learning Widgets from Pixels

#### Abstract

We learn widgets from pixels with a small network.

#### Links

- [Paper](https://arxiv.org/abs/2104.01111)
- [Code](https://github.com/wn/widgetnet)

### GizmoFormer

#### Abstract

Transformers for gizmos.

#### Links

- [Paper](https://arxiv.org/abs/2105.02222)

### Sprocket Attention

#### Summary

Attention over sprockets.

#### Links

- [Paper](https://arxiv.org/abs/2106.03333)
- [Project page](https://sprocket.example.io)
"""


def test_a_work_heading_whose_notes_are_sorted_under_sub_headings():
    """``#### Abstract`` and ``#### Links`` below ``### WidgetNet``: parts of the work, not sections."""
    result = _read(FACETS)
    assert _found(result) == [
        (
            "WidgetNet: Learning Widgets from Pixels",
            ["https://arxiv.org/abs/2104.01111", "https://github.com/wn/widgetnet"],
        ),
        ("GizmoFormer", ["https://arxiv.org/abs/2105.02222"]),
        ("Sprocket Attention", ["https://arxiv.org/abs/2106.03333", "https://sprocket.example.io"]),
    ]
    assert [(e.entry.line, e.entry.end_line) for e in result.entries] == [
        (5, 14),
        (16, 24),
        (26, 35),
    ]
    assert result.skipped == []


PEOPLE = """\
# Awesome Widget Research

## Who to know

### Ann Widgetson

[Homepage](https://cs.example.edu/~awidgetson/) · [Scholar](https://scholar.google.com/citations?user=abc123) · [Twitter](https://twitter.com/annwidget)

### Bo Gizmoto

[Homepage](https://bogizmo.example.org/) · [GitHub](https://github.com/bogizmo)

### Cy Sprocketeer

[Homepage](https://cs.example.edu/people/cy/) · [Scholar](https://scholar.google.com/citations?user=def456) · [LinkedIn](https://www.linkedin.com/in/cysprock)
"""


def test_headings_over_a_person_s_pages_are_no_works():
    """A heading per researcher over their homepage, scholar page and accounts: people, not works."""
    titles = [e.entry.title for e in _read(PEOPLE).entries]
    assert "Ann Widgetson" not in titles
    assert "Cy Sprocketeer" not in titles


FIELD_BULLETS = """\
# Awesome Widget Robots

## Manipulation

### 2024

#### WidgetArm: Grasping Widgets from Words

- 📄 **Paper**: [arXiv:2401.01111](https://arxiv.org/abs/2401.01111) | [Project Page](https://widgetarm.example.io/)
- 👥 **Authors**: Ann Lee, Bo Chen, et al.
- 🏛️ **Venue**: CoRL 2024
- 💻 **Code**: [GitHub](https://github.com/wa/widgetarm)
- 📝 **Description**: A policy that grasps widgets from spoken words.
- ✨ **Key Innovations**:
  - Grasps from words alone
  - One model for every arm
- 🎯 **Performance**:
  <details>
  <summary>Main Results</summary>

  | Benchmark | Success Rate |
  |-----------|-------------|
  | WidgetBench | 71.0% |

  </details>

---

#### GizmoPolicy: One Policy for All Gizmos

- 📄 **Paper**: [arXiv:2402.02222](https://arxiv.org/abs/2402.02222)
- 🏛️ **Venue**: RSS 2024
- 💻 **Code**: [GitHub](https://github.com/gp/gizmopolicy)
- ✨ **Key Innovations**:
  - A shared gizmo token space

---

### 2023

#### SprocketNav: Navigating Sprocket Worlds

- 📄 **Paper**: [arXiv:2303.03333](https://arxiv.org/abs/2303.03333)
- 🏛️ **Venue**: ICRA 2023
"""


def test_work_headings_over_emoji_field_bullets_with_a_venue_line():
    """``- 🏛️ **Venue**: CoRL 2024`` (no link) beside ``- 📄 **Paper**: […](…)`` below each heading: a
    detail line of the work, not a work; the ``### 2023`` year heading stays a section."""
    result = _read(FIELD_BULLETS)
    assert _found(result) == [
        (
            "WidgetArm: Grasping Widgets from Words",
            [
                "https://arxiv.org/abs/2401.01111",
                "https://widgetarm.example.io/",
                "https://github.com/wa/widgetarm",
            ],
        ),
        (
            "GizmoPolicy: One Policy for All Gizmos",
            ["https://arxiv.org/abs/2402.02222", "https://github.com/gp/gizmopolicy"],
        ),
        ("SprocketNav: Navigating Sprocket Worlds", ["https://arxiv.org/abs/2303.03333"]),
    ]
    first, second = result.entries[0].entry, result.entries[1].entry
    assert (first.venue, first.year, second.venue) == ("CoRL", 2024, "RSS")
    assert (second.line, second.end_line) == (29, 37)  # not over the ``### 2023`` heading
