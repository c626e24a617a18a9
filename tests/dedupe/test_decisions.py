"""Curator decisions stored in data/decisions/ apply on every import, so they stick."""

from __future__ import annotations

from pathlib import Path

from catalogue.core.models import Decision
from catalogue.core.store import load
from catalogue.ingest.importers import ImportedEntry
from catalogue.ingest.reconcile import analyse

from .helpers import entry, import_entries, snapshot, write_catalogue

CWD = "https://arxiv.org/abs/2011.13256"


def twice(root: Path, entries: list[ImportedEntry]) -> tuple[dict[str, bytes], dict[str, bytes]]:
    import_entries(root, entries)
    first = snapshot(root)
    import_entries(root, entries, day="2030-01-01")
    return first, snapshot(root)


def test_different_keeps_same_titled_entries_apart_on_every_import(tmp_path: Path) -> None:
    root = tmp_path / "data"
    entries = [
        entry("la:1", "Model Compression", year=2006),
        entry("lb:4", "Model compression", year=2016),
    ]
    write_catalogue(root)
    import_entries(root, entries)
    assert len(load(root).papers) == 1  # without a decision: one title, one paper

    root2 = tmp_path / "kept-apart" / "data"
    apart = Decision(id="two-model-compressions", verdict="different", records=["la:1", "lb:4"])
    write_catalogue(root2, apart)
    first, second = twice(root2, entries)
    assert first == second
    assert len(load(root2).papers) == 2


def test_same_joins_a_renamed_paper_and_stays_joined(tmp_path: Path) -> None:
    entries = [
        entry("lb:66", "Channel-Wise Knowledge Distillation for Dense Prediction", CWD, year=2021),
        entry("lb:87", "Channel-wise Distillation for Semantic Segmentation", CWD, year=2020),
    ]
    root = tmp_path / "data"
    write_catalogue(root)
    import_entries(root, entries)
    cat = load(root)
    assert len(cat.papers) == 2
    assert [f.kind for f in analyse(cat).findings if f.severity == "conflict"] == [
        "identifier-title"
    ]

    root2 = tmp_path / "decided" / "data"
    same = Decision(id="renamed", verdict="same", records=["lb:66", "lb:87"])
    write_catalogue(root2, same)
    first, second = twice(root2, entries)
    assert first == second
    cat = load(root2)
    (paper,) = cat.papers.values()
    assert paper.identifiers.arxiv == "2011.13256"
    # The year is the arXiv id's (2020 beats a list's 2021); which of two titles, one list each,
    # is for a curator to say.
    assert paper.year == 2020
    (title,) = [f for f in analyse(cat).findings if f.severity == "conflict"]
    assert (title.kind, title.field) == ("title", "title")
    assert [refs for _, refs in title.values] == [("lb:66",), ("lb:87",)]


def test_same_on_two_records_folds_the_later_one_into_the_first(tmp_path: Path) -> None:
    root = tmp_path / "data"
    entries = [
        entry("la:1", "Revisit Knowledge Distillation: a Teacher-free Framework", year=2019),
        entry(
            "lb:2",
            "Revisiting Knowledge Distillation via Label Smoothing Regularization",
            year=2020,
        ),
        entry("la:9", "Teacher-free KD", "https://github.com/yuanli2333/Teacher-free", kind="code"),
    ]
    write_catalogue(root)
    import_entries(root, entries)
    keys = sorted(load(root).papers)
    assert len(keys) == 2
    code_path = next((root / "code").glob("*.yml"))
    text = code_path.read_text(encoding="utf-8").replace("title: Teacher-free KD", "title: x")
    text += f"paper: {keys[1]}\n"
    code_path.write_text(text, encoding="utf-8")

    from catalogue.core.store import save

    save(root, Decision(id="renamed", verdict="same", records=keys))
    outcome = import_entries(root, entries, day="2030-01-01")
    cat = load(root)
    assert sorted(cat.papers) == [keys[0]]
    assert [p.name for p in outcome.removed] == [f"{keys[1]}.yml"]
    assert [(e.source, e.line) for e in cat.papers[keys[0]].sources] == [("la", 1), ("lb", 2)]
    (code,) = cat.code.values()
    assert code.paper == keys[0]


def test_a_decision_naming_nothing_is_reported(tmp_path: Path) -> None:
    root = tmp_path / "data"
    write_catalogue(root, Decision(id="stale", verdict="same", records=["la:1", "gone:3"]))
    import_entries(root, [entry("la:1", "Deep Mutual Learning")])
    (note,) = [f for f in analyse(load(root)).findings if f.kind == "decision-unmatched"]
    assert note.refs == ("stale", "gone:3") and note.severity == "note"
