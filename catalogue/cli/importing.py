"""`import` and `dedupe`: bring list files into the catalogue, and show how lists were merged."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import click

from ..core.errors import UsageError
from ..incremental.collector import long_lived
from ..ingest.dedupe_report import as_json, as_text, dedupe_report
from ..ingest.lists import apply, plan, read_list
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
    # Tens of thousands of clusters, candidates and records: see incremental.collector.
    result = long_lived(lambda: plan(cat, lists, added))
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


@main.command()
@click.option("--json", "json_out", is_flag=True, help="One stable JSON document on stdout.")
@click.option("--all", "show_all", is_flag=True, help="List every cluster, not only merged ones.")
@click.pass_obj
def dedupe(ctx: Context, json_out: bool, show_all: bool) -> None:
    """Show how list entries cluster into records, which merged, and every conflict found."""
    catalogue = ctx.load()
    # Tens of thousands of clusters, candidates and records: see incremental.collector.
    report = long_lived(lambda: dedupe_report(catalogue))
    click.echo(as_json(report) if json_out else as_text(report, show_all))
