"""An import merged with a stored record: precedence for facts, three ways for the rest.

``old`` is the record the lists gave at the last import (derived from the entries stored now),
``new`` what they give with this import. A field whose stored value differs from ``old`` was
written by a curator (``precedence``: curated) and stays, as does a value a ``value`` decision
chose (and the decided value is what the record holds).

Categories only grow (a list's heading mapped since adds its category; ``general`` goes once
another category places the paper); a ``value`` decision sets them otherwise.

The facts (title, authors, venue with year, arXiv id, DOI) of a field left as the lists made it
follow ``precedence.settle``: an empty one is filled, any other changes only where a claim of the
sources strictly outranks the claim backing the stored value; each such change is reported. The
other fields follow ``new`` when the stored value equals ``old``. Links and identifiers other than
arXiv/DOI merge as sets: a curator's added link stays, a link the lists no longer give goes.
``sources`` always come from the lists.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel

from ..core.models import CodeLink, DecidedValues, Identifiers, Link, Paper
from .categorize import FALLBACK
from .claims import PaperClaims, authors_agree, same_title
from .link_curation import curate
from .precedence import Agree, Claim, Ruling, choose, settle

M = TypeVar("M", bound=BaseModel)

# Fields that follow the lists unless a curator changed them (the facts follow precedence).
_PAPER_FIELDS: tuple[str | tuple[str, ...], ...] = (
    "kind",
    "date",
    "tags",
    "datasets",
    "networks",
)
_CODE_FIELDS: tuple[str | tuple[str, ...], ...] = (
    "url",
    "title",
    "framework",
    "language",
    "paper",
    "official",
)


@dataclass(frozen=True)
class Change:
    """A value of an existing record an import replaced (or filled), and the rule's reason."""

    key: str
    field: str
    before: Any
    after: Any
    action: str
    reason: str


def _pick(stored: Any, old: Any, new: Any) -> Any:
    return new if stored == old else stored


def _fields(
    stored: M, old: M | None, new: M, groups: tuple[str | tuple[str, ...], ...]
) -> dict[str, Any]:
    blank = type(stored).model_fields
    out: dict[str, Any] = {}
    for group in groups:
        names = (group,) if isinstance(group, str) else group
        mine = tuple(getattr(stored, n) for n in names)
        before = tuple(
            getattr(old, n) if old is not None else blank[n].get_default() for n in names
        )
        chosen = _pick(mine, before, tuple(getattr(new, n) for n in names))
        out.update(zip(names, chosen, strict=True))
    return out


def _categories(stored: list[str], new: list[str]) -> list[str]:
    """Categories only grow: a list's heading mapped since (or a new list) adds its category; the
    fallback goes once another places the paper. Removing one is a ``value`` decision."""
    merged = list(dict.fromkeys([*stored, *new]))
    placed = [c for c in merged if c != FALLBACK]
    return placed or merged


def _links(stored: list[Link], old: list[Link] | None, new: list[Link]) -> list[Link]:
    curated = [link for link in stored if link not in (old or [])]
    return curate([*new, *curated])


def _facts(paper: Paper | None) -> dict[str, Any]:
    if paper is None:
        return {
            "title": None,
            "authors": (),
            "venue": None,
            "year": None,
            "arxiv": None,
            "doi": None,
        }
    return {
        "title": paper.title,
        "authors": tuple(paper.authors),
        "venue": paper.venue,
        "year": paper.year,
        "arxiv": paper.identifiers.arxiv,
        "doi": paper.identifiers.doi,
    }


def curated_facts(stored: Paper, old: Paper | None, decided: DecidedValues | None) -> set[str]:
    """The facts of ``stored`` a curator wrote or confirmed (see ``precedence``). Venue and year
    go together: an arXiv year beside a conference is a contradiction. An empty field is never a
    curator's: imports fill what is missing."""
    mine, made = _facts(stored), _facts(old)
    # An empty field is a missing fact, which an import fills, not a curator's choice.
    found = {
        name
        for name in mine
        if name not in ("venue", "year")
        and mine[name] not in (None, "", ())
        and mine[name] != made[name]
    }
    if mine["venue"] is not None and (mine["venue"], mine["year"]) != (made["venue"], made["year"]):
        found |= {"venue", "year"}
    elif mine["venue"] is None and mine["year"] is not None and mine["year"] != made["year"]:
        found.add("year")  # kept, unless a venue arrives and brings its own year
    if decided is not None:
        found |= set(decided.decided) & set(mine)
    return found


