"""Asking the services about the targets, fewest requests first, and reading their answers into
``Facts``.

1. arXiv, for every target with an arXiv id (``BATCH`` ids a request).
2. Crossref, for every target with a DOI, and for DOIs arXiv just revealed when a target still
   lacks its venue (many DOIs a request).
3. OpenAlex, only for what is still missing after those: by DOI (the paper's, or arXiv's own
   ``10.48550/arxiv.<id>``), else by exact title, which is accepted only when a single work's
   title and year agree with the record's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from pydantic import TypeAdapter, ValidationError

from ..core import identity
from ..core.models import Url, Year, strip_controls
from ..lookup import Services, arxiv, crossref, openalex
from ..net.http import PoliteSession
from .facts import Facts
from .targets import ARXIV_DOI_PREFIX, Target

# What each service can tell, to skip asking one that cannot help.
_GIVES = {
    "crossref": frozenset({"authors", "abstract", "venue", "year"}),
    "openalex": frozenset({"authors", "abstract", "venue", "year", "doi", "pdf"}),
}


@dataclass
class Gathered:
    """Every target's facts, best service first, and what to tell a person."""

    facts: dict[str, list[Facts]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def add(self, key: str, found: Facts) -> None:
        self.facts.setdefault(key, []).append(found)


_YEAR: TypeAdapter[int] = TypeAdapter(Year)
_URL: TypeAdapter[str] = TypeAdapter(Url)


def _year(value: int | None) -> int | None:
    """A year the records accept, or None (services know of years 0 and 9999)."""
    try:
        return _YEAR.validate_python(value) if value is not None else None
    except ValidationError:
        return None


def _url(value: str | None) -> str | None:
    try:
        return _URL.validate_python(value) if value else None
    except ValidationError:
        return None


def _clean(text: str | None) -> str | None:
    text = " ".join(strip_controls(text).split()) if text else None
    return text or None


def _clean_block(text: str | None) -> str | None:
    """Like ``_clean``, keeping paragraph breaks (abstracts)."""
    if not text:
        return None
    paragraphs = (" ".join(part.split()) for part in strip_controls(text).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p) or None


def _names(names: Sequence[str]) -> tuple[str, ...]:
    return tuple(n for n in (_clean(name) for name in names) if n)


def from_arxiv(entry: arxiv.ArxivEntry) -> Facts:
    notes = ("withdrawn by its authors: the summary is a notice, not an abstract",)
    return Facts(
        service="arxiv",
        ident=entry.arxiv,
        title=_clean(entry.title),
        authors=_names(entry.authors),
        year=_year(entry.year),
        venue_names=_names([entry.journal] if entry.journal else ["arXiv"]),
        doi=entry.doi,
        arxiv=entry.arxiv,
        abstract=None if entry.withdrawn else _clean_block(entry.summary),
        notes=notes if entry.withdrawn else (),
    )


def from_crossref(work: crossref.Work) -> Facts:
    doi = work.plain_doi() or work.doi.lower()
    return Facts(
        service="crossref",
        ident=doi,
        title=_clean(work.plain_title()),
        authors=_names(work.plain_authors()),
        year=_year(work.year()),
        venue_names=_names(work.venue_names()),
        doi=doi,
        abstract=_clean_block(work.plain_abstract()),
    )


def from_openalex(work: openalex.Work, note: str | None = None) -> Facts:
    doi = work.plain_doi()
    arxiv_id = identity.arxiv_id(doi) if doi and doi.startswith(ARXIV_DOI_PREFIX) else None
    return Facts(
        service="openalex",
        ident=work.short_id,
        title=_clean(work.plain_title()),
        authors=_names(work.plain_authors()),
        year=_year(work.publication_year),
        venue_names=_names(work.venue_names()),
        doi=None if arxiv_id else doi,
        arxiv=arxiv_id,
        abstract=_clean_block(work.abstract()),
        pdf=_url(work.pdf()),
        notes=(note,) if note else (),
    )


def gather(
    targets: Sequence[Target],
    session: PoliteSession,
    services: Services,
    contact: str,
    still_missing: Callable[[Target, list[Facts]], frozenset[str]],
    notify: Callable[[str], None] = lambda _: None,
) -> Gathered:
    """Ask each service what it knows about the targets; ``still_missing`` says which fields the
    facts found so far leave empty (so that later services are asked only where they help)."""
    out = Gathered()
    with_arxiv = [t for t in targets if t.arxiv]
    if with_arxiv:
        notify(f"asking arXiv about {len(with_arxiv)} papers …")
        entries = arxiv.fetch_many(
            [t.arxiv for t in with_arxiv if t.arxiv], session, services.arxiv
        )
        for target in with_arxiv:
            entry = entries.get(target.arxiv or "")
            if entry is None:
                out.notes.append(f"{target.key}: arXiv has no paper {target.arxiv}")
            else:
                out.add(target.key, from_arxiv(entry))

    dois: dict[str, list[Target]] = {}
    for target in targets:
        found = out.facts.get(target.key, [])
        doi = target.doi or next((f.doi for f in found if f.doi), None)
        if doi and (target.doi or "venue" in still_missing(target, found)):
            dois.setdefault(doi, []).append(target)
    wanted_from_crossref = {
        doi: group
        for doi, group in dois.items()
        if any(still_missing(t, out.facts.get(t.key, [])) & _GIVES["crossref"] for t in group)
    }
    if wanted_from_crossref:
        notify(f"asking Crossref about {len(wanted_from_crossref)} DOIs …")
        works = crossref.fetch_works(sorted(wanted_from_crossref), session, services.crossref)
        for doi, group in wanted_from_crossref.items():
            work = works.get(doi)
            for target in group:
                if work is None:
                    out.notes.append(f"{target.key}: Crossref has no record of DOI {doi}")
                else:
                    out.add(target.key, from_crossref(work))

    _ask_openalex(targets, session, services, contact, still_missing, out, notify)
    return out


def _ask_openalex(
    targets: Sequence[Target],
    session: PoliteSession,
    services: Services,
    contact: str,
    still_missing: Callable[[Target, list[Facts]], frozenset[str]],
    out: Gathered,
    notify: Callable[[str], None],
) -> None:
    by_doi: dict[str, list[Target]] = {}
    by_title: list[Target] = []
    for target in targets:
        found = out.facts.get(target.key, [])
        if not still_missing(target, found) & _GIVES["openalex"]:
            continue
        doi = target.doi or next((f.doi for f in found if f.doi), None)
        if doi is None and target.arxiv:
            doi = f"{ARXIV_DOI_PREFIX}{target.arxiv.lower()}"
        if doi:
            by_doi.setdefault(doi, []).append(target)
        else:
            by_title.append(target)
    if by_doi:
        notify(f"asking OpenAlex about {len(by_doi)} DOIs …")
        works = openalex.by_dois(sorted(by_doi), session, services.openalex, contact)
        for doi, group in by_doi.items():
            if doi in works:
                for target in group:
                    out.add(target.key, from_openalex(works[doi]))
    if by_title:
        notify(f"asking OpenAlex about {len(by_title)} titles …")
    for target in by_title:
        match = _title_match(target, session, services, contact)
        if isinstance(match, str):
            out.notes.append(f"{target.key}: {match}")
        else:
            out.add(target.key, match)


def _title_match(
    target: Target, session: PoliteSession, services: Services, contact: str
) -> Facts | str:
    """The one work whose title and year agree with the record's, or why there is none."""
    paper = target.paper
    if paper.year is None:
        return "no identifier and no year: a title alone is not enough to look it up"
    wanted = identity.title_key(paper.title)
    candidates = openalex.by_title(paper.title, session, services.openalex, contact)
    same = [w for w in candidates if identity.title_key(w.plain_title()) == wanted]
    agreeing = [w for w in same if w.publication_year == paper.year]
    if len(agreeing) == 1:
        note = f"found by its title and year ({paper.year})"
        return from_openalex(agreeing[0], note)
    if len(agreeing) > 1:
        found = ", ".join(w.short_id for w in agreeing)
        return f"OpenAlex has several works with this title and year ({found}): none taken"
    if same:
        years = ", ".join(sorted({str(w.publication_year) for w in same}))
        return f"OpenAlex has this title only with another year ({years}): not taken"
    return "OpenAlex has no work with this exact title"
