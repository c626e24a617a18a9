"""Place papers in categories by the rules kept in the data.

A source section heading that a category lists among its ``aliases`` places the paper there, and
so does a category ``keyword`` found in the title (as whole words, ignoring case and punctuation):
a list's section says what the list thought, the title often says more (a segmentation paper
filed under "2021"). A paper record's own ``categories`` always win: these rules only fill in
what nobody decided.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ..core.models import Category

FALLBACK = "general"  # category for papers no rule places; must exist in data/categories/


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def by_section(sections: Iterable[str], categories: Mapping[str, Category]) -> list[str]:
    wanted = {_norm(s) for s in sections}
    found = []
    for cid, category in sorted(categories.items(), key=lambda kv: (kv[1].order, kv[0])):
        names = {_norm(a) for a in category.aliases}
        if names & wanted:
            found.append(cid)
    return found


def by_keywords(title: str, categories: Mapping[str, Category]) -> list[str]:
    text = f" {_norm(title)} "
    found = []
    for cid, category in sorted(categories.items(), key=lambda kv: (kv[1].order, kv[0])):
        if any(f" {_norm(k)} " in text for k in category.keywords if _norm(k)):
            found.append(cid)
    return found


def assign(title: str, sections: Iterable[str], categories: Mapping[str, Category]) -> list[str]:
    """Categories for a paper from its source sections and its title, in category order; never
    empty if the fallback category exists."""
    found = set(by_section(sections, categories)) | set(by_keywords(title, categories))
    ordered = [c for c, _ in sorted(categories.items(), key=lambda kv: (kv[1].order, kv[0]))]
    chosen = [c for c in ordered if c in found]
    if not chosen and FALLBACK in categories:
        chosen = [FALLBACK]
    return chosen
