"""`import` and `dedupe`: bring list files into the catalogue, and show how lists were merged."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

import click

from ..core.errors import UsageError
from ..ingest.dedupe import Finding
from ..ingest.lists import apply, plan, read_list
from ..ingest.reconcile import Analysis, analyse
from . import main
from .context import Context


def _date(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()  # read once here; the pipeline only receives it
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--date {value!r} is not a date like 2026-11-21") from None


@main.command(name="import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    default="auto",
    show_default=True,
    help="Importer name, or auto (a known list's recorded format, else the best fit).",
)
@click.option("--source", "source_id", default=None, help="Source id of the list (one PATH only).")
@click.option(
    "--date", "date", default=None, help="Date new records get as `added` [default: today]."
)
@click.option("--dry-run", is_flag=True, help="Report what would change; write nothing.")
@click.pass_obj
def import_command(
    ctx: Context,
    paths: tuple[Path, ...],
    fmt: str,
    source_id: str | None,
    date: str | None,
    dry_run: bool,
) -> None:
    """Import list files (PATH...) into data/, merging them with what is there."""
    if source_id is not None and len(paths) != 1:
        raise UsageError("--source names the list of one PATH: import lists one at a time")
    added = _date(date)
    cat = ctx.load()
    lists = [read_list(path, fmt, source_id, cat) for path in paths]
    ids = [item.source.id for item in lists]
    if len(set(ids)) != len(ids):
        raise UsageError(f"two PATHs are the same list ({', '.join(ids)}): give each once")
    result = plan(cat, lists, added)
    for item in lists:
        kinds = Counter(e.kind for e in item.result.entries)
        said = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
        click.echo(
            f"{item.path}: list {item.source.id} ({item.source.format}): "
            f"{len(item.result.entries)} entries ({said}),"
            f" {len(item.result.skipped)} lines skipped",
            err=True,
        )
        for warning in item.result.warnings:
            click.echo(f"{item.path}:{warning.line}: warning: {warning.message}", err=True)
    conflicts = sum(1 for f in result.analysis.findings if f.severity == "conflict")
    if dry_run:
        click.echo(f"dry run: {len(result.created)} new records; nothing written", err=True)
        return
    outcome = apply(cat, lists, result)
    for path in outcome.written:
        click.echo(f"wrote {path}", err=True)
    for path in outcome.removed:
        click.echo(f"removed {path}", err=True)
    click.echo(
        f"{len(outcome.written)} file(s) written, {len(outcome.removed)} removed;"
        f" {len(result.papers)} papers, {len(result.code)} code links;"
        f" {conflicts} conflict(s): `catalogue dedupe` lists them",
        err=True,
    )


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

    @property
    def merged(self) -> tuple[ClusterView, ...]:
        return tuple(c for c in self.clusters if len(c.entries) > 1)

    def summary(self) -> dict[str, int]:
        return {
            "clusters": len(self.clusters),
            "entries": sum(len(c.entries) for c in self.clusters),
            "merged": len(self.merged),
            "conflicts": len(self.conflicts),
            "notes": len(self.notes),
        }


def build_report(analysis: Analysis) -> DedupeReport:
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
    )


def _as_json(report: DedupeReport) -> str:
    document = {
        "summary": report.summary(),
        "clusters": [asdict(c) for c in report.clusters],
        "conflicts": [asdict(f) for f in report.conflicts],
        "notes": [asdict(f) for f in report.notes],
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


def _as_text(report: DedupeReport, show_all: bool) -> str:
    n = report.summary()
    lines = [
        f"{n['entries']} list entries in {n['clusters']} clusters; {n['merged']} merged from"
        f" several entries; {n['conflicts']} conflicts, {n['notes']} notes",
        "",
        "clusters:" if show_all else "merged clusters:",
    ]
    for c in report.clusters if show_all else report.merged:
        lines += [f"  {c.key or '(new)'}: {c.title}", f"    {', '.join(c.entries)}"]
    for name, items in (("conflicts", report.conflicts), ("notes", report.notes)):
        lines += ["", f"{name}:", *(f"  [{f.kind}] {f.message}" for f in items)]
    return "\n".join(lines)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="One stable JSON document on stdout.")
@click.option("--all", "show_all", is_flag=True, help="List every cluster, not only merged ones.")
@click.pass_obj
def dedupe(ctx: Context, as_json: bool, show_all: bool) -> None:
    """Show how list entries cluster into records, which merged, and every conflict found."""
    report = build_report(analyse(ctx.load()))
    click.echo(_as_json(report) if as_json else _as_text(report, show_all))
