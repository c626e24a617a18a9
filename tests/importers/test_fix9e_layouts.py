# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts of dev set 20e, written here in our own words (invented titles and addresses), each
failing before its rule: papers written as plain paragraphs with no link (``KDD 14 Title   (ABBR)``,
``[KDD'14] Title``, ``Title. KDD 2014.``) under headings, their addresses below them indented so
far that Markdown reads them as code; link-less bullets that start with a venue and year."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _found(text: str) -> list[tuple[int, str, list[str]]]:
    return [
        (e.entry.line, e.entry.title, [x.url for x in e.entry.links]) for e in _read(text).entries
    ]


PAPER_LINES = """\
------

# Widget survey:

Widget Representation Learning: A Survey

TKDE 18 A Survey on Widget Embedding

Arxiv 19 A Comprehensive Survey on Gadget Networks

   https://blog.example.cn/p/4242

# Knowledge Widget Embedding:

NIPS 13 Translating Widgets for Modeling Multi-relational Gadgets   (TransW)

      https://github.com/example/transw

      https://github.com/other/transw-pytorch

AAAI 14 Widget Embedding by Translating on Hyperplanes (TransG)

------

Embedding: Factorization

ICDM 10 Factorization gadgets

WWW 15 Gizmo: Large-scale widget network embedding  （Gizmo）

      preserving first-order and second-order proximities

   Characteristics: multiple types of widgets and gadgets

ICDM16 Learning Compatibility Across Widget Categories

Algorithm 18 Learning Heterogeneous Widget Embeddings for Explainable Gadgets.  (CWKG)

NIPS 17 Inductive Representation Learning on Large Widgets     WidgetSAGE

   https://github.com/example/widgetsage

## (5) Attributed Multiplex Widget Network:

KDD 19 Representation Learning for Attributed Multiplex Widget Network

   https://github.com/example/gatwe

Degree:

      KDD 19 DEMO-Widget: Degree-specific Widget Networks for Node Classification

WWW 19: MARINE: Multi-relational Widget Embeddings with Relational Proximity
"""


def test_paper_lines_without_links_are_works() -> None:
    found = {line: (title, links) for line, title, links in _found(PAPER_LINES)}
    assert found == {
        5: ("Widget Representation Learning: A Survey", []),
        7: ("A Survey on Widget Embedding", []),
        9: ("A Comprehensive Survey on Gadget Networks", ["https://blog.example.cn/p/4242"]),
        15: (
            "Translating Widgets for Modeling Multi-relational Gadgets",
            ["https://github.com/example/transw", "https://github.com/other/transw-pytorch"],
        ),
        21: ("Widget Embedding by Translating on Hyperplanes", []),
        27: ("Factorization gadgets", []),
        29: ("Gizmo: Large-scale widget network embedding", []),
        35: ("Learning Compatibility Across Widget Categories", []),
        37: ("Learning Heterogeneous Widget Embeddings for Explainable Gadgets", []),
        39: (
            "Inductive Representation Learning on Large Widgets",
            ["https://github.com/example/widgetsage"],
        ),
        45: (
            "Representation Learning for Attributed Multiplex Widget Network",
            ["https://github.com/example/gatwe"],
        ),
        51: ("DEMO-Widget: Degree-specific Widget Networks for Node Classification", []),
        53: ("MARINE: Multi-relational Widget Embeddings with Relational Proximity", []),
    }


def test_paper_lines_give_venue_year_and_short_name() -> None:
    entries = {e.entry.line: e.entry for e in _read(PAPER_LINES).entries}
    assert (entries[7].venue, entries[7].year) == ("TKDE", 2018)
    assert (entries[15].venue, entries[15].year, entries[15].alias) == ("NeurIPS", 2013, "TransW")
    assert entries[21].alias == "TransG"
    assert (entries[29].alias, entries[29].summary) == (
        "Gizmo",
        "preserving first-order and second-order proximities",
    )
    assert (entries[35].venue, entries[35].year) == ("ICDM", 2016)
    assert (entries[37].year, entries[37].alias, entries[37].note) == (2018, "CWKG", None)
    assert entries[39].alias == "WidgetSAGE"
    assert (entries[53].venue, entries[53].year) == ("WWW", 2019)
    kinds = {e.entry.line: e.kind for e in _read(PAPER_LINES).entries}
    assert kinds[15] == "paper"  # its repositories do not make it code: it names a venue


BRACKET_LINES = """\
# Gadget Papers

A reading list on widgets, kept by the [Widget Lab](https://widgets.example.org).

## Graphs

[KDD'14] Learning Widget Representations from Random Walks

[WWW'15] Large-scale Gadget Network Embedding

Note: the two above are classics.

[NIPS'17] Inductive Widget Learning on Large Graphs

## Text

Widget Vectors for Word Representation. EMNLP 2014.

Distributed Gadgets of Words and Phrases (NIPS 2013)

We read these in the spring of 2019 at the lab.
"""


def test_bracketed_and_trailing_venue_paper_lines() -> None:
    result = _read(BRACKET_LINES)
    got = [(e.entry.line, e.entry.title, e.entry.venue, e.entry.year) for e in result.entries]
    assert got == [
        (7, "Learning Widget Representations from Random Walks", "KDD", 2014),
        (9, "Large-scale Gadget Network Embedding", "WWW", 2015),
        (13, "Inductive Widget Learning on Large Graphs", "NeurIPS", 2017),
        (17, "Widget Vectors for Word Representation", "EMNLP", 2014),
        (19, "Distributed Gadgets of Words and Phrases", "NeurIPS", 2013),
    ]
    skipped = {s.line for s in result.skipped}
    assert {3, 11, 21} <= skipped  # the list's words about itself, a note, prose


NO_LINKS_AT_ALL = """\
# Gadget papers

## Graphs

Learning Widget Representations from Random Walks. KDD 2014.

Large-scale Gadget Network Embedding. WWW 2015.

Inductive Widget Learning on Large Graphs. NIPS 2017.

## Text

Widget Vectors for Word Representation. EMNLP 2014.

Distributed Gadgets of Words and Phrases, NIPS 2013
"""


def test_a_list_of_paper_lines_without_any_link_is_read() -> None:
    from catalogue.ingest.importers import for_new_list

    assert for_new_list(NO_LINKS_AT_ALL).name == "generic"
    assert len(_read(NO_LINKS_AT_ALL).entries) == 5


FEW_LINES = """\
# Widget papers

ICML 2019 tutorial slides are listed below.

NeurIPS 2020 Workshop notes follow the papers.

## Papers

- [Widget Nets for Gadgets](https://arxiv.org/abs/1901.00001), CVPR 2019
- [Gadget Nets for Widgets](https://arxiv.org/abs/1902.00002), ICCV 2019
"""


def test_a_few_lines_with_a_venue_among_linked_works_stay_prose() -> None:
    assert [line for line, _, _ in _found(FEW_LINES)] == [9, 10]


VENUE_BULLETS = """\
# Gadget papers

## Graphs

- [Learning Widget Representations from Random Walks](https://arxiv.org/abs/1403.00001), KDD 2014
- [Large-scale Gadget Network Embedding](https://arxiv.org/abs/1503.00002), WWW 2015
- [Widget Nets for Gadgets](https://arxiv.org/abs/1901.00001), CVPR 2019
- [Gadget Nets for Widgets](https://arxiv.org/abs/1902.00002), ICCV 2019
- KDD 16 Structural Deep Widget Embedding
- ICDM 10 Factorization gadgets
- [IJCAI-19 Widget Adversarial Challenge](https://challenge.example.org/ijcai19)
- KITTI 2015 [[official website]](https://data.example.org/kitti)
"""


def test_link_less_bullet_with_venue_and_year_first() -> None:
    got = [
        (e.entry.line, e.entry.title, e.entry.venue, e.entry.year)
        for e in _read(VENUE_BULLETS).entries
    ]
    assert got[4:6] == [
        (9, "Structural Deep Widget Embedding", "KDD", 2016),
        (10, "Factorization gadgets", "ICDM", 2010),
    ]
    # Inside a title link a venue and year may be the work's name; before a role link they are.
    assert got[6][1] == "IJCAI-19 Widget Adversarial Challenge"
    assert got[7][1] == "KITTI 2015"


AGENT_TABLES = """\
# Awesome Widget Agents

## Established agents

| Agent | Released | Platform | Snapshot | Links |
|---|:---:|---|---:|---|
| **Widget Use** | 2025&#8209;05&#8209;16 | Android, iOS | Citations&nbsp;—<br>Stars&nbsp;69 | [Code](https://github.com/ann/widget-use) · [iOS demos](https://github.com/ann/widget-use#demos) · [Quick start](https://github.com/ann/widget-use#quick-start) |
| **GadgetRun**<br><sub>NeurIPS 2025</sub> | 2025&#8209;02&#8209;27 | Android | Citations&nbsp;0<br>Stars&nbsp;167 | [Code](https://github.com/bo/gadgetrun) · [Paper](https://arxiv.org/abs/2507.00001) · [Widget showcases](https://gadgetrun.example.org/showcases) |

## Agent details

<details>
<summary><strong>Widget Use</strong> — A compact agent API for controlling widgets on phones.</summary>

- **Perception:** UI tree, screenshots, app state
- **Runtime:** [entrypoint](https://github.com/ann/widget-use/blob/main/run.py) · [MIT license](https://github.com/ann/widget-use/blob/main/LICENSE)
- **Audit:** links-verified on 2026-07-15 · repository updated 2026-07-10

</details>

## Public repositories pending qualification

| Project | Status | Reason |
|---|---|---|
| [Gizmo v2](https://github.com/cy/gizmo) | license-pending | The linked repository has runnable code, but no explicit software license at its root. |
| [WidgetX](https://github.com/dee/widgetx) | implementation-pending | The official repository currently contains a README and images, not the agent itself. |
"""


def test_agent_tables_and_their_details() -> None:
    result = _read(AGENT_TABLES)
    got = [(e.entry.line, e.entry.title, len(e.entry.links)) for e in result.entries]
    assert got == [
        # A bold short name first names the row; its cell of links joined by ``·`` does not.
        (7, "Widget Use", 3),
        (8, "GadgetRun", 3),
        # A Reason or Status column says why the list keeps the work aside: no title.
        (25, "Gizmo v2", 1),
        (26, "WidgetX", 1),
    ]
    # The details section of a work listed above holds its fields, no works of their own.
    skipped = {s.line: s.reason for s in result.skipped}
    assert "a work listed above" in skipped[16]
    assert "a work listed above" in skipped[17]


FIELDS_OF_UNLISTED = """\
# Widget tools

## Tools

<details>
<summary><strong>Gizmo Kit</strong> — a toolkit for widgets.</summary>

- **Runtime:** [entrypoint](https://github.com/ann/gizmo-kit/blob/main/run.py) · [MIT license](https://github.com/ann/gizmo-kit/blob/main/LICENSE)
- **Paper:** [Gizmo Kit: Widgets at Scale](https://arxiv.org/abs/2401.00001)

</details>
"""


def test_fields_under_a_work_not_listed_above_are_read_as_before() -> None:
    assert [e.entry.line for e in _read(FIELDS_OF_UNLISTED).entries] != []


LIBRARIES = """\
# Widget papers

## Papers

- [Widget Nets for Gadgets](https://arxiv.org/abs/1901.00001), CVPR 2019

Source: https://github.com/ann/widget-papers-source

# Library

  Widgets and Gadgets https://github.com/ann/widgets-and-gadgets

  Pytorch: https://github.com/bo/pytorch-widgets

           https://github.com/cy/widget-graph-library

  Ali Widget: https://github.com/ali/widget

  WidgetGraph: https://github.com/ali/widgetgraph  https://arxiv.org/pdf/1902.00003.pdf
"""


def test_a_run_of_tools_named_with_their_repositories() -> None:
    got = [(line, title, links[:1]) for line, title, links in _found(LIBRARIES)]
    assert got == [
        (5, "Widget Nets for Gadgets", ["https://arxiv.org/abs/1901.00001"]),
        (11, "Widgets and Gadgets", ["https://github.com/ann/widgets-and-gadgets"]),
        # A framework's name is no role label here: it names the library.
        (13, "Pytorch", ["https://github.com/bo/pytorch-widgets"]),
        (17, "Ali Widget", ["https://github.com/ali/widget"]),
        (19, "WidgetGraph", ["https://github.com/ali/widgetgraph"]),
    ]


TITLE_MARKS = """\
# Widget fairness

## Papers

* [Man is to Widget Programmer as Woman is to Gadget? Debiasing Word Widgets](https://arxiv.org/pdf/1607.00001.pdf)
* [Is Widget Fairness Possible? Ann Lee, Bo Chan](https://arxiv.org/abs/1901.00002)

## Tools

* [Widget-IQ: Spellcheck for Gadgets (code not available)](https://widgets.example.org/iq)

## Datasets

- **"WDG-200 Widgets Dataset"**<2sp>
  Description: A popular dataset of widgets with gadget annotations used for fairness research.<2sp>
  [Link](https://widgets.example.org/wdg-200)<2sp>
""".replace("<2sp>", "  ")  # two spaces: a line break


def _titles() -> dict[int, str | None]:
    return {e.entry.line: e.entry.title for e in _read(TITLE_MARKS).entries}


def test_a_subtitle_goes_on_after_a_question_mark() -> None:
    titles = _titles()
    assert titles[5] == "Man is to Widget Programmer as Woman is to Gadget? Debiasing Word Widgets"
    assert titles[6] == "Is Widget Fairness Possible?"  # two names there are the authors


def test_whether_the_code_is_out_is_no_title_word() -> None:
    assert _titles()[10] == "Widget-IQ: Spellcheck for Gadgets"


def test_a_description_line_under_a_bold_name_is_no_title() -> None:
    assert _titles()[14] == "WDG-200 Widgets Dataset"


LINES_TOGETHER = """\
# Gadget papers

## Graphs

KDD 14 Learning Widget Representations from Random Walks
WWW 15 Large-scale Gadget Network Embedding
NIPS 17 Inductive Widget Learning on Large Graphs

## Text

EMNLP 14 Widget Vectors for Word Representation
NIPS 13 Distributed Gadgets of Words and Phrases

We read these in the spring of 2019,
and wrote notes on each of them.
"""


def test_paper_lines_with_no_blank_line_between_them() -> None:
    result = _read(LINES_TOGETHER)
    got = [(e.entry.line, e.entry.title, e.entry.year) for e in result.entries]
    assert got == [
        (5, "Learning Widget Representations from Random Walks", 2014),
        (6, "Large-scale Gadget Network Embedding", 2015),
        (7, "Inductive Widget Learning on Large Graphs", 2017),
        (11, "Widget Vectors for Word Representation", 2014),
        (12, "Distributed Gadgets of Words and Phrases", 2013),
    ]
    assert {14, 15} <= {s.line for s in result.skipped}


def test_a_venue_below_a_bold_name_in_a_row() -> None:
    entries = {e.entry.line: e.entry for e in _read(AGENT_TABLES).entries}
    assert (entries[8].venue, entries[8].year) == ("NeurIPS", 2025)
