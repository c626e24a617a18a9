"""`schema`: write the JSON Schemas of the record files (see ``core.schemas``), or check them."""

from __future__ import annotations

from pathlib import Path

import click

from ..core.errors import DataError, Diagnostic
from . import main
from .context import Context, writes


@main.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder for the schemas [default: schema/ beside the data folder].",
)
@click.option(
    "--check", "check_only", is_flag=True, help="Write nothing; exit 1 if a schema is stale."
)
@click.pass_obj
@writes(unless=("check_only",))
def schema(ctx: Context, output: Path | None, check_only: bool) -> None:
    """Write the JSON Schema of each kind of record file (paper, code, category, …)."""
    from ..core.schemas import schema_texts, stale_schemas, write_schemas
    from ..core.store import SCHEMA_FOLDER

    folder = output if output is not None else ctx.data_dir.parent / SCHEMA_FOLDER
    count = len(schema_texts())
    if check_only:
        stale = stale_schemas(folder)
        if stale:
            raise DataError(
                [
                    Diagnostic.at(p, "schema is stale: run `catalogue schema`", code="schema")
                    for p in stale
                ]
            )
        click.echo(f"ok: {count} schemas up to date in {folder}", err=True)
        return
    written = write_schemas(folder)
    for path in written:
        click.echo(f"wrote {path}", err=True)
    click.echo(f"{len(written)} of {count} schema(s) written to {folder}", err=True)
