"""Straightforward definitions that tests hold the fast code to."""

from __future__ import annotations

from collections.abc import Mapping

from catalogue.core.models import Category, Paper
from catalogue.core.tree import descendants


def papers_under(
    papers: Mapping[str, Paper], categories: Mapping[str, Category], root: str
) -> list[Paper]:
    """Papers filed in ``root`` or any category below it, ordered by key: one category at a
    time, as the definition says."""
    wanted = descendants(categories, root)
    found = [paper for paper in papers.values() if wanted.intersection(paper.categories)]
    return sorted(found, key=lambda paper: paper.key)
