"""A paper's citation in the formats reference managers read, and the tags scholarly search reads.

RIS (Zotero, EndNote, Mendeley), CSL-JSON (Zotero, Pandoc, citeproc) and, for the paper's page,
Highwire Press ``citation_*`` meta tags (Google Scholar) and schema.org ``ScholarlyArticle``
JSON-LD. All are made from the record and its venue only, so a paper page, the browse page's
exports and a test reading them back agree. Values are plain text: each output escapes them.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ...core.models import LinkKind, Paper, Venue, VenueKind

# A name's family part keeps its lower-case particles ("van der Maaten", "de la Torre").
_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "da", "di", "la", "le"})
_RIS_SAFE = re.compile(r"[\r\n]+")


def split_name(name: str) -> tuple[str, str] | None:
    """(family, given) of an author as written, or None for a single-word name (a literal)."""
    name = " ".join(name.split())
    if "," in name:
        family, _, given = name.partition(",")
        return (family.strip(), given.strip()) if family.strip() and given.strip() else None
    words = name.split(" ")
    if len(words) < 2:
        return None
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    return " ".join(words[start:]), " ".join(words[:start])


def arxiv_pdf(arxiv: str) -> str:
    return f"https://arxiv.org/pdf/{arxiv}"


def pdf_url(paper: Paper) -> str | None:
    """The paper's PDF: a link of kind pdf, else arXiv's PDF of its arXiv id."""
    for link in paper.links:
        if link.kind == LinkKind.PDF:
            return link.url
    return arxiv_pdf(paper.identifiers.arxiv) if paper.identifiers.arxiv else None


def _venue_kind(paper: Paper, venue: Venue | None) -> VenueKind | None:
    return venue.kind if venue is not None and paper.kind == "paper" else None


_RIS_TYPES = {
    VenueKind.CONFERENCE: "CPAPER",
    VenueKind.WORKSHOP: "CPAPER",
    VenueKind.JOURNAL: "JOUR",
    VenueKind.PREPRINT: "UNPB",
}
_CSL_TYPES = {
    VenueKind.CONFERENCE: "paper-conference",
    VenueKind.WORKSHOP: "paper-conference",
    VenueKind.JOURNAL: "article-journal",
    VenueKind.PREPRINT: "article",
}


def ris(paper: Paper, venue: Venue | None, page_url: str | None = None) -> str:
    """The paper as one RIS record (``TY`` to ``ER``), lines ending in CRLF as the format says."""
    kind = _venue_kind(paper, venue)
    lines = [("TY", "SLIDE" if paper.kind == "talk" else _RIS_TYPES.get(kind, "GEN"))]
    lines.append(("ID", paper.key))
    lines.append(("TI", paper.title))
    for author in paper.authors:
        parts = split_name(author)
        lines.append(("AU", f"{parts[0]}, {parts[1]}" if parts else author))
    if paper.year:
        lines.append(("PY", str(paper.year)))
    if venue is not None:
        lines.append(("JO" if kind is VenueKind.JOURNAL else "T2", venue.name))
    if paper.identifiers.doi:
        lines.append(("DO", paper.identifiers.doi))
    if paper.identifiers.arxiv:
        lines.append(("AN", f"arXiv:{paper.identifiers.arxiv}"))
    if paper.primary_url:
        lines.append(("UR", paper.primary_url))
    pdf = pdf_url(paper)
    if pdf:
        lines.append(("L1", pdf))
    if paper.abstract:
        lines.append(("AB", paper.abstract))
    lines += [("KW", tag) for tag in paper.tags]
    if page_url:
        lines.append(("L2", page_url))
    lines.append(("ER", ""))
    return "".join(
        f"{tag}  - {_RIS_SAFE.sub(' ', value)}".rstrip() + "\r\n" for tag, value in lines
    )


def csl(paper: Paper, venue: Venue | None) -> dict[str, Any]:
    """The paper as one CSL-JSON item."""
    kind = _venue_kind(paper, venue)
    item: dict[str, Any] = {
        "id": paper.key,
        "type": "speech" if paper.kind == "talk" else _CSL_TYPES.get(kind, "article"),
        "title": paper.title,
    }
    authors: list[dict[str, str]] = []
    for author in paper.authors:
        parts = split_name(author)
        authors.append({"family": parts[0], "given": parts[1]} if parts else {"literal": author})
    if authors:
        item["author"] = authors
    if paper.year:
        item["issued"] = {"date-parts": [[paper.year]]}
    if venue is not None:
        item["event-title" if paper.kind == "talk" else "container-title"] = venue.name
    if paper.identifiers.doi:
        item["DOI"] = paper.identifiers.doi
    if paper.identifiers.arxiv:
        item["number"] = f"arXiv:{paper.identifiers.arxiv}"
        if kind is VenueKind.PREPRINT or venue is None:
            item["publisher"] = "arXiv"
    if paper.primary_url:
        item["URL"] = paper.primary_url
    if paper.abstract:
        item["abstract"] = paper.abstract
    if paper.tags:
        item["keyword"] = ", ".join(paper.tags)
    return item


def csl_text(items: list[dict[str, Any]]) -> str:
    """CSL-JSON as a file holds it: an array of items, a field a line, non-ASCII kept. (Each
    value is written by the C encoder: ``indent`` would take the pure-Python one, ten times
    slower, and make a line of every author's name part.)"""
    dump = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
    lines = [
        "  {\n" + ",\n".join(f"    {dump(k)}: {dump(v)}" for k, v in item.items()) + "\n  }"
        for item in items
    ]
    return "[\n" + ",\n".join(lines) + "\n]\n" if lines else "[]\n"


def highwire(paper: Paper, venue: Venue | None) -> list[tuple[str, str]]:
    """Highwire Press meta tags, (name, content), in the order Google Scholar documents them."""
    tags = [("citation_title", paper.title)]
    tags += [("citation_author", author) for author in paper.authors]
    if paper.year:
        tags.append(("citation_publication_date", str(paper.year)))
    kind = _venue_kind(paper, venue)
    if venue is not None and kind is VenueKind.JOURNAL:
        tags.append(("citation_journal_title", venue.name))
    elif venue is not None and kind in (VenueKind.CONFERENCE, VenueKind.WORKSHOP):
        tags.append(("citation_conference_title", venue.name))
    pdf = pdf_url(paper)
    if pdf:
        tags.append(("citation_pdf_url", pdf))
    if paper.identifiers.arxiv:
        tags.append(("citation_arxiv_id", paper.identifiers.arxiv))
    if paper.identifiers.doi:
        tags.append(("citation_doi", paper.identifiers.doi))
    if paper.abstract:
        tags.append(("citation_abstract", paper.abstract))
    return tags


def json_ld(
    paper: Paper, venue: Venue | None, description: str, page_url: str | None
) -> dict[str, Any]:
    """schema.org ``ScholarlyArticle`` for the paper's page."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ScholarlyArticle",
        "name": paper.title,
        "headline": paper.title if len(paper.title) <= 110 else paper.title[:109] + "…",
        "description": description,
    }
    if paper.authors:
        data["author"] = [{"@type": "Person", "name": author} for author in paper.authors]
    if paper.year:
        data["datePublished"] = str(paper.year)
    if venue is not None:
        periodical = _venue_kind(paper, venue) is VenueKind.JOURNAL
        data["isPartOf"] = {"@type": "Periodical" if periodical else "CreativeWork"}
        data["isPartOf"]["name"] = venue.name
    identifiers: list[dict[str, str]] = []
    same: list[str] = []
    if paper.identifiers.doi:
        identifiers.append(
            {"@type": "PropertyValue", "propertyID": "DOI", "value": paper.identifiers.doi}
        )
        same.append(f"https://doi.org/{paper.identifiers.doi}")
    if paper.identifiers.arxiv:
        identifiers.append(
            {"@type": "PropertyValue", "propertyID": "arXiv", "value": paper.identifiers.arxiv}
        )
        same.append(f"https://arxiv.org/abs/{paper.identifiers.arxiv}")
    if identifiers:
        data["identifier"] = identifiers
    if same:
        data["sameAs"] = same
    if paper.abstract:
        data["abstract"] = paper.abstract
    if paper.tags:
        data["keywords"] = list(paper.tags)
    if page_url:
        data["url"] = page_url
    return data
