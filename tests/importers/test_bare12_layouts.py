"""Works written as bare addresses (issue 12): lists of tools that name each repository only by its
address, as a paragraph of its own, a bullet, or after tags, perhaps with a description after it.
Each list is a few lines of our own, with invented names and addresses."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _works(result: ImportResult) -> list[tuple[int, str | None, list[str], str | None]]:
    return [
        (e.entry.line, e.entry.title, [x.url for x in e.entry.links], e.entry.summary)
        for e in result.entries
    ]


# Paragraphs between blank lines, no marker: an address alone, or with a description after a dash;
# a section of one tool; a file address among the repositories; a list's own words above.
PARAGRAPHS = """\
# Widget Tester's Cheat Sheet

I keep my starred repositories here. https://github.com/me/cheats

## Scanners

https://github.com/alice/WidgetScan

https://github.com/bob/gizmo-probe - probes gizmos over the network

https://gitlab.com/lab/tools/sprocket-audit

https://github.com/carol/toolbox/tree/main/cogFinder - finds cogs, with nice output

https://raw.example.org/dave/widget-check/main/widget_check.py

## Loaders

https://github.com/erin/widget_loader: loads widgets in C#

## Notes

Read the docs at https://docs.example.org/widgets before you start.
"""


def test_paragraphs_of_addresses() -> None:
    assert _works(_read(PARAGRAPHS)) == [
        (7, "WidgetScan", ["https://github.com/alice/WidgetScan"], None),
        (
            9,
            "gizmo-probe",
            ["https://github.com/bob/gizmo-probe"],
            "probes gizmos over the network",
        ),
        (11, "sprocket-audit", ["https://gitlab.com/lab/tools/sprocket-audit"], None),
        (
            13,
            "cogFinder",
            ["https://github.com/carol/toolbox/tree/main/cogFinder"],
            "finds cogs, with nice output",
        ),
        (
            15,
            "https://raw.example.org/dave/widget-check/main/widget_check.py",
            ["https://raw.example.org/dave/widget-check/main/widget_check.py"],
            None,
        ),
        (19, "widget_loader", ["https://github.com/erin/widget_loader"], "loads widgets in C#"),
    ]


# One paragraph, an address a line (soft breaks), in a list of German headings.
LINES = """\
# Werkzeuge

## Netzwerk

https://github.com/anna/netz-sonde - Sonde für Netze
https://github.com/bernd/paket-fang
https://codeberg.org/clara/knoten-karte
"""


def test_one_paragraph_an_address_a_line() -> None:
    assert [(t, s) for _, t, _, s in _works(_read(LINES))] == [
        ("netz-sonde", "Sonde für Netze"),
        ("paket-fang", None),
        ("knoten-karte", None),
    ]


# Bullets that are an address, alone or described, ``*`` and numbered alike.
BULLETS = """\
# Awesome Widget Tools

## Scanners

- https://github.com/alice/widget-scan - scans widgets fast
- https://github.com/bob/gizmo-probe
- https://github.com/carol/sprocket

## Loaders

1. https://gitee.com/dong/widget-loader 用于加载小部件
2. https://bitbucket.org/erin/gizmo-load.git
"""


def test_bullets_of_addresses() -> None:
    assert _works(_read(BULLETS)) == [
        (5, "widget-scan", ["https://github.com/alice/widget-scan"], "scans widgets fast"),
        (6, "gizmo-probe", ["https://github.com/bob/gizmo-probe"], None),
        (7, "sprocket", ["https://github.com/carol/sprocket"], None),
        (11, "widget-loader", ["https://gitee.com/dong/widget-loader"], "用于加载小部件"),
        (12, "gizmo-load", ["https://bitbucket.org/erin/gizmo-load.git"], None),
    ]


# Tags before the address: a year, languages in code font (one glued to the address), a note in
# another language after it that links a second repository.
TAGGED = """\
# Awesome Widget Analysis

## Cameras

