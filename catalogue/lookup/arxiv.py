"""Paper metadata from the arXiv API (an Atom feed), for `catalogue add`.

The API answers HTTP 200 even when it fails: an unknown id gives a feed without entries, a
malformed one a single entry titled ``Error`` whose summary says why, and throttling a plain-text
body. Each of these becomes a ``NetworkError`` that says what happened and what to do.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..core import identity
from ..core.errors import NetworkError
from ..core.models import Link, LinkKind
from ..net.http import PoliteSession, Service
from .found import FoundPaper, missing_fields

ATOM = "{http://www.w3.org/2005/Atom}"
ARXIV = "{http://arxiv.org/schemas/atom}"
ACCEPT = "application/atom+xml, application/xml;q=0.9"
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def fetch(arxiv_id: str, session: PoliteSession, service: Service) -> FoundPaper:
    answer = session.get(
        service, service.base_url, {"id_list": arxiv_id, "max_results": "1"}, ACCEPT
    )
    if answer.status != 200:
        raise NetworkError(
            f"arXiv answered HTTP {answer.status} for {arxiv_id}: nothing was written; check"
            " the id, or try again later"
        )
    return parse_feed(answer.body, arxiv_id)


def _text(element: ET.Element | None) -> str:
    """Element text with arXiv's hard line wraps and runs of blanks collapsed."""
    if element is None or element.text is None:
        return ""
    return " ".join(element.text.split())


def parse_feed(raw: bytes, wanted: str) -> FoundPaper:
    """The paper ``wanted`` from an arXiv Atom feed, or a ``NetworkError`` saying what is wrong."""
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        line, column = exc.position
        raise NetworkError(
            f"arXiv sent malformed XML for {wanted} (line {line}, column {column + 1}:"
            f" {_reason(exc)}): nothing was written; try again later"
        ) from None
    if root.tag != f"{ATOM}feed":
        raise NetworkError(
            f"arXiv's answer for {wanted} is not an Atom feed (root <{root.tag}>): nothing was"
            " written; check the arXiv base URL in catalogue.yml"
        )
    entries = root.findall(f"{ATOM}entry")
    for entry in entries:
        if "/api/errors" in _text(entry.find(f"{ATOM}id")):
            why = _text(entry.find(f"{ATOM}summary")) or "no reason given"
            raise NetworkError(f"arXiv refused the query for {wanted}: {why}")
    if not entries:
        raise NetworkError(
            f"arXiv has no paper {wanted}: check the identifier (nothing was written)"
        )
    return _paper(entries[0], wanted)


def _paper(entry: ET.Element, wanted: str) -> FoundPaper:
    found_id = identity.arxiv_id(_text(entry.find(f"{ATOM}id")))
    if found_id is None:
        raise NetworkError(f"arXiv's entry for {wanted} lacks its id: nothing was written")
    if found_id != wanted:
        raise NetworkError(
            f"arXiv answered with paper {found_id} when asked for {wanted}: nothing was written"
        )
    title = _text(entry.find(f"{ATOM}title"))
    authors = [_text(a.find(f"{ATOM}name")) for a in entry.findall(f"{ATOM}author")]
    authors = [a for a in authors if a]
    published = _text(entry.find(f"{ATOM}published"))
    year = int(published[:4]) if re.match(r"^\d{4}-", published) else None
    journal = _text(entry.find(f"{ARXIV}journal_ref"))
    if journal and (match := _YEAR.search(journal)):
        year = int(match.group(1))  # the venue's year, where arXiv records one
    missing = missing_fields(title, authors, year)
    if missing or year is None:
        raise NetworkError(
            f"arXiv's entry for {wanted} lacks {', '.join(missing)}: nothing was written; add"
            " the paper by hand (see CONTRIBUTING.md)"
        )
    doi_text = _text(entry.find(f"{ARXIV}doi"))
    doi = identity.doi(doi_text) if doi_text else None
    links = [Link(kind=LinkKind.ARXIV, url=f"https://arxiv.org/abs/{wanted}")]
    if doi:
        links.append(Link(kind=LinkKind.DOI, url=f"https://doi.org/{doi}"))
    return FoundPaper(
        service="arXiv",
        title=title,
        authors=authors,
        year=year,
        venue_names=[name for name in (journal, "arXiv") if name],
        arxiv=wanted,
        doi=doi,
        links=links,
        abstract=_text(entry.find(f"{ATOM}summary")) or None,
    )


def _reason(exc: ET.ParseError) -> str:
    return str(exc).split(":")[0]
