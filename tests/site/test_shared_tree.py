"""The site's downloads and category tree count what ``papers_under`` finds, even in a tree with
unknown parents, self-parents and cycles; code tied to no known paper is listed on its own."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from catalogue.core.models import Category, CodeLink, Paper
from catalogue.core.store import Catalogue
from catalogue.outputs.context import BuildContext
from catalogue.outputs.site import paths
from catalogue.outputs.site.downloads import downloads
from catalogue.outputs.site.model import build_model

from ..oracles import papers_under


def random_catalogue(seed: int) -> Catalogue:
    rnd = random.Random(seed)
    ids = [f"c{i}" for i in range(rnd.randint(1, 8))]
    categories = {
        cid: Category(id=cid, title=cid.upper(), parent=rnd.choice([None, "missing", cid, *ids]))
        for cid in ids
    }
    pool = [*ids, "unknown"]
    papers = [
        Paper(
            key=f"p{rnd.randint(0, 10**6):07d}x{i}",
            title=f"Paper {i}",
            categories=rnd.sample(pool, min(len(pool), rnd.choice([0, 1, 1, 2, 3]))),
        )
        for i in range(30)
    ]
    keys = [p.key for p in papers]
    code = [
        CodeLink(
            key=f"code{i}",
            url=f"https://example.org/{i}",
            title=rnd.choice(["Alpha", "beta", "Gamma"]),
            paper=rnd.choice([None, "p9999999x0", *keys]),
        )
        for i in range(12)
    ]
    return Catalogue(
        root=Path("data"),
        papers={p.key: p for p in papers},
        code={c.key: c for c in code},
        categories=categories,
    )


@pytest.mark.parametrize("seed", range(12))
def test_download_counts_and_tree_totals_are_papers_under(seed: int) -> None:
    catalogue = random_catalogue(seed)
    files = {d.path: d for d in downloads(BuildContext(catalogue))}
    totals = {node.category.id: node.total for node in build_model(catalogue).tree}
    for cid, category in catalogue.categories.items():
        under = papers_under(catalogue.papers, catalogue.categories, cid)
        assert totals[cid] == len(under)
        found = files.get(f"{paths.DOWNLOADS_DIR}/{cid}.bib")
        if under:
            assert found is not None and (found.papers, found.title) == (len(under), category.title)
        else:
            assert found is None


@pytest.mark.parametrize("seed", range(12))
def test_code_is_tied_to_known_papers_or_standalone(seed: int) -> None:
    catalogue = random_catalogue(seed)
    model = build_model(catalogue)
    for key, records in model.code_records.items():
        assert key in catalogue.papers and records
        assert [r.key for r in records] == sorted(r.key for r in records)
        assert all(r.paper == key for r in records)
    tied = {r.key for records in model.code_records.values() for r in records}
    alone = [c for c in catalogue.code.values() if c.key not in tied]
    assert all(c.paper not in catalogue.papers for c in alone)
    assert model.standalone_code == sorted(alone, key=lambda c: (c.title.casefold(), c.key))