- 2018 `Python`  https://github.com/ann/widget-track 用 OpenCV 跟踪小部件
- 2020 `Matlab` `No paper`  https://github.com/bo/WidgetPose
- 2020 `Python` `paper`https://github.com/cy/gizmoCGM 开源软件，参见 [gizmo-core](https://github.com/cy/gizmo-core)
- 2019`C++` https://github.com/di/widget_sense
"""


def test_tagged_bullets() -> None:
    result = _read(TAGGED)
    assert [(t, links) for _, t, links, _ in _works(result)] == [
        ("widget-track", ["https://github.com/ann/widget-track"]),
        ("WidgetPose", ["https://github.com/bo/WidgetPose"]),
        ("gizmoCGM", ["https://github.com/cy/gizmoCGM", "https://github.com/cy/gizmo-core"]),
        ("widget_sense", ["https://github.com/di/widget_sense"]),
    ]
    first = result.entries[0].entry
    assert (first.year, first.tags, first.summary) == (2018, ["Python"], "用 OpenCV 跟踪小部件")
    assert all(e.kind == "code" for e in result.entries)


# What stays skipped: an address in prose (alone in its section), the list's own address above its
# first heading, addresses in a section of the list's sources, other awesome lists, a contact.
GUARDS = """\
# Awesome Gadgets

https://github.com/me/awesome-gadgets

## Tools

https://github.com/ann/gadget-one - the first gadget

https://github.com/bo/gadget-two

https://github.com/cy/gadget-three

## About

This list is kept by me; see https://github.com/me for more.

## Other

https://github.com/me/gadget-notes

Everything else lives in my notes.

## Related lists

https://github.com/di/awesome-widgets

https://github.com/eve/awesome-gizmos

## References

- https://github.com/fay/gadget-survey-code
- https://github.com/gus/gadget-benchmarks

## Contact

https://github.com/me
"""


def test_guards() -> None:
    assert [t for _, t, _, _ in _works(_read(GUARDS))] == [
        "gadget-one",
        "gadget-two",
        "gadget-three",
    ]


# A single address in a list that catalogues none so: prose, skipped.
LONE = """\
# Widget Papers

## Papers

- [Widget Transformers at Scale](https://arxiv.org/abs/2101.00002), ICLR 2022
- [Sparse Gadget Networks](https://arxiv.org/abs/2101.00003), NeurIPS 2021

## Tools

https://github.com/ann/widget-kit
"""


def test_a_lone_address_is_prose() -> None:
    assert [t for _, t, _, _ in _works(_read(LONE))] == [
        "Widget Transformers at Scale",
        "Sparse Gadget Networks",
    ]


# Talks written as linked paragraphs, each with a quoted note that gives a bare address: the
# address is the talk's link.
QUOTED_NOTES = """\
# Widget Safety

## Videos

[Why Widgets Fail](https://www.youtube.com/watch?v=widget00001)

> Widget Safety Seminar. Presented on May 3, 2016 by Ann Lee,
Widget Reliability Lab, http://widget-lab.example.org

[Gadgets in the Loop](https://www.youtube.com/watch?v=gadget00002)

> Bo Chan, Gadget Works. http://gadgetworks.example.net/, http://www.example.org/talks/2017/

[Sprockets at Scale](https://www.youtube.com/watch?v=sprock00003)
"""


def test_addresses_in_a_note_below_are_its_links() -> None:
    assert [(t, links) for _, t, links, _ in _works(_read(QUOTED_NOTES))] == [
        (
            "Why Widgets Fail",
            ["https://www.youtube.com/watch?v=widget00001", "http://widget-lab.example.org"],
        ),
        (
            "Gadgets in the Loop",
            [
                "https://www.youtube.com/watch?v=gadget00002",
                "http://gadgetworks.example.net/",
                "http://www.example.org/talks/2017/",
            ],
        ),
        ("Sprockets at Scale", ["https://www.youtube.com/watch?v=sprock00003"]),
    ]


# The address written as a link to itself: an autolink, or a link labelled by its address (with
# or without its scheme), as items and as paragraphs; a sentence about an address (``<…> has the
# notes``) is none.
SELF_LINKED = """\
# Outils

## Analyse

- <https://github.com/alice/widget-scan> - analyse les widgets
- <https://github.com/bob/gizmo-probe>
- [github.com/carol/sprocket](https://github.com/carol/sprocket) - roues dentées
- <https://github.com/carol/sprocket-notes> has the notes for all three.

## Chargement

<https://github.com/dave/cog-loader> - charge les rouages

<https://gitlab.com/erin/gizmo-load>
"""


def test_addresses_linked_to_themselves() -> None:
    assert [(t, s) for _, t, _, s in _works(_read(SELF_LINKED))] == [
        ("widget-scan", "analyse les widgets"),
        ("gizmo-probe", None),
        ("sprocket", "roues dentées"),
        ("cog-loader", "charge les rouages"),
        ("gizmo-load", None),
    ]
