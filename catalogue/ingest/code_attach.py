"""Implementations attached to the papers they implement.

A code entry belongs to a paper when the paper already links the same URL as its code, or when the
code's title names the paper: the whole title, the part before or after its colon (``TinyBERT``,
``Face Model Compression by …``), the title with a framework or venue tacked on (``Fast Human Pose
Estimation Pytorch``), or a spelling one letter off. A name that fits several papers attaches to
none. Candidates come from indexes, never from comparing every pair: titles a code title holds
are looked up run by run, and titles spelt alike are found by a pair of their rarest words
(prefix filtering: word lists that match well enough share two words among the first few of
each, taken rarest first), so each code meets a handful of papers even among 100,000.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from difflib import SequenceMatcher
from typing import TypeVar

from ..core.identity import normalise_url, title_key
from ..core.models import LinkKind, Paper
from .candidates import CHAR_RATIO, WORD_RATIO

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


# Word lists whose SequenceMatcher ratio reaches WORD_RATIO (r) share at least r / (2 - r) of
# either list's words (2M / (la + lb) >= r with M <= min(la, lb)); the small slack keeps the
# bound on the safe side of float rounding.
_SHARED = WORD_RATIO / (2 - WORD_RATIO) - 1e-9

Token = tuple[str, int]  # a word and how many times it came before in the title


def _tokens(words: list[str]) -> list[Token]:
    seen: dict[str, int] = {}
    out = []
    for word in words:
        n = seen.get(word, 0)
        out.append((word, n))
        seen[word] = n + 1
    return out


T = TypeVar("T")


class _Lazy(dict[str, T]):
    """Values made on first use and kept: an index entry for each of 100,000 papers costs more
    than making the few that matching code asks for."""

    def __init__(self, make: Callable[[str], T]):
        super().__init__()
        self._make = make

    def __missing__(self, key: str) -> T:
        value = self[key] = self._make(key)
        return value


def _add(index: dict[str, list[str]], name: str, key: str) -> None:
    """File ``key`` under ``name``. Lists, not sets: most names have one paper, and a set weighs
    three times a short list. A paper's names are filed together, so a repeat would be the last."""
    found = index.get(name)
    if found is None:
        index[name] = [key]
    elif found[-1] != key:
        found.append(key)


def _titles_of(paper: Paper) -> set[str]:
    return {paper.title, *(e.title for e in paper.sources if e.title)}


def _pairs(rare: list[Token]) -> Iterator[tuple[Token, Token]]:
    """Every pair of the words, rarest first; a single word pairs with itself."""
    if len(rare) == 1:
        yield rare[0], rare[0]
    yield from itertools.combinations(rare, 2)


