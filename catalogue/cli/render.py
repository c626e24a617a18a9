"""`render`: the README list and the BibTeX files, or one source list in its own style."""

from __future__ import annotations

from pathlib import Path

import click

from .. import api
from ..core.errors import DataError, Diagnostic, UsageError
from . import main
from .context import Context, emit, output_option, project_option, writes


@main.command()
@click.option(
    "--check", "check_only", is_flag=True, help="Write nothing; exit 1 naming each stale file."
)
@click.option(
    "--style", default=None, help="With --source: the format to render it in (default: its own)."
)
@click.option(
    "--source", "source_id", default=None, help="Render this source list instead of the README."
)
@output_option("With --source: file to write (atomically); standard output when left out.")
@project_option("Folder holding README.md and bib/.")
@click.pass_obj
@writes(unless=("check_only",))
def render(
    ctx: Context,
    check_only: bool,
    style: str | None,
    source_id: str | None,
    output: Path | None,
    project: Path,
) -> None:
    """Regenerate the README list and bib/*.bib from the data (or check they are current)."""
    if style is not None or source_id is not None:
        if source_id is None:
            raise UsageError("--style needs --source: e.g. --style comma-authors --source seed-000")
        if check_only:
            raise UsageError("--check applies to README.md and bib/, not to --style")
        # Without --style, the list's own format.
        emit(api.render_source(ctx.load(), source_id, style, project), output)
        return
    if output is not None:
        raise UsageError("-o/--output goes with --style; render writes README.md and bib/")
    result = api.render(ctx.load(), project, check=check_only, kept_beside=ctx.cache_file())
    if check_only:
        if result.changed:
            raise DataError(
                [
                    Diagnostic.at(
                        project / path,
                        "out of date with the data: run `catalogue render` and commit it",
                        code="stale",
                    )
                    for path in result.changed
                ]
            )
        click.echo(f"ok: {len(result.files)} rendered files are up to date", err=True)
        return
    for path in result.changed:
        click.echo(f"wrote {project / path}", err=True)
    click.echo(f"{len(result.changed)} of {len(result.files)} rendered files changed", err=True)
