# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts a reviewer found read wrongly (review10 R4, R8, R15, R16) and a table of works named
by anchors the page does not define, with the layouts the rules were written for kept. Titles
and addresses are invented."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _titles(text: str) -> list[str]:
    return [e.entry.title for e in _read(text).entries]


TOOLS_THEN_PROSE = """\
# Awesome Gadget Tools

## Editors

- [Gizmo](https://gizmo.example.com) - A gizmo editor.
- [Sprocketeer](https://sprocketeer.example.org) - Sprocket builder.
- [WidgetPad](https://widgetpad.example.org) - Pad for widgets.

[Ann Lee](https://github.com/annlee) keeps this section; [Bo Chan](https://twitter.com/bochan) has helped too.

[Windows](https://example.com/win), [macOS](https://example.com/mac) and [Linux](https://example.com/linux) builds are available for all of them.

[Debian](https://example.net/deb), [Fedora](https://example.net/rpm) or [Arch](https://example.net/aur) packages can be found on the project pages.

Kontakt: [Jan Nowak](https://x.com/jnowak) ist der Betreuer, [Eva Rot](https://www.linkedin.com/in/evarot) hat geholfen.
"""

TOOLS_NAMED_IN_PROSE = """\
# Awesome Gadget Tools

## Editors

- [Gizmo](https://gizmo.example.com) - A gizmo editor.
- [Sprocketeer](https://sprocketeer.example.org) - Sprocket builder.

**Other editors**: [Alpha](https://alpha.example.com), [Beta](https://beta.example.org) (for Linux) and [Gamma](https://gamma.example.net).

[Delta](https://github.com/delta-org/delta) is a widget editor for the terminal.
"""


def test_prose_about_people_and_platforms_names_no_tools() -> None:
    """R8: a run of linked names that is the subject of a longer sentence (``[A], [B] and [C]
    builds are available``) and a person's profile as a subject (``[Bo](twitter) has helped``)
    are prose under a catalogue of tools, not more tools."""
    assert _titles(TOOLS_THEN_PROSE) == ["Gizmo", "Sprocketeer", "WidgetPad"]


def test_runs_and_subjects_that_name_tools_stay_tools() -> None:
    assert _titles(TOOLS_NAMED_IN_PROSE) == [
        "Gizmo",
        "Sprocketeer",
        "Alpha",
        "Beta",
        "Gamma",
        "Delta",
    ]


TOPIC_FOLDS = """\
# Awesome Widget Vision

## Tasks

<details>
<summary>Detection</summary>

- **Survey:** [Widget Detection Survey](https://arxiv.org/abs/2301.20001)
- **Dataset:** [WidgetSet](https://data.example.org/widgetset)
- **Toolbox:** [DetKit](https://github.com/acme/detkit)
</details>

<details>
<summary>Segmentation</summary>

- Paper: [Cutting Gadgets Into Parts](https://arxiv.org/abs/2302.00011)
- Library: [GadgetSeg](https://gitlab.com/cutters/gadgetseg)
- Benchmark: [GadgetCuts](https://bench.example.net/cuts)
</details>
"""

TOOL_FOLD = """\
# Awesome Widget Folding

## Tools

<details>
<summary>WidgetFold</summary>

- **Paper:** [WidgetFold: Folding Widgets in Seconds](https://arxiv.org/abs/2303.00021)
- **Code:** [widgetfold](https://github.com/foldlab/widgetfold)
- **Approach:** DL
</details>

<details>
<summary>GizmoFold</summary>

- **Paper:** [Fast Gizmo Folding](https://arxiv.org/abs/2303.00022)
- **Code:** https://github.com/foldlab/gizmo
</details>
"""


def test_a_fold_per_topic_holds_works() -> None:
    """R16: a ``<details>`` block per topic whose fields each link a different named work (a
    survey, a data set, a toolbox) folds works, not one work's fields named by the topic: no
    entry 'Detection' with three works' links. (A field's label before a one-word name,
    ``Dataset: [WidgetSet](…)``, still titles its entry, as in any list: not this rule's.)"""
    entries = [e.entry for e in _read(TOPIC_FOLDS).entries]
    assert [[x.url for x in e.links] for e in entries] == [
        ["https://arxiv.org/abs/2301.20001"],
        ["https://data.example.org/widgetset"],
        ["https://github.com/acme/detkit"],
        ["https://arxiv.org/abs/2302.00011"],
        ["https://gitlab.com/cutters/gadgetseg"],
        ["https://bench.example.net/cuts"],
    ]
    titles = [e.title for e in entries]
    assert "Detection" not in titles and "Segmentation" not in titles
    assert titles[0] == "Widget Detection Survey" and titles[3] == "Cutting Gadgets Into Parts"


def test_a_fold_per_tool_is_one_work() -> None:
    entries = [e.entry for e in _read(TOOL_FOLD).entries]
    assert [e.alias or e.title for e in entries] == ["WidgetFold", "GizmoFold"]
    assert "https://github.com/foldlab/widgetfold" in [x.url for x in entries[0].links]


