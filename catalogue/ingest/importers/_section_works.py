"""Whether a unit in a section named as holding no works (news, an overview, resources) is a work
all the same: the unit or its section's census says so. ``generic`` skips the unit with the
section's name as the reason otherwise."""

from __future__ import annotations

from ._evidence import has_id
from ._overview_rows import named_row
from ._row import titled_row
from ._section_census import Census
from ._sections import is_news, is_overview, points_elsewhere
from ._units import Unit


def work_in_section(unit: Unit, section: str, census: Census) -> bool:
    """The unit is read although its section (``section``) is named as holding no works."""
    if points_elsewhere(section) and any(has_id(p.inline) for p in unit.pieces):
        return True  # ``## Related Resources`` > ``* Survey Title [[paper](arxiv…)]``
    # ``## What's New`` > ``| 2024 | Venue | [Title](https://doi.org/…) |``, ``## Latest
    # Additions`` > ``| **Title** | Lab | ![date](badge) | [Paper](https://arxiv.org/…) |``: a
    # table of the newest papers, titled in its Title or Paper column.
    # ``## Overview`` > ``| 2020 | IJCV | Title | … | [Paper](…) |`` too.
    if (is_news(section) or is_overview(section)) and unit.kind == "row" and titled_row(unit):
        return True
    if is_overview(section) and named_row(unit):
        return True  # ``### Introduction`` > ``|WidgetSet|A set of …|[WidgetSet](…)|``
    if census.code_among_resources(unit.line, section):
        return True  # ``## Other Resources`` > ``1. [owner/repo](https://github.com/…) - …``
    return census.press(unit.line, section)  # ``## News`` > ``- [Widgets Squeezed …](https://…)``
