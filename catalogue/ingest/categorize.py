"""Place papers in categories by the rules kept in the data.

A source section heading that a category lists among its ``aliases`` places the paper there, and
so does a category ``keyword`` found in the title (as whole words, ignoring case and punctuation):
a list's section says what the list thought, the title often says more (a segmentation paper
filed under "2021"). A paper record's own ``categories`` always win: these rules only fill in
what nobody decided.

The rules are normalised once per set of categories (``rules_for``), not once per paper: an
import derives every paper of the catalogue again, and normalising every keyword for each of them
made the cost of an import grow with the catalogue (7.8 of 13.6 s of one import, profiled).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..core.models import Category

FALLBACK = "general"  # category for papers no rule places; must exist in data/categories/

_NON_WORD_RE = re.compile(r"[^a-z0-9]+")


def _norm(text: str) -> str:
    return _NON_WORD_RE.sub(" ", text.lower()).strip()


@dataclass(frozen=True)
class Rules:
    """The categories' rules, normalised, in category order."""

    order: tuple[str, ...]
    aliases: tuple[tuple[str, frozenset[str]], ...]
    keywords: tuple[tuple[str, tuple[str, ...]], ...]

    @classmethod
    def build(cls, categories: Mapping[str, Category]) -> Rules:
        ranked = sorted(categories.items(), key=lambda kv: (kv[1].order, kv[0]))
        aliases = tuple((cid, frozenset(_norm(a) for a in c.aliases)) for cid, c in ranked)
        keywords = tuple(
            (cid, tuple(f" {k} " for k in (_norm(w) for w in c.keywords) if k)) for cid, c in ranked
        )
        return cls(tuple(cid for cid, _ in ranked), aliases, keywords)


# The rules of the last categories asked about, under their ids and the identity of each record
# (kept alive with the rules, so that no other object can take an identity while they are used).
_last: tuple[tuple[tuple[str, Category], ...], Rules] | None = None


def rules_for(categories: Mapping[str, Category]) -> Rules:
    """The normalised rules of ``categories``, built again only when the records change."""
    global _last
    records = tuple(categories.items())
    if _last is not None and _same(_last[0], records):
        return _last[1]
    _last = (records, Rules.build(categories))
    return _last[1]


def _same(a: tuple[tuple[str, Category], ...], b: tuple[tuple[str, Category], ...]) -> bool:
    return len(a) == len(b) and all(
        x[0] == y[0] and x[1] is y[1] for x, y in zip(a, b, strict=True)
    )


def by_section(sections: Iterable[str], categories: Mapping[str, Category]) -> list[str]:
    wanted = {_norm(s) for s in sections}
    return [cid for cid, names in rules_for(categories).aliases if names & wanted]


def by_keywords(title: str, categories: Mapping[str, Category]) -> list[str]:
    text = f" {_norm(title)} "
    return [cid for cid, words in rules_for(categories).keywords if any(w in text for w in words)]


def assign(title: str, sections: Iterable[str], categories: Mapping[str, Category]) -> list[str]:
    """Categories for a paper from its source sections and its title, in category order; never
    empty if the fallback category exists. Keywords are looked for in the title and in each
    heading; the fallback's own aliases are headings that name no topic and place nothing."""
    headings = list(sections)
    found = set(by_section(headings, categories)) | set(by_keywords(title, categories))
    for heading in headings:
        found.update(by_keywords(heading, categories))
    found.discard(FALLBACK)
    chosen = [c for c in rules_for(categories).order if c in found]
    if not chosen and FALLBACK in categories:
        chosen = [FALLBACK]
    return chosen
