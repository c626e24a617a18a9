"""An enrichment run as a recipe: choose the papers, ask the services, fill, then write.

Every answer is fetched before anything is written, so a fault of any service (an error status,
a malformed answer, a stall past the deadline, an allowance used up) stops the run with its
message and leaves ``data/`` as it was; answers already received stay in the cache, so the next
run asks only for the rest. Writing puts the service sources' id files first, then the records,
each file atomically: a run killed in between leaves lines no entry points at yet, which the
next run reuses, never an entry pointing at a line that is not there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..core.models import CodeLink, Link, Paper, SourceEntry
from ..core.store import CODE, PAPERS, Catalogue, record_path, to_yaml
from ..core.yamlio import write_atomic
from ..lookup import Services
from ..net.http import PoliteSession
from .apply import Disagreement, Filled, apply_facts
from .facts import Facts
from .gather import gather
from .ledger import Ledgers
from .precedence import align, curated_fields
from .repositories import RepoChange, refresh
from .targets import Target, missing_fields, select


@dataclass
class Report:
    looked_up: int = 0
    filled: list[Filled] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    repositories: list[RepoChange] = field(default_factory=list)
    papers: dict[str, Paper] = field(default_factory=dict)  # records that change
    code: dict[str, CodeLink] = field(default_factory=dict)
    written: list[Path] = field(default_factory=list)


def _placeholder(facts: Facts, links: Sequence[Link], venue: str | None) -> SourceEntry:
    return SourceEntry(source="placeholder", line=1)


def enrich(
    catalogue: Catalogue,
    session: PoliteSession,
    services: Services,
    contact: str,
    *,
    keys: Sequence[str] = (),
    wanted: frozenset[str],
    dry_run: bool = False,
    notify: Callable[[str], None] = lambda _: None,
) -> Report:
    """Fill the wanted empty fields of the chosen papers (and refresh code records' repository
    state when ``repository`` is wanted); write the changed records unless ``dry_run``."""
    keys = list(dict.fromkeys(keys))
    paper_keys = [k for k in keys if k not in catalogue.code]
    code_keys = [k for k in keys if k in catalogue.code]
    report = Report()
    venues = catalogue.venues

    def still_missing(target: Target, found: list[Facts]) -> frozenset[str]:
        trial = apply_facts(target.paper, found, target.missing, venues, _placeholder)
        return missing_fields(trial.paper, target.missing)

    targets = select(catalogue.papers, paper_keys, wanted) if paper_keys or not keys else []
    report.looked_up = len(targets)
    gathered = gather(targets, session, services, contact, still_missing, notify)
    repos: dict[str, CodeLink] = {}
    if "repository" in wanted and (code_keys or not keys):
        repos, report.repositories = refresh(catalogue.code, code_keys, session, services, notify)
    # Every answer is in: from here on nothing can fail on the network.
    ledgers = Ledgers(catalogue.root, dict(catalogue.sources))
    report.notes += gathered.notes
    curated = curated_fields(catalogue) if targets else {}
    filled: list[Filled] = []
    by: dict[str, str] = {}
    for target in targets:
        facts = gathered.facts.get(target.key, [])
        if not facts:
            continue
        mine = curated.get(target.key, frozenset())
        outcome = apply_facts(target.paper, facts, target.missing, venues, ledgers.entry, mine)
        filled += outcome.filled
        # Only a curator's value stands against a service: the rule settles a list's.
        report.disagreements += [d for d in outcome.disagreements if _curated(d, mine)]
        report.notes += outcome.notes
        by[target.key] = ", ".join(f.label for f in outcome.used)
        if outcome.paper != target.paper:
            report.papers[target.key] = outcome.paper
    report.papers, aligned = align(catalogue, report.papers, ledgers.records(), curated, by)
    report.filled = _merged(filled, aligned)
    report.code = repos
    if not dry_run:
        report.written = _write(catalogue, ledgers, report)
    return report


def _curated(item: Disagreement, curated: frozenset[str]) -> bool:
    fields = {"venue", "year"} if item.field in ("venue", "year") else {item.field}
    return bool(fields & curated)


def _merged(filled: list[Filled], aligned: list[Filled]) -> list[Filled]:
    """What was filled, with the rule's last word on each field (the value written)."""
    final = {(item.key, item.field): item for item in aligned}
    out = []
    for item in filled:
        last = final.pop((item.key, item.field), None)
        out.append(item if last is None else Filled(item.key, item.field, last.value, item.by))
    return out + [item for item in aligned if (item.key, item.field) in final]


def _write(catalogue: Catalogue, ledgers: Ledgers, report: Report) -> list[Path]:
    files = ledgers.files() if report.papers else []
    files += [
        (record_path(catalogue.root, PAPERS, key), to_yaml(paper))
        for key, paper in sorted(report.papers.items())
    ]
    files += [
        (record_path(catalogue.root, CODE, key), to_yaml(code))
        for key, code in sorted(report.code.items())
    ]
    for path, text in files:
        write_atomic(path, text)
    return [path for path, _ in files]
