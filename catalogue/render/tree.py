"""The category tree: children in order, descendants, and the papers that belong under a node.

Every output that follows the tree (README, BibTeX per category, the site) walks it through these
functions, so that they agree on the order: ``order`` first, then the id.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ..models import Category, Paper


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


def papers_under(
    papers: Mapping[str, Paper], categories: Mapping[str, Category], root: str
) -> list[Paper]:
    """Papers filed in ``root`` or any category below it, ordered by key."""
    wanted = descendants(categories, root)
    # Sort the few that match, not every key once per category (outputs ask for each category).
    found = [paper for paper in papers.values() if wanted.intersection(paper.categories)]
    return sorted(found, key=lambda paper: paper.key)
