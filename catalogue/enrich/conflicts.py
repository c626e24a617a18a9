"""Where a scholarly service disagrees with a value a curator wrote: a conflict for `catalogue
conflicts` (``catalogue.ingest.conflicts.conflicts_of`` includes these).

A list's value that a service contradicts is settled by the precedence rule (the service's
identifier evidence wins, and `catalogue enrich` writes it); a curator's value is never replaced,
so the disagreement waits for a person: keep the record's value (``catalogue decide ID
--accept`` writes it as a ``value`` decision, which closes the conflict) or take the service's
(``--pick 2``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..core.models import DecidedValues, LinkKind, Paper, SourceEntry, VenueKind
from ..core.store import Catalogue
from ..ingest.author_lines import agree, author_key
from ..ingest.conflicts import Conflict, Proposal, Said, conflict_id
from ..ingest.precedence import SERVICE_FORMAT
from ..ingest.reconcile import Analysis
from ..ingest.three_way import curated_facts
from ..lookup.venues import match_one

KIND = "service"


def _offered(entry: SourceEntry, name: str, catalogue: Catalogue) -> Any:
    if name == "authors":
        return list(entry.authors) or None
    if name == "year":
        return entry.year
    if name == "venue":
        return match_one(entry.venue, catalogue.venues) if entry.venue else None
    doi = next((k.url for k in entry.links if k.kind is LinkKind.DOI), None)
    return doi.removeprefix("https://doi.org/") if doi else None


def _stored(paper: Paper, name: str) -> Any:
    return paper.identifiers.doi if name == "doi" else getattr(paper, name)


def _differs(name: str, stored: Any, offered: Any, paper: Paper, catalogue: Catalogue) -> bool:
    if offered is None or stored in (None, []) or stored == offered:
        return False
    if name == "authors":
        return not agree(author_key(stored), author_key(offered))
    if name == "venue":  # a preprint server beside a published venue is no disagreement
        venue = catalogue.venues.get(offered)
        return venue is not None and venue.kind is not VenueKind.PREPRINT
    return True


def _disagreements(
    catalogue: Catalogue, key: str, paper: Paper, curated: set[str]
) -> Iterator[tuple[str, Any, SourceEntry]]:
    services = {sid for sid, s in catalogue.sources.items() if s.format == SERVICE_FORMAT}
    for entry in paper.sources:
        if entry.source not in services:
            continue
        for name in ("authors", "venue", "year", "doi"):
            if name not in curated:
                continue
            offered = _offered(entry, name, catalogue)
            if name == "year" and _offered(entry, "venue", catalogue) != paper.venue:
                continue  # another venue's year says nothing about this venue's
            if _differs(name, _stored(paper, name), offered, paper, catalogue):
                yield name, offered, entry


def service_conflicts(
    catalogue: Catalogue, analysis: Analysis, decided: Mapping[str, DecidedValues]
) -> list[Conflict]:
    """A conflict per curated field of a record that a service's entry contradicts; a field a
    ``value`` decision fixed is settled."""
    found = []
    for key, paper in sorted(catalogue.papers.items()):
        if not any(e.source.startswith("service-") for e in paper.sources):
            continue
        settled = decided.get(key)
        curated = curated_facts(paper, analysis.papers.get(key), settled)
        if settled is not None:
            curated -= set(settled.decided)
        for name, offered, entry in _disagreements(catalogue, key, paper, curated):
            ref = f"{entry.source}:{entry.line}"
            stored = _stored(paper, name)
            # The record's value is its own (a curator's), not any list's.
            values = (Said(stored, (key,), key), Said(offered, (ref,), key))
            said = ", ".join(offered) if isinstance(offered, list) else offered
            kept = ", ".join(stored) if isinstance(stored, list) else stored
            found.append(
                Conflict(
                    conflict_id(KIND, (key,), (ref,), name),
                    KIND,
                    (key,),
                    (ref,),
                    f"'{paper.title}': the record's {name} is {kept!s}, a curator's value;"
                    f" {ref} ({catalogue.sources[entry.source].title}) says {said!s}",
                    values,
                    Proposal(
                        "value",
                        (key,),
                        f"keep the curator's {name}: services never replace it",
                        values={name: stored},
                    ),
                    field=name,
                )
            )
    return found
