"""Enrichment through the catalogue's precedence rule (``catalogue.ingest.precedence``).

A service's facts are evidence like a list's, and stronger (identifier evidence): once its entry
is in a record's ``sources``, the merge derives the record's title, authors, venue, year and DOI
from all the entries as an import would. Enrichment takes that derivation for every fact that is
not a curator's (``curated_facts``: edited since the lists made it, or fixed by a ``value``
decision), so that a record and what its sources say agree afterwards; an import then changes
nothing, and does not mistake an old list value for a curator's. A curator's value is never
touched: where a service disagrees with it, that is a conflict for `catalogue conflicts`
(``conflicts.service_conflicts``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from ..core.models import Paper, Source
from ..core.store import Catalogue
from ..ingest.reconcile import analyse, decided_values
from ..ingest.three_way import curated_facts
from .apply import Filled

# The facts the merge derives from sources, as record fields; "doi" lives in identifiers.
DERIVED = ("title", "authors", "venue", "year", "doi")


def curated_fields(catalogue: Catalogue) -> dict[str, frozenset[str]]:
    """For every paper, the facts a curator wrote or confirmed (before any enrichment)."""
    analysis = analyse(catalogue)
    decided = decided_values(catalogue)
    return {
        key: frozenset(curated_facts(paper, analysis.papers.get(key), decided.get(key)))
        for key, paper in catalogue.papers.items()
    }


def value(paper: Paper, name: str) -> Any:
    return paper.identifiers.doi if name == "doi" else getattr(paper, name)


def shown(found: Any) -> str:
    if isinstance(found, list):
        return ", ".join(found)
    return "" if found is None else str(found)


def align(
    catalogue: Catalogue,
    changed: Mapping[str, Paper],
    sources: Mapping[str, Source],
    curated: Mapping[str, frozenset[str]],
    by: Mapping[str, str],
) -> tuple[dict[str, Paper], list[Filled]]:
    """The changed papers with their facts as the merge derives them from their sources now,
    except the curated ones; and what that changed (``by``: who gave each record's new facts)."""
    if not changed:
        return {}, []
    trial = dataclasses.replace(
        catalogue,
        papers={**catalogue.papers, **changed},
        sources={**catalogue.sources, **sources},
    )
    derived = analyse(trial).papers
    out: dict[str, Paper] = {}
    notes: list[Filled] = []
    for key, paper in changed.items():
        made = derived.get(key)
        if made is None:
            out[key] = paper
            continue
        update: dict[str, Any] = {}
        for name in DERIVED:
            if name in curated.get(key, frozenset()):
                continue
            old, new = value(paper, name), value(made, name)
            if new == old or new in (None, [], ""):
                continue  # a derivation never empties a field enrichment or a list filled
            if name == "venue" and new not in catalogue.venues:
                continue
            if name == "doi":
                update["identifiers"] = paper.identifiers.model_copy(update={"doi": new})
            else:
                update[name] = new
            before = shown(old) if old not in (None, [], ()) else None  # None: filled
            notes.append(Filled(key, name, shown(new), by.get(key, "the sources"), before))
        if "year" in update and "venue" not in update and paper.venue != made.venue:
            update.pop("year")  # a year goes with its venue: not apart from it
            notes = [n for n in notes if not (n.key == key and n.field == "year")]
        out[key] = paper.model_copy(update=update) if update else paper
    return out, notes
