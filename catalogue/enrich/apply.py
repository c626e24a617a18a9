"""From the services' facts to a record: fill what is empty, keep what is there, say where they
disagree, and keep each service's facts as an entry of its own source (the provenance).

The precedence is the catalogue's (``catalogue.ingest``): a value already in a record, whether a
curator or the lists put it there, is never replaced by a service. A service fills only an empty
field; where it says something else than the record, that is a disagreement, reported and kept
in the service's entry, where the merge rule and `catalogue conflicts` see it. Each value written
is backed by the entry of the service that gave it: its source (``service-arxiv``…), the line of
that source's id file naming the identifier asked, and the value itself.

Services are preferred per field: arXiv for authors and abstracts (the authors' own words),
Crossref then OpenAlex for venues and years (the published version), arXiv then OpenAlex for DOIs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import TypeAdapter, ValidationError

from ..core.identity import ARXIV, DOI, URL, paper_identity
from ..core.models import Doi, Link, LinkKind, Paper, SourceEntry, Url, Venue, VenueKind, Year
from ..ingest.author_lines import agree, author_key
from ..ingest.link_curation import curate
from ..lookup.venues import match_venue
from .facts import Facts
from .targets import ARXIV_DOI_PREFIX

ORDER = {
    "authors": ("arxiv", "crossref", "openalex"),
    "abstract": ("arxiv", "crossref", "openalex"),
    "venue": ("crossref", "openalex", "arxiv"),
    "doi": ("arxiv", "openalex", "crossref"),
    "pdf": ("openalex",),
}
_YEAR: TypeAdapter[int] = TypeAdapter(Year)
_DOI: TypeAdapter[str] = TypeAdapter(Doi)
_URL: TypeAdapter[str] = TypeAdapter(Url)


@dataclass(frozen=True)
class Filled:
    key: str
    field: str
    value: str  # as shown to a person
    by: str  # "arXiv 1503.02531"
    before: str | None = None  # the value replaced (one the lists gave), None when filled


@dataclass(frozen=True)
class Disagreement:
    key: str
    field: str
    stored: str
    offered: str
    by: str


@dataclass
class Outcome:
    paper: Paper
    filled: list[Filled] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    # The services whose facts back a value written or disagree: their entries are kept.
    used: list[Facts] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _valid(adapter: TypeAdapter[Any], value: object) -> bool:
    try:
        adapter.validate_python(value)
    except ValidationError:
        return False
    return True


def _ordered(facts: Sequence[Facts], name: str) -> list[Facts]:
    rank = {service: i for i, service in enumerate(ORDER[name])}
    return sorted(
        (f for f in facts if f.service in rank), key=lambda f: rank[f.service]
    )  # sorted is stable: facts of one service keep their order


class _Work:
    """One paper being enriched: the update so far and what was said about it."""

    def __init__(self, paper: Paper, wanted: frozenset[str], curated: frozenset[str]) -> None:
        self.paper = paper
        # A field a curator wrote or a decision fixed is not filled, even when empty.
        self.wanted = wanted - curated
        self.update: dict[str, Any] = {}
        self.out = Outcome(paper)

    def current(self, name: str) -> Any:
        return self.update.get(name, getattr(self.paper, name))

    def fill(self, name: str, value: Any, shown: str, by: Facts, *, as_: str = "") -> None:
        """Set record field ``name``; reported as field ``as_`` (``doi`` for identifiers)."""
        self.update[name] = value
        self.out.filled.append(Filled(self.paper.key, as_ or name, shown, by.label))
        self.use(by)

    def differ(self, name: str, stored: str, offered: str, by: Facts) -> None:
        self.out.disagreements.append(Disagreement(self.paper.key, name, stored, offered, by.label))
        self.use(by)

    def use(self, by: Facts) -> None:
        if all(f is not by for f in self.out.used):
            self.out.used.append(by)


def _authors(work: _Work, facts: Sequence[Facts]) -> None:
    offers = [f for f in _ordered(facts, "authors") if f.authors]
    stored = work.paper.authors
    if not stored and "authors" in work.wanted and offers:
        best = offers[0]
        work.fill("authors", list(best.authors), ", ".join(best.authors), best)
        return
    for offer in offers if stored else []:
        if not agree(author_key(stored), author_key(offer.authors)):
            work.differ("authors", ", ".join(stored), ", ".join(offer.authors), offer)


def _abstract(work: _Work, facts: Sequence[Facts]) -> None:
    if work.paper.abstract is not None or "abstract" not in work.wanted:
        return
    for offer in _ordered(facts, "abstract"):
        if offer.abstract:
            words = len(offer.abstract.split())
            work.fill("abstract", offer.abstract, f"{words} words", offer)
            return


def _venues(
    facts: Sequence[Facts], venues: Mapping[str, Venue]
) -> list[tuple[str, int | None, Facts]]:
    """``(venue id, year, facts)`` for each service whose venue names match a venue record."""
    found = []
    for offer in _ordered(facts, "venue"):
        venue = match_venue(offer.venue_names, venues)
        if venue is not None:
            year = offer.year if offer.year is not None and _valid(_YEAR, offer.year) else None
            found.append((venue, year, offer))
    return found


def _venue_and_year(work: _Work, facts: Sequence[Facts], venues: Mapping[str, Venue]) -> None:
    """A venue goes with its year: filled together, or the year alone for the venue recorded
    (any service's year when the record names no venue)."""
    matched = _venues(facts, venues)
    venue, year = work.paper.venue, work.paper.year
    if venue is None and "venue" in work.wanted:
        for vid, offered_year, offer in matched:
            if year is not None and offered_year is not None and offered_year != year:
                continue  # another year: a disagreement, reported below
            work.fill("venue", vid, vid, offer)
            venue = vid
            break
    if year is None and "year" in work.wanted:
        years = [(vid, y, f) for vid, y, f in matched if vid == venue and y is not None]
        if venue is None:
            years += [(None, f.year, f) for f in _ordered(facts, "venue") if f.year is not None]
        for _, offered_year, offer in years:
            if offered_year is not None and _valid(_YEAR, offered_year):
                work.fill("year", offered_year, str(offered_year), offer)
                year = offered_year
                break
    _venue_disagreements(work, matched, venues, venue, year)
    for offer in _ordered(facts, "venue"):
        if (
            offer.venue_names
            and offer.service != "arxiv"
            and not any(f is offer for _, _, f in matched)
        ):
            named = ", ".join(repr(n) for n in offer.venue_names)
            work.out.notes.append(
                f"{work.paper.key}: {offer.label} names the venue {named}, which matches no"
                " record in data/venues/ (add an alias there to have it filled)"
            )


def _venue_disagreements(
    work: _Work,
    matched: list[tuple[str, int | None, Facts]],
    venues: Mapping[str, Venue],
    venue: str | None,
    year: int | None,
) -> None:
    """A published venue other than the record's, or another year for the record's venue."""
    if venue is None:
        return
    stored = f"{venues[venue].short} {year or ''}".strip() if venue in venues else venue
    for vid, offered_year, offer in matched:
        said = f"{venues[vid].short} {offered_year or ''}".strip()
        if vid != venue and venues[vid].kind is not VenueKind.PREPRINT:
            work.differ("venue", stored, said, offer)
        elif vid == venue and year is not None and offered_year not in (None, year):
            work.differ("year", stored, said, offer)


def _doi(work: _Work, facts: Sequence[Facts]) -> None:
    offers = [
        f
        for f in _ordered(facts, "doi")
        if f.doi and not f.doi.startswith(ARXIV_DOI_PREFIX) and _valid(_DOI, f.doi)
    ]
    stored = work.paper.identifiers.doi
    if stored is None and "doi" in work.wanted and offers:
        best = offers[0]
        identifiers = work.paper.identifiers.model_copy(update={"doi": best.doi})
        work.fill("identifiers", identifiers, best.doi or "", best, as_="doi")
        if not any(link.kind is LinkKind.DOI for link in work.current("links")):
            _add_link(work, Link(kind=LinkKind.DOI, url=f"https://doi.org/{best.doi}"))
        return
    for offer in offers if stored else []:
        if offer.doi != stored:
            work.differ("doi", stored or "", offer.doi or "", offer)


def _pdf(work: _Work, facts: Sequence[Facts]) -> None:
    if "pdf" not in work.wanted:
        return
    links = work.current("links")
    if any(link.kind is LinkKind.PDF for link in links):
        return
    for offer in _ordered(facts, "pdf"):
        if offer.pdf and _valid(_URL, offer.pdf):
            work.out.filled.append(Filled(work.paper.key, "pdf", offer.pdf, offer.label))
            work.use(offer)
            _add_link(work, Link(kind=LinkKind.PDF, url=offer.pdf))
            return


def _add_link(work: _Work, link: Link) -> None:
    """A link joins the record as an import would put it: curated order, and the publisher id
    it carries (a CVF or OpenReview id) among the record's other identifiers."""
    work.update["links"] = curate([*work.current("links"), link])
    found = paper_identity(link.url)
    if found is not None and found.scheme not in (ARXIV, DOI, URL):
        identifiers = work.current("identifiers")
        if str(found) not in identifiers.other:
            other = sorted({*identifiers.other, str(found)})
            work.update["identifiers"] = identifiers.model_copy(update={"other": other})


STEPS: tuple[Callable[..., None], ...] = (_authors, _abstract, _doi, _pdf)


EntryFor = Callable[[Facts, Sequence[Link], "str | None"], SourceEntry]


def apply_facts(
    paper: Paper,
    facts: Sequence[Facts],
    wanted: frozenset[str],
    venues: Mapping[str, Venue],
    entry_for: EntryFor,
    curated: frozenset[str] = frozenset(),
) -> Outcome:
    """The paper with the empty wanted fields filled from ``facts``, and the service entries of
    every service that gave a value or disagrees. ``entry_for(facts, links, venue)`` builds one,
    given the record's links (an entry keeps only links the record has, so that an import, which
    unites its entries' links, adds none) and the short name of the venue record the service's
    venue matched (never a name no venue record knows, which an import would make a venue of)."""
    work = _Work(paper, wanted, curated)
    for step in STEPS:
        step(work, facts)
    _venue_and_year(work, facts, venues)
    if work.out.used:
        links = work.current("links")
        entries = [entry_for(f, links, _venue_short(f, venues)) for f in work.out.used]
        work.update["sources"] = _with_entries(paper.sources, entries)
    work.out.paper = paper.model_copy(update=work.update) if work.update else paper
    return work.out


def _venue_short(facts: Facts, venues: Mapping[str, Venue]) -> str | None:
    venue = match_venue(facts.venue_names, venues)
    return venues[venue].short if venue else None


def _with_entries(sources: list[SourceEntry], entries: list[SourceEntry]) -> list[SourceEntry]:
    """``sources`` with each service's entry replaced (same source), or added at the end."""
    by_source = {e.source: e for e in entries}
    kept = [by_source.pop(e.source, e) for e in sources]
    return kept + [e for e in entries if e.source in by_source]
