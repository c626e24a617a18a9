"""The catalogue arranged as the website shows it: papers by category, year, venue and tag.

Built once per build from the loaded catalogue; every page is rendered from this one model, so
that counts on different pages always agree with each other and with the data.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import attrgetter

from ...core.models import Category, CodeLink
from ...core.store import CODE, PAPERS, SOURCES, VENUES, Catalogue
from ...core.tree import children, count_under, walk
from ...incremental.fragments import Fragments
from ..readme_lines import code_by_paper
from . import paths
from .views import PaperView, assemble, derive, tag_refs

# Sort keys: newest year first (undated last), then by title; by title. Read from the views,
# which compute them once.
newest_first: Callable[[PaperView], tuple[int, str, str]] = attrgetter("sort_newest")
by_title: Callable[[PaperView], tuple[str, str]] = attrgetter("sort_title")


@dataclass(frozen=True)
class YearGroup:
    """Papers of one year on a page that lists several years (``year`` is None: undated)."""

    year: int | None
    papers: list[PaperView]

    @property
    def anchor(self) -> str:
        # An underscore keeps it apart from paper keys, which are the cards' anchors.
        return f"year_{self.year}" if self.year is not None else "year_undated"

    @property
    def heading(self) -> str:
        return str(self.year) if self.year is not None else "Undated"


def by_year(papers: Iterable[PaperView]) -> list[YearGroup]:
    """Newest year first, undated last; papers by title within a year."""
    groups: dict[int | None, list[PaperView]] = defaultdict(list)
    for paper in papers:
        groups[paper.year].append(paper)
    order = sorted(groups, key=lambda y: (y is None, -(y or 0)))
    return [YearGroup(y, sorted(groups[y], key=by_title)) for y in order]


def _counted(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


@dataclass(frozen=True)
class Tally:
    """How many papers and talks: every count the site shows, always the two apart (a talk is
    never counted as a paper), and written the same way everywhere (the browse page's script
    writes its counts as ``text`` does)."""

    papers: int = 0
    talks: int = 0

    @classmethod
    def of(cls, views: Iterable[PaperView]) -> Tally:
        kinds = [view.kind for view in views]
        talks = kinds.count("talk")
        return cls(len(kinds) - talks, talks)

    @property
    def records(self) -> int:
        return self.papers + self.talks

    @property
    def text(self) -> str:
        """``12 papers``, ``12 papers and 1 talk``, ``2 talks``."""
        parts = [_counted(self.papers, "paper", "papers")] if self.papers or not self.talks else []
        if self.talks:
            parts.append(_counted(self.talks, "talk", "talks"))
        return " and ".join(parts)


@dataclass(frozen=True)
class CategoryNode:
    category: Category
    depth: int
    page: str
    papers: list[PaperView]
    # Records filed here or in any category below: what the tree and the filters count.
    total: int
    children: list[str]
    # The same records, papers and talks apart.
    under: Tally = Tally()


@dataclass(frozen=True)
class TagView:
    name: str
    page: str
    papers: list[PaperView]


@dataclass
class SiteModel:
    catalogue: Catalogue
    papers: dict[str, PaperView]
    tree: list[CategoryNode]
    uncategorised: list[PaperView]
    # Every talk: the talks page shows them all (its cards are the home of uncategorised ones).
    talks: list[PaperView]
    years: dict[int | None, list[PaperView]]
    venues: dict[str, list[PaperView]]
    tags: list[TagView]
    standalone_code: list[CodeLink]
    code_records: dict[str, list[CodeLink]] = field(default_factory=dict)

    @property
    def nodes(self) -> dict[str, CategoryNode]:
        return {node.category.id: node for node in self.tree}

    def with_code(self) -> list[PaperView]:
        """Papers and talks that show code, newest first: what "with code" counts."""
        return sorted((p for p in self.papers.values() if p.has_code), key=newest_first)


def tag_slugs(tags: Iterable[str]) -> dict[str, str]:
    """A page name for every tag: ASCII, lower-case, hyphenated, unique (``-2`` on a clash)."""
    taken = {"index"}  # the folder's index page
    found: dict[str, str] = {}
    for tag in sorted(set(tags), key=lambda t: (t.casefold(), t)):
        folded = unicodedata.normalize("NFKD", tag).encode("ascii", "ignore").decode("ascii")
        base = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "tag"
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        found[tag] = paths.tag_page(slug)
    return found


def _standalone(catalogue: Catalogue, tied: dict[str, list[CodeLink]]) -> list[CodeLink]:
    """Code records tied to no known paper (those ``code_by_paper`` leaves out), by title."""
    alone = [link for link in catalogue.code.values() if link.paper not in tied]
    return sorted(alone, key=lambda c: (c.title.casefold(), c.key))


def _tree(catalogue: Catalogue, papers: dict[str, PaperView]) -> list[CategoryNode]:
    # Papers by their list of categories: few lists, each worked out once.
    by_list: dict[tuple[str, ...], list[PaperView]] = defaultdict(list)
    for key, paper in catalogue.papers.items():
        by_list[tuple(paper.categories)].append(papers[key])
    filed: dict[str, list[PaperView]] = defaultdict(list)
    for categories, views in by_list.items():
        for category_id in dict.fromkeys(categories):
            filed[category_id] += views
    # Records filed here or below, and talks among them.
    total = count_under({c: len(views) for c, views in by_list.items()}, catalogue.categories)
    talks = {c: Tally.of(views).talks for c, views in by_list.items()}
    talks_under = count_under({c: n for c, n in talks.items() if n}, catalogue.categories)
    return [
        CategoryNode(
            category=category,
            depth=depth,
            page=paths.category_page(category.id),
            papers=sorted(filed[category.id], key=newest_first),
            total=total[category.id],
            children=[c.id for c in children(catalogue.categories, category.id)],
            under=Tally(total[category.id] - talks_under[category.id], talks_under[category.id]),
        )
        for depth, category in walk(catalogue.categories)
    ]


def _views(
    catalogue: Catalogue,
    tied: dict[str, list[CodeLink]],
    tag_pages: dict[str, str],
    fragments: Fragments | None,
) -> dict[str, PaperView]:
    """Every paper's view, by key. What is slow to work out of each (``derive``) is a fragment
    kept under the paper's file and one digest of all else it reads (the venue, code and source
    records, which categories there are, every tag's page): after a paper's edit, only that
    paper's is worked out again; after any other record's, every one."""
    world = None
    if fragments is not None:
        others = fragments.every(VENUES.name, CODE.name, SOURCES.name)
        shown = [
            *sorted(catalogue.categories),
            *(i for pair in sorted(tag_pages.items()) for i in pair),
        ]
        world = fragments.shows(others, names=shown)
    views: dict[str, PaperView] = {}
    for key in sorted(catalogue.papers):
        paper = catalogue.papers[key]
        code = tied.get(key, [])
        tags = tag_refs(paper, tag_pages)
        args = (paper, catalogue, fragments, code, tags)
        if fragments is None or world is None:
            derived = derive(*args)
        else:
            shows = fragments.shows(fragments.record(PAPERS.name, key), world)
            derived = fragments.get("view", shows, functools.partial(derive, *args))
        views[key] = assemble(paper, catalogue, code, tags, derived)
    return views


def build_model(catalogue: Catalogue, fragments: Fragments | None = None) -> SiteModel:
    """The model; ``fragments``: what is slow to work out of each paper's view, as kept between
    builds."""
    tied = code_by_paper(catalogue)
    alone = _standalone(catalogue, tied)
    tag_pages = tag_slugs(t for p in catalogue.papers.values() for t in p.tags)
    papers = _views(catalogue, tied, tag_pages, fragments)
    years: dict[int | None, list[PaperView]] = defaultdict(list)
    venues: dict[str, list[PaperView]] = defaultdict(list)
    tagged: dict[str, list[PaperView]] = defaultdict(list)
    for paper in papers.values():
        years[paper.year].append(paper)
        if paper.venue is not None:
            venues[paper.venue.id].append(paper)
        for tag in paper.tags:
            tagged[tag.name].append(paper)
    return SiteModel(
        catalogue=catalogue,
        papers=papers,
        tree=_tree(catalogue, papers),
        uncategorised=sorted(
            (p for p in papers.values() if p.home == paths.UNCATEGORISED), key=newest_first
        ),
        talks=sorted((p for p in papers.values() if p.kind == "talk"), key=newest_first),
        years={y: sorted(years[y], key=by_title) for y in years},
        venues={v: sorted(venues[v], key=newest_first) for v in sorted(venues)},
        tags=[
            TagView(name, page, sorted(tagged[name], key=newest_first))
            for name, page in tag_pages.items()
        ],
        standalone_code=alone,
        code_records=dict(tied),
    )
