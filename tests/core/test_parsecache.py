"""The parse cache: unchanged files are not parsed again, and it never serves stale data."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalogue.core import store
from catalogue.core.errors import DataError
from catalogue.incremental.parsecache import digest, parse_cache

PAPER = "papers/romero2015fitnets.yml"


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every file the store parses (the real parser still runs)."""
    seen: list[str] = []
    real = store.parse

    def counting(raw: bytes, path: Path | str, **kw: bool):  # type: ignore[no-untyped-def]
        seen.append(Path(path).name)
        return real(raw, path, **kw)

    monkeypatch.setattr(store, "parse", counting)
    return seen


def test_warm_load_parses_nothing_and_one_edit_parses_one_file(
    data: Path, tmp_path: Path, parses: list[str]
) -> None:
    cache = tmp_path / "cache.marshal"
    cold = store.load(data, cache)
    assert len(parses) == 5
    parses.clear()
    warm = store.load(data, cache)
    assert parses == []
    assert warm.papers == cold.papers and warm.code == cold.code

    path = data / PAPER
    path.write_text(path.read_text().replace("year: 2015", "year: 2016"))
    edited = store.load(data, cache)
    assert parses == ["romero2015fitnets.yml"]
    assert edited.papers["romero2015fitnets"].year == 2016  # not the cached 2015


def test_same_size_same_mtime_edit_is_still_seen(data: Path, tmp_path: Path) -> None:
    import os

    cache = tmp_path / "cache.marshal"
    path = data / PAPER
    store.load(data, cache)
    stat = path.stat()
    path.write_text(path.read_text().replace("year: 2015", "year: 2019"))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size
    assert store.load(data, cache).papers["romero2015fitnets"].year == 2019


def test_invalid_file_is_reported_on_every_run(data: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache.marshal"
    (data / PAPER).write_text("key: romero2015fitnets\ntitle: T\nyear: old\n")
    for _ in range(2):
        with pytest.raises(DataError) as caught:
            store.load(data, cache)
        assert [d.line for d in caught.value.diagnostics] == [3]


def test_deleted_file_drops_out_and_damaged_cache_is_ignored(data: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache.marshal"
    store.load(data, cache)
    gone = digest((data / "code/fitnets-theano.yml").read_bytes())
    assert parse_cache(cache).get(gone) is not None
    (data / "code/fitnets-theano.yml").unlink()
    assert store.load(data, cache).code == {}
    assert parse_cache(cache).get(gone) is None
    cache.write_bytes(b"\x00garbage")
    assert list(store.load(data, cache).papers) == ["romero2015fitnets"]


def test_records_read_back_from_the_cache_equal_the_parsed_ones(
    tmp_path: Path, parses: list[str]
) -> None:
    """Cached records are validated from JSON, parsed ones from YAML's data: every record of the
    real catalogue must come out the same both ways (dates, enums, defaults, unicode)."""
    root = Path(__file__).resolve().parents[2] / "data"
    cache = tmp_path / "cache.marshal"
    cold = store.load(root, cache)
    parses.clear()
    warm = store.load(root, cache)
    assert parses == []  # every record came from the cache
    for collection in store.COLLECTIONS:
        assert warm.records(collection) == cold.records(collection), collection.name
    assert warm.digests == cold.digests and len(warm.digests) > 300


def test_data_that_json_cannot_hold_is_not_cached() -> None:
    from catalogue.incremental.parsecache import as_json

    assert as_json({"a": float("nan")}) is None and as_json({"a": {1, 2}}) is None
    assert as_json({"t": "Café"}) == '{"t":"Café"}'.encode()


def test_a_cached_entry_the_models_refuse_falls_back_to_the_file(
    data: Path, tmp_path: Path
) -> None:
    """As if the cache had been written under older, laxer models: its JSON no longer validates,
    so the file itself is parsed again, and the record is what the file says."""
    import marshal

    cache = tmp_path / "cache.marshal"
    store.load(data, cache)
    stored = marshal.loads(cache.read_bytes())
    key = digest((data / PAPER).read_bytes())
    assert key in stored["entries"]
    stored["entries"][key] = b'{"key":"romero2015fitnets","title":"T","year":"old"}'
    cache.write_bytes(marshal.dumps(stored))
    loaded = store.load(data, cache)
    assert loaded.papers["romero2015fitnets"].year == 2015
    assert loaded.papers["romero2015fitnets"].title != "T"


def test_a_cache_written_by_another_yaml_reader_is_not_used(
    data: Path, tmp_path: Path, parses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from catalogue.incremental import parsecache

    cache = tmp_path / "cache.marshal"
    store.load(data, cache)
    parses.clear()
    # A new PyYAML, libyaml or converter could read the same bytes differently, yet validly.
    monkeypatch.setattr(parsecache, "reader_version", lambda: "another reader")
    store.load(data, cache)
    assert len(parses) == 5
