"""Every file of the generated MkDocs ``docs/`` folder, computed in memory from the site model.

Pages are Markdown files whose paper lists are raw HTML from the templates in
``templates/site/``: Python-Markdown passes raw HTML through, which keeps the build fast (its
inline parser is the slow part at ten thousand papers) and keeps escaping in one place.
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path

from ...core.models import Venue, VenueKind
from ...defaults import SITE
from ..bibtex_output import entries as bibtex_entries
from ..context import BuildContext
from . import paths
from .browse_data import browse_bytes
from .chart import year_chart
from .downloads import Download, downloads
from .exports import export_scripts
from .feeds import additions, feeds
from .model import SiteModel, Tally, YearGroup, by_year
from .paper_pages import paper_pages
from .renderer import Renderer
from .settings import DEFAULT_NAME, SiteSettings
from .shell import shell_markdown
from .views import PaperView

LATEST = 12
_KIND_HEADINGS = {
    VenueKind.CONFERENCE: "Conferences",
    VenueKind.JOURNAL: "Journals",
    VenueKind.WORKSHOP: "Workshops",
    VenueKind.PREPRINT: "Preprint servers",
    VenueKind.OTHER: "Other venues",
}


@dataclass(frozen=True)
class Counts:
    records: Tally
    with_code: Tally
    code: int
    categories: int
    venues: int
    sources: int
    first_year: int | None
    last_year: int | None


def counts(model: SiteModel) -> Counts:
    views = model.papers.values()
    years = [p.year for p in views if p.year is not None]
    return Counts(
        records=Tally.of(views),
        with_code=Tally.of(model.with_code()),
        code=len(model.catalogue.code),
        categories=len(model.catalogue.categories),
        venues=len(model.venues),
        sources=len(model.catalogue.sources),
        first_year=min(years, default=None),
        last_year=max(years, default=None),
    )


def _venues_by_name(model: SiteModel) -> list[tuple[Venue, list[PaperView]]]:
    """Venues that have papers, by short name."""
    found = [(model.catalogue.venues[v], papers) for v, papers in model.venues.items()]
    return sorted(found, key=lambda pair: (pair[0].short.casefold(), pair[0].id))


def _cards(r: Renderer, page: str, title: str, papers: list[PaperView], **context: object) -> None:
    groups = [(group, r.card_list(page, group.papers)) for group in by_year(papers)]
    r.page(
        page,
        "cards.md.j2",
        title=title,
        count=Tally.of(papers),
        groups=groups,
        **{"description": None, "node": None, "children": [], "bib": None, **context},
    )


def _listing(
    r: Renderer,
    page: str,
    title: str,
    papers: list[PaperView],
    groups: list[YearGroup] | None = None,
    **context: object,
) -> None:
    r.page(
        page,
        "listing.md.j2",
        title=title,
        count=Tally.of(papers),
        entries=r.entries(page, papers) if groups is None else None,
        groups=[(g, r.entries(page, g.papers)) for g in groups] if groups else None,
        **{"description": None, "browse_query": None, **context},
    )


def _category_pages(r: Renderer, bib_files: set[str]) -> None:
    nodes = r.model.nodes
    for node in r.model.tree:
        bib = f"{paths.DOWNLOADS_DIR}/{node.category.id}.bib"
        _cards(
            r,
            node.page,
            node.category.title,
            node.papers,
            description=node.category.description,
            node=node,
            children=[nodes[c] for c in node.children],
            bib=bib if bib in bib_files else None,
        )
    if r.model.uncategorised:
        _cards(r, paths.UNCATEGORISED, "Not yet categorised", r.model.uncategorised)
    if r.model.talks:
        _cards(r, paths.TALKS, "Talks", r.model.talks)
    uncategorised = Tally.of(r.model.uncategorised)
    r.page(paths.CATEGORIES, "categories.md.j2", tree=r.model.tree, uncategorised=uncategorised)


def _year_pages(r: Renderer) -> None:
    order = sorted(r.model.years, key=lambda y: (y is None, -(y or 0)))
    for year in order:
        title = str(year) if year is not None else "Undated papers"
        query = f"from={year}&to={year}" if year is not None else None
        _listing(r, paths.year_page(year), title, r.model.years[year], browse_query=query)
    years = [(year, Tally.of(r.model.years[year])) for year in order]
    talks = any(tally.talks for _, tally in years)
    r.page(paths.YEARS, "years.md.j2", years=years, talks=talks)


def _venue_pages(r: Renderer) -> None:
    by_name = _venues_by_name(r.model)
    for venue, papers in by_name:
        _listing(
            r,
            paths.venue_page(venue.id),
            venue.short,
            papers,
            description=venue.name,
            groups=by_year(papers),
            browse_query=f"venue={venue.id}",
        )
    kinds = []
    for kind, heading in _KIND_HEADINGS.items():
        rows = [(venue, Tally.of(papers)) for venue, papers in by_name if venue.kind is kind]
        if rows:
            kinds.append((heading, rows))
    r.page(paths.VENUES, "venues.md.j2", kinds=kinds)


def _tag_pages(r: Renderer) -> None:
    for tag in r.model.tags:
        _listing(r, tag.page, tag.name, tag.papers, groups=by_year(tag.papers))
    tags = [(tag, Tally.of(tag.papers)) for tag in r.model.tags]
    r.page(paths.TAGS, "tags.md.j2", tags=tags)


def _about_pages(r: Renderer, files: list[Download]) -> None:
    catalogue = r.model.catalogue
    found: dict[str, Counter[str]] = {"paper": Counter(), "talk": Counter()}
    for paper in catalogue.papers.values():
        if len(paper.sources) == 1:  # most papers: no need to count a source once
            found[paper.kind][paper.sources[0].source] += 1
        else:
            found[paper.kind].update({e.source for e in paper.sources})
    sources = [
        (catalogue.sources[s], Tally(found["paper"][s], found["talk"][s]))
        for s in sorted(catalogue.sources)
    ]
    r.page(paths.SOURCES, "sources.md.j2", sources=sources)
    r.page(
        paths.CODE,
        "code.md.j2",
        **r.code_lines(paths.CODE),
        with_code=Tally.of(r.model.with_code()),
        alone=len(r.model.standalone_code),
    )
    r.page(paths.DOWNLOADS, "downloads.md.j2", downloads=files)
    venues = [catalogue.venues[v] for v in sorted(catalogue.venues)]
    r.page(paths.CONTRIBUTING, "contributing.md.j2", tree=r.model.tree, venues=venues)


def _home_and_browse(r: Renderer) -> None:
    model = r.model
    totals = counts(model)
    # Papers only: talks are counted apart everywhere.
    per_year = {y: Tally.of(p).papers for y, p in model.years.items() if y is not None}
    per_year = {y: n for y, n in per_year.items() if n}
    to_home = functools.partial(paths.relative, paths.HOME)
    chart = year_chart(per_year, lambda y: to_home(paths.year_page(y)))
    # Newest addition first, grouped by day, each day with how many were added on it.
    latest = additions(model.papers.values())[:LATEST]
    per_day = Counter(p.added for p in model.papers.values() if p.added)
    groups = []
    for day, same_day in itertools.groupby(latest, key=attrgetter("added")):
        shown = list(same_day)
        groups.append((day, per_day[day], len(shown), r.entries(paths.HOME, shown)))
    r.page(
        paths.HOME,
        "home.md.j2",
        counts=totals,
        chart=chart,
        latest=groups,
        tree=model.tree,
    )
    venues = [(venue, Tally.of(papers)) for venue, papers in _venues_by_name(model)]
    r.page(
        paths.BROWSE,
        "browse.md.j2",
        total=totals.records,
        tree=model.tree,
        venues=venues,
        first_year=totals.first_year or "",
        last_year=totals.last_year or "",
    )


def _assets(assets_dir: Path) -> dict[str, bytes]:
    """The hand-written stylesheets and scripts, copied under ``docs/assets/``: the shipped
    ones, and the project's (``assets_dir``) over them file by file."""
    found: dict[str, bytes] = {}
    for folder in (SITE / "assets", assets_dir):
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    found[f"assets/{path.relative_to(folder).as_posix()}"] = path.read_bytes()
    return dict(sorted(found.items()))


