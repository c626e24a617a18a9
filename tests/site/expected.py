"""What the data says, computed straight from the records, for the browser tests to compare with
the pages (independently of catalogue.site's own views)."""

from __future__ import annotations

import unicodedata
from typing import TypedDict

from catalogue.core.models import Paper
from catalogue.core.store import Catalogue
from catalogue.core.tree import descendants


def has_code(catalogue: Catalogue, paper: Paper) -> bool:
    tied = any(c.paper == paper.key for c in catalogue.code.values())
    return tied or any(link.kind == "code" for link in paper.links)


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def text_matches(catalogue: Catalogue, paper: Paper, query: str) -> bool:
    """The browse page's text filter: every word of the query somewhere in the title, authors,
    venue (short or full name), year or key, ignoring case and accents."""
    venue = catalogue.venues.get(paper.venue) if paper.venue else None
    fields = [paper.title, ", ".join(paper.authors), paper.key, str(paper.year or "")]
    if venue is not None:
        fields += [venue.short, venue.name]
    haystack = fold(" ".join(fields))
    return all(word in haystack for word in fold(query).split())


class Criteria(TypedDict, total=False):
    """The browse page's filters, as ``filtered`` takes them."""

    query: str
    first: int
    last: int
    category: str
    venue: str
    code: bool


def filtered(
    catalogue: Catalogue,
    *,
    query: str = "",
    first: int | None = None,
    last: int | None = None,
    category: str | None = None,
    venue: str | None = None,
    code: bool = False,
) -> list[Paper]:
    under = descendants(catalogue.categories, category) if category else None
    found = []
    for paper in catalogue.papers.values():
        if first is not None and (paper.year is None or paper.year < first):
            continue
        if last is not None and (paper.year is None or paper.year > last):
            continue
        if under is not None and not under.intersection(paper.categories):
            continue
        if venue is not None and paper.venue != venue:
            continue
        if code and not has_code(catalogue, paper):
            continue
        if query and not text_matches(catalogue, paper, query):
            continue
        found.append(paper)
    return found


def tally(papers: list[Paper]) -> str:
    """Papers and talks apart, as every page writes a count: "3 papers and 1 talk"."""
    talks = sum(1 for p in papers if p.kind == "talk")
    found = len(papers) - talks
    parts = [f"{found:,} paper{'' if found == 1 else 's'}"] if found or not talks else []
    if talks:
        parts.append(f"{talks:,} talk{'' if talks == 1 else 's'}")
    return " and ".join(parts)


def home_counts(catalogue: Catalogue) -> dict[str, int]:
    papers = catalogue.papers.values()
    return {
        "papers": sum(1 for p in papers if p.kind == "paper"),
        "talks": sum(1 for p in papers if p.kind == "talk"),
        "with-code": sum(1 for p in papers if p.kind == "paper" and has_code(catalogue, p)),
        "categories": len(catalogue.categories),
        "venues": len({p.venue for p in papers if p.venue}),
        "code": len(catalogue.code),
        "sources": len(catalogue.sources),
    }
