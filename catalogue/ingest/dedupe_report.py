"""The dedupe report: how list entries cluster into records, which merged, what conflicts.

The library's side of `catalogue dedupe`: ``build_report`` turns an ``Analysis`` into a
``DedupeReport``, which prints as text for a person or as one stable JSON document.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from ..core.store import Catalogue
from .dedupe import Finding
from .reconcile import Analysis, analyse


@dataclass(frozen=True)
class ClusterView:
    key: str | None
    kind: str
    title: str
    entries: tuple[str, ...]


@dataclass(frozen=True)
class DedupeReport:
    clusters: tuple[ClusterView, ...]
    conflicts: tuple[Finding, ...]
    notes: tuple[Finding, ...]
    # Of ``conflicts``, those no rule or decision settles (what `catalogue conflicts` lists).
    open_conflicts: int = 0

    @property
    def merged(self) -> tuple[ClusterView, ...]:
        return tuple(c for c in self.clusters if len(c.entries) > 1)

    def summary(self) -> dict[str, int]:
        return {
            "clusters": len(self.clusters),
            "entries": sum(len(c.entries) for c in self.clusters),
            "merged": len(self.merged),
            "conflicts": len(self.conflicts),
            "open_conflicts": self.open_conflicts,
            "notes": len(self.notes),
        }


def build_report(analysis: Analysis, open_conflicts: int = 0) -> DedupeReport:
    views = []
    for cl in analysis.clustering.clusters:
        if not cl.entries:
            continue
        key = cl.anchors[0] if cl.anchors else None
        record = analysis.papers.get(key or "") or analysis.code.get(key or "")
        title = record.title if record else cl.members[0].title
        views.append(ClusterView(key, cl.kind, title, tuple(c.ref for c in cl.entries)))
    findings = analysis.findings
    return DedupeReport(
        tuple(views),
        tuple(f for f in findings if f.severity == "conflict"),
        tuple(f for f in findings if f.severity == "note"),
        open_conflicts,
    )


def as_json(report: DedupeReport) -> str:
    """One stable JSON document: summary, clusters, conflicts, notes."""
    document = {
        "summary": report.summary(),
        "clusters": [asdict(c) for c in report.clusters],
        "conflicts": [asdict(f) for f in report.conflicts],
        "notes": [asdict(f) for f in report.notes],
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


def as_text(report: DedupeReport, show_all: bool = False) -> str:
    """For a person: the counts, the merged clusters (or all), conflicts and notes."""
    n = report.summary()
    lines = [
        f"{n['entries']} list entries in {n['clusters']} clusters; {n['merged']} merged from"
        f" several entries; {n['conflicts']} conflicts ({n['open_conflicts']} open:"
        f" `catalogue conflicts` lists them; decisions settle the rest), {n['notes']} notes",
        "",
        "clusters:" if show_all else "merged clusters:",
    ]
    for c in report.clusters if show_all else report.merged:
        lines += [f"  {c.key or '(new)'}: {c.title}", f"    {', '.join(c.entries)}"]
    for name, items in (("conflicts", report.conflicts), ("notes", report.notes)):
        lines += ["", f"{name}:", *(f"  [{f.kind}] {f.message}" for f in items)]
    return "\n".join(lines)


def dedupe_report(cat: Catalogue) -> DedupeReport:
    """How the catalogue's list entries cluster, and what the deduplicator found."""
    from .conflicts import conflicts_of

    analysis = analyse(cat)
    return build_report(analysis, len(conflicts_of(cat, analysis)))