@dataclass(frozen=True)
class Docs:
    """Every file of ``docs/``, and every paper page's parts by key (see ``paper_pages``)."""

    files: dict[str, bytes]
    papers: dict[str, bytes]


def render_docs(
    ctx: BuildContext, model: SiteModel, assets_dir: Path, settings: SiteSettings | None = None
) -> Docs:
    """Every file of ``docs/`` (pages, downloads, feeds, the browse data and the assets) and the
    paper pages' parts (cards, entries and paper pages kept between builds as the context's
    fragments). ``settings``: the site's name and address (see ``settings``)."""
    fragments = ctx.fragments("site")
    r = Renderer(model, bibtex_entries(ctx), fragments, ctx.templates)
    files = downloads(ctx)
    _home_and_browse(r)
    _category_pages(r, {d.path for d in files})
    _year_pages(r)
    _venue_pages(r)
    _tag_pages(r)
    _about_pages(r, files)
    for download in files:
        r.files[download.path] = download.data
    r.files[paths.BROWSE_DATA] = browse_bytes(model, fragments)
    r.files.update(export_scripts(r))
    r.files.update(_assets(assets_dir))
    r.files[paths.SHELL] = shell_markdown().encode("utf-8")
    settings = settings or SiteSettings(DEFAULT_NAME, None)
    r.files.update(feeds(model, settings.url, settings.name))
    return Docs(r.files, paper_pages(r, settings.url))
