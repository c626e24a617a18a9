"""`catalogue export --format json`: one document, every URL and its provenance, stable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from catalogue import api
from catalogue.cli import run
from catalogue.core.store import load

DATA = Path(__file__).resolve().parents[2] / "data"


def test_shape_of_the_document() -> None:
    cat = load(DATA)
    document = json.loads(api.export(cat, "json").decode())
    assert {"papers", "code", "categories"} <= set(document)
    assert [p["key"] for p in document["papers"]] == sorted(cat.papers)
    for paper in document["papers"]:
        record = cat.papers[paper["key"]]
        assert isinstance(paper["title"], str) and paper["title"]
        assert isinstance(paper["authors"], list)
        assert all(isinstance(a, str) for a in paper["authors"])
        assert paper["year"] is None or isinstance(paper["year"], int)
        assert "venue" in paper
        urls = {link.url for link in record.links}
        urls |= {link.url for e in record.sources for link in e.links}
        assert set(paper["urls"]) == urls
        assert paper["sources"], paper["key"]
        for source in paper["sources"]:
            assert source["file"] == cat.sources[source["source"]].file
            assert isinstance(source["line"], int)
    assert {c["id"] for c in document["categories"]} == set(cat.categories)
    attached = {c["key"]: c["paper"] for c in document["code"] if c["paper"]}
    for key, paper in attached.items():
        entry = next(p for p in document["papers"] if p["key"] == paper)
        assert key in entry["code"]


def test_venue_is_the_venue_record_short_name(tmp_path: Path) -> None:
    cat = load(DATA)
    document = json.loads(api.export(cat, "json").decode())
    paper = next(p for p in document["papers"] if p["key"] == "zhang2018deep")
    assert (paper["venue"], paper["venue_id"]) == (cat.venues["cvpr"].short, "cvpr")


def test_cli_writes_the_same_bytes_twice_and_filters_by_category(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "catalogue.json"
    assert run(["--data", str(DATA), "export", "--format", "json", "-o", str(out)]) == 0
    first = out.read_bytes()
    assert run(["--data", str(DATA), "export", "--format", "json", "-o", str(out)]) == 0
    assert out.read_bytes() == first
    capsys.readouterr()
    assert run(["--data", str(DATA), "export", "--format", "json", "--category", "medical"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["papers"]
    assert all("medical" in p["categories"] for p in document["papers"])
    keys = {p["key"] for p in document["papers"]}
    assert all(c["paper"] in keys for c in document["code"])