def _rule(
    name: str,
    stored: Any,
    curated: set[str],
    claims: list[Claim[Any]],
    empty: Any,
    agree: Agree | None = None,
) -> Ruling[Any]:
    if agree is None:
        return settle(stored, name in curated, claims, empty)
    return settle(stored, name in curated, claims, empty, agree)


def ruled_facts(
    stored: Paper, new: Paper, claims: PaperClaims | None, curated: set[str]
) -> dict[str, Ruling[Any]]:
    """Each fact of an existing record as the rule settles it against the sources' claims now."""
    if claims is None:  # nothing claims anything (a record without list entries)
        mine = _facts(stored)
        return {n: settle(v, True, [], v) for n, v in mine.items()}
    facts = _facts(stored)
    rulings: dict[str, Ruling[Any]] = {
        "title": _rule("title", stored.title, curated, claims.title, "", same_title),
        "authors": _rule("authors", facts["authors"], curated, claims.authors, (), authors_agree),
        "arxiv": _rule("arxiv", facts["arxiv"], curated, claims.arxiv, None),
        "doi": _rule("doi", facts["doi"], curated, claims.doi, None),
    }
    venue = _rule("venue", stored.venue, curated, claims.venue, None)
    rulings["venue"] = venue
    if venue.value != stored.venue:  # a new venue brings the year given with it
        year = choose(claims.years_for(venue.value), None)
        rulings["year"] = Ruling(year.value, "replaced", venue.reason)
    else:
        rulings["year"] = _rule("year", stored.year, curated, claims.years_for(venue.value), None)
    return rulings


def combine_paper(
    stored: Paper,
    old: Paper | None,
    new: Paper,
    added: dt.date,
    claims: PaperClaims | None = None,
    decided: DecidedValues | None = None,
) -> tuple[Paper, list[Change]]:
    update = _fields(stored, old, new, _PAPER_FIELDS)
    update["categories"] = _categories(stored.categories, new.categories)
    # A summary, once there, stays (lists read where they live give none: see without_prose).
    update["summary"] = stored.summary or new.summary
    curated = curated_facts(stored, old, decided)
    rulings = ruled_facts(stored, new, claims, curated)
    changes = [
        Change(stored.key, name, _facts(stored)[name], r.value, r.action, r.reason)
        for name, r in rulings.items()
        if r.action in ("replaced", "filled") and r.value != _facts(stored)[name]
    ]
    update["title"] = rulings["title"].value
    update["authors"] = list(rulings["authors"].value)
    update["venue"] = rulings["venue"].value
    update["year"] = rulings["year"].value
    before = old.identifiers if old else Identifiers()
    other = set(new.identifiers.other) | (set(stored.identifiers.other) - set(before.other))
    update["identifiers"] = Identifiers(
        arxiv=rulings["arxiv"].value, doi=rulings["doi"].value, other=sorted(other)
    )
    update["links"] = _links(stored.links, old.links if old else None, new.links)
    update["sources"] = new.sources
    update["added"] = stored.added or added
    combined = stored.model_copy(update=update)
    if decided is not None:
        combined, decided_changes = apply_decided(combined, decided)
        changes += decided_changes
    return combined, changes


def apply_decided(paper: Paper, decided: DecidedValues) -> tuple[Paper, list[Change]]:
    """The record with the values a curator's ``value`` decision chose."""
    update: dict[str, Any] = {}
    ids: dict[str, Any] = {}
    changes = []
    for name, value in decided.chosen().items():
        now = getattr(paper.identifiers, name) if name in ("arxiv", "doi") else getattr(paper, name)
        if now == value:
            continue
        changes.append(Change(paper.key, name, now, value, "decided", "a curator's decision"))
        if name in ("arxiv", "doi"):
            ids[name] = value
        else:
            update[name] = value
    if ids:
        update["identifiers"] = paper.identifiers.model_copy(update=ids)
    return (paper.model_copy(update=update) if update else paper), changes


def combine_code(stored: CodeLink, old: CodeLink | None, new: CodeLink) -> CodeLink:
    update = _fields(stored, old, new, _CODE_FIELDS)
    update["links"] = _links(stored.links, old.links if old else None, new.links)
    update["sources"] = new.sources
    return stored.model_copy(update=update)
