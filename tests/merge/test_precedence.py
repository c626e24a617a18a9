"""Precedence by evidence: what an import may change in a record that exists, and what not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from catalogue.core.models import Decision
from catalogue.core.store import Catalogue, load, save
from catalogue.ingest.importers import ImportedEntry
from catalogue.ingest.precedence import Claim, Evidence, choose, settle
from catalogue.ingest.reconcile import ImportPlan, analyse, plan_import

from ..dedupe.helpers import entry, import_entries, write_catalogue

DAY = dt.date(2026, 12, 1)
TAKD = "Improved Knowledge Distillation via Teacher Assistant"
TAKD_ARXIV = "https://arxiv.org/abs/1902.03393"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A catalogue holding one paper, imported from list ``la`` (AAAI 2020)."""
    data = tmp_path / "data"
    write_catalogue(data, sources=("la",))
    import_entries(
        data,
        [
            entry(
                "la:3",
                TAKD,
                TAKD_ARXIV,
                authors=("Seyed Iman Mirzadeh", "Mehrdad Farajtabar"),
                venue="NeurIPS",
                year=2020,
            )
        ],
    )
    return data


def again(root: Path, *entries: ImportedEntry) -> tuple[Catalogue, ImportPlan]:
    cat = load(root)
    plan = plan_import(cat, list(entries), sorted({e.entry.source for e in entries}), DAY)
    return cat, plan


def only(plan: ImportPlan) -> object:
    (paper,) = plan.papers.values()
    return paper


def conflicts(plan: ImportPlan) -> list[str]:
    return [f.kind for f in plan.analysis.findings if f.severity == "conflict"]


def test_an_arxiv_year_never_replaces_the_proceedings_venue_and_year(root: Path) -> None:
    _, plan = again(root, entry("lb:7", TAKD, TAKD_ARXIV, venue="arXiv", year=2019))
    paper = only(plan)
    assert (paper.venue, paper.year) == ("neurips", 2020)
    assert paper.identifiers.arxiv == "1902.03393"  # the preprint is kept beside it
    assert conflicts(plan) == [] and plan.changes == []


def test_a_lone_list_does_not_outvote_the_stored_value_but_the_tie_is_listed(root: Path) -> None:
    _, plan = again(root, entry("lb:7", TAKD, TAKD_ARXIV, authors=("Someone Else",)))
    assert only(plan).authors == ["Seyed Iman Mirzadeh", "Mehrdad Farajtabar"]
    assert conflicts(plan) == ["authors"] and plan.changes == []


def test_lists_that_agree_outvote_one_and_the_change_is_reported(root: Path) -> None:
    _, plan = again(
        root,
        entry("lb:7", TAKD, TAKD_ARXIV, venue="AAAI", year=2020),
        entry("lc:2", TAKD, TAKD_ARXIV, venue="AAAI", year=2020),
    )
    paper = only(plan)
    assert paper.venue == "aaai"
    (change,) = plan.changes
    assert (change.key, change.field, change.before, change.after) == (
        paper.key,
        "venue",
        "neurips",
        "aaai",
    )
    assert "2 sources agree" in change.reason and change.action == "replaced"


def test_an_identifier_beats_what_a_list_wrote(tmp_path: Path) -> None:
    cvf = (
        "https://openaccess.thecvf.com/content/CVPR2022/html/Beyer_Knowledge_Distillation_A_Good"
        "_Teacher_Is_Patient_and_Consistent_CVPR_2022_paper.html"
    )
    title = "Knowledge distillation: A good teacher is patient and consistent"
    cat = Catalogue(root=tmp_path)
    write_catalogue(tmp_path / "data")
    cat = load(tmp_path / "data")
    plan = plan_import(
        cat,
        [
            entry("la:1", title, cvf, venue="CVPR", year=2021),
            entry("lb:1", title, cvf, venue="CVPR", year=2021),
        ],
        ["la", "lb"],
        DAY,
    )
    assert only(plan).year == 2022  # the CVF file name says CVPR 2022; two lists say 2021
    assert conflicts(plan) == []


def edit(root: Path, old: str, new: str) -> None:
    """A curator's edit of the catalogue's one paper file."""
    (path,) = (root / "papers").glob("*.yml")
    path.write_text(path.read_text().replace(old, new), encoding="utf-8")


def two_lists(venue: str) -> tuple[ImportedEntry, ImportedEntry]:
    """Lists b and c agreeing on the venue (of 2020)."""
    return (
        entry("lb:7", TAKD, TAKD_ARXIV, venue=venue, year=2020),
        entry("lc:2", TAKD, TAKD_ARXIV, venue=venue, year=2020),
    )


def test_a_curator_edit_stays_and_settles_the_disagreement(root: Path) -> None:
    edit(root, "venue: neurips", "venue: aaai")
    _, plan = again(root, *two_lists("NeurIPS"))
    assert only(plan).venue == "aaai"
    assert plan.changes == []