HYPHEN_SPLIT_TITLES = """\
# Awesome Widget Learning

## Papers

- Semi-[Supervised Widget Learning](https://arxiv.org/abs/2105.00001) - a study.
- Non-[Local Sprocket Networks](https://arxiv.org/abs/2105.00003)
- Multi-[Scale Widget Detection](https://arxiv.org/abs/2105.00004) (CVPR 2021)
- Selbst-[überwachtes Lernen von Widgets](https://example.de/selbst)
- blog-[How Widgets Work](https://blog.example.org/how-widgets-work)
- Medium-[Why Gadgets Fail](https://medium.com/@x/why-gadgets-fail-1234)
- arxiv'25-[Gadget Kernels at Scale](https://arxiv.org/abs/2506.00001)
- KernelWidget-[KernelWidget: Fast Widget Kernels](https://blog.example.org/kw)
"""


def test_a_word_hyphenated_to_the_title_link_is_the_title_s_first_half() -> None:
    """R4: ``Semi-[Supervised Widget Learning](…)``: the link splits a hyphenated compound, the
    word before it is the title's; a tag the list glues on (a lower-case source word before a
    capitalised title, a site, a word with a year, the label's own first word) stays a tag."""
    assert _titles(HYPHEN_SPLIT_TITLES) == [
        "Semi-Supervised Widget Learning",
        "Non-Local Sprocket Networks",
        "Multi-Scale Widget Detection",
        "Selbst-überwachtes Lernen von Widgets",
        "How Widgets Work",
        "Why Gadgets Fail",
        "Gadget Kernels at Scale",
        "KernelWidget: Fast Widget Kernels",
    ]


ANCHORED_INDEX = """\
# Awesome Gadget Detectors

A catalogue of gadget detectors; each has a section with its figure further down.

## Index

| # | Method | Year | Backbone |
|---|:--|:-:|---|
| 1 | [**GadgetDet**](#gadgetdet) | 2021 | ResNet-50 |
| 2 | [Sprocket R-CNN (v2)](#sprocket-r-cnn-v2) | 2022 | Swin-T |
| 3 | [WidgetYOLO](#widgetyolo-2) | 2023 | CSPDarknet |
| 4 | [WidgetYOLO Tiny](#widgetyolo-tiny-2) | 2023 | CSPDarknet |
| 5 | [Détecteur Léger](#détecteur-léger) | 2024 | MobileNet |
| 6 | [ZeroGadget](#zerogadget) | 2024 | ViT-B |

<a id="zerogadget"></a>

### ZeroGadget

ZeroGadget finds gadgets it was never trained on. [Paper](https://arxiv.org/abs/2404.00001)
"""

CONTENTS_TABLE = """\
# Awesome Widget Models

## Contents

| Model | Kind |
| --- | --- |
| [WidgetNet](#widgetnet) | CNN |
| [🔥 Gadget Former](#-gadget-former) | Transformer |
| [Sprocket LM](#sprocket-lm) | Language model |
| [Sprocket LM](#sprocket-lm-1) | Language model, second version |

## WidgetNet

- [WidgetNet: Deep Widgets](https://arxiv.org/abs/2101.00001)

## 🔥 Gadget Former

- [Gadget Former: Attention for Gadgets](https://arxiv.org/abs/2101.00002)

## Sprocket LM

- [Sprocket LM](https://arxiv.org/abs/2101.00003)

## Sprocket LM

- [Sprocket LM 2](https://arxiv.org/abs/2101.00004)

## Compared

| Method | Venue |
| --- | --- |
| [GizmoNet](#01) | CVPR |
| [GizmoNet-L](#01) | CVPR |
| [SprocketSeg](#02) | ICCV |
| [WidgetNet](#user-content-widgetnet) | CNN |

- <span id="1">**[GizmoNet]** Gizmo Networks for Widgets</span> | [[pdf]](https://arxiv.org/pdf/2102.00001.pdf)
- <span id="2">**[SprocketSeg]** Segmenting Sprockets</span> | [[pdf]](https://arxiv.org/pdf/2102.00002.pdf)
"""


def test_a_table_naming_works_by_anchors_the_page_lacks_holds_works() -> None:
    """A table whose rows name each work by a link to an anchor the page does not define (the
    sections were cut, or are on another page) is the works themselves: titled by the links'
    words, their other cells their notes; a row whose anchor the page does define
    (``<a id="zerogadget">``) stays navigation, its work read at its section."""
    result = _read(ANCHORED_INDEX)
    entries = [e.entry for e in result.entries]
    assert [e.title for e in entries][:5] == [
        "GadgetDet",
        "Sprocket R-CNN (v2)",
        "WidgetYOLO",
        "WidgetYOLO Tiny",
        "Détecteur Léger",
    ]
    assert [e.line for e in entries] == [9, 10, 11, 12, 13, 20]  # ZeroGadget at its section
    assert all(not e.links for e in entries[:5])
    assert entries[2].year == 2023 and "CSPDarknet" in (entries[2].note or "")


