# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts of dev sets 20a-20c, written here in our own words (invented titles and addresses),
each failing before its rule: a reading list kept as notes, one heading per paper with its venue
after the title (``## Title. ICLR 2017``) over note bullets and links labelled in the writer's
words; a heading that names a data set or a tool over links labelled only by where they go
(``[官网地址](…)``, ``[GitHub](…)``, a bare address)."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _found(text: str) -> list[tuple[int, str, list[str]]]:
    return [
        (e.entry.line, e.entry.title, [x.url for x in e.entry.links]) for e in _read(text).entries
    ]


PAPER_NOTES = """\
Widget Learning Papers
===

# Classic

## Older Lists
- [awesome widget learning](https://github.com/someone/widget-papers)

## Deep widget metric learning. CVPR 2015
- **reduces intra-widget variance** as the paper says

## Siamese widget networks for one-shot matching. 2015

## Gadgetnets. ICLR 2017

## (WNET) A Simple Widget Network Learner. ICLR 2018
- episodic training
- [code (PyTorch)](https://github.com/lee/wnet-pytorch)
- [code (PyTorch) - 2](https://github.com/chan/wnet)
- [my paper note (unfinished)](https://notes.example.org/wnet)

### Abstract
- Widget networks with **memory** can quickly encode new widgets.

# Domain shift

## Learning to generalise widgets across domains, AAAI 18

## Few-shot widget adaptation. NIPS'17
- [中文](https://blog.example.cn/p/123)
- [中文2](https://blog.example.cn/p/456)
### reviewer comment at [OpenReview](https://openreview.net/forum?id=AbCdEf)
- the reviewers liked the widgets

## Widget regression with learned basis functions
"""


def test_headings_with_a_venue_tag_are_one_work_each_with_their_notes() -> None:
    found = _found(PAPER_NOTES)
    titles = [title for _, title, _ in found]
    assert titles == [
        "Deep widget metric learning",
        "Siamese widget networks for one-shot matching",
        "Gadgetnets",
        "A Simple Widget Network Learner",
        "Learning to generalise widgets across domains",
        "Few-shot widget adaptation",
        "Widget regression with learned basis functions",
    ]
    by_line = {line: links for line, _, links in found}
    assert by_line[16] == [
        "https://github.com/lee/wnet-pytorch",
        "https://github.com/chan/wnet",
        "https://notes.example.org/wnet",
    ]
    # The sub-heading's link is the work's too: everything down to the next heading of its level.
    assert by_line[29] == [
        "https://blog.example.cn/p/123",
        "https://blog.example.cn/p/456",
        "https://openreview.net/forum?id=AbCdEf",
    ]
    work = next(e.entry for e in _read(PAPER_NOTES).entries if e.entry.line == 27)
    assert (work.venue, work.year) == ("AAAI", 2018)


SECTIONS_BY_YEAR = """\
# Widget Papers

## Detection papers, CVPR 2019
- [Fast Widget Detection with Gadgets](https://arxiv.org/abs/1901.00001)
- [Widget Proposals Revisited Again](https://arxiv.org/abs/1901.00002)

## Segmentation papers, CVPR 2019
- [Dense Widget Segmentation at Scale](https://arxiv.org/abs/1901.00003)

## Tracking papers, ICCV 2019
- Tracking Widgets Over Long Videos [[pdf]](https://example.org/track.pdf)

## Papers, 2020
- [Widgets All the Way Down](https://arxiv.org/abs/2001.00004)
"""


def test_tagged_headings_over_papers_of_their_own_stay_sections() -> None:
    titles = [title for _, title, _ in _found(SECTIONS_BY_YEAR)]
    assert titles == [
        "Fast Widget Detection with Gadgets",
        "Widget Proposals Revisited Again",
        "Dense Widget Segmentation at Scale",
        "Tracking Widgets Over Long Videos",
        "Widgets All the Way Down",
    ]


NAMED_BY_LINKS = """\
# Awesome Widget Graphs

## Datasets
### Open graphs
#### Widget Open Graph (WOG.CN)

WOG.CN gathers open widget graphs and the tools around them.

- [官网地址](http://wog.example.cn/)

#### GadgetQA

- [https://gadgetqa.example.org/explorer/](https://gadgetqa.example.org/explorer/)

#### WidgetBase
WidgetBase is a widget database built in 2012 from three sources.

- [WidgetBase dump, as of 2017.01](http://data.example.org/widgetbase-2017)

#### Widget QA 2017

The task asks questions about widgets.

[下载链接](https://tasks.example.org/widget-qa/11)

## Tools
#### WidgetKit
A toolkit for widget embeddings.

- [Website](http://widgetkit.example.org/)
- [GitHub](https://github.com/lab/widgetkit)

## Projects
#### Building a small widget graph from public data
- https://github.com/someone/widget-graph.git
"""


def test_a_heading_over_links_labelled_only_by_where_they_go_is_one_work() -> None:
    assert _found(NAMED_BY_LINKS) == [
        (5, "Widget Open Graph (WOG.CN)", ["http://wog.example.cn/"]),
        (11, "GadgetQA", ["https://gadgetqa.example.org/explorer/"]),
        (15, "WidgetBase", ["http://data.example.org/widgetbase-2017"]),
        (20, "Widget QA 2017", ["https://tasks.example.org/widget-qa/11"]),
        (27, "WidgetKit", ["https://github.com/lab/widgetkit", "http://widgetkit.example.org/"]),
        (
            34,
            "Building a small widget graph from public data",
            ["https://github.com/someone/widget-graph.git"],
        ),
    ]


SECTIONS_OVER_LINKS = """\
# Widget Resources

## Talks
### WidgetCon
- [WidgetCon 2017 Widget graphs in practice](https://widgetcon.example.org/2017/1)
- [WidgetCon 2018 Deep widget training](https://widgetcon.example.org/2018/2)

### Lists
- **someone/awesome-widget-retrieval**. [[Github](https://github.com/someone/awesome-widget-retrieval)]
- **other/awesome-gadget-models**. [[Github](https://github.com/other/awesome-gadget-models)]

## WSSD

**Extending the Shallow Part of a Widget Detector**

<https://arxiv.org/abs/1801.00005>

**Tiny WSD: A Tiny Widget Detector**

<https://arxiv.org/abs/1802.00006>

## Code
- [GitHub](https://github.com/lab/widgets)
"""


def test_sections_over_links_of_their_own_stay_sections() -> None:
    titles = [title for _, title, _ in _found(SECTIONS_OVER_LINKS)]
    assert "WidgetCon" not in titles and "Lists" not in titles and "Code" not in titles
    assert "WidgetCon 2017 Widget graphs in practice" in titles
    assert "Extending the Shallow Part of a Widget Detector" in titles
    assert "Tiny WSD: A Tiny Widget Detector" in titles


CELL_OF_WORKS = """\
# Widget Reasoning Atlas

| Subfield | What it studies | Representative papers | Risk |
|---|---|---|---|
| Sampling | sets of sampled widgets | [Widget Sampling at Scale](https://arxiv.org/abs/2402.00001) (2024, COLM) · [Card](cards/widget-sampling/sources)<br><sub>data: problem, sampled widget, label; feedback: unit tests</sub><br>[Training Gadgets to Check Widgets](https://arxiv.org/abs/2110.00002) (2021, arXiv) · [Card](cards/gadgets/sources)<br><sub>data: candidate sets; feedback: a learned checker</sub> | checkers leak |
| Search | tree search over widgets | [Widget-MCTS*](https://arxiv.org/abs/2406.00003) (2024, NeurIPS) · [Card](cards/wmcts/sources)<br><sub>data: searched trajectories</sub> | search leaks |
"""


def test_a_cell_of_title_links_each_over_its_notes_is_one_work_each() -> None:
    assert _found(CELL_OF_WORKS) == [
        (5, "Widget Sampling at Scale", ["https://arxiv.org/abs/2402.00001"]),
        (5, "Training Gadgets to Check Widgets", ["https://arxiv.org/abs/2110.00002"]),
        (6, "Widget-MCTS", ["https://arxiv.org/abs/2406.00003"]),
    ]


NAVIGATION_TABLES = """\
# Widget Atlas

## Latest Updates

| Date | Update | Why it matters |
|---|---|---|
| 2026-06-15 | Promoted the atlas to **29 verified entries** and 29 cards. | Readers see what is verified. |
| 2026-06-14 | Rebuilt the searchable site and the exports from metadata. | Counts are reproducible. |

## Track Navigator

| Track | Subfields | Entries | Jump |
|---|---|---:|---|
| Foundations | Widget surveys<br>Gadget surveys | 0 | [Papers](papers/00_foundations.md) |
| Sampling | Best-of-N widgets<br>Search trees | 2 | [Papers](papers/01_sampling.md) |

## Foundations

| Subfield | What it studies | Representative papers |
|---|---|---|
| [Widget surveys](papers/00_foundations.md#widget-surveys) | surveys of widgets | Needs verified additions; see [needs_search](reports/needs_search.md). |
| [Gadget surveys](papers/00_foundations.md#gadget-surveys) | surveys of gadgets | Needs verified additions; see [needs_search](reports/needs_search.md). |

## Notes

| Paper | Conference & Year |
|-------|-------------------|
| [Widget basic knowledge](./docs/widgets/basics.md) | |
| [Gadget: A Multi-Level Widget Optimizer](./docs/gadget/gadget.md) | Arxiv, 2024 |
"""


def test_navigation_rows_and_update_logs_are_no_works() -> None:
    assert [title for _, title, _ in _found(NAVIGATION_TABLES)] == [
        "Widget basic knowledge",
        "Gadget: A Multi-Level Widget Optimizer",
    ]


STATISTICS = """\
# Awesome Widget AI

| Date | Paper | Lab | Code |
|---|---|---|---|
| 2025-01-02 | [Widget Foundation Models for Clinics](https://arxiv.org/abs/2501.00007) | Widget Lab | - |
| 2024-03-04 | [Gadget Imaging at Scale](https://arxiv.org/abs/2403.00008) | Gadget Lab | [code](https://github.com/g/gi) |

## Statistics

### Collection Overview
- **Total Papers**: 141
- **Papers with Code:** 57
- **Last Updated**: 2025-09-02

### Papers by Year
- **2025**: 8 papers
- **2024**: 32 papers

## Models
- **WidgetNet**: 2019
"""


def test_bullets_of_the_lists_statistics_are_no_works() -> None:
    assert [title for _, title, _ in _found(STATISTICS)] == [
        "Widget Foundation Models for Clinics",
        "Gadget Imaging at Scale",
        "WidgetNet",
    ]
