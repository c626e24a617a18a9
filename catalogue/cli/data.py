"""`check` and `fmt`: is the data valid, and is every file in canonical form."""

from __future__ import annotations

import click

from .. import api
from ..core.errors import DataError
from . import main
from .context import Context, fail, report, writes


@main.command()
@click.option("--strict", is_flag=True, help="Fail on warnings too, not only on errors.")
@click.option("--verbose", "-v", is_flag=True, help="Also list informational findings.")
@click.pass_obj
def check(ctx: Context, strict: bool, verbose: bool) -> None:
    """Validate every record and the links between records."""
    catalogue = ctx.load()
    result = api.check(catalogue, strict=strict, kept_beside=ctx.cache_file())
    report(result.diagnostics, quiet_info=not verbose)
    if not result.ok:
        fail()
    click.echo(
        f"ok: {len(catalogue.papers)} papers, {len(catalogue.code)} code links,"
        f" {len(catalogue.categories)} categories, {len(catalogue.venues)} venues",
        err=True,
    )


@main.command()
@click.option(
    "--check", "check_only", is_flag=True, help="Write nothing; exit 1 if a file would change."
)
@click.pass_obj
@writes(unless=("check_only",))
def fmt(ctx: Context, check_only: bool) -> None:
    """Rewrite record files in canonical form (stable key order, UTF-8, block style)."""
    from ..core.store import format_files

    changed, problems = format_files(ctx.data_dir, check=check_only)
    if problems:
        raise DataError(problems)
    verb = "would reformat" if check_only else "reformatted"
    for path in changed:
        click.echo(f"{verb} {path}", err=True)
    if check_only and changed:
        fail()
    click.echo(f"{len(changed)} file(s) {verb}", err=True)
