"""A source list rendered again in its own format, from the facts each record kept of it.

Every record keeps, per source list, what that list said (``SourceEntry``): its title, authors,
venue text, links with their labels, section, notes. A style is a template in
``templates/styles/<format>.j2`` with two macros, ``entry(e, kind)`` and ``heading(text, level)``,
and a ``gap`` (blank lines between entries). Rendering one list walks its entries in line order,
so a maintainer who adopts the catalogue keeps a list that looks as it did.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import jinja2

from ..core.models import SourceEntry
from ..core.registry import pick
from ..core.store import Catalogue
from .templating import environment

STYLES = "styles"
Kind = Literal["paper", "talk", "code"]


@dataclass(frozen=True)
class SourceItem:
    """One entry of a source list, with the record it now belongs to."""

    kind: Kind
    record: str
    entry: SourceEntry


@dataclass(frozen=True)
class StyledEntry:
    line: int
    end_line: int
    headings: list[str]  # the headings it sits under, outermost first
    text: str  # the entry's lines, without a final newline


def style_names(templates: jinja2.Environment | None = None) -> list[str]:
    """The styles there are templates for (the project's and the shipped ones)."""
    env = templates or environment()
    found = env.list_templates(filter_func=lambda name: name.startswith(f"{STYLES}/"))
    return sorted(
        {name[len(STYLES) + 1 :].removesuffix(".j2") for name in found if name.endswith(".j2")}
    )


def source_items(catalogue: Catalogue, source_id: str) -> list[SourceItem]:
    """Every entry that came from one source list, in the list's own order."""
    items: list[SourceItem] = []
    for key, paper in catalogue.papers.items():
        kind: Kind = "talk" if paper.kind == "talk" else "paper"
        items += [SourceItem(kind, key, e) for e in paper.sources if e.source == source_id]
    for key, code in catalogue.code.items():
        items += [SourceItem("code", key, e) for e in code.sources if e.source == source_id]
    return sorted(items, key=lambda item: (item.entry.line, item.record))


def _module(style: str, templates: jinja2.Environment | None):  # type: ignore[no-untyped-def]
    # (Jinja's template modules are untyped.)
    env = templates or environment()
    chosen = pick({n: n for n in style_names(env)}, style, "style")  # a usage error names them
    return env.get_template(f"{STYLES}/{chosen}.j2").module


def _check_source(catalogue: Catalogue, source_id: str) -> None:
    pick(catalogue.sources, source_id, "source list")


def render_entries(
    catalogue: Catalogue,
    source_id: str,
    style: str,
    templates: jinja2.Environment | None = None,
) -> list[StyledEntry]:
    """Every entry of one source list in ``style``, in the list's line order (``templates``:
    the project's, the shipped ones by default)."""
    _check_source(catalogue, source_id)
    module = _module(style, templates)
    found = []
    for item in source_items(catalogue, source_id):
        text = str(module.entry(item.entry, item.kind)).rstrip("\n")
        entry = item.entry
        found.append(
            StyledEntry(entry.line, entry.end_line or entry.line, _heading_path(entry), text)
        )
    return found


def _heading_path(entry: SourceEntry) -> list[str]:
    # Code grouped by framework sits under a framework heading inside its section.
    return [*entry.section, *([entry.framework] if entry.framework else [])]


def _common_prefix(a: list[str], b: list[str]) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def render_source(
    catalogue: Catalogue,
    source_id: str,
    style: str | None = None,
    templates: jinja2.Environment | None = None,
) -> str:
    """The whole list: its title, section headings where they change, and every entry."""
    _check_source(catalogue, source_id)
    source = catalogue.sources[source_id]
    style = style or source.format
    module = _module(style, templates)
    gap = "\n" * (int(module.gap) + 1)
    parts = [f"# {source.title}\n"]
    current: list[str] = []
    entries: list[str] = []
    for styled in render_entries(catalogue, source_id, style, templates):
        path = styled.headings
        if path != current:
            if entries:
                parts.append(gap.join(entries) + "\n")
                entries = []
            # Only the headings below the part of the path that stayed the same are new.
            for level in range(_common_prefix(path, current), len(path)):
                parts.append(str(module.heading(path[level], level)) + "\n")
            current = path
        entries.append(styled.text)
    if entries:
        parts.append(gap.join(entries) + "\n")
    return "\n".join(parts)
