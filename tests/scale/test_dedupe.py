"""Clustering compares candidates within blocks only: linear in the catalogue, never all pairs."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalogue.core.store import Catalogue
from catalogue.ingest import dedupe
from catalogue.ingest.reconcile import candidates

from .conftest import code_for, count_calls, papers


def test_title_comparisons_grow_with_the_catalogue_not_its_square(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    compared = count_calls(monkeypatch, dedupe, "similar_titles")
    counts = []
    for n in (1000, 5000):
        found = papers(n)
        cat = Catalogue(
            root=Path("."),
            papers={p.key: p for p in found},
            code={c.key: c for c in code_for(found)},
        )
        compared[0] = 0
        clustering = dedupe.cluster(candidates(cat))
        # Every paper and code record is one cluster with the list entries it holds.
        assert len(clustering.clusters) == len(cat.papers) + len(cat.code)
        counts.append(compared[0])
    assert counts[0] > 0  # the count sees the comparisons
    assert counts[1] <= 5.5 * counts[0]
    assert counts[1] <= 2 * 5000  # all pairs of ~11,700 candidates would be ~68 million