class PaperIndex:
    def __init__(self, papers: Mapping[str, Paper]):
        self._urls: dict[str, list[str]] = {}
        self._variants: dict[str, list[str]] = {}
        self._titles: dict[str, list[str]] = {}  # paper key -> its title keys
        for key, paper in papers.items():
            for link in paper.links:
                if link.kind is LinkKind.CODE:
                    _add(self._urls, normalise_url(link.url), key)
            for title in _titles_of(paper):
                fulls = self._titles.setdefault(key, [])
                if (full := title_key(title)) not in fulls:
                    fulls.append(full)
                for variant in title_variants(title):
                    _add(self._variants, variant, key)

        kept = dict(papers)  # as they are now, for the words made on first use

        def uncommon(key: str) -> set[str]:
            paper = kept.get(key)
            titles = _titles_of(paper) if paper else set()
            return {w for t in titles for v in title_variants(t) for w in v.split()} - _COMMON

        self._uncommon = _Lazy(uncommon)  # paper key -> telling words
        self._index_words()

    def _index_words(self) -> None:
        """Title keys by their whole run of words and by pairs of their rarest words."""
        # Title key -> papers. A key is its words one space apart, so a run of a code title's
        # words is looked up here as it is.
        self._papers: dict[str, list[str]] = {}
        for key, fulls in self._titles.items():
            for full in fulls:
                _add(self._papers, full, key)
        self._frequency = Counter(
            word for fulls in self._titles.values() for full in fulls for word in full.split()
        )
        self._longest = max((len(f.split()) for f in self._papers), default=0)
        self._tokens = _Lazy(lambda full: frozenset(_tokens(full.split())))
        # (a pair of rare words, a title's length in words) -> title keys. Lists: a title's pairs
        # are distinct, and most pairs belong to one title (a set for each would weigh 3 times).
        self._pairs: dict[tuple[Token, Token, int], list[str]] = defaultdict(list)
        for full in self._papers:
            words = full.split()
            shared = math.ceil(len(words) * _SHARED)  # with any title that matches it
            for a, b in _pairs(self._rarest(words)[: len(words) - shared + 2]):
                self._pairs[(a, b, len(words))].append(full)

    def _rarest(self, words: list[str]) -> list[Token]:
        return sorted(_tokens(words), key=lambda t: (self._frequency[t[0]], t))

    def _alike(self, words: list[str]) -> set[str]:
        """Title keys that may match ``words`` well enough: they share a pair of rare words.

        If two lists share at least o words, the k-th rarest shared word is among the first
        l - o + k words of each (at most l - o words of a list are not shared): so the two rarest
        shared words are a pair of both. A title's own pairs are taken with the o its length
        alone implies; the probe's, per length of the other title, with the larger o both imply."""
        rare = self._rarest(words)
        found: set[str] = set()
        lengths = range(max(1, math.floor(len(words) * _SHARED)), math.ceil(len(words) / _SHARED))
        for length in lengths:  # others share too few words: shared > min(len(words), length)
            shared = math.ceil(WORD_RATIO * (len(words) + length) / 2 - 1e-9)
            if shared <= min(len(words), length):
                for a, b in _pairs(rare[: len(words) - shared + 2]):
                    found.update(self._pairs.get((a, b, length), ()))
        return found

    @staticmethod
    def _one(keys: Iterable[str]) -> str | None:
        found = set(keys)
        return found.pop() if len(found) == 1 else None

    def _candidates(self, variant: str) -> set[str]:
        """Papers whose title this code title may name: a superset of what ``_names`` accepts."""
        words = variant.split()
        found: set[str] = set()
        for start in range(len(words)):
            for end in range(start + 3, min(len(words), start + self._longest) + 1):
                found.update(self._papers.get(" ".join(words[start:end]), ()))
        alike = self._alike(words)
        # Shared words bound the word ratio from above (difflib's quick_ratio, as a set
        # intersection): most titles that share a pair of words fail it.
        tokens = frozenset(_tokens(words))
        for full in alike:
            shared = len(tokens & self._tokens[full])
            if 2.0 * shared / (len(tokens) + len(self._tokens[full])) >= WORD_RATIO:
                found.update(self._papers[full])
        telling = set(words) - _COMMON
        return {key for key in found if telling & self._uncommon[key]}

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
            for key in self._candidates(v)
            if any(_names(v, full) for full in self._titles[key])
        }
        return self._one(near)


def _names(code: str, full: str) -> bool:
    """The code title holds the paper's whole title, or is it spelt one letter off."""
    words, f = code.split(), full.split()
    if len(f) >= 3 and any(words[i : i + len(f)] == f for i in range(len(words))):
        return True
    return _alike(words, f, WORD_RATIO) and _alike(code, full, CHAR_RATIO)


def _alike(a: list[str] | str, b: list[str] | str, threshold: float) -> bool:
    """``SequenceMatcher.ratio() >= threshold``, after its cheap upper bounds (most pairs fail
    those: lengths too far apart, too few shared items)."""
    total = len(a) + len(b)
    # The bound computed as difflib computes ratios, so that rounding cannot tell them apart.
    if total and 2.0 * min(len(a), len(b)) / total < threshold:
        return False
    matcher = SequenceMatcher(None, a, b)
    return matcher.quick_ratio() >= threshold and matcher.ratio() >= threshold
