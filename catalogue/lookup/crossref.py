"""Paper metadata from the Crossref REST API (``/works/{doi}``), for `catalogue add`.

The answer is read through a small pydantic model of the fields we use, so a changed or broken
answer is reported by field instead of failing somewhere later with a KeyError.
"""

from __future__ import annotations

import json
from urllib.parse import quote

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..core import identity
from ..core.errors import NetworkError
from ..core.models import Link, LinkKind
from ..net.http import PoliteSession, Service
from .found import FoundPaper, missing_fields
from .markup import abstract_text
from .markup import plain as _plain

ACCEPT = "application/json"


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


class _Work(_Answer):
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


class _Envelope(_Answer):
    status: str
    message: _Work


def fetch(doi: str, session: PoliteSession, service: Service) -> FoundPaper:
    url = f"{service.base_url.rstrip('/')}/works/{quote(doi, safe='/')}"
    answer = session.get(service, url, {}, ACCEPT)
    if answer.status == 404:
        raise NetworkError(
            f"Crossref has no record of DOI {doi}: check it (nothing was written); DOIs"
            " registered elsewhere, e.g. with DataCite, are not in Crossref"
        )
    if answer.status != 200:
        raise NetworkError(
            f"Crossref answered HTTP {answer.status} for DOI {doi}: nothing was written;"
            " try again later"
        )
    return parse_work(answer.body, doi)


def parse_work(raw: bytes, wanted: str) -> FoundPaper:
    try:
        payload = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise _malformed(wanted, f" (line {exc.lineno}, column {exc.colno})") from None
    except UnicodeDecodeError:
        raise _malformed(wanted, " (not UTF-8)") from None
    try:
        work = _Envelope.model_validate(payload).message
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(part) for part in first["loc"]) or "answer"
        raise NetworkError(
            f"Crossref's answer for DOI {wanted} is not a work record ({where}: {first['msg']}):"
            " nothing was written"
        ) from None
    return _paper(work, wanted)


def _malformed(doi: str, where: str) -> NetworkError:
    return NetworkError(
        f"Crossref sent malformed JSON for DOI {doi}{where}: nothing was written; try again later"
    )


def _paper(work: _Work, wanted: str) -> FoundPaper:
    doi = identity.doi(work.doi) or wanted
    if doi != wanted:
        raise NetworkError(
            f"Crossref answered with DOI {doi} when asked for {wanted}: nothing was written"
        )
    title = _plain(work.title[0]) if work.title else ""
    authors = [name for name in (_plain(p.full()) for p in work.author) if name]
    year = work.year()
    missing = missing_fields(title, authors, year)
    if missing or year is None:
        raise NetworkError(
            f"Crossref's record of DOI {wanted} lacks {', '.join(missing)}: nothing was written;"
            " add the paper by hand (see CONTRIBUTING.md)"
        )
    event = work.event or _Event()
    names = [*work.container_title, *work.short_container_title, event.name, event.acronym]
    return FoundPaper(
        service="Crossref",
        title=title,
        authors=authors,
        year=year,
        venue_names=[_plain(n) for n in names if n],
        doi=doi,
        links=[Link(kind=LinkKind.DOI, url=f"https://doi.org/{doi}")],
        abstract=abstract_text(work.abstract) if work.abstract else None,
    )
