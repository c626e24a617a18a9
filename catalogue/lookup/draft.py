"""From what a service said to a new paper record, checked against the catalogue it joins.

Nothing here writes: the command writes the one file once every check has passed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from pydantic import ValidationError

from ..core import identity
from ..core.checks import run_checks
from ..core.errors import DataError, Diagnostic, Severity
from ..core.keys import make_key
from ..core.models import Identifiers, Link, LinkKind, Paper
from ..core.store import PAPERS, SUFFIX, Catalogue
from ..ingest.categorize import assign
from . import ids
from .found import FoundPaper
from .venues import match_venue


@dataclass(frozen=True)
class Existing:
    """A record already in the catalogue that is the paper being added."""

    key: str
    why: str  # "arXiv 1503.02531", "DOI 10.…", "the same title"
    loc: tuple[str | int, ...]  # the field that matched, to point at its line


def _paper_ids(paper: Paper) -> Iterator[tuple[ids.PaperId, tuple[str | int, ...]]]:
    if paper.identifiers.arxiv:
        yield ids.PaperId("arxiv", paper.identifiers.arxiv), ("identifiers", "arxiv")
    if paper.identifiers.doi:
        yield ids.PaperId("doi", paper.identifiers.doi.lower()), ("identifiers", "doi")
    for i, link in enumerate(paper.links):
        arxiv, doi = identity.arxiv_id(link.url), identity.doi(link.url)
        if arxiv:
            yield ids.PaperId("arxiv", arxiv), ("links", i, "url")
        if doi:
            yield ids.PaperId("doi", doi), ("links", i, "url")


def find_existing(
    catalogue: Catalogue, wanted: list[ids.PaperId], title: str | None = None
) -> Existing | None:
    """The record that already holds one of ``wanted`` (or, failing that, ``title``)."""
    wanted_set = set(wanted)
    for key, paper in sorted(catalogue.papers.items()):
        for paper_id, loc in _paper_ids(paper):
            if paper_id in wanted_set:
                return Existing(key, str(paper_id), loc)
    if title is None:
        return None
    title_key = identity.title_key(title)
    for key, paper in sorted(catalogue.papers.items()):
        if identity.title_key(paper.title) == title_key:
            return Existing(key, "the same title", ("title",))
        # A source list may have named the paper by another title (before a rename, say).
        for i, entry in enumerate(paper.sources):
            if entry.title and identity.title_key(entry.title) == title_key:
                return Existing(key, "the same title in a source list", ("sources", i, "title"))
    return None


def already_there(catalogue: Catalogue, existing: Existing) -> DataError:
    """The error `add` stops with, pointing at the existing record's matching field."""
    path, line, column = catalogue.locate(PAPERS, existing.key, *existing.loc)
    return DataError(
        [
            Diagnostic.at(
                path,
                f"this paper is already in the catalogue as {existing.key!r} ({existing.why}):"
                " nothing was written; edit that record instead",
                code="already-added",
                line=line,
                column=column,
            )
        ]
    )


@dataclass
class Draft:
    paper: Paper
    warnings: list[str] = field(default_factory=list)


def draft_paper(
    found: FoundPaper,
    catalogue: Catalogue,
    categories: list[str],
    code: str | None,
    today: dt.date,
) -> Draft:
    """The new record: key, venue, placement and links from the catalogue's own rules."""
    warnings = []
    venue = match_venue(found.venue_names, catalogue.venues)
    if venue is None:
        named = ", ".join(repr(n) for n in found.venue_names) or "none"
        warnings.append(
            f"venue left out: {found.service} names {named}, which matches no record in"
            f" {catalogue.root / 'venues'} (add an alias there, then set `venue:`)"
        )
    placed = categories or assign(found.title, [], catalogue.categories)
    if not placed:
        warnings.append("no category rule matched the title: add `categories:` by hand")
    links = list(found.links)
    if code is not None:
        links.append(Link(kind=LinkKind.CODE, url=code))
    key = make_key(found.authors, found.year, found.title, catalogue.papers)
    try:
        paper = _paper(key, found, venue, links, placed, today)
    except ValidationError as exc:
        path = catalogue.root / PAPERS.folder / f"{key}{SUFFIX}"
        raise DataError(
            [
                Diagnostic.at(path, f"{'.'.join(map(str, e['loc']))}: {e['msg']}", code="schema")
                for e in exc.errors(include_url=False)
            ]
        ) from None
    return Draft(paper, warnings)


def _paper(
    key: str,
    found: FoundPaper,
    venue: str | None,
    links: list[Link],
    categories: list[str],
    today: dt.date,
) -> Paper:
    return Paper(
        key=key,
        title=found.title,
        authors=found.authors,
        year=found.year,
        venue=venue,
        identifiers=Identifiers(arxiv=found.arxiv, doi=found.doi),
        links=links,
        categories=categories,
        abstract=found.abstract,
        added=today,
    )


def validate_in(catalogue: Catalogue, paper: Paper) -> list[Diagnostic]:
    """Run every catalogue check with the new paper in place; raise on its errors, return the
    rest of its findings. The catalogue is left as it was."""
    catalogue.papers[paper.key] = paper
    try:
        found = run_checks(catalogue)
    finally:
        del catalogue.papers[paper.key]
    own = str(catalogue.root / PAPERS.folder / f"{paper.key}{SUFFIX}")
    mine = [d for d in found if d.path == own]
    errors = [d for d in mine if d.severity is Severity.ERROR]
    if errors:
        raise DataError(errors)
    return mine
