"""``file_by_category`` gives every category's papers in one pass: the same as one at a time."""

from __future__ import annotations

import random

import pytest

from catalogue.core.models import Category, Paper
from catalogue.core.tree import above, descendants, file_by_category

from ..oracles import papers_under
from .conftest import paper


def random_tree(rnd: random.Random, size: int) -> dict[str, Category]:
    """Categories whose parents are other categories, unknown ids, themselves or cycles."""
    ids = [f"c{i}" for i in range(size)]
    categories = {}
    for cid in ids:
        parent = rnd.choice([None, None, "missing", cid, *ids])
        categories[cid] = Category(
            id=cid, title=cid.upper(), parent=parent, order=rnd.randint(0, 3)
        )
    return categories


def random_papers(rnd: random.Random, categories: dict[str, Category], n: int) -> list[Paper]:
    pool = [*categories, "unknown"]
    return [
        paper(
            f"p{rnd.randint(0, 10**6):07d}x{i}",
            f"Paper {i}",
            categories=rnd.sample(pool, min(k, len(pool))),
        )
        for i in range(n)
        for k in [rnd.choice([0, 1, 1, 2, 3])]
    ]


@pytest.mark.parametrize("seed", range(30))
def test_filing_in_one_pass_equals_papers_under_for_every_category(seed: int) -> None:
    rnd = random.Random(seed)
    categories = random_tree(rnd, rnd.randint(1, 9))
    papers = random_papers(rnd, categories, 40)
    ordered = sorted(papers, key=lambda p: p.key)
    filed = file_by_category(((p.categories, p) for p in ordered), categories)
    assert set(filed) == set(categories)
    by_key = {p.key: p for p in papers}
    for cid in categories:
        assert filed[cid] == papers_under(by_key, categories, cid)


@pytest.mark.parametrize("seed", range(30))
def test_above_is_the_inverse_of_descendants(seed: int) -> None:
    categories = random_tree(random.Random(seed), 8)
    for cid in categories:
        holding = {other for other in categories if cid in descendants(categories, other)}
        assert set(above(categories, cid)) == holding


def test_filing_keeps_the_order_papers_come_in() -> None:
    categories = {
        "top": Category(id="top", title="Top"),
        "sub": Category(id="sub", title="Sub", parent="top"),
    }
    papers = [
        paper("z2020z", "Z", categories=["sub"]),
        paper("a2020a", "A", categories=["top", "sub"]),
    ]
    filed = file_by_category(((p.categories, p) for p in papers), categories)
    assert [p.key for p in filed["top"]] == ["z2020z", "a2020a"]  # one paper in two: once
    assert [p.key for p in filed["sub"]] == ["z2020z", "a2020a"]
