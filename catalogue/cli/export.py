"""`export`: the catalogue as one document (BibTeX, JSON, …)."""

from __future__ import annotations

from pathlib import Path

import click

from .. import api
from . import main
from .context import Context, emit, output_option


@main.command()
@click.option("--format", "fmt", required=True, help="Export format, e.g. bibtex or json.")
@output_option("File to write (atomically); standard output when left out.")
@click.option("--category", default=None, help="Only the papers of this category id.")
@click.pass_obj
def export(ctx: Context, fmt: str, output: Path | None, category: str | None) -> None:
    """Write all papers (or one category) in one format."""
    from ..outputs.registry import exported

    exported(fmt)  # a wrong format is a usage error before the data is read
    emit(api.export(ctx.load(), fmt, category), output)
