"""The category tree: children in order, descendants, and the papers that belong under a node.

Every output that follows the tree (README, BibTeX per category, the site) walks it through these
functions, so that they agree on the order: ``order`` first, then the id.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TypeVar

from .models import Category

T = TypeVar("T")


def _sort_key(category: Category) -> tuple[int, str]:
    return (category.order, category.id)


def children(categories: Mapping[str, Category], parent: str | None) -> list[Category]:
    """Direct children of ``parent`` (roots for ``None``), in display order.

    A category whose parent is unknown is treated as a root, so that a dangling reference (which
    ``catalogue check`` reports) never hides papers.
    """
    found = []
    for category in categories.values():
        own = category.parent if category.parent in categories else None
        if own == parent and category.id != parent:
            found.append(category)
    return sorted(found, key=_sort_key)


def walk(categories: Mapping[str, Category]) -> Iterator[tuple[int, Category]]:
    """Every category once, depth-first in display order, with its depth (roots are 0)."""
    seen: set[str] = set()

    def visit(parent: str | None, depth: int) -> Iterator[tuple[int, Category]]:
        for category in children(categories, parent):
            if category.id in seen:  # a cycle: reported by `catalogue check`
                continue
            seen.add(category.id)
            yield depth, category
            yield from visit(category.id, depth + 1)

    yield from visit(None, 0)
    # Categories only reachable through a cycle still appear, at the top level.
    for category in sorted(categories.values(), key=_sort_key):
        if category.id not in seen:
            seen.add(category.id)
            yield 0, category


def descendants(categories: Mapping[str, Category], root: str) -> set[str]:
    """``root`` and every category below it."""
    found = {root}
    frontier = [root]
    while frontier:
        current = frontier.pop()
        for child in children(categories, current):
            if child.id not in found:
                found.add(child.id)
                frontier.append(child.id)
    return found


def above(categories: Mapping[str, Category], category_id: str) -> list[str]:
    """``category_id`` and every category it sits under: those whose ``descendants`` hold it.

    The parent links walked up are the child links ``children`` walks down (an unknown parent
    makes a root, a category is not its own child), so a cycle stops where it closes.
    """
    found = [category_id]
    parent = categories[category_id].parent
    while parent is not None and parent in categories and parent not in found:
        found.append(parent)
        parent = categories[parent].parent
    return found


def _chains(categories: Mapping[str, Category]) -> dict[str, list[str]]:
    return {category_id: above(categories, category_id) for category_id in categories}


def _holding(chains: Mapping[str, list[str]], filed: Iterable[str]) -> list[str]:
    """The categories that hold a paper filed in ``filed``, each once, in a stable order."""
    found: dict[str, None] = {}
    for category_id in filed:
        for node in chains.get(category_id, ()):
            found[node] = None
    return list(found)


def file_by_category(
    items: Iterable[tuple[Sequence[str], T]], categories: Mapping[str, Category]
) -> dict[str, list[T]]:
    """Every category's values, sub-categories included, in the order ``items`` come in: each
    value stands for a paper (its BibTeX, say), given with the categories the paper is filed in.
    One pass instead of one per category; papers filed alike share the work of finding where
    they belong."""
    chains = _chains(categories)
    found: dict[str, list[T]] = {category_id: [] for category_id in categories}
    targets: dict[tuple[str, ...], list[list[T]]] = {}
    for filed_in, value in items:
        filed = tuple(filed_in)
        lists = targets.get(filed)
        if lists is None:
            lists = targets[filed] = [found[node] for node in _holding(chains, filed)]
        for target in lists:
            target.append(value)
    return found


def count_under(
    filings: Mapping[tuple[str, ...], int], categories: Mapping[str, Category]
) -> dict[str, int]:
    """How many papers each category holds, sub-categories included (``len`` of each list of
    ``filed_under``), from the number of papers with each list of categories."""
    chains = _chains(categories)
    totals = dict.fromkeys(categories, 0)
    for filed, count in filings.items():
        for node in _holding(chains, filed):
            totals[node] += count
    return totals
