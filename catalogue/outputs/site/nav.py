"""The site's navigation, following the category tree, handed to MkDocs at build time.

Only index pages and the category tree are in it: the theme copies the whole navigation into
every page, so listing every year, venue and tag page (let alone every paper) would repeat them
thousands of times. Those pages are reached from their index pages and from the cards.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from . import paths
from .model import CategoryNode, SiteModel

# MkDocs' nav: a list of {title: page} or {title: [children]} (plain page paths are allowed too).
NavItem = dict[str, "str | list[NavItem | str]"] | str


def _title(text: str) -> str:
    # The theme prints navigation titles as markup: escape them as HTML.
    return escape(" ".join(text.split()), quote=True)


def _branch(node: CategoryNode, nodes: dict[str, CategoryNode], seen: set[str]) -> NavItem:
    seen.add(node.category.id)
    title = _title(node.category.title)
    below = [child for child in node.children if child not in seen]  # a cycle ends here
    if not below:
        return {title: node.page}
    items: list[NavItem | str] = [{title: node.page}]
    items += [_branch(nodes[child], nodes, seen) for child in below]
    return {title: items}


def navigation(model: SiteModel, manual: Sequence[tuple[str, str]] = ()) -> list[NavItem]:
    """The navigation; ``manual``: the manual's pages, (title, page), in their order."""
    nodes = model.nodes
    roots = [node for node in model.tree if node.depth == 0]
    categories: list[NavItem | str] = [{"Overview": paths.CATEGORIES}]
    seen: set[str] = set()
    categories += [_branch(node, nodes, seen) for node in roots if node.category.id not in seen]
    if model.uncategorised:
        categories.append({"Not yet categorised": paths.UNCATEGORISED})
    explore: list[NavItem | str] = [
        {"Years": paths.YEARS},
        {"Venues": paths.VENUES},
        {"Tags": paths.TAGS},
    ]
    if model.talks:
        explore.append({"Talks": paths.TALKS})
    explore += [{"Code": paths.CODE}, {"Source lists": paths.SOURCES}]
    found: list[NavItem] = [
        {"Home": paths.HOME},
        {"Browse": paths.BROWSE},
        {"Categories": categories},
        {"Explore": explore},
        {"Downloads": paths.DOWNLOADS},
        {"Contributing": paths.CONTRIBUTING},
    ]
    if manual:
        found.append({"Manual": [{_title(title): page} for title, page in manual]})
    return found
