"""Implementations attached to the papers they implement.

A code entry belongs to a paper when the paper already links the same URL as its code, or when the
code's title names the paper: the whole title, the part before or after its colon (``TinyBERT``,
``Face Model Compression by …``), the title with a framework or venue tacked on (``Fast Human Pose
Estimation Pytorch``), or a spelling one letter off. A name that fits several papers attaches to
none. Candidates come from an index by title word, never from comparing every pair.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from difflib import SequenceMatcher

from .dedupe import CHAR_RATIO, WORD_RATIO
from .identity import normalise_url, title_key
from .models import LinkKind, Paper

# Words too common in this field to suggest which paper a title names.
_COMMON = frozenset(
    "a an and by for from in into knowledge distillation distilling distill learning network"
    " networks neural deep of on the to via with using".split()
)
_TRAILING = re.compile(
    r"(?:\s+(?:pytorch|tensorflow|tf2?|keras|caffe|theano|mxnet|jax|torch|implementation|code))+$"
    r"|\s+in\s+[a-z]+\s?\d{4}$"
)


def title_variants(title: str) -> set[str]:
    """The title and the parts around its first colon, as title keys."""
    found = {title_key(title)}
    if ":" in title:
        head, tail = title.split(":", 1)
        found |= {title_key(head), title_key(tail)}
    return {v for v in found if v}


def code_variants(title: str) -> set[str]:
    key = title_key(re.sub(r"\([^)]*\)", " ", title))
    return {v for v in (key, _TRAILING.sub("", key)) if v}


class PaperIndex:
    def __init__(self, papers: Mapping[str, Paper]):
        self._urls: dict[str, set[str]] = defaultdict(set)
        self._variants: dict[str, set[str]] = defaultdict(set)
        self._titles: dict[str, set[str]] = defaultdict(set)  # paper key -> its title keys
        self._words: dict[str, set[str]] = defaultdict(set)
        for key, paper in papers.items():
            for link in paper.links:
                if link.kind is LinkKind.CODE:
                    self._urls[normalise_url(link.url)].add(key)
            titles = {paper.title, *(e.title for e in paper.sources if e.title)}
            for title in titles:
                self._titles[key].add(title_key(title))
                for variant in title_variants(title):
                    self._variants[variant].add(key)
                    for word in set(variant.split()) - _COMMON:
                        self._words[word].add(key)

    @staticmethod
    def _one(keys: Iterable[str]) -> str | None:
        found = set(keys)
        return found.pop() if len(found) == 1 else None

    def _nearby(self, variant: str) -> set[str]:
        found: set[str] = set()
        for word in set(variant.split()) - _COMMON:
            found |= self._words.get(word, set())
        return found

    def match(self, title: str | None, urls: Iterable[str]) -> str | None:
        """The key of the one paper this code implements, or None."""
        by_url = self._one(k for u in urls for k in self._urls.get(normalise_url(u), ()))
        if by_url or not title:
            return by_url
        variants = code_variants(title)
        exact = self._one(k for v in variants for k in self._variants.get(v, ()))
        if exact:
            return exact
        near = {
            key
            for v in variants
            for key in self._nearby(v)
            if any(_names(v, full) for full in self._titles[key])
        }
        return self._one(near)


def _names(code: str, full: str) -> bool:
    """The code title holds the paper's whole title, or is it spelt one letter off."""
    words, f = code.split(), full.split()
    if len(f) >= 3 and any(words[i : i + len(f)] == f for i in range(len(words))):
        return True
    return (
        SequenceMatcher(None, words, f).ratio() >= WORD_RATIO
        and SequenceMatcher(None, code, full).ratio() >= CHAR_RATIO
    )
