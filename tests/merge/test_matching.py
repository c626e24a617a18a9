"""Near misses that name one work, and look-alikes that must stay two works."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from catalogue.ingest.importers import ImportedEntry
from catalogue.ingest.near_titles import loose_keys, one_typo, title_variants
from catalogue.ingest.reconcile import ImportPlan, plan_import

from ..dedupe.helpers import catalogue, entry

DAY = dt.date(2026, 11, 21)


def run(tmp_path: Path, *entries: ImportedEntry) -> ImportPlan:
    sources = sorted({e.entry.source for e in entries})
    return plan_import(catalogue(tmp_path / "data"), list(entries), sources, DAY)


NEAR_MISSES = {
    "typo": (
        "Distilled Person Re-Identification: Towards a More Scalable System",
        "Distilled Person Re-identification: Towars a More Scalable System",
    ),
    "typo in a long word": (
        "Distilling Knowledge from Graph Convolutional Networks",
        "Distillating Knowledge from Graph Convolutional Networks",
    ),
    "method prefix": ("MGD: Matching Guided Distillation", "Matching Guided Distillation"),
    "name prefix": (
        "MobileID: Face Model Compression by Distilling Knowledge from Neurons",
        "Face Model Compression by Distilling Knowledge from Neurons",
    ),
    "bracketed venue": (
        "Conditional Graph Attention Networks for Distilling and Refining Knowledge Graphs in"
        " Recommendation[CIKM 2021]",
        "Conditional Graph Attention Networks for Distilling and Refining Knowledge Graphs in"
        " Recommendation",
    ),
    "survey tag": ("(survey) Knowledge Distillation: A Survey", "Knowledge Distillation: A Survey"),
    "trailing venue": (
        "Structured Knowledge Distillation for Dense Prediction, CVPR 2019",
        "Structured Knowledge Distillation for Dense Prediction",
    ),
    "second title in parentheses": (
        "Revisit Knowledge Distillation: a Teacher-free Framework (Revisiting Knowledge"
        " Distillation via Label Smoothing Regularization)",
        "Revisiting Knowledge Distillation via Label Smoothing Regularization",
    ),
}


@pytest.mark.parametrize("kind", sorted(NEAR_MISSES))
def test_near_miss_titles_from_two_lists_make_one_record(tmp_path: Path, kind: str) -> None:
    first, second = NEAR_MISSES[kind]
    plan = run(
        tmp_path,
        entry("la:1", first, year=2020, authors=("Ada Lovelace", "Alan Turing")),
        entry("lb:9", second, year=2021, authors=("A. Lovelace",)),
    )
    (record,) = plan.papers.values()
    assert [(e.source, e.line) for e in record.sources] == [("la", 1), ("lb", 9)]
    # The record's title carries none of a list's decorations.
    assert "[" not in record.title and "(survey)" not in record.title
    assert not record.title.endswith("2019")


def test_a_left_out_subtitle_joins_only_where_both_give_the_same_authors(tmp_path: Path) -> None:
    full = "Paraphrasing Complex Network: Network Compression via Factor Transfer"
    authors = ("Jangho Kim", "SeongUk Park", "Nojun Kwak")
    plan = run(
        tmp_path,
        entry("la:1", full, authors=authors),
        entry("lb:1", "Paraphrasing Complex Network", authors=("J. Kim", "S. Park")),
    )
    assert len(plan.papers) == 1
    plan = run(
        tmp_path,
        entry("la:1", full, authors=authors),
        entry("lb:1", "Paraphrasing Complex Network"),  # no authors: not enough to join
    )
    assert len(plan.papers) == 2


def test_a_shared_arxiv_id_joins_titles_that_differ_by_an_acronym(tmp_path: Path) -> None:
    url = "https://arxiv.org/abs/2310.16944"
    plan = run(
        tmp_path,
        entry("la:1", "Zephyr: Direct Distillation of Language Model Alignment", url),
        entry("lb:1", "Zephyr: Direct Distillation of LM Alignment", url),
    )
    assert len(plan.papers) == 1


MUST_NOT_MERGE = {
    "data vs dataset distillation": ("Data Distillation", "Dataset Distillation"),
    "two works called MGD": (
        "MGD: Matching Guided Distillation",
        "MGD: Masked Generative Distillation",
    ),
    "two parts of one main title": (
        "Knowledge Distillation in Practice: Part One of a Study",
        "Knowledge Distillation in Practice: Part Two of a Study",
    ),
    "a word that is not a misspelling": (
        "Knowledge Distillation for Object Detection",
        "Knowledge Distillation for Object Detectors",
    ),
    "a number": (
        "YOLOv3 Distillation for Fast Detectors",
        "YOLOv4 Distillation for Fast Detectors",
    ),
    "short titles one word apart": (
        "Relational Knowledge Distillation",
        "Residual Knowledge Distillation",
    ),
}


@pytest.mark.parametrize("kind", sorted(MUST_NOT_MERGE))
def test_look_alikes_stay_two_records(tmp_path: Path, kind: str) -> None:
    first, second = MUST_NOT_MERGE[kind]
    authors = ("Ada Lovelace",)
    plan = run(
        tmp_path,
        entry("la:1", first, year=2020, authors=authors),
        entry("lb:1", second, year=2020, authors=authors),
    )
    assert len(plan.papers) == 2


def test_near_titles_with_different_arxiv_ids_or_years_apart_stay_two(tmp_path: Path) -> None:
    title = "Distilled Person Re-Identification: Towards a More Scalable System"
    typo = title.replace("Towards", "Towars")
    apart_by_id = run(
        tmp_path,
        entry("la:1", title, "https://arxiv.org/abs/1901.00001"),
        entry("lb:1", typo, "https://arxiv.org/abs/1902.00002"),
    )
    assert len(apart_by_id.papers) == 2
    apart_by_year = run(tmp_path, entry("la:1", title, year=2016), entry("lb:1", typo, year=2019))
    assert len(apart_by_year.papers) == 2
    apart_by_authors = run(
        tmp_path,
        entry("la:1", title, authors=("Ancong Wu", "Wei-Shi Zheng")),
        entry("lb:1", typo, authors=("Someone Else", "Another Person")),
    )
    assert len(apart_by_authors.papers) == 2


def test_a_shared_identifier_with_disagreeing_titles_is_never_merged(tmp_path: Path) -> None:
    url = "https://arxiv.org/abs/2002.03532"
    plan = run(
        tmp_path,
        entry("la:1", "Understanding and Improving Knowledge Distillation", url),
        entry("lb:1", "Towards Understanding Knowledge Distillation", url),
    )
    assert len(plan.papers) == 2
    assert [f.kind for f in plan.analysis.findings if f.severity == "conflict"] == [
        "identifier-title"
    ]


def test_title_helpers() -> None:
    assert loose_keys("MGD: Matching Guided Distillation") == ("matching guided distillation",)
    assert loose_keys("Data Distillation") == ()
    assert loose_keys("Knowledge distillation: A good teacher is patient and consistent") == ()
    assert title_variants("Old Title of Four Words (New Title of Four Words)") == (
        "Old Title of Four Words",
        "New Title of Four Words",
    )
    assert title_variants("Pruning (and Distilling) Large Language Models") == (
        "Pruning (and Distilling) Large Language Models",
    )
    assert one_typo("learning from a teacher network", "learning from a taecher network")
    assert not one_typo("learning from a teacher network", "learning from a student network")
