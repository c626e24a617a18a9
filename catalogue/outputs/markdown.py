"""Small pieces of the Markdown lists: short author lines, venue labels, resource links."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.models import CodeLink, Link, LinkKind, Paper, Venue
from ..ingest.link_curation import KIND_ORDER

# Kinds that are the paper itself: the title links to one of them, so they are not listed again.
_PAPER_KINDS = frozenset({LinkKind.PAPER, LinkKind.PDF, LinkKind.ARXIV, LinkKind.DOI})
# Resource links in the order a reader looks for them: a record's curated order, the paper's own
# links left out.
_RESOURCE_ORDER = [kind for kind in KIND_ORDER if kind not in _PAPER_KINDS]


@dataclass(frozen=True)
class Resource:
    label: str
    url: str


def display_family_name(author: str) -> str:
    """``Geoffrey Hinton`` -> ``Hinton``; ``Aaron van den Oord`` -> ``van den Oord``;
    ``Hinton, Geoffrey`` -> ``Hinton``."""
    author = " ".join(author.split())
    if "," in author:
        return author.split(",", 1)[0].strip()
    words = author.split(" ")
    start = len(words) - 1
    while start > 1 and words[start - 1][:1].islower():
        start -= 1
    return " ".join(words[start:])


def short_authors(authors: list[str], limit: int = 3) -> str:
    """Up to ``limit`` family names, else the first one and "et al."."""
    if len(authors) > limit:
        return f"{display_family_name(authors[0])} et al."
    return ", ".join(display_family_name(a) for a in authors)


def venue_label(venue: Venue | None, year: int | None) -> str:
    parts = [venue.short if venue else "", str(year) if year else ""]
    return " ".join(p for p in parts if p)


def _label(link: Link, extra: str | None = None) -> str:
    """``code (PyTorch)``: the kind, and what the list's label adds to it.

    Lists label links ``PyTorch code``, ``code_tf`` or ``code2``; the kind word and bare numbers
    add nothing, so ``code (PyTorch)``, ``code (tf)`` and ``code`` remain.
    """
    kind = link.kind.value
    detail = re.sub(rf"(?i)\b{kind}\b|{kind}(?=[_\d])", " ", link.label or extra or "")
    detail = " ".join(detail.replace("_", " ").split())
    if not detail or detail.isdigit():
        return kind
    return f"{kind} ({detail})"


def resources(paper: Paper, code: list[CodeLink]) -> list[Resource]:
    """Code, video, slides and other links of a paper, once each, in reading order.

    Code records tied to the paper join its own code links; a URL already shown is not repeated.
    """
    seen = {paper.primary_url} if paper.primary_url else set()
    found: list[tuple[int, Resource]] = []
    candidates: list[tuple[Link, str | None]] = [(link, None) for link in paper.links]
    candidates += [(Link(kind=LinkKind.CODE, url=c.url), c.framework) for c in code]
    for link, extra in candidates:
        if link.kind in _PAPER_KINDS or link.url in seen:
            continue
        seen.add(link.url)
        found.append((_RESOURCE_ORDER.index(link.kind), Resource(_label(link, extra), link.url)))
    # A stable sort: within a kind, the record's own order stays.
    return [resource for _, resource in sorted(found, key=lambda pair: pair[0])]
