"""Paper metadata from the arXiv API (an Atom feed): one id for `catalogue add`, many for
`catalogue enrich`.

The API answers HTTP 200 even when it fails: an unknown id gives a feed without its entry, a
malformed one a single entry titled ``Error`` whose summary says why, and throttling a plain-text
body. Each of these becomes a ``NetworkError`` that says what happened and what to do. Entry ids
carry a version (``1503.02531v2``), which is not part of the paper's id; a withdrawn paper keeps
its entry, whose summary is then the withdrawal notice, not an abstract.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass

from ..core import identity
from ..core.errors import NetworkError
from ..core.models import Link, LinkKind
from ..net.http import PoliteSession, Service
from .found import FoundPaper, missing_fields

ATOM = "{http://www.w3.org/2005/Atom}"
ARXIV = "{http://arxiv.org/schemas/atom}"
OPENSEARCH = "{http://a9.com/-/spec/opensearch/1.1/}"
ACCEPT = "application/atom+xml, application/xml;q=0.9"
BATCH = 100  # ids per request: arXiv allows 2,000 results a call; a URL stays short with 100
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_VERSION = re.compile(r"v(\d+)$")
_WITHDRAWN = re.compile(r"\b(?:has been |was |been )?withdrawn\b", re.IGNORECASE)


@dataclass(frozen=True)
class ArxivEntry:
    """One paper as the arXiv API describes it (its latest version)."""

    arxiv: str
    version: int | None
    title: str
    authors: tuple[str, ...]
    published_year: int | None
    journal: str  # the journal reference, when the authors gave one
    journal_year: int | None
    doi: str | None
    summary: str
    comment: str

    @property
    def withdrawn(self) -> bool:
        notice = self.summary.lower().startswith("this paper has been withdrawn")
        return notice or bool(_WITHDRAWN.search(self.comment))

    @property
    def year(self) -> int | None:
        """The venue's year where arXiv records a journal reference, else the first version's."""
        return self.journal_year or self.published_year


@dataclass(frozen=True)
class Feed:
    entries: list[ArxivEntry]
    total: int | None  # opensearch:totalResults: how many the query matches in all


def _text(element: ET.Element | None) -> str:
    """Element text with arXiv's hard line wraps and runs of blanks collapsed."""
    if element is None or element.text is None:
        return ""
    return " ".join(element.text.split())


def parse_feed(raw: bytes, asked: str) -> Feed:
    """The entries of an arXiv Atom feed, or a ``NetworkError`` saying what is wrong.

    ``asked`` names the request in messages (an id, or a batch)."""
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        line, column = exc.position
        raise NetworkError(
            f"arXiv sent malformed XML for {asked} (line {line}, column {column + 1}:"
            f" {str(exc).split(':')[0]}): nothing was written; try again later"
        ) from None
    if root.tag != f"{ATOM}feed":
        raise NetworkError(
            f"arXiv's answer for {asked} is not an Atom feed (root <{root.tag}>): nothing was"
            " written; check the arXiv base URL in catalogue.yml"
        )
    entries = root.findall(f"{ATOM}entry")
    for entry in entries:
        if "/api/errors" in _text(entry.find(f"{ATOM}id")):
            why = _text(entry.find(f"{ATOM}summary")) or "no reason given"
            raise NetworkError(f"arXiv refused the query for {asked}: {why}")
    total_text = _text(root.find(f"{OPENSEARCH}totalResults"))
    total = int(total_text) if total_text.isdigit() else None
    return Feed([e for e in map(_entry, entries) if e is not None], total)


