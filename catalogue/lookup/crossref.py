"""Paper metadata from the Crossref REST API: ``/works/{doi}`` for `catalogue add`, and
``/works?filter=doi:…,doi:…`` (many DOIs a request, in pages) for `catalogue enrich`.

The answer is read through a small pydantic model of the fields we use, so a changed or broken
answer is reported by field instead of failing somewhere later with a KeyError.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar
from urllib.parse import quote

from pydantic import BaseModel, ConfigDict, Field

from ..core import identity
from ..core.errors import NetworkError
from ..core.models import Link, LinkKind
from ..net.http import PoliteSession, Service
from .answers import read_json
from .found import FoundPaper, missing_fields
from .markup import abstract_text
from .markup import plain as _plain

ACCEPT = "application/json"
BATCH = 20  # DOIs per list request (one `doi:` filter each, ORed)


class _Answer(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)


class _Person(_Answer):
    given: str | None = None
    family: str | None = None
    name: str | None = None  # organisations and consortia

    def full(self) -> str:
        if self.family:
            return " ".join(part for part in (self.given, self.family) if part)
        return self.name or ""


class _Date(_Answer):
    parts: list[list[int | None]] = Field(default=[], alias="date-parts")

    def year(self) -> int | None:
        return self.parts[0][0] if self.parts and self.parts[0] else None


class _Event(_Answer):
    name: str | None = None
    acronym: str | None = None


class Work(_Answer):
    doi: str = Field(alias="DOI")
    title: list[str] = []
    author: list[_Person] = []
    issued: _Date | None = None
    published_print: _Date | None = Field(default=None, alias="published-print")
    published_online: _Date | None = Field(default=None, alias="published-online")
    container_title: list[str] = Field(default=[], alias="container-title")
    short_container_title: list[str] = Field(default=[], alias="short-container-title")
    event: _Event | None = None
    abstract: str | None = None  # JATS markup

    def year(self) -> int | None:
        for date in (self.issued, self.published_print, self.published_online):
            if date is not None and date.year() is not None:
                return date.year()
        return None

    def plain_doi(self) -> str | None:
        return identity.doi(self.doi)

    def plain_title(self) -> str:
        return _plain(self.title[0]) if self.title else ""

    def plain_authors(self) -> list[str]:
        return [name for name in (_plain(p.full()) for p in self.author) if name]

    def venue_names(self) -> list[str]:
        event = self.event or _Event()
        names = [*self.container_title, *self.short_container_title, event.name, event.acronym]
        return [_plain(n) for n in names if n]

    def plain_abstract(self) -> str | None:
        return abstract_text(self.abstract) if self.abstract else None


class _Envelope(_Answer):
    status: str
    message: Work


class _Items(_Answer):
    total_results: int = Field(alias="total-results")
    items: list[Work] = []


class _ListEnvelope(_Answer):
    status: str
    message: _Items


def fetch(doi: str, session: PoliteSession, service: Service) -> FoundPaper:
    """One paper, for `add`: every field a record needs, or a ``NetworkError``."""
    work = fetch_work(doi, session, service)
    if work is None:
        raise NetworkError(
            f"Crossref has no record of DOI {doi}: check it (nothing was written); DOIs"
            " registered elsewhere, e.g. with DataCite, are not in Crossref"
        )
    return _paper(work, doi)


def fetch_work(doi: str, session: PoliteSession, service: Service) -> Work | None:
    """Crossref's record of one DOI; None when Crossref has none (404)."""
    url = f"{service.base_url.rstrip('/')}/works/{quote(doi, safe='/')}"
    answer = session.get(service, url, {}, ACCEPT)
    if answer.status == 404:
        return None
    if answer.status != 200:
        raise NetworkError(
            f"Crossref answered HTTP {answer.status} for DOI {doi}: nothing was written;"
            " try again later"
        )
    return _read(answer.body, f"DOI {doi}", _Envelope).message


def fetch_works(
    dois: Sequence[str], session: PoliteSession, service: Service, batch: int = BATCH
) -> dict[str, Work]:
    """Crossref's records of many DOIs, ``batch`` per request (one ``doi:`` filter each, ORed),
    following the pages Crossref splits a long answer into; unknown DOIs are absent."""
    found: dict[str, Work] = {}
    wanted = sorted(set(dois))
    url = f"{service.base_url.rstrip('/')}/works"
    for start in range(0, len(wanted), batch):
        group = wanted[start : start + batch]
        asked = f"DOI {group[0]}" if len(group) == 1 else f"{len(group)} DOIs ({group[0]} …)"
        offset = 0
        while True:
            params = {
                "filter": ",".join(f"doi:{doi}" for doi in group),
                "rows": str(len(group)),
                "offset": str(offset),
            }
            answer = session.get(service, url, params, ACCEPT)
            if answer.status != 200:
                raise NetworkError(
                    f"Crossref answered HTTP {answer.status} for {asked}: nothing was written;"
                    " try again later"
                )
            page = _read(answer.body, asked, _ListEnvelope).message
            for work in page.items:
                doi = work.plain_doi()
                if doi in group:
                    found[doi] = work
            offset += len(page.items)
            if not page.items or offset >= min(page.total_results, len(group)):
                break
    return found


E = TypeVar("E", _Envelope, _ListEnvelope)


def _read(raw: bytes, asked: str, envelope: type[E]) -> E:
    kind = "a work record" if envelope is _Envelope else "a list of works"
    return read_json(envelope, raw, "Crossref", asked, kind)


def parse_work(raw: bytes, wanted: str) -> FoundPaper:
    return _paper(_read(raw, f"DOI {wanted}", _Envelope).message, wanted)


def _paper(work: Work, wanted: str) -> FoundPaper:
    doi = work.plain_doi() or wanted
    if doi != wanted:
        raise NetworkError(
            f"Crossref answered with DOI {doi} when asked for {wanted}: nothing was written"
        )
    title, authors, year = work.plain_title(), work.plain_authors(), work.year()
    missing = missing_fields(title, authors, year)
    if missing or year is None:
        raise NetworkError(
            f"Crossref's record of DOI {wanted} lacks {', '.join(missing)}: nothing was written;"
            " add the paper by hand (see CONTRIBUTING.md)"
        )
    return FoundPaper(
        service="Crossref",
        title=title,
        authors=authors,
        year=year,
        venue_names=work.venue_names(),
        doi=doi,
        links=[Link(kind=LinkKind.DOI, url=f"https://doi.org/{doi}")],
        abstract=work.plain_abstract(),
    )
