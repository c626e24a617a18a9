"""The JSON Schema of each kind of record file, generated from the pydantic models.

Record files name their schema in a first-line modeline (see ``store.modeline``), so editors with
the YAML language server complete field names and flag wrong values as people type. The schemas
are committed in ``schema/``; `catalogue schema --check` fails when they have fallen behind the
models.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .store import COLLECTIONS, Collection
from .yamlio import write_atomic

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


def write_schemas(folder: Path) -> list[Path]:
    """Write the schemas that are missing or stale in ``folder``; return those written."""
    texts = schema_texts()
    written = stale_schemas(folder)
    for path in written:
        write_atomic(path, texts[path.name])
    return written
