"""The .bib files are put together in one pass, and plain titles skip the piecewise encoding:
both give exactly the text of the straightforward way."""

from __future__ import annotations

import random
import string

import pytest

from catalogue import api
from catalogue.core.models import Category
from catalogue.outputs.bibtex import _protect_pieces, paper_to_bibtex, protect_title
from catalogue.outputs.bibtex_output import assemble

from ..oracles import papers_under
from .conftest import make_catalogue, paper


def tangled_catalogue(seed: int):  # type: ignore[no-untyped-def]
    """Papers in several, unknown or no categories, under a tree with cycles and lost parents."""
    rnd = random.Random(seed)
    ids = [f"cat{i}" for i in range(rnd.randint(1, 8))]
    catalogue = make_catalogue(
        *(
            paper(
                f"k{rnd.randint(0, 999):03d}x{i}",
                f"Title {i}",
                year=2000 + i,
                categories=rnd.sample([*ids, "nowhere"], rnd.randint(0, 2)),
            )
            for i in range(30)
        )
    )
    catalogue.categories = {
        cid: Category(id=cid, title=cid, parent=rnd.choice([None, "lost", cid, *ids]))
        for cid in ids
    }
    return catalogue


@pytest.mark.parametrize("seed", range(25))
def test_by_category_equals_one_category_at_a_time(seed: int) -> None:
    catalogue = tangled_catalogue(seed)
    entries = {key: paper_to_bibtex(p, catalogue) for key, p in catalogue.papers.items()}
    under = {
        c: papers_under(catalogue.papers, catalogue.categories, c) for c in catalogue.categories
    }
    expected = {
        cid: "\n".join(entries[p.key] for p in under[cid])
        for cid in sorted(catalogue.categories)
        if under[cid]
    }
    texts = assemble(catalogue, entries)
    assert texts.by_category == expected
    assert list(texts.by_category) == list(expected)  # files in id order
    assert texts.everything == "\n".join(entries[key] for key in sorted(entries))
    for cid in catalogue.categories:  # the export: the same text, made by the output
        assert api.export(catalogue, "bibtex", cid).decode() == expected.get(cid, "")


def test_plain_titles_take_the_fast_path_with_the_same_braces() -> None:
    rnd = random.Random(5)
    # Every character the fast path accepts, with words that need braces or not.
    plain = string.ascii_letters + string.digits + " .,;:!?()/+=*@|'[]-"
    words = ["FitNets", "BERT", "V2", "3D", "x2", "Hints", "for", "a", "ResNet-50", "e.g."]
    for _ in range(3000):
        parts = [rnd.choice(words) if rnd.random() < 0.5 else rnd.choice(plain) for _ in range(8)]
        title = " ".join("".join(parts).split())
        assert protect_title(title) == _protect_pieces(title), title
    assert protect_title("FitNets: Hints for V2 and 3D") == "{FitNets}: Hints for {V2} and {3D}"
    # Not plain: the piecewise way, which encodes what LaTeX needs.
    assert protect_title("Über KD & BERT") == '{\\"U}ber {KD} {\\&} {BERT}'
