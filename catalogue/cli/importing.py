"""`import` and `dedupe`: bring list files into the catalogue, and show how lists were merged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click
from pydantic import ValidationError

from .. import api
from ..core.errors import UsageError
from ..core.models import Origin
from ..core.yamlio import write_atomic
from ..incremental.collector import long_lived
from ..ingest.conflicts import conflicts_of
from ..ingest.dedupe_report import as_json, as_text, dedupe_report
from ..ingest.list_report import ListReport
from ..ingest.list_report import as_json as reports_json
from ..ingest.lists import ListFile, list_report, planned_catalogue
from ..ingest.reconcile import ImportPlan
from ..ingest.versions import SourceDiff
from . import main
from .context import Context, shows_progress, writes


def _origin(
    repository: str | None, commit: str | None, path: str | None, url: str | None
) -> Origin | None:
    if repository is None and url is None:
        if commit or path:
            raise UsageError("--commit and --list-path go with --repository")
        return None
    try:
        return Origin(repository=repository, commit=commit, path=path, url=url)
    except ValidationError as error:
        problem = error.errors()[0]
        raise UsageError(f"--{problem['loc'][0]}: {problem['msg']}") from None


def version_lines(diff: SourceDiff) -> list[str]:
    """A newer version of a known list: what it adds and removes since the imported version."""
    if not diff.changed:
        return [f"  list {diff.source}: no entry added or removed since the imported version"]
    lines = [
        f"  list {diff.source}: new version, {len(diff.added)} entries added and"
        f" {len(diff.removed)} removed since the imported version ({diff.kept} kept);"
        " removed entries stay with their records, marked as no longer listed"
    ]
    lines += [f"    + line {e.entry.line}: {e.entry.title}" for e in diff.added]
    lines += [f"    - line {entry.line}: {entry.title}" for _, entry in diff.removed]
    return lines


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
@click.option("--repository", default=None, help="Repository URL the list comes from (its origin).")
@click.option("--commit", default=None, help="Commit of the repository the list was read at.")
@click.option(
    "--list-path", default=None, help="Path of the list in the repository [default: its name]."
)
@click.option("--url", "list_url", default=None, help="URL the list is published at.")
@click.option(
    "--report",
    "report_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write what became of every line of each list as JSON to this file.",
)
@click.option(
    "--max-size",
    "max_mb",
    type=click.IntRange(min=1),
    default=None,
    help="Largest list file read, in MB [default: 16].",
)
@click.pass_obj
@shows_progress
@writes(unless=("dry_run",))
def import_command(
    ctx: Context,
    paths: tuple[Path, ...],
    fmt: str,
    source_id: str | None,
    date: str | None,
    dry_run: bool,
    report_file: Path | None,
    repository: str | None,
    commit: str | None,
    list_path: str | None,
    list_url: str | None,
    max_mb: int | None,
) -> None:
    """Import list files (PATH...) into data/, merging them with what is there."""
    added = _date(date)
    cat = ctx.load()
    origin = _origin(repository, commit, list_path, list_url)
    # Tens of thousands of clusters, candidates and records: see incremental.collector.
    planned = long_lived(
        lambda: api.plan_import(
            cat, paths, fmt=fmt, source=source_id, added=added, origin=origin, max_mb=max_mb
        )
    )
    lists, result = planned.lists, planned.plan
    reports = [list_report(item, result) for item in lists]
    _tell(lists, reports, result)
    if report_file is not None:
        write_atomic(report_file, reports_json(reports).encode("utf-8"))
        click.echo(f"report written to {report_file}", err=True)
    # Counted as `catalogue conflicts` counts them: what rules and decisions leave open.
    conflicts = len(conflicts_of(planned_catalogue(cat, lists, result), result.analysis))
    tail = f"{conflicts} open conflict(s)" + (
        ": `catalogue conflicts` lists them" if conflicts else ""
    )
    if dry_run:
        click.echo(f"dry run: {len(result.created)} new records; {tail}; nothing written", err=True)
        return
    outcome = api.apply_import(cat, planned)
    for path in outcome.written:
        click.echo(f"wrote {path}", err=True)
    for path in outcome.removed:
        click.echo(f"removed {path}", err=True)
    click.echo(
        f"{len(outcome.written)} file(s) written, {len(outcome.removed)} removed;"
        f" {len(result.papers)} papers, {len(result.code)} code links;"
        f" {tail}",
        err=True,
    )


def _tell(lists: list[ListFile], reports: list[ListReport], result: ImportPlan) -> None:
    """Each list's summary, warnings and changes since its last import, then every change to
    a record the import makes (on stderr: stdout stays free for what a command outputs)."""
    for item, report in zip(lists, reports, strict=True):
        for line in report.summary():
            click.echo(line, err=True)
        for warning in item.result.warnings:
            click.echo(f"{item.path}:{warning.line}: warning: {warning.message}", err=True)
        if item.diff is not None:
            for line in version_lines(item.diff):
                click.echo(line, err=True)
    for change in result.changes:
        click.echo(
            f"{change.action} {change.key}.{change.field}: {change.before!r} -> {change.after!r}"
            f" ({change.reason})",
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