def test_a_value_decision_pins_fields_on_every_import_and_settles_their_conflicts(
    root: Path,
) -> None:
    key = next(iter(load(root).papers))
    save(
        root,
        Decision(
            id="takd-venue",
            verdict="value",
            records=[key],
            values={"venue": "aaai", "authors": ["S. I. Mirzadeh", "M. Farajtabar", "A. Li"]},
            reason="AAAI 2020; the full author list.",
        ),
    )
    _, plan = again(root, entry("lb:7", TAKD, TAKD_ARXIV, authors=("Someone Else",)))
    paper = only(plan)
    assert paper.venue == "aaai" and paper.year == 2020
    assert paper.authors == ["S. I. Mirzadeh", "M. Farajtabar", "A. Li"]
    assert {(c.field, c.action) for c in plan.changes} == {
        ("venue", "decided"),
        ("authors", "decided"),
    }


def test_an_empty_field_is_filled_and_reported(tmp_path: Path) -> None:
    data = tmp_path / "data"
    write_catalogue(data)
    import_entries(data, [entry("la:3", TAKD, TAKD_ARXIV)])
    _, plan = again(data, entry("lb:1", TAKD, authors=("Seyed Iman Mirzadeh",)))
    assert only(plan).authors == ["Seyed Iman Mirzadeh"]
    (change,) = plan.changes
    assert (change.field, change.action, change.before) == ("authors", "filled", ())


def test_settle_and_choose() -> None:
    one = Claim("a", Evidence.LIST, ("la:1",))
    two = Claim("b", Evidence.LIST, ("lb:1", "lc:4"))
    repeat = Claim("c", Evidence.LIST, ("la:1", "la:9", "la:12"))  # one list, said three times
    ident = Claim("d", Evidence.IDENTIFIER, ("cvf:x",))
    assert choose([one, two], None).value == "b"
    assert choose([repeat, two], None).value == "b"
    assert choose([one, two, ident], None).value == "d"
    tie = choose([one, Claim("z", Evidence.LIST, ("lz:1",))], None)
    assert tie.value == "a" and [c.value for c in tie.contested] == ["z"]
    assert settle("a", True, [two, ident], None).value == "a"  # curated
    assert settle("a", False, [one, two], None).action == "replaced"
    kept = settle("a", False, [one, Claim("z", Evidence.LIST, ("lz:1",))], None)
    assert kept.value == "a" and kept.action == "kept" and len(kept.contested) == 1
    assert settle(None, False, [one], None).action == "filled"


def test_decided_titles_find_a_renamed_paper_again_under_new_line_numbers(tmp_path: Path) -> None:
    old = "Revisit Knowledge Distillation: a Teacher-free Framework"
    new = "Revisiting Knowledge Distillation via Label Smoothing Regularization"
    url = "https://arxiv.org/abs/1909.11723"
    decision = Decision(
        id="tf-renamed", verdict="same", records=["la:78", "lb:37"], titles=[old, new]
    )
    data = tmp_path / "data"
    write_catalogue(data, decision)
    import_entries(data, [entry("la:78", old, url, year=2019), entry("lb:37", new, url)])
    assert len(load(data).papers) == 1
    # List a comes back with the entry on another line: the decision's titles still find it.
    import_entries(data, [entry("la:80", old, url, year=2019)])
    cat = load(data)
    (paper,) = cat.papers.values()
    assert sorted((e.source, e.line) for e in paper.sources) == [("la", 80), ("lb", 37)]
    notes = [f for f in analyse(cat).findings if f.kind == "decision-unmatched"]
    assert notes == []


def test_an_entry_its_list_no_longer_lists_does_not_vote(tmp_path: Path) -> None:
    write_catalogue(tmp_path / "data")
    cat = load(tmp_path / "data")
    old = entry("la:1", TAKD, venue="AAAI", year=2019)
    gone = ImportedEntry(old.kind, old.entry.model_copy(update={"listed": False}))
    plan = plan_import(cat, [gone, entry("lb:1", TAKD, venue="AAAI", year=2020)], ["la", "lb"], DAY)
    paper = only(plan)
    assert paper.year == 2020 and conflicts(plan) == []
    assert len(paper.sources) == 2  # the history stays with the record


def test_a_title_that_runs_on_into_the_authors_does_not_outvote_the_shorter(root: Path) -> None:
    # The longer title contains the stored one, which would vote for it: not when it runs on.
    _, plan = again(root, entry("lb:7", f"{TAKD}. Mirzadeh, Seyed Iman and Farajtabar", TAKD_ARXIV))
    assert only(plan).title == TAKD and plan.changes == []


def test_a_field_emptied_in_the_file_is_filled_again_not_kept_empty(root: Path) -> None:
    # An empty field is a missing fact, not a curator's choice: the next import fills it.
    edit(root, "venue: neurips\n", "")
    _, plan = again(root, *two_lists("AAAI"))
    assert only(plan).venue == "aaai"  # two lists outvote the one that said NeurIPS
    assert [(c.field, c.action) for c in plan.changes] == [("venue", "filled")]


def test_a_new_venue_brings_the_year_its_lists_give_with_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    write_catalogue(data)
    import_entries(data, [entry("la:3", TAKD, TAKD_ARXIV, venue="arXiv", year=2019)])
    _, plan = again(
        data,
        entry("lb:7", TAKD, TAKD_ARXIV, venue="CVPR", year=2020),
        entry("lc:2", TAKD, venue="CVPR", year=2020),
    )
    assert (only(plan).venue, only(plan).year) == ("cvpr", 2020)
