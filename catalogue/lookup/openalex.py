"""Works from OpenAlex, an open scholarly index: by DOI (many per request) or by exact title.

OpenAlex asks for a ``mailto`` (its polite pool). Its answers are lists with ``meta.count`` and
pages; an abstract comes as an inverted index (each word with the positions it takes), which is
turned back into text here. A title search finds candidates only: the caller accepts one when its
title and year agree with the record's.
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict, Field

from ..core import identity
from ..core.errors import NetworkError
from ..net.http import PoliteSession, Service
from .answers import read_json

ACCEPT = "application/json"
BATCH = 50  # DOIs ORed in one filter; OpenAlex takes up to 100
PAGE = 50
# Characters that separate filters and their values in OpenAlex's query language.
_FILTER_SYNTAX = str.maketrans({",": " ", "|": " ", ":": " ", "&": " "})


class _Answer(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)


class _Author(_Answer):
    display_name: str | None = None


class _Authorship(_Answer):
    author: _Author = _Author()


class _Source(_Answer):
    display_name: str | None = None
    type: str | None = None  # "journal", "conference", "repository", …


class _Location(_Answer):
    source: _Source | None = None
    pdf_url: str | None = None
    is_oa: bool | None = None


class Work(_Answer):
    id: str
    doi: str | None = None
    title: str | None = None
    display_name: str | None = None
    publication_year: int | None = None
    authorships: list[_Authorship] = []
    primary_location: _Location | None = None
    best_oa_location: _Location | None = None
    abstract_inverted_index: dict[str, list[int]] | None = None

    @property
    def short_id(self) -> str:
        """``W2963…`` from ``https://openalex.org/W2963…``."""
        return self.id.rstrip("/").rsplit("/", 1)[-1]

    def plain_doi(self) -> str | None:
        return identity.doi(self.doi) if self.doi else None

    def plain_title(self) -> str:
        return " ".join((self.title or self.display_name or "").split())

    def plain_authors(self) -> list[str]:
        names = (" ".join((a.author.display_name or "").split()) for a in self.authorships)
        return [name for name in names if name]

    def venue_names(self) -> list[str]:
        source = self.primary_location.source if self.primary_location else None
        return [source.display_name] if source and source.display_name else []

    def pdf(self) -> str | None:
        location = self.best_oa_location
        return location.pdf_url if location and location.pdf_url else None

    def abstract(self) -> str | None:
        """The text the inverted index encodes: each word put back at its positions."""
        index = self.abstract_inverted_index
        if not index:
            return None
        placed: dict[int, str] = {}
        for word, positions in index.items():
            for position in positions:
                placed[position] = word
        text = " ".join(placed[p] for p in sorted(placed))
        return " ".join(text.split()) or None


class _Meta(_Answer):
    count: int = 0


class _Page(_Answer):
    meta: _Meta = _Meta()
    results: list[Work] = Field(default_factory=list)


def by_dois(
    dois: Sequence[str], session: PoliteSession, service: Service, contact: str
) -> dict[str, Work]:
    """The works of many DOIs, ``BATCH`` per request; DOIs OpenAlex does not know are absent."""
    wanted = sorted(set(dois))
    found: dict[str, Work] = {}
    for start in range(0, len(wanted), BATCH):
        group = wanted[start : start + BATCH]
        asked = f"DOI {group[0]}" if len(group) == 1 else f"{len(group)} DOIs ({group[0]} …)"
        query = {"filter": "doi:" + "|".join(group)}
        for work in _pages(query, len(group), asked, session, service, contact):
            doi = work.plain_doi()
            if doi in group:
                found[doi] = work
    return found


def by_title(title: str, session: PoliteSession, service: Service, contact: str) -> list[Work]:
    """Works whose title matches ``title`` as OpenAlex searches it (candidates, best first)."""
    words = " ".join(title.translate(_FILTER_SYNTAX).split())
    query = {"filter": f"title.search:{words}"}
    return _pages(query, 10, f"the title {title!r}", session, service, contact)


def _pages(
    query: dict[str, str],
    most: int,
    asked: str,
    session: PoliteSession,
    service: Service,
    contact: str,
) -> list[Work]:
    """Every result up to ``most``, page after page."""
    url = f"{service.base_url.rstrip('/')}/works"
    results: list[Work] = []
    page = 1
    while True:
        params = {**query, "per-page": str(min(PAGE, most)), "page": str(page), "mailto": contact}
        answer = session.get(service, url, params, ACCEPT)
        if answer.status != 200:
            raise NetworkError(
                f"OpenAlex answered HTTP {answer.status} for {asked}: nothing was written;"
                " try again later"
            )
        found = _read(answer.body, asked)
        results += found.results
        if not found.results or len(results) >= min(found.meta.count, most):
            return results
        page += 1


def _read(raw: bytes, asked: str) -> _Page:
    return read_json(_Page, raw, "OpenAlex", asked, "a list of works")
