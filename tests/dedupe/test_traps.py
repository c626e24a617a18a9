"""Each trap the seed lists hold, rebuilt from small hand-made entries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from catalogue.core.models import Paper
from catalogue.ingest import dedupe
from catalogue.ingest.dedupe import Finding
from catalogue.ingest.importers import ImportedEntry
from catalogue.ingest.reconcile import ImportPlan, plan_import

from .helpers import catalogue, entry

DAY = dt.date(2026, 11, 21)
DML = "https://arxiv.org/abs/1706.00384"
ANIL = "https://arxiv.org/abs/1804.03235"


def run(tmp_path: Path, *entries: ImportedEntry) -> ImportPlan:
    sources = sorted({e.entry.source for e in entries})
    return plan_import(catalogue(tmp_path / "data"), list(entries), sources, DAY)


def paper(plan: ImportPlan, ref: str) -> Paper:
    """The record holding the entry ``source:line``."""
    source, line = ref.split(":")
    found = [
        p
        for p in plan.papers.values()
        if any(e.source == source and e.line == int(line) for e in p.sources)
    ]
    assert len(found) == 1, f"{ref} is in {len(found)} records"
    return found[0]


def findings(plan: ImportPlan, kind: str) -> list[Finding]:
    return [f for f in plan.analysis.findings if f.kind == kind]


def test_link_to_another_paper_is_a_conflict_not_a_merge(tmp_path: Path) -> None:
    plan = run(
        tmp_path,
        entry("la:1", "Deep Mutual Learning", DML, year=2017),
        entry("lb:7", "Deep Mutual Learning", ANIL, year=2018, venue="CVPR"),  # wrong link
        entry(
            "lb:10",
            "Large scale distributed neural network training through online distillation",
            ANIL,
        ),
        entry(
            "la:2",
            "Large Scale Distributed Neural Network Training Through Online Distillation",
            ANIL,
        ),
    )
    dml, anil = paper(plan, "lb:7"), paper(plan, "lb:10")
    assert dml is paper(plan, "la:1") and anil is paper(plan, "la:2") and dml is not anil
    # The wrong link stays in what list b said, but the record neither shows nor claims it.
    assert dml.identifiers.arxiv == "1706.00384"
    assert [link.url for link in dml.links] == [DML]
    assert ANIL in dml.urls()
    assert anil.identifiers.arxiv == "1804.03235"
    (conflict,) = findings(plan, "identifier-title")
    assert conflict.refs == ("la:2", "lb:10", "lb:7")
    assert "arxiv:1804.03235" in conflict.message


def test_shared_identifier_with_unrelated_titles_merges_nothing(tmp_path: Path) -> None:
    url = "https://openreview.net/forum?id=SkgpBJrtvS"
    plan = run(
        tmp_path,
        entry("la:1", "Contrastive Representation Distillation", url),
        entry("lb:1", "Relational Knowledge Distillation", url + "&noteId=x"),
    )
    assert len(plan.papers) == 2
    assert paper(plan, "la:1").identifiers.other == []
    assert paper(plan, "lb:1").identifiers.other == []
    assert len(findings(plan, "identifier-title")) == 1


def test_same_title_with_different_arxiv_ids_stays_apart(tmp_path: Path) -> None:
    plan = run(
        tmp_path,
        entry("la:1", "Dataset Distillation", "https://arxiv.org/abs/1811.10959"),
        entry("lb:1", "Dataset distillation", "https://arxiv.org/abs/2001.00001"),
        entry("lc:1", "Dataset Distillation"),  # no id: may join either, not both
    )
    assert paper(plan, "la:1") is not paper(plan, "lb:1")
    assert len(plan.papers) == 2
    assert len(findings(plan, "title-identifiers")) == 1


def test_shifted_author_lines_are_reported_and_not_used(tmp_path: Path) -> None:
    lopes = ("Raphael Gontijo Lopes", "Stefano Fenu")
    nayak = ("Gaurav Kumar Nayak", "Konda Reddy Mopuri", "Vaisakh Shaj")
    plan = run(
        tmp_path,
        entry("la:29", "Data-Free Knowledge Distillation for Deep Neural Networks", authors=lopes),
        # List b shifted its author lines by one entry:
        entry("lb:24", "Data-Free Knowledge Distillation For Deep Neural Networks", authors=nayak),
        entry(
            "lb:27",
            "Zero-Shot Knowledge Distillation in Deep Networks",
            authors=(*lopes, "Thad Starner"),
        ),
    )
    data_free, zero_shot = paper(plan, "la:29"), paper(plan, "lb:27")
    assert data_free is paper(plan, "lb:24")
    assert data_free.authors == list(lopes)
    assert zero_shot.authors == []  # its only author line belongs to another paper
    # Each list's own author line is kept where it came from.
    said = {(e.source, e.line): e.authors for e in data_free.sources}
    assert said[("lb", 24)] == list(nayak)
    (shift,) = findings(plan, "authors-shifted")
    assert shift.refs == ("lb:27", "lb:24", "la:29")
    # The rule settles it (neither shifted line counts): a note, and no conflict left.
    assert shift.severity == "note"
    assert findings(plan, "authors") == []


def test_author_conflict_merges_and_picks_the_line_lists_agree_on(tmp_path: Path) -> None:
    title = "Born Again Neural Networks"
    plan = run(
        tmp_path,
        entry("la:1", title, authors=("Someone Else",)),  # first in list order, but alone
        entry("lb:1", title, authors=("Tommaso Furlanello", "Zachary C. Lipton")),
        entry("lc:1", title, authors=("T. Furlanello", "Z. Lipton", "M. Tschannen")),
    )
    (record,) = plan.papers.values()
    # b and c agree (c's longer line continues b's); the most complete agreeing line wins.
    assert record.authors == ["T. Furlanello", "Z. Lipton", "M. Tschannen"]
    # Two lists agree against one: settled by the rule, not a conflict.
    assert findings(plan, "authors") == []
    assert record.sources[0].authors == ["Someone Else"]


def test_author_lines_one_list_each_are_a_conflict_with_the_kept_line_proposed(
    tmp_path: Path,
) -> None:
    title = "Born Again Neural Networks"
    plan = run(
        tmp_path,
        entry("la:1", title, authors=("Someone Else",)),
        entry("lb:1", title, authors=("Tommaso Furlanello", "Zachary C. Lipton")),
    )
    (record,) = plan.papers.values()
    (conflict,) = findings(plan, "authors")
    kept = ["Tommaso Furlanello", "Zachary C. Lipton"]  # the more complete line breaks the tie
    assert conflict.values == (
        ('["Tommaso Furlanello", "Zachary C. Lipton"]', ("lb:1",)),
        ('["Someone Else"]', ("la:1",)),
    )
    assert conflict.proposed == '["Tommaso Furlanello", "Zachary C. Lipton"]'
    assert record.authors == kept


def test_one_paper_under_two_spellings_of_its_title(tmp_path: Path) -> None:
    plan = run(
        tmp_path,
        entry(
            "la:13",
            "Knowledge distillation: A good teacher is patient and consistent",
            "https://arxiv.org/pdf/2106.05237v1.pdf",
            year=2021,
            venue="arXiv",
        ),
        entry(
            "lb:35",
            "Knowledge Distillation A Good Teacher Is Patient and Consistent",
            "https://openaccess.thecvf.com/content/CVPR2022/html/Beyer_Knowledge_Distillation"
            "_A_Good_Teacher_Is_Patient_and_Consistent_CVPR_2022_paper.html",
            year=2022,
            venue="CVPR",
        ),
    )
    (record,) = plan.papers.values()
    assert record.title == "Knowledge distillation: A good teacher is patient and consistent"
    assert (record.venue, record.year) == ("cvpr", 2022)  # the year goes with the venue
    assert record.identifiers.arxiv == "2106.05237"
    assert record.identifiers.other == [
        "cvf:beyer_knowledge_distillation_a_good_teacher_is_patient_and_consistent_cvpr_2022"
    ]
    # The arXiv year beside the proceedings year is no conflict: the record keeps the year of
    # the version it cites, and the arXiv id beside it.
    assert plan.analysis.findings == []


def test_shared_identifier_with_a_shortened_title_merges(tmp_path: Path) -> None:
    plan = run(
        tmp_path,
        entry("la:1", "Stagewise Knowledge Distillation", "https://arxiv.org/abs/1911.06786"),
        entry(
            "lb:1",
            "Data Efficient Stagewise Knowledge Distillation",
            "https://arxiv.org/pdf/1911.06786v3.pdf",
        ),
    )
    (record,) = plan.papers.values()
    assert record.title == "Data Efficient Stagewise Knowledge Distillation"


def test_similar_titles_without_shared_evidence_stay_apart(tmp_path: Path) -> None:
    plan = run(
        tmp_path,
        entry("la:1", "Relational Knowledge Distillation", "https://arxiv.org/abs/1904.05068"),
        entry("lb:1", "Residual Knowledge Distillation", "https://arxiv.org/abs/2002.09168"),
    )
    assert len(plan.papers) == 2


def test_conflicting_venues_and_years_are_reported_and_resolved_predictably(tmp_path: Path) -> None:
    title = "Distilling the Knowledge in a Neural Network"
    plan = run(
        tmp_path,
        entry("la:12", title, "https://arxiv.org/pdf/1503.02531.pdf", year=2015),
        entry("lb:16", title, "https://arxiv.org/abs/1503.02531", year=2014, venue="NIPS"),
        entry("lc:3", title, "https://arxiv.org/abs/1503.02531v2", year=2014, venue="CVPR"),
    )
    (record,) = plan.papers.values()
    assert (record.venue, record.year) == ("neurips", 2014)  # tie: the first list naming one
    (venue,) = findings(plan, "venue")
    assert venue.values == (('"neurips"', ("lb:16",)), ('"cvpr"', ("lc:3",)))
    assert findings(plan, "year") == []  # both give 2014 with their venue
    assert [link.url for link in record.links] == ["https://arxiv.org/abs/1503.02531"]
    assert len(record.urls()) == 3


def test_year_from_the_arxiv_id_when_no_list_gives_one(tmp_path: Path) -> None:
    plan = run(
        tmp_path, entry("la:1", "Learning without Memorizing", "https://arxiv.org/abs/1811.08051")
    )
    (record,) = plan.papers.values()
    assert record.year == 2018
    assert findings(plan, "year-from-arxiv")[0].severity == "note"


def test_duplicate_within_one_list_merges(tmp_path: Path) -> None:
    plan = run(
        tmp_path,
        entry(
            "la:84",
            "Positive-Unlabeled Compression on the Cloud",
            "https://arxiv.org/abs/1909.09757",
        ),
        entry(
            "la:105",
            "Positive-Unlabeled Compression on the Cloud",
            "https://arxiv.org/pdf/1909.09757.pdf",
        ),
    )
    (record,) = plan.papers.values()
    assert [(e.source, e.line) for e in record.sources] == [("la", 84), ("la", 105)]


def test_talks_and_papers_never_merge(tmp_path: Path) -> None:
    plan = run(
        tmp_path,
        entry("la:10", "Dark knowledge", "http://www.ttic.edu/dl/dark14.pdf"),
        entry(
            "la:152", "Dark knowledge", "https://www.youtube.com/watch?v=EK61htlw8hY", kind="talk"
        ),
    )
    assert sorted(p.kind for p in plan.papers.values()) == ["paper", "talk"]


def test_evidence_comes_from_blocks_not_from_all_pairs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = 0
    real = dedupe.similar_titles

    def counting(a: str, b: str) -> bool:
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(dedupe, "similar_titles", counting)
    entries = [
        entry(
            f"la:{n}",
            f"Paper number {n} about topic {n * 7}",
            f"https://arxiv.org/abs/2001.{n:05d}",
        )
        for n in range(1, 1500)
    ]
    entries.append(
        entry("lb:1", "Paper number 3 about topic 21", "https://arxiv.org/abs/2001.00003")
    )
    plan = run(tmp_path, *entries)
    assert len(plan.papers) == 1499
    assert calls < 10  # 1,500 entries would be over a million pairs
