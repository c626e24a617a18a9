"""`enrich`: fill papers' missing fields from arXiv, Crossref and OpenAlex, and refresh code
records' repository state from GitHub (``catalogue.enrich``)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import click

from ..core.yamlio import write_atomic
from ..enrich import FIELDS, Line, Report, duration, enrich, parse_fields, plan
from ..enrich.summary import markdown
from ..net.http import PoliteSession
from . import main
from .context import Context, writes
from .remote import echo_err, remote, session, settings_options


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@main.command("enrich")
@click.argument("keys", nargs=-1)
@click.option(
    "--missing",
    "missing",
    metavar="FIELDS",
    default=None,
    help=f"Fields to fill, comma-separated, out of {','.join(FIELDS)} [default: all].",
)
@click.option("--dry-run", is_flag=True, help="Ask and report, but write nothing.")
@click.option(
    "--summary",
    "summary_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write a Markdown summary of the run here (a pull request's body).",
)
@click.option(
    "--plan",
    "plan_only",
    is_flag=True,
    help="Print the requests a run would make per service and how long they take, ask nothing.",
)
@settings_options
@click.pass_obj
@writes(unless=("dry_run", "plan_only"))
def enrich_command(
    ctx: Context,
    keys: tuple[str, ...],
    missing: str | None,
    dry_run: bool,
    summary_path: Path | None,
    plan_only: bool,
    config: Path | None,
    offline: bool | None,
) -> None:
    """Fill what papers KEYS (all by default) lack from scholarly services; curators win."""
    wanted = parse_fields(missing)
    catalogue = ctx.load()
    found = remote(ctx.data_dir, config)
    if plan_only:
        _print_plan(plan(catalogue, found.services, wanted, keys))
        return
    with session(found, offline) as ask:
        report = enrich(
            catalogue,
            ask,
            found.services,
            found.settings.contact,
            keys=keys,
            wanted=wanted,
            dry_run=dry_run,
            notify=echo_err,
        )
    _print_report(report, ask, dry_run)
    if summary_path is not None:
        write_atomic(summary_path, markdown(report, ask.sent, ask.cache.hits))


def _print_plan(lines: list[Line]) -> None:
    for line in lines:
        click.echo(
            f"{line.service}: {line.requests} request{'s' if line.requests != 1 else ''}"
            f" ({line.what}), {duration(line.seconds)} at one per {line.interval:g} s"
        )
    total = sum(line.seconds for line in lines)
    click.echo(f"in all: {sum(line.requests for line in lines)} requests, {duration(total)}")


def _print_report(report: Report, session: PoliteSession, dry_run: bool) -> None:
    for item in report.filled:
        if item.before is None:
            echo_err(f"filled {item.key} {item.field} from {item.by}: {_short(item.value)}")
        else:
            echo_err(
                f"replaced {item.key} {item.field} by {item.by}'s: {_short(item.value)!r} (was"
                f" {_short(item.before)!r}, a list's value, which a service's outranks)"
            )
    for item in report.repositories:
        echo_err(item.describe())
    for note in report.notes:
        echo_err(f"note: {note}")
    for item in report.disagreements:
        echo_err(
            f"conflict: {item.key} {item.field}: the record has {_short(item.stored, 200)!r};"
            f" {item.by} says {_short(item.offered, 200)!r} (kept as that service's entry)"
        )
    fields = Counter(item.field for item in report.filled if item.before is None)
    filled = ", ".join(f"{fields[name]} {name}" for name in FIELDS if fields[name]) or "nothing"
    replaced = Counter(item.field for item in report.filled if item.before is not None)
    if replaced:
        filled += "; replaced " + ", ".join(f"{n} {name}" for name, n in sorted(replaced.items()))
    asked = ", ".join(f"{name} {count}" for name, count in sorted(session.sent.items()))
    cache = session.cache
    echo_err(
        f"enrich: {report.looked_up} papers looked up; filled {filled};"
        f" {len(report.disagreements)} disagreements; {len(report.repositories)} repositories"
        f" changed; requests: {asked or 'none'} ({cache.hits} answers from the cache)"
    )
    if dry_run:
        changed = len(report.papers) + len(report.code)
        echo_err(f"dry run: {changed} records would change, nothing was written")
    else:
        echo_err(f"wrote {len(report.written)} files")
