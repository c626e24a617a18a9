"""`sources check`: what each source list's current version adds and removes since the version
imported (``catalogue.lookup.upstream_check``)."""

from __future__ import annotations

from pathlib import Path

import click

from ..core.errors import NetworkError
from ..core.yamlio import write_atomic
from ..lookup.upstream_check import ListCheck, check_sources
from ..outputs.templating import escape_markdown
from . import main
from .context import Context
from .remote import echo_err, remote, session, settings_options

SHOWN = 50  # entries listed per list and direction


@main.group()
def sources() -> None:
    """Source lists: check their upstream versions."""


def _title(entry: object) -> str:
    title = getattr(entry, "title", None) or "(no title)"
    line = getattr(entry, "line", None)
    return f"{title} (line {line})" if line else title


def _lines(check: ListCheck) -> list[str]:
    where = f" ({check.where})" if check.where else ""
    if check.skipped:
        return [f"{check.source}: not checked: {check.skipped}"]
    if check.error:
        return [f"{check.source}{where}: error: {check.error}"]
    since = f" since commit {check.imported_commit[:12]}" if check.imported_commit else ""
    now = f" (now {check.commit[:12]})" if check.commit else ""
    if check.unchanged:
        return [f"{check.source}{where}: unchanged{since}"]
    head = (
        f"{check.source}{where}: {len(check.added)} added, {len(check.removed)} removed,"
        f" {check.kept} kept{since}{now}"
    )
    added = [f"  + {_title(item.entry)}" for item in check.added[:SHOWN]]
    removed = [f"  - {_title(entry)}" for _, entry in check.removed[:SHOWN]]
    more = len(check.added) + len(check.removed) - len(added) - len(removed)
    return [head, *added, *removed, *([f"  … and {more} more"] if more > 0 else [])]


def _unchanged(check: ListCheck) -> bool:
    return not (check.changed or check.error or check.skipped)


def markdown(checks: list[ListCheck]) -> str:
    changed = [c for c in checks if c.changed]
    lines = [
        "## Upstream lists",
        "",
        f"{len(checks)} lists: {len(changed)} changed since the version imported,"
        f" {sum(_unchanged(c) for c in checks)} unchanged,"
        f" {sum(bool(c.skipped) for c in checks)} without an origin,"
        f" {sum(bool(c.error) for c in checks)} failed.",
        "",
    ]
    for check in checks:
        first, *rest = _lines(check)
        lines.append(f"- {escape_markdown(first)}")
        lines += [f"  - {escape_markdown(line.strip())}" for line in rest]
    if changed:
        lines += ["", "Import a newer version with `catalogue import` to apply it."]
    return "\n".join(lines) + "\n"


@sources.command("check")
@click.argument("ids", nargs=-1)
@click.option(
    "--markdown",
    "markdown_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the report as Markdown here (a pull request's body).",
)
@settings_options
@click.pass_obj
def check(
    ctx: Context,
    ids: tuple[str, ...],
    markdown_path: Path | None,
    config: Path | None,
    offline: bool | None,
) -> None:
    """Fetch each source list (IDS, all by default) from its origin; report what changed."""
    catalogue = ctx.load()
    found = remote(ctx.data_dir, config)
    with session(found, offline) as ask:
        checks = check_sources(catalogue, ask, found.services, ids, notify=echo_err)
    for item in checks:
        for line in _lines(item):
            click.echo(line)
    if markdown_path is not None:
        write_atomic(markdown_path, markdown(checks))
    failed = [c for c in checks if c.error]
    requests = ", ".join(f"{k} {v}" for k, v in sorted(ask.sent.items())) or "none"
    echo_err(
        f"sources check: {len(checks)} lists, {sum(c.changed for c in checks)} changed,"
        f" {len(failed)} failed; requests: {requests}"
    )
    if failed:
        raise NetworkError(f"{len(failed)} list(s) could not be checked (see above)")
