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
