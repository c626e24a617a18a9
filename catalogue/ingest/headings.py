"""Section headings of the source lists, and which category each reaches.

A list's headings say what its entries are about; ``categorize`` places a paper through a
category's ``aliases`` (the whole heading) and ``keywords`` (words in the heading or the title).
Headings that name no topic (``Papers``, ``Recommended``, a year) are mapped once as aliases of
the fallback category ``general``, which they never place a paper in; a heading that is a year is
known to name no topic without being listed.

``heading_uses`` counts every heading of every entry the catalogue keeps; ``unmapped`` keeps the
headings nothing maps, so that a curator maps each one once (an alias in ``data/categories/``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..core.models import Category
from ..core.store import Catalogue
from . import categorize

_YEARISH = re.compile(r"^\s*(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\s*$")


@dataclass
class HeadingUse:
    """One heading as lists write it, how many entries sit under it, and where."""

    heading: str
    entries: int = 0
    sources: set[str] = field(default_factory=set)
    example: str = ""
    categories: tuple[str, ...] = ()


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def mapped_to(heading: str, categories: Mapping[str, Category]) -> tuple[str, ...]:
    """The categories a heading reaches (``general`` when it is mapped as naming no topic)."""
    found = categorize.by_section([heading], categories)
    found += [c for c in categorize.by_keywords(heading, categories) if c not in found]
    if not found and _YEARISH.match(heading):
        return (categorize.FALLBACK,)
    return tuple(found)


def heading_uses(cat: Catalogue) -> list[HeadingUse]:
    """Every heading under which the catalogue's papers are listed, most used first."""
    uses: dict[str, HeadingUse] = {}
    for paper in cat.papers.values():
        for entry in paper.sources:
            for heading in entry.section:
                key = _norm(heading)
                if not key:
                    continue
                use = uses.setdefault(key, HeadingUse(heading))
                use.entries += 1
                use.sources.add(entry.source)
                use.example = use.example or f"{entry.source}:{entry.line}"
    for use in uses.values():
        use.categories = mapped_to(use.heading, cat.categories)
    return sorted(uses.values(), key=lambda u: (-u.entries, _norm(u.heading)))


def unmapped(uses: Iterable[HeadingUse]) -> list[HeadingUse]:
    return [u for u in uses if not u.categories]
