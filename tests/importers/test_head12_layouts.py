# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts of session 12's dev sets where a heading, a table or a bold paragraph names the work
(head12): headings over the fields a list repeats for each work (a card), a table of projects
titled by its ``Project`` column, a "Latest Additions" table of papers. Titles and addresses are
invented."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _titles(text: str) -> list[tuple[int, str | None, list[str]]]:
    return [
        (e.entry.line, e.entry.title, [x.url for x in e.entry.links]) for e in _read(text).entries
    ]


# A heading per project, its link first, the maker after it; key/value bullets below, one of
# them with nested notes: the labels are the list's own, written under every heading.
CARDS_BY_MAKER = """\
# Awesome Widget Agents

## Project Details

### 2025

#### [WidgetFlow](https://github.com/acme/widgetflow) - By Acme
- ⭐ 1.2k+ stars
- Language: TypeScript
- Features:
  - Multi-step widget assembly
  - MIT License
- Open Source Date: May 2025

#### [Gizmo Agent](https://github.com/gizmo/agent) - Personal Project
- ⭐ 300+ stars
- Language: Python
- Features:
  - Gizmo planning
  - Apache 2.0 License
- Open Source Date: March 2025

#### [sprocket-bot](https://github.com/sp/sprocket-bot) - By Sprocket Labs
- ⭐ 45+ stars
- Language: Go
- Features:
  - Sprocket search
- Open Source Date: January 2025

## License

This project is licensed under the [MIT License](LICENSE).
"""

# The same cards in other words: a plain heading whose link is a field, and one in Chinese.
CARDS_LINK_FIELD = """\
# Awesome Gadgets

## Tools

### Gadgetron
- Link: https://github.com/gadgetron/gadgetron
- Language: Rust
- Licence: MIT

### Knob Studio
- Link: https://knobstudio.dev
- Language: Go
- Licence: Apache 2.0

### Lever Kit
- Link: https://github.com/lever/kit
- Language: Python
- Licence: BSD
"""

CARDS_CHINESE = """\
# 小部件项目

## 项目

#### [小部件](https://github.com/a/xiaobujian) - 来自 甲公司
- ⭐ 1.1k
- 语言：Python
- 特点：
  - 快速
- 开源时间：2024年5月

#### [大部件](https://github.com/b/dabujian)
- ⭐ 900
- 语言：Go
- 特点：
  - 稳定
- 开源时间：2024年3月

#### [中部件](https://github.com/c/zhongbujian)
- ⭐ 20
- 语言：Rust
- 特点：
  - 小巧
- 开源时间：2023年12月
"""


def test_a_heading_over_the_fields_the_list_repeats_is_one_work() -> None:
    """``#### [Name](…) - By Org`` over ``- Language: …``, ``- Features:`` (nested) and ``- Open
    Source Date: …``, heading after heading: one work per heading, titled by its link; the
    bullets are its fields (no ``Open Source Date: May 2025`` entry, no ``MIT License`` author)."""
    result = _read(CARDS_BY_MAKER)
    found = [(e.entry.line, e.entry.title, [x.url for x in e.entry.links]) for e in result.entries]
    assert found == [
        (7, "WidgetFlow", ["https://github.com/acme/widgetflow"]),
        (15, "Gizmo Agent", ["https://github.com/gizmo/agent"]),
        (23, "sprocket-bot", ["https://github.com/sp/sprocket-bot"]),
    ]
    assert all(not e.entry.authors for e in result.entries[:2])
    assert "Multi-step widget assembly" in (result.entries[0].entry.summary or "")


def test_cards_written_with_a_link_field_or_in_chinese() -> None:
    assert _titles(CARDS_LINK_FIELD) == [
        (5, "Gadgetron", ["https://github.com/gadgetron/gadgetron"]),
        (10, "Knob Studio", ["https://knobstudio.dev"]),
        (15, "Lever Kit", ["https://github.com/lever/kit"]),
    ]
    assert _titles(CARDS_CHINESE) == [
        (5, "小部件", ["https://github.com/a/xiaobujian"]),
        (12, "大部件", ["https://github.com/b/dabujian"]),
        (19, "中部件", ["https://github.com/c/zhongbujian"]),
    ]


# Not cards: numbered prose sections whose paragraphs start with the same bold labels and cite
# works in sentences; a section of two bold titles with their labelled details.
PROSE_SECTIONS = """\
# Notes on Widget Failures

### Kinds of failure

#### 1. Silent omission

The widget leaves out a step.

**How it is tested:** remove the step and compare the output.

**Representative work:** [Lee et al. (2025)](https://arxiv.org/abs/2501.00001) find low reveal rates; [Chan et al. (2024)](https://arxiv.org/abs/2401.00002) show more.

#### 2. Decorative steps

Some steps do nothing.

**How it is tested:** prune steps one at a time.

**Representative work:** [Wu et al. (2025)](https://arxiv.org/abs/2502.00003) score each step.

#### 3. Shorthand

The trace gets terse.

**How it is tested:** compare monitors.

**Representative work:** [Kim (2025)](https://arxiv.org/abs/2503.00004) measures terseness.
"""

TWO_BOLD_WORKS = """\
# Detectors

## WSD

**WSD: Widget Single-shot Detector**

<https://arxiv.org/abs/1712.00001>

**Weaving Widgets for Detection**

- intro: WeaveNet
- arxiv: <https://arxiv.org/abs/1712.00002>

## GSD

**GSD: Gizmo Single-shot Detector**

- intro: GizmoNet
- arxiv: <https://arxiv.org/abs/1712.00003>

## KSD

**KSD: Knob Single-shot Detector**

- intro: KnobNet
- arxiv: <https://arxiv.org/abs/1712.00004>
"""


