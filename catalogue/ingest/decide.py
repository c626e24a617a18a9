"""Curators' rulings written as decisions, and the catalogue brought in line with them.

``decision_for`` turns a conflict and a choice (accept the proposal, pick one of the values, give
a value, or rule the works the same or different) into a ``Decision``; ``rule_on`` makes one for
records or entries named directly. ``record`` writes it: the catalogue is planned again with the
decision (records merged, a chosen value set), checked, written, and then the decision itself is
saved to ``data/decisions/``, where every later import honours it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from ..core.errors import UsageError
from ..core.identity import title_key
from ..core.models import KEY_RE, DecidedValues, Decision
from ..core.store import Catalogue, save
from .conflicts import Conflict
from .lists import Outcome, apply
from .reconcile import plan_import

Choice = Literal["accept", "pick", "value", "same", "different"]


@dataclass(frozen=True)
class Ruling:
    choice: Choice
    pick: int | None = None  # 1-based index of a conflict's values
    value: str | None = None
    reason: str | None = None


def _decision_id(cat: Catalogue, base: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", base.lower()).strip("-")[:72].strip("-")
    slug = slug if KEY_RE.match(slug) else f"decision-{slug}".rstrip("-")
    found, n = slug, 2
    while found in cat.decisions:
        found, n = f"{slug}-{n}", n + 1
    return found


def parse_value(name: str, text: str) -> Any:
    """A value typed on the command line, for field ``name``: authors split on ``;``."""
    if name == "authors":
        return [part.strip() for part in text.split(";") if part.strip()]
    if name == "year":
        if not text.strip().isdigit():
            raise UsageError(f"--value {text!r}: a year is a number such as 2020")
        return int(text)
    return text.strip()


def _values(name: str, value: Any) -> DecidedValues:
    try:
        return DecidedValues(**{name: value})
    except ValidationError as error:
        problem = "; ".join(e["msg"] for e in error.errors())
        raise UsageError(f"{value!r} is not a valid {name}: {problem}") from None


def decision_for(cat: Catalogue, conflict: Conflict, ruling: Ruling) -> Decision:
    """The decision that settles ``conflict`` the way ``ruling`` says."""
    proposal = conflict.proposal
    reason = ruling.reason or proposal.reason
    if conflict.field is None:  # about works: same or different
        verdict = {"accept": proposal.verdict, "same": "same", "different": "different"}.get(
            ruling.choice
        )
        if verdict not in ("same", "different"):
            raise UsageError(
                f"{conflict.id} is about whether records are one work: use --accept, --same"
                " or --different"
            )
        base = f"{verdict}-{'-'.join(proposal.records)}"
        return Decision(
            id=_decision_id(cat, base),
            verdict=verdict,
            records=list(proposal.records),
            titles=list(proposal.titles),
            identifiers=list(proposal.identifiers),
            reason=reason,
        )
    name = conflict.field
    if ruling.choice == "accept":
        value = proposal.values[name]
    elif ruling.choice == "pick":
        n = ruling.pick or 0
        if not 1 <= n <= len(conflict.values):
            raise UsageError(f"--pick {n}: {conflict.id} lists values 1 to {len(conflict.values)}")
        value = conflict.values[n - 1].value
    elif ruling.choice == "value" and ruling.value is not None:
        value = parse_value(name, ruling.value)
    else:
        raise UsageError(
            f"{conflict.id} is about the {name} of {conflict.records[0]}: use --accept, --pick N"
            " or --value VALUE"
        )
    (key,) = proposal.records
    return Decision(
        id=_decision_id(cat, f"{key}-{name}"),
        verdict="value",
        records=[key],
        values=_values(name, value),
        reason=reason if ruling.choice == "accept" else (ruling.reason or f"the {name} chosen"),
    )


def pin(cat: Catalogue, key: str, name: str, text: str, reason: str | None) -> Decision:
    """A ``value`` decision setting field ``name`` of record ``key`` (no conflict needed)."""
    if key not in cat.papers:
        raise UsageError(f"no paper record is called {key!r}")
    if name not in DecidedValues.model_fields:
        fields = ", ".join(DecidedValues.model_fields)
        raise UsageError(f"--field {name!r}: a decision sets one of {fields}")
    return Decision(
        id=_decision_id(cat, f"{key}-{name}"),
        verdict="value",
        records=[key],
        values=_values(name, parse_value(name, text)),
        reason=reason or f"the {name} chosen",
    )


def _title_of(cat: Catalogue, ref: str) -> str | None:
    paper = cat.papers.get(ref)
    if paper is not None:
        return paper.title
    source, _, line = ref.partition(":")
    for paper in cat.papers.values():
        for entry in paper.sources:
            if entry.source == source and str(entry.line) == line:
                return entry.title
    return None


def rule_on(
    cat: Catalogue, verdict: Literal["same", "different"], refs: Sequence[str], reason: str | None
) -> Decision:
    """A ``same``/``different`` decision on records (keys) or list entries (``source:line``)."""
    if len(refs) < 2:
        raise UsageError(f"--{verdict} names two or more records or entries")
    titles = [_title_of(cat, ref) for ref in refs]
    missing = [ref for ref, title in zip(refs, titles, strict=True) if title is None]
    if missing:
        raise UsageError(f"no record or list entry is called {', '.join(missing)}")
    keep = [t for t in titles if t] if len({title_key(t or "") for t in titles}) > 1 else []
    return Decision(
        id=_decision_id(cat, f"{verdict}-{'-'.join(refs)}"),
        verdict=verdict,
        records=list(refs),
        titles=keep,
        reason=reason,
    )


def record(cat: Catalogue, decision: Decision, added: dt.date) -> tuple[Outcome, Path]:
    """Apply ``decision`` to the catalogue and write both (nothing at all if a check fails)."""
    ruled = Catalogue(
        root=cat.root,
        papers=cat.papers,
        code=cat.code,
        categories=cat.categories,
        venues=cat.venues,
        sources=cat.sources,
        decisions={**cat.decisions, decision.id: decision},
    )
    plan = plan_import(ruled, [], [], added, baseline=cat)
    outcome = apply(ruled, [], plan)
    return outcome, save(cat.root, decision)
