"""Code attached to papers through indexes: what comparing every pair finds, at constant work."""

from __future__ import annotations

import random

import pytest

from catalogue.core.models import Paper
from catalogue.ingest import code_attach as attach
from catalogue.ingest.code_attach import _COMMON, PaperIndex, code_variants

from .conftest import count_calls, papers

WORDS = "alpha beta gamma delta eps zeta the of knowledge distillation net nets".split()


class EveryPair(PaperIndex):
    """The same rules with every paper a candidate: what the index must agree with."""

    def _candidates(self, variant: str) -> set[str]:
        telling = set(variant.split()) - _COMMON
        return {key for key in self._titles if telling & self._uncommon[key]}


def _probe(titles: list[str], rng: random.Random) -> str:
    """A code title near one of the titles: a word dropped, added, replaced or misspelt."""
    words = rng.choice(titles).split()
    i = rng.randrange(len(words))
    edit = rng.randrange(5)
    if edit == 0 and len(words) > 1:
        del words[i]
    elif edit == 1:
        words.insert(i, rng.choice(WORDS))
    elif edit == 2:
        words[i] = rng.choice(WORDS)
    elif edit == 3 and len(words[i]) > 1:
        words[i] = words[i][1:]
    elif edit == 4:
        words = [*rng.choices(WORDS, k=rng.randint(1, 4)), *words, "pytorch"]
    return " ".join(words)


def test_the_index_attaches_what_comparing_every_pair_attaches() -> None:
    # A tiny vocabulary: titles share words everywhere, so near spellings abound.
    rng = random.Random(3)
    near = 0
    for _ in range(150):
        found: dict[str, Paper] = {}
        for i in range(rng.randint(1, 30)):
            title = " ".join(rng.choices(WORDS, k=rng.randint(1, 8)))
            if rng.random() < 0.2:
                title = title.replace(" ", ": ", 1)
            found[f"p{i}x"] = Paper(key=f"p{i}x", title=title)
        index, every = PaperIndex(found), EveryPair(found)
        titles = [p.title for p in found.values()]
        for _ in range(30):
            probe = _probe(titles, rng)
            found_here = index.match(probe, [])
            assert found_here == every.match(probe, []), probe
            exact = any(every._variants.get(v) for v in code_variants(probe))
            near += found_here is not None and not exact
    assert near > 1000  # the probes did reach the rules beyond an exact title


@pytest.mark.parametrize("make", [lambda t: f"Code for {t}", lambda t: t[:-1]])
def test_work_per_code_stays_the_same_as_the_catalogue_grows(
    make: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    compared = count_calls(monkeypatch, attach, "_names")
    per_probe = []
    for n in (1000, 5000):
        found = papers(n)
        index = PaperIndex({p.key: p for p in found})
        probes = [make(p.title) for p in found[::10]]  # type: ignore[operator]
        compared[0] = 0
        matched = [index.match(probe, []) for probe in probes]
        assert sum(m is not None for m in matched) >= 0.9 * len(probes)
        per_probe.append(compared[0] / len(probes))
    # Comparing every pair would be 1,000 and 5,000 title comparisons per code.
    assert per_probe[0] > 0  # the count sees the comparisons
    assert per_probe[1] <= 3 and per_probe[1] <= 1.5 * per_probe[0]
