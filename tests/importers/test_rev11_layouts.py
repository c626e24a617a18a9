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