def test_prose_sections_and_bold_titled_works_are_no_cards() -> None:
    """Labels repeated under numbered headings over prose (``**Representative work:**`` citing
    works in a sentence) name no work at the heading; a heading over two bold titles keeps both."""
    assert all("Silent" not in (t or "") for _, t, _ in _titles(PROSE_SECTIONS))
    titles = [t for _, t, _ in _titles(TWO_BOLD_WORKS)]
    assert "Weaving Widgets for Detection" in titles
    assert "WSD: Widget Single-shot Detector" in titles


# A table of projects: the name in the first, linked cell under ``Project``; the features are
# the longest cell.
PROJECT_TABLE = """\
# Awesome Widget Research

## Project List

| Project | Stars | Language | Category | Features |
|---------|-------|----------|----------|----------|
| [WidgetFlow](https://github.com/acme/widgetflow) | 1.2k+ | TypeScript | Agent | Multi-step assembly, report generation, private deploy |
| [Gizmo Agent](https://github.com/gizmo/agent) | 300+ | Python | Search | Iterative search, async, dedup |
| [Knob Researcher](https://github.com/knob/researcher) | 45+ | Go | Academic | Knob analysis, trend detection, 7B model |
| [Lever Kit](https://lever.example.org) | 20+ | Rust | Tools | Lever tuning, fast reports, local models |

## Papers

| Title | Venue | Project |
|-------|-------|---------|
| Widget Nets for Sorting Widgets | CVPR 2024 | [Project page](https://widgetnets.example.org) |
"""


def test_a_project_column_names_the_row() -> None:
    """``| Project | … | Features |``: the project is the row's title, not the longer features
    cell; a ``Project`` cell that only links a project page leaves the title to
    the ``Title`` column."""
    assert [t for _, t, _ in _titles(PROJECT_TABLE)] == [
        "WidgetFlow",
        "Gizmo Agent",
        "Knob Researcher",
        "Lever Kit",
        "Widget Nets for Sorting Widgets",
    ]


# A "Latest Additions" table before the section tables: bold titles, a date badge, the paper
# link in a column of its own.
LATEST_ADDITIONS = """\
# Awesome Widget Memory

## Latest Additions

| Paper | Institution | Date | Links |
| --- | --- | --- | --- |
| **Widget Memory: Remembering Widgets Across Sessions** | — | ![Jul 24, 2026](https://img.shields.io/badge/Jul_24%2C_2026-red) | [Paper](https://arxiv.org/abs/2607.00001) |
| **GizmoStore: A Framework for Gizmo Recall** | Acme Lab | ![Jul 23, 2026](https://img.shields.io/badge/Jul_23%2C_2026-red) | [Paper](https://arxiv.org/abs/2607.00002) |

## News

| Date | Update |
| --- | --- |
| 2026-07 | Added [12 papers](https://github.com/me/list/pull/3) on widget memory |

## Memory Architectures

| Paper | Institution | Date | Links |
| --- | --- | --- | --- |
| **Widget Memory: Remembering Widgets Across Sessions**<br><sub>Keeps widgets in mind.</sub> | — | ![Jul 24, 2026](https://img.shields.io/badge/Jul_24%2C_2026-red) | [Paper](https://arxiv.org/abs/2607.00001) |
"""


def test_a_latest_additions_table_of_papers_is_read() -> None:
    """``## Latest Additions`` over ``| **Title** | … | [Paper](https://arxiv.org/…) |`` rows: new
    papers, entries (as ``## What's New`` tables with linked titles are); the news table of
    updates stays skipped."""
    found = _titles(LATEST_ADDITIONS)
    assert [(line, title) for line, title, _ in found] == [
        (7, "Widget Memory: Remembering Widgets Across Sessions"),
        (8, "GizmoStore: A Framework for Gizmo Recall"),
        (20, "Widget Memory: Remembering Widgets Across Sessions"),
    ]
    assert found[1][2] == ["https://arxiv.org/abs/2607.00002"]


# A bold title whose links sit in HTML blocks below it: a centred picture, then centred lines of
# links named by their role or by the work's short name (one named otherwise among them).
BOLD_OVER_HTML_LINKS = """\
# Awesome Widget Models

## Our works

🔥🔥🔥 **WidgetBench: Benchmarking Widget Intelligence for Large Models**
<p align="center">
    <img src="./images/widgetbench.jpg" width="60%">
</p>

<font size=7><div align='center' > [[📖 WidgetBench Paper](https://arxiv.org/pdf/2502.00001)] [[🌟 GitHub](https://github.com/widget/widgetbench)] [[🤖 Basic Demo](https://github.com/widget/demo)] [[💬 WeChat (群)](https://widget.example.org/wechat.jpg)]</div></font>

<font size=7><div align='center' > We are excited to introduce **WidgetBench**. </div></font>

---

🔥🔥🔥 **Gizmo Survey: A Survey on Gizmos**
**[Paper](https://arxiv.org/pdf/2306.00002.pdf)** | **[GitHub](https://github.com/gizmo/survey)**
"""


def test_a_bold_title_over_html_lines_of_its_links_is_one_work() -> None:
    """25b class B: the bold line is the work, the centred link lines are its links (no entry
    titled ``WeChat (群)``)."""
    found = _titles(BOLD_OVER_HTML_LINKS)
    assert [(line, title) for line, title, _ in found] == [
        (5, "WidgetBench: Benchmarking Widget Intelligence for Large Models"),
        (16, "Gizmo Survey: A Survey on Gizmos"),
    ]
    assert "https://arxiv.org/pdf/2502.00001" in found[0][2]
    assert "https://github.com/widget/widgetbench" in found[0][2]