def _entry(entry: ET.Element) -> ArxivEntry | None:
    raw_id = _text(entry.find(f"{ATOM}id"))
    found_id = identity.arxiv_id(raw_id)
    if found_id is None:
        return None
    version = _VERSION.search(raw_id)
    published = _text(entry.find(f"{ATOM}published"))
    journal = _text(entry.find(f"{ARXIV}journal_ref"))
    journal_year = _YEAR.search(journal) if journal else None
    doi_text = _text(entry.find(f"{ARXIV}doi"))
    authors = (_text(a.find(f"{ATOM}name")) for a in entry.findall(f"{ATOM}author"))
    return ArxivEntry(
        arxiv=found_id,
        version=int(version.group(1)) if version else None,
        title=_text(entry.find(f"{ATOM}title")),
        authors=tuple(a for a in authors if a),
        published_year=int(published[:4]) if re.match(r"^\d{4}-", published) else None,
        journal=journal,
        journal_year=int(journal_year.group(1)) if journal_year else None,
        doi=identity.doi(doi_text) if doi_text else None,
        summary=_text(entry.find(f"{ATOM}summary")),
        comment=_text(entry.find(f"{ARXIV}comment")),
    )


def fetch(arxiv_id: str, session: PoliteSession, service: Service) -> FoundPaper:
    """One paper, for `add`: every field a record needs, or a ``NetworkError``."""
    answer = session.get(
        service, service.base_url, {"id_list": arxiv_id, "max_results": "1"}, ACCEPT
    )
    if answer.status != 200:
        raise NetworkError(
            f"arXiv answered HTTP {answer.status} for {arxiv_id}: nothing was written; check"
            " the id, or try again later"
        )
    entries = parse_feed(answer.body, arxiv_id).entries
    if not entries:
        raise NetworkError(
            f"arXiv has no paper {arxiv_id}: check the identifier (nothing was written)"
        )
    return _found(entries[0], arxiv_id)


def fetch_many(
    ids: Sequence[str], session: PoliteSession, service: Service, batch: int = BATCH
) -> dict[str, ArxivEntry]:
    """The entries of many ids, ``batch`` per request, following pages when the API sends fewer
    entries than asked; ids arXiv does not know are simply absent from the result."""
    found: dict[str, ArxivEntry] = {}
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), batch):
        group = wanted[start : start + batch]
        found.update(_fetch_group(group, session, service))
    return found


def _fetch_group(
    group: list[str], session: PoliteSession, service: Service
) -> dict[str, ArxivEntry]:
    asked = group[0] if len(group) == 1 else f"{len(group)} ids ({group[0]} … {group[-1]})"
    found: dict[str, ArxivEntry] = {}
    offset = 0
    while True:
        params = {
            "id_list": ",".join(group),
            "start": str(offset),
            "max_results": str(len(group) - offset),
        }
        answer = session.get(service, service.base_url, params, ACCEPT)
        if answer.status != 200:
            raise NetworkError(
                f"arXiv answered HTTP {answer.status} for {asked}: nothing was written;"
                " try again later"
            )
        feed = parse_feed(answer.body, asked)
        for entry in feed.entries:
            if entry.arxiv in group:
                found[entry.arxiv] = entry
        offset += len(feed.entries)
        total = min(feed.total if feed.total is not None else offset, len(group))
        if not feed.entries or offset >= total:
            return found


def _found(entry: ArxivEntry, wanted: str) -> FoundPaper:
    if entry.arxiv != wanted:
        raise NetworkError(
            f"arXiv answered with paper {entry.arxiv} when asked for {wanted}: nothing was written"
        )
    missing = missing_fields(entry.title, list(entry.authors), entry.year)
    if missing or entry.year is None:
        raise NetworkError(
            f"arXiv's entry for {wanted} lacks {', '.join(missing)}: nothing was written; add"
            " the paper by hand (see CONTRIBUTING.md)"
        )
    links = [Link(kind=LinkKind.ARXIV, url=f"https://arxiv.org/abs/{wanted}")]
    if entry.doi:
        links.append(Link(kind=LinkKind.DOI, url=f"https://doi.org/{entry.doi}"))
    return FoundPaper(
        service="arXiv",
        title=entry.title,
        authors=list(entry.authors),
        year=entry.year,
        venue_names=[name for name in (entry.journal, "arXiv") if name],
        arxiv=wanted,
        doi=entry.doi,
        links=links,
        abstract=None if entry.withdrawn else entry.summary or None,
    )