def test_a_contents_table_whose_anchors_resolve_stays_navigation() -> None:
    """Anchors found in the page (a heading's GitHub anchor, an emoji's dash, a repeated
    heading's ``-1``, a reference's number ``#01`` for ``id="1"``, GitHub's ``user-content-``)
    make the table the page's contents: no entry from its rows."""
    entries = [e.entry for e in _read(CONTENTS_TABLE).entries]
    assert [e.line for e in entries] == [14, 18, 22, 26, 37, 38]


HEADING_OVER_ITS_TITLE_LINK = """\
# Awesome Widget Papers

## Detection

### Widget Detection in Clutter

[Widget Detection in Clutter](https://openaccess.example.com/content/widget_detection.pdf)

Ann Lee, Bo Chan. CVPR 2021. [code](https://github.com/lee/widget-det)

#### Gadget Flow Fields for Tracking

[Gadget flow fields for tracking](https://proceedings.example.org/paper/2020/gadget.html)

Cy Dee. NeurIPS 2020.

## Novel-View Synthesis for Widgets and Gadgets

[Novel-View Synthesis](https://tasks.example.org/task/novel-view-synthesis)

**Sprocket Fields: Radiance for Sprockets.**<br>
*Eve Fox.*<br>
ICCV 2021. [[PDF](https://arxiv.org/abs/2103.00001)]
"""


def test_a_heading_over_its_own_title_link_is_the_work() -> None:
    """R15: a heading per paper with its title link written again below it (the same words)
    and a byline is the work, with the link; a link named by some of a heading's words, not all,
    stays the section's page (a task's page)."""
    entries = [e.entry for e in _read(HEADING_OVER_ITS_TITLE_LINK).entries]
    assert [(e.title, e.venue, e.year) for e in entries] == [
        ("Widget Detection in Clutter", "CVPR", 2021),
        ("Gadget Flow Fields for Tracking", "NeurIPS", 2020),
        ("Sprocket Fields: Radiance for Sprockets", "ICCV", 2021),
    ]
    assert [x.url for x in entries[0].links] == [
        "https://openaccess.example.com/content/widget_detection.pdf",
        "https://github.com/lee/widget-det",
    ]
    assert [x.url for x in entries[1].links] == [
        "https://proceedings.example.org/paper/2020/gadget.html"
    ]


BADGE_NAMED = """\
# Awesome Widget Papers

## Papers

- [![WidgetConf](https://img.shields.io/badge/2023-WidgetConf-blue)](https://arxiv.org/abs/2301.00031) [![Stars](https://img.shields.io/github/stars/ann/wc)](https://github.com/ann/wc)
- [![GadgetNet](https://img.shields.io/badge/2023-GadgetNet-blue)](https://arxiv.org/abs/2301.00032)
"""


def test_a_badge_line_is_named_with_the_reader_s_lexicon() -> None:
    """review10 S2: the Markdown parser keeps the file's text (``parse_blocks``); the reader
    names an item that is a line of badges by its first badge with its own lexicon, so a badge
    that names a venue of the catalogue's (``WidgetConf``) names no work."""
    from catalogue.core.models import Venue, VenueKind
    from catalogue.ingest.importers._document import parse_blocks

    items = parse_blocks(BADGE_NAMED)[2].children
    assert items[0].children[0].inline is not None
    assert not items[0].children[0].inline.text.strip()  # badges only, as written
    assert _titles(BADGE_NAMED) == ["WidgetConf", "GadgetNet"]
    venue = Venue(
        id="widgetconf", short="WidgetConf", name="Widget Conference", kind=VenueKind.CONFERENCE
    )
    result = get("generic").read(BADGE_NAMED, "mine", [venue])
    assert [e.entry.title for e in result.entries] == ["GadgetNet"]


ANCHORED_ELSEWHERE = """\
# Modèles de parole

## Modèles

| Nom du modèle | Famille |
| --- | --- |
| [OndeNue](#ondenue-2) | Diffusion |
| [Aboiement](#aboiement-2) | LM |
| [Base TTS](#base-tts-2) | LM |

<table>
<tr><th>Model</th><th>Group</th></tr>
<tr><td><a href="#gadgetvoice">GadgetVoice</a></td><td>Diffusion</td></tr>
<tr><td><a href="#widgetspeech">WidgetSpeech</a></td><td>Token LM</td></tr>
<tr><td><a href="#sprockettts">SprocketTTS</a></td><td>Token LM</td></tr>
</table>
"""


def test_anchor_rows_in_other_languages_and_in_html() -> None:
    """The anchor column is the title whatever the other columns hold (``Diffusion`` is no
    title), under a header in French, and in an HTML table."""
    entries = [e.entry for e in _read(ANCHORED_ELSEWHERE).entries]
    assert [e.title for e in entries] == [
        "OndeNue",
        "Aboiement",
        "Base TTS",
        "GadgetVoice",
        "WidgetSpeech",
        "SprocketTTS",
    ]
    assert all(not e.links for e in entries)
