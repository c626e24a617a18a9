"""The conflicts worth a person's time, each with a proposed resolution and the command for it.

A conflict is what the rules cannot settle (``precedence``): two values of a record's field that
tie, an identifier given to works whose titles disagree, one title given different identifiers,
two records that look like one work. Disagreements a rule settles (more lists agree, an identifier
says, a published venue before a preprint) are not conflicts; nor is anything a curator settled:
a field a curator wrote or a ``value`` decision chose, works a ``same`` or ``different`` decision
rules on.

Each ``Conflict`` names the records, the list entries (``source:line``) behind each value, the
values, a ``Proposal`` (the decision that settles it, as ``catalogue decide`` would write it) and
the command that accepts it. Its id is derived from what it is about, so it stays the same from
one run to the next while the catalogue does.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from ..core.models import DecidedValues
from ..core.store import Catalogue
from .author_lines import agree, author_key
from .dedupe import Finding
from .near_titles import loose_keys
from .reconcile import Analysis, analyse, decided_values
from .three_way import curated_facts

FIELD_KINDS = frozenset({"title", "authors", "venue", "year", "arxiv", "doi"})
Verdict = Literal["same", "different", "value"]


@dataclass(frozen=True)
class Said:
    """One value and the records and list entries that give it."""

    value: Any
    refs: tuple[str, ...]
    record: str | None = None


@dataclass(frozen=True)
class Proposal:
    verdict: Verdict
    records: tuple[str, ...]
    reason: str
    values: Mapping[str, Any] = field(default_factory=dict)
    titles: tuple[str, ...] = ()
    identifiers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Conflict:
    id: str
    kind: str
    records: tuple[str, ...]
    entries: tuple[str, ...]
    message: str
    values: tuple[Said, ...]
    proposal: Proposal
    field: str | None = None

    @property
    def command(self) -> str:
        return f"catalogue decide {self.id} --accept"

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "field": self.field,
            "records": list(self.records),
            "entries": list(self.entries),
            "message": self.message,
            "values": [
                {"value": s.value, "record": s.record, "entries": list(s.refs)} for s in self.values
            ],
            "proposal": {
                "verdict": self.proposal.verdict,
                "records": list(self.proposal.records),
                "values": dict(self.proposal.values),
                "titles": list(self.proposal.titles),
                "identifiers": list(self.proposal.identifiers),
                "reason": self.proposal.reason,
            },
            "command": self.command,
        }


def conflict_id(kind: str, records: Iterable[str], refs: Iterable[str], name: str = "") -> str:
    text = "\0".join([kind, name, *sorted(records), *sorted(refs)])
    return "c-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


class _Records:
    """Which record each entry ref (or key) of the analysis ends up in."""

    def __init__(self, analysis: Analysis, decided: Mapping[str, DecidedValues]):
        self.analysis = analysis
        self.decided = decided
        clustering = analysis.clustering
        self._cluster_of = clustering.cluster_of
        self._key_of = analysis.key_of

    def of(self, ref: str) -> str | None:
        index = self._cluster_of.get(ref)
        return self._key_of.get(index) if index is not None else None

    def grouped(self, refs: Iterable[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for ref in refs:
            key = self.of(ref)
            if key is not None:
                out.setdefault(key, []).append(ref)
        return out


def _field_conflict(finding: Finding, records: _Records, cat: Catalogue) -> Conflict | None:
    name = finding.field or finding.kind
    key = records.of(finding.refs[0]) if finding.refs else None
    if key is None:
        return None
    derived = records.analysis.papers.get(key)
    stored = cat.papers.get(key)
    # A field a curator wrote (or a value decision chose) is settled.
    decided = records.decided.get(key)
    if (
        stored is not None
        and derived is not None
        and name in curated_facts(stored, derived, decided)
    ):
        return None
    values = tuple(Said(json.loads(v), refs, key) for v, refs in finding.values)
    kept = json.loads(finding.proposed) if finding.proposed is not None else values[0].value
    if stored is not None:
        kept = _stored_value(stored, name, kept)
    refs = tuple(r for s in values for r in s.refs)
    proposal = Proposal(
        "value",
        (key,),
        f"keep {_show(kept)}: the value the rules would keep (a tie nothing settles)",
        values={name: kept},
    )
    return Conflict(
        conflict_id(finding.kind, (key,), refs, name),
        finding.kind,
        (key,),
        refs,
        finding.message,
        values,
        proposal,
        field=name,
    )


def _stored_value(paper: Any, name: str, fallback: Any) -> Any:
    value = getattr(paper.identifiers, name) if name in ("arxiv", "doi") else getattr(paper, name)
    if value in (None, "", [], ()):
        return fallback
    return list(value) if isinstance(value, (list, tuple)) else value


def _show(value: Any) -> str:
    return ", ".join(value) if isinstance(value, list) else str(value)


def _related(a: Any, b: Any) -> bool:
    """Whether two records look like one work renamed: their authors agree, or one title is the
    other with decorations off."""
    ka, kb = author_key(a.authors), author_key(b.authors)
    # Two names at least: one family name alone (``Kundu et al.``) says little.
    if min(len(ka), len(kb)) >= 2 and agree(ka, kb):
        return True
    return bool(set(loose_keys(a.title)) & set(loose_keys(b.title)))


def _works_conflict(finding: Finding, records: _Records, cat: Catalogue) -> Conflict | None:
    groups = records.grouped(finding.refs)
    if finding.kind == "duplicate-records":  # its refs are the records' keys
        groups = {
            key: [f"{e.source}:{e.line}" for e in cat.papers[key].sources]
            for key in finding.refs
            if key in cat.papers and key in records.analysis.papers
        }
    keys = tuple(sorted(groups))
    if len(keys) < 2:
        return None
    papers = [records.analysis.papers.get(k) or cat.papers.get(k) for k in keys]
    if any(p is None for p in papers):
        return None
    identity = (finding.subject or "") if finding.kind == "identifier-title" else ""
    if finding.kind == "title-identifiers":
        verdict: Verdict = "different"
        why = "one title, two identifiers: two works (or a wrong link: then `--same`)"
    elif finding.kind == "duplicate-records":
        verdict = "same"
        why = "the evidence says one work under two records"
    elif all(_related(papers[0], p) for p in papers[1:]):
        verdict = "same"
        why = f"{identity} for both, and their authors (or titles) agree: a renamed paper"
    else:
        verdict = "different"
        why = f"{identity} names one of them; the other's link points at it by mistake"
    values = tuple(
        Said(p.title, tuple(groups[k]), k) for k, p in zip(keys, papers, strict=True) if p
    )
    refs = tuple(r for k in keys for r in groups[k])
    proposal = Proposal(
        verdict,
        keys,
        why,
        titles=tuple(p.title for p in papers if p),
        identifiers=(identity,) if identity else (),
    )
    return Conflict(
        conflict_id(finding.kind, keys, refs, identity),
        finding.kind,
        keys,
        refs,
        finding.message,
        values,
        proposal,
    )


def conflicts_of(cat: Catalogue, analysis: Analysis | None = None) -> list[Conflict]:
    """The open conflicts of a catalogue, in a stable order."""
    found = analysis or analyse(cat)
    records = _Records(found, decided_values(cat))
    out: dict[str, Conflict] = {}
    for finding in found.findings:
        if finding.severity != "conflict":
            continue
        if finding.kind in FIELD_KINDS and finding.field:
            conflict = _field_conflict(finding, records, cat)
        else:
            conflict = _works_conflict(finding, records, cat)
        if conflict is not None:
            out.setdefault(conflict.id, conflict)
    # Scholarly services against curators' values (net's `catalogue enrich`; imported here
    # because enrich builds on this module).
    from ..enrich.conflicts import service_conflicts

    for conflict in service_conflicts(cat, found, records.decided):
        out.setdefault(conflict.id, conflict)
    return sorted(out.values(), key=lambda c: (c.records, c.kind, c.id))


def find(conflicts: Sequence[Conflict], wanted: str) -> Conflict | None:
    return next((c for c in conflicts if c.id == wanted), None)
