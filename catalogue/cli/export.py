"""`export`: the catalogue as one document (BibTeX, JSON, …)."""

from __future__ import annotations

from pathlib import Path

import click

from .. import exporters
from ..errors import UsageError
from ..yamlio import write_atomic
from . import main
from .context import Context


@main.command()
@click.option("--format", "fmt", required=True, help="Export format, e.g. bibtex or json.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File to write (atomically); standard output when left out.",
)
@click.option("--category", default=None, help="Only the papers of this category id.")
@click.pass_obj
def export(ctx: Context, fmt: str, output: Path | None, category: str | None) -> None:
    """Write all papers (or one category) in one format."""
    exporter = exporters.get(fmt)
    catalogue = ctx.load()
    if category is not None and category not in catalogue.categories:
        raise UsageError(f"unknown category {category!r}")
    text = exporter.export(catalogue, category)
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomic(output, text)
        click.echo(f"wrote {output}", err=True)
