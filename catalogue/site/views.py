"""What one paper card shows, computed once per paper from its record and the catalogue.

The templates receive these typed views and only lay them out and escape them; every decision
(which links, in which order, under which label, where the card lives) is made here.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..links import KIND_ORDER
from ..models import CodeLink, Link, LinkKind, Paper, Venue
from ..render.markdown import short_authors
from ..store import Catalogue
from . import paths

_KIND_LABEL = {
    LinkKind.PAPER: "Paper",
    LinkKind.PDF: "PDF",
    LinkKind.ARXIV: "arXiv",
    LinkKind.DOI: "DOI",
    LinkKind.CODE: "Code",
    LinkKind.VIDEO: "Video",
    LinkKind.SLIDES: "Slides",
    LinkKind.PROJECT: "Project",
    LinkKind.NOTES: "Notes",
    LinkKind.OTHER: "Link",
}


@dataclass(frozen=True)
class LinkView:
    kind: str
    label: str
    url: str


@dataclass(frozen=True)
class SourceRef:
    id: str
    title: str
    line: int


@dataclass(frozen=True)
class TagRef:
    name: str
    page: str


@dataclass(frozen=True)
class PaperView:
    key: str
    title: str
    url: str | None
    kind: str
    authors: list[str]
    venue: Venue | None
    year: int | None
    links: list[LinkView]
    has_code: bool
    summary: str | None
    datasets: list[str]
    networks: list[str]
    tags: list[TagRef]
    sources: list[SourceRef]
    # The page that holds this paper's card (its first known category); other pages link there.
    home: str
    added: str | None

    @property
    def venue_page(self) -> str | None:
        return paths.venue_page(self.venue.id) if self.venue is not None else None

    @property
    def year_page(self) -> str:
        return paths.year_page(self.year)

    @property
    def short_authors(self) -> str:
        return short_authors(self.authors)

    @property
    def title_sort(self) -> str:
        return self.title.casefold()


def _label(link: Link, extra: str | None = None) -> str:
    base = _KIND_LABEL[link.kind]
    detail = (link.label or extra or "").strip()
    if detail and detail.casefold() not in (base.casefold(), link.kind.value):
        return f"{base} ({detail})"
    return base


def links(paper: Paper, code: list[CodeLink]) -> list[LinkView]:
    """The record's links, its identifiers' canonical pages and its code records, once per URL."""
    candidates: list[tuple[Link, str | None]] = [(link, None) for link in paper.links]
    if paper.identifiers.arxiv:
        url = f"https://arxiv.org/abs/{paper.identifiers.arxiv}"
        candidates.append((Link(kind=LinkKind.ARXIV, url=url), None))
    if paper.identifiers.doi:
        url = f"https://doi.org/{paper.identifiers.doi}"
        candidates.append((Link(kind=LinkKind.DOI, url=url), None))
    candidates += [(Link(kind=LinkKind.CODE, url=c.url), c.framework) for c in code]
    seen: set[str] = set()
    found: list[tuple[int, LinkView]] = []
    for link, extra in candidates:
        if link.url in seen:
            continue
        seen.add(link.url)
        view = LinkView(link.kind.value, _label(link, extra), link.url)
        found.append((KIND_ORDER.index(link.kind), view))
    # Buttons in the curated links' order, the order a reader looks for them (the title already
    # links to the first paper kind); the sort is stable: within a kind, the record's order stays.
    return [view for _, view in sorted(found, key=lambda pair: pair[0])]


def home_page(paper: Paper, catalogue: Catalogue) -> str:
    for category_id in paper.categories:
        if category_id in catalogue.categories:
            return paths.category_page(category_id)
    return paths.TALKS if paper.kind == "talk" else paths.UNCATEGORISED


def paper_view(
    paper: Paper, catalogue: Catalogue, code: list[CodeLink], tag_pages: dict[str, str]
) -> PaperView:
    shown = links(paper, code)
    sources = [
        SourceRef(e.source, catalogue.sources[e.source].title, e.line)
        for e in paper.sources
        if e.source in catalogue.sources
    ]
    return PaperView(
        key=paper.key,
        title=" ".join(paper.title.split()),
        url=paper.primary_url,
        kind=paper.kind,
        authors=list(paper.authors),
        venue=catalogue.venues.get(paper.venue) if paper.venue else None,
        year=paper.year,
        links=shown,
        has_code=any(link.kind == LinkKind.CODE.value for link in shown),
        summary=paper.summary,
        datasets=list(paper.datasets),
        networks=list(paper.networks),
        tags=[TagRef(tag, tag_pages[tag]) for tag in dict.fromkeys(paper.tags)],
        sources=sources,
        home=home_page(paper, catalogue),
        added=paper.added.isoformat() if paper.added else None,
    )
