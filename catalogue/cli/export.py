"""`export`: the catalogue as one document (BibTeX, JSON, …)."""

from __future__ import annotations

from pathlib import Path

import click

from ..core.errors import UsageError
from ..outputs.context import BuildContext
from ..outputs.registry import exported
from . import main
from .context import Context, emit, output_option


@main.command()
@click.option("--format", "fmt", required=True, help="Export format, e.g. bibtex or json.")
@output_option("File to write (atomically); standard output when left out.")
@click.option("--category", default=None, help="Only the papers of this category id.")
@click.pass_obj
def export(ctx: Context, fmt: str, output: Path | None, category: str | None) -> None:
    """Write all papers (or one category) in one format."""
    chosen = exported(fmt)
    catalogue = ctx.load()
    if category is not None and category not in catalogue.categories:
        raise UsageError(f"unknown category {category!r}")
    emit(chosen.document(BuildContext(catalogue), category), output)
