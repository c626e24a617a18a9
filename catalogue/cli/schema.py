"""`schema`: the JSON Schema of each kind of record file, generated from the pydantic models.

Record files name their schema in a first-line modeline (see ``store.modeline``), so editors with
the YAML language server complete field names and flag wrong values as people type. The schemas are
committed in ``schema/``; ``--check`` fails when they have fallen behind the models.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ..core.errors import DataError, Diagnostic
from ..core.store import COLLECTIONS, SCHEMA_FOLDER, Collection
from ..core.yamlio import write_atomic
from . import main
from .context import Context

DRAFT = "https://json-schema.org/draft/2020-12/schema"


def schema_of(collection: Collection[Any]) -> dict[str, Any]:
    """The JSON Schema of one collection's record files (validation mode: what a file may say)."""
    body: dict[str, Any] = collection.model.model_json_schema(mode="validation")
    title = f"{collection.model.__name__} record"
    described: dict[str, Any] = {
        "$schema": DRAFT,
        "title": title,
        "description": body.pop("description", None)
        or f"One {collection.model.__name__} record: data/{collection.folder}/<id>.yml.",
    }
    body.pop("title", None)
    return described | body


def schema_texts() -> dict[str, str]:
    """File name -> text for every collection's schema; stable bytes for the same models."""
    texts = {}
    for collection in COLLECTIONS:
        if collection.schema:
            text = json.dumps(schema_of(collection), indent=2, ensure_ascii=False) + "\n"
            texts[f"{collection.schema}.schema.json"] = text
    return texts


def stale_schemas(folder: Path) -> list[Path]:
    """Schema files in ``folder`` that are missing or differ from what the models give."""
    stale = []
    for name, text in schema_texts().items():
        path = folder / name
        if not path.is_file() or path.read_bytes() != text.encode("utf-8"):
            stale.append(path)
    return stale


@main.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help=f"Folder for the schemas [default: {SCHEMA_FOLDER}/ beside the data folder].",
)
@click.option(
    "--check", "check_only", is_flag=True, help="Write nothing; exit 1 if a schema is stale."
)
@click.pass_obj
def schema(ctx: Context, output: Path | None, check_only: bool) -> None:
    """Write the JSON Schema of each kind of record file (paper, code, category, …)."""
    folder = output if output is not None else ctx.data_dir.parent / SCHEMA_FOLDER
    stale = stale_schemas(folder)
    if check_only:
        if stale:
            raise DataError(
                [
                    Diagnostic.at(p, "schema is stale: run `catalogue schema`", code="schema")
                    for p in stale
                ]
            )
        click.echo(f"ok: {len(schema_texts())} schemas up to date in {folder}", err=True)
        return
    texts = schema_texts()
    for path in stale:
        write_atomic(path, texts[path.name])
        click.echo(f"wrote {path}", err=True)
    click.echo(f"{len(stale)} of {len(texts)} schema(s) written to {folder}", err=True)
