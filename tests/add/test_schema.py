"""The JSON Schemas in schema/ are the models' own; every record file names and meets its own."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema  # type: ignore[import-untyped]
import pytest

from catalogue.cli import run
from catalogue.core import store
from catalogue.core.schemas import schema_texts
from catalogue.core.yamlio import parse

REPO = Path(__file__).resolve().parents[2]


def test_committed_schemas_are_what_the_models_give() -> None:
    """Regenerating gives identical bytes: a model change must come with `catalogue schema`."""
    texts = schema_texts()
    assert sorted(texts) == sorted(p.name for p in (REPO / "schema").glob("*.schema.json"))
    for name, text in texts.items():
        assert (REPO / "schema" / name).read_text(encoding="utf-8") == text, (
            f"schema/{name} is stale: run `catalogue schema`"
        )


def test_every_record_file_names_its_schema_and_meets_it() -> None:
    checked = 0
    for collection in store.COLLECTIONS:
        schema = json.loads((REPO / "schema" / f"{collection.schema}.schema.json").read_text())
        validator = jsonschema.Draft202012Validator(schema)
        for path in store.iter_files(REPO / "data", collection):
            raw = path.read_bytes()
            first = raw.split(b"\n", 1)[0].decode()
            target = first.removeprefix("# yaml-language-server: $schema=")
            assert (
                path.parent / target
            ).resolve() == REPO / "schema" / f"{collection.schema}.schema.json"
            errors = list(validator.iter_errors(parse(raw, path).data))
            assert not errors, f"{path}: {errors[0].message}"
            checked += 1
    assert checked >= 10


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ("key: x1\ntitle: T\nyear: 1800\n", "1800 is not valid under any of the given schemas"),
        ("key: x1\ntitle: T\ntitel: U\n", "Additional properties are not allowed ('titel'"),
        ("key: X\ntitle: T\n", "'X' does not match"),
        ("key: x1\ntitle: T\nlinks:\n- kind: pfd\n  url: https://a.b\n", "'pfd' is not one of"),
    ],
)
def test_schema_catches_what_an_editor_should_flag(record: str, message: str) -> None:
    schema = json.loads((REPO / "schema/paper.schema.json").read_text())
    errors = [
        e.message
        for e in jsonschema.Draft202012Validator(schema).iter_errors(
            parse(record.encode(), "x").data
        )
    ]
    assert any(message in e for e in errors), errors


def test_schema_check_names_stale_files_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    assert run(["--data", str(data), "schema", "--check"]) == 1
    assert not (tmp_path / "schema").exists()
    assert "schema/paper.schema.json:1:1: error: schema is stale" in capsys.readouterr().err
    assert run(["--data", str(data), "schema"]) == 0
    assert run(["--data", str(data), "schema", "--check"]) == 0
    (tmp_path / "schema/venue.schema.json").write_text("{}\n")
    assert run(["--data", str(data), "schema", "--check"]) == 1
    assert "venue.schema.json:1:1: error: schema is stale" in capsys.readouterr().err
