"""The committed catalogue against the five seed lists it was imported from."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from catalogue.cli import run
from catalogue.core.models import Source
from catalogue.core.store import Catalogue, load
from catalogue.ingest.importers import parse_file
from catalogue.ingest.reconcile import analyse

from ..dedupe.helpers import snapshot

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="module")
def committed() -> Catalogue:
    return load(DATA)


def stored_here(cat: Catalogue) -> list[Source]:
    """The seed lists whose stored file is the version last imported (a seed imported since in
    a newer version from its repository is read there: tests/merge/test_grow.py)."""
    return [
        s
        for s in cat.sources.values()
        if (DATA / "sources" / s.file).is_file()
        and not (s.origin and (s.origin.repository or s.origin.url))
    ]


def test_reimporting_the_seeds_changes_nothing(tmp_path: Path) -> None:
    copy = tmp_path / "data"
    shutil.copytree(DATA, copy)
    before = snapshot(copy)
    lists = sorted(str(copy / "sources" / s.file) for s in stored_here(load(DATA)))
    assert lists
    assert run(["--data", str(copy), "import", "--date", "2031-01-01", *lists]) == 0
    after = snapshot(copy)
    assert sorted(after) == sorted(before)
    assert [name for name in before if before[name] != after[name]] == []


def test_every_seed_entry_is_kept_as_the_list_said_it_in_one_record(
    committed: Catalogue,
) -> None:
    stored: dict[tuple[str, int], list[str]] = {}
    said = {}
    holders = [(p.key, p.sources) for p in committed.papers.values()]
    holders += [(c.key, c.sources) for c in committed.code.values()]
    seeds = stored_here(committed)
    for key, entries in holders:
        for entry in entries:
            if entry.source not in {s.id for s in seeds}:
                continue
            stored.setdefault((entry.source, entry.line), []).append(key)
            said[(entry.source, entry.line)] = entry
    parsed = 0
    for source in seeds:
        result = parse_file(DATA / "sources" / source.file, source.format, source.id)
        for item in result.entries:
            where = (item.entry.source, item.entry.line)
            assert len(stored.get(where, [])) == 1, f"{where} is in {stored.get(where)}"
            assert said[where] == item.entry
            parsed += 1
    assert parsed == len(said)


def test_every_paper_is_in_a_category_and_every_code_link_names_a_real_paper(
    committed: Catalogue,
) -> None:
    assert all(p.categories for p in committed.papers.values())
    assert all(c.paper in committed.papers for c in committed.code.values() if c.paper)


def test_the_seeds_traps_are_reported(committed: Catalogue) -> None:
    findings = analyse(committed).findings
    by_kind: dict[str, list[tuple[str, ...]]] = {}
    for f in findings:
        by_kind.setdefault(f.kind, []).append(f.refs)
    # seed-003 linked Deep Mutual Learning to the arXiv id of another paper: a curator ruled the
    # two works different, so the conflict is settled and not reported again.
    assert not any("seed-003:7" in refs for refs in by_kind.get("identifier-title", []))
    assert any(
        d.verdict == "different" and set(d.records) == {"zhang2018deep", "anil2018large"}
        for d in committed.decisions.values()
    )
    # seed-003 shifted its author lines between two few-shot entries; its newer version (imported
    # since) gives each its own line again, and the record keeps the right authors.
    lopes = committed.papers["lopes2017data"]
    assert lopes.authors[0] == "Raphael Gontijo Lopes"
    assert not any("seed-003:197" in refs for refs in by_kind.get("authors-shifted", []))
    # Curator decisions joined the two renamed papers: no conflict left for them.
    assert not any("seed-002:87" in refs for refs in by_kind.get("identifier-title", []))
    dml = committed.papers["zhang2018deep"]
    assert dml.identifiers.arxiv == "1706.00384"
    assert {"seed-003", "seed-004"} <= {e.source for e in dml.sources}
