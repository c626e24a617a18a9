"""What one paper card shows, computed once per paper from its record and the catalogue.

The templates receive these typed views and only lay them out and escape them; every decision
(which links, in which order, under which label, where the card lives) is made here. What is
slow to work out of a view (``derive``) is plain data kept between builds as a fragment (see
``model``); each view carries the digest of everything it shows (``inputs``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter

from ...core.models import CodeLink, LinkKind, Paper, Venue
from ...core.store import Catalogue
from ...incremental.fragments import Fragments
from ...ingest.link_curation import KIND_ORDER
from ..markdown import short_authors
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
    LinkKind.DATA: "Data",
    LinkKind.CITATION: "Citation",
    LinkKind.BLOG: "Blog",
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


@dataclass(eq=False)
class PaperView:
    """One paper as the site shows it. What every page needs is computed up front; what only its
    card shows (links, sources, summary...) is computed from the record when the card is made,
    which a build that finds the card in its memo (see ``renderer``) never does. (Not frozen: one
    is made for every paper in every build, and a frozen dataclass is three times slower to
    make; nothing changes one once made.)"""

    key: str
    title: str
    # What lists sort by (computed once: sorts ask many times): newest first, and by title.
    sort_newest: tuple[int, str, str]
    sort_title: tuple[str, str]
    kind: str
    authors: list[str]
    venue: Venue | None
    year: int | None
    has_code: bool
    tags: list[TagRef]
    # The page that holds this paper's card (its first known category); other pages link there.
    home: str
    added: str | None
    # A digest of every record file this view is made from (the paper's, its venue's, its code
    # records' and its sources'), with the tag pages and home page it links to: what its card,
    # list entry and browse row are kept under (see ``incremental.fragments``). None: a record
    # has no file digest (a catalogue made in memory), and nothing made from this view is kept.
    inputs: bytes | None
    record: Paper = field(repr=False, compare=False)
    code: list[CodeLink] = field(repr=False, compare=False)
    catalogue: Catalogue = field(repr=False, compare=False)

    @cached_property
    def links(self) -> list[LinkView]:
        return links(self.record, self.code)

    @cached_property
    def sources(self) -> list[SourceRef]:
        known = self.catalogue.sources
        return [
            SourceRef(e.source, known[e.source].title, e.line)
            for e in self.record.sources
            if e.source in known
        ]

    @property
    def url(self) -> str | None:
        return self.record.primary_url

    @property
    def summary(self) -> str | None:
        return self.record.summary

    @property
    def datasets(self) -> list[str]:
        return list(self.record.datasets)

    @property
    def networks(self) -> list[str]:
        return list(self.record.networks)

    @property
    def page(self) -> str:
        """The paper's own page."""
        return paths.paper_page(self.key)

    @property
    def venue_page(self) -> str | None:
        return paths.venue_page(self.venue.id) if self.venue is not None else None

    @property
    def year_page(self) -> str:
        return paths.year_page(self.year)

    @property
    def short_authors(self) -> str:
        return short_authors(self.authors)


# Per kind: its button label, and what a link's own label may not repeat to be shown beside it.
_LABELS = {kind: (label, (label.casefold(), kind.value)) for kind, label in _KIND_LABEL.items()}
_RANK = {kind: rank for rank, kind in enumerate(KIND_ORDER)}


def _label(kind: LinkKind, detail: str | None) -> str:
    base, plain = _LABELS[kind]
    detail = (detail or "").strip()
    if detail and detail.casefold() not in plain:
        return f"{base} ({detail})"
    return base


def arxiv_url(arxiv: str) -> str:
    return f"https://arxiv.org/abs/{arxiv}"


def doi_url(doi: str) -> str:
    return f"https://doi.org/{doi}"


def links(paper: Paper, code: list[CodeLink]) -> list[LinkView]:
    """The record's links, its identifiers' canonical pages and its code records, once per URL."""
    # (kind, url, what the button may add to the kind's label: the link's label, code's framework)
    candidates = [(link.kind, link.url, link.label) for link in paper.links]
    if paper.identifiers.arxiv:
        candidates.append((LinkKind.ARXIV, arxiv_url(paper.identifiers.arxiv), None))
    if paper.identifiers.doi:
        candidates.append((LinkKind.DOI, doi_url(paper.identifiers.doi), None))
    candidates += [(LinkKind.CODE, c.url, c.framework) for c in code]
    seen: set[str] = set()
    found: list[tuple[int, LinkView]] = []
    for kind, url, detail in candidates:
        if url in seen:
            continue
        seen.add(url)
        found.append((_RANK[kind], LinkView(kind.value, _label(kind, detail), url)))
    # Buttons in the curated links' order, the order a reader looks for them (the title already
    # links to the first paper kind); the sort is stable: within a kind, the record's order stays.
    return [view for _, view in sorted(found, key=itemgetter(0))]


def home_page(paper: Paper, catalogue: Catalogue) -> str:
    for category_id in paper.categories:
        if category_id in catalogue.categories:
            return paths.category_page(category_id)
    return paths.TALKS if paper.kind == "talk" else paths.UNCATEGORISED


def has_code(paper: Paper, code: list[CodeLink]) -> bool:
    """Whether ``links`` shows a code button, without making the buttons: a code link counts
    when no link before it (the record's, then its identifiers') has the same URL."""
    if not code and all(link.kind != LinkKind.CODE for link in paper.links):
        return False  # most papers: no code anywhere
    first: dict[str, LinkKind] = {}
    for link in paper.links:
        first.setdefault(link.url, link.kind)
    if LinkKind.CODE in first.values():
        return True
    taken = set(first)
    if paper.identifiers.arxiv:
        taken.add(arxiv_url(paper.identifiers.arxiv))
    if paper.identifiers.doi:
        taken.add(doi_url(paper.identifiers.doi))
    return any(c.url not in taken for c in code)


# What a view works out from its paper's record and the catalogue, as plain data a memo keeps:
# title, title case-folded, has code, home page, date added, inputs digest.
Derived = tuple[str, str, bool, str, str | None, bytes | None]


def derive(
    paper: Paper,
    catalogue: Catalogue,
    fragments: Fragments | None,
    code: list[CodeLink],
    tags: list[TagRef],
) -> Derived:
    title = " ".join(paper.title.split())
    home = home_page(paper, catalogue)
    inputs = None
    if fragments is not None:
        shown = [home, *(tag.page for tag in tags)]
        inputs = fragments.shows(fragments.paper(paper.key), names=shown)
    return (
        title,
        title.casefold(),
        has_code(paper, code),
        home,
        paper.added.isoformat() if paper.added else None,
        inputs,
    )


def tag_refs(paper: Paper, tag_pages: dict[str, str]) -> list[TagRef]:
    return [TagRef(tag, tag_pages[tag]) for tag in dict.fromkeys(paper.tags)] if paper.tags else []


def assemble(
    paper: Paper,
    catalogue: Catalogue,
    code: list[CodeLink],
    tags: list[TagRef],
    derived: Derived,
) -> PaperView:
    title, folded, code_shown, home, added, inputs = derived
    year = paper.year
    # By position, in the order of the fields (keywords cost a tenth of a build's views).
    return PaperView(
        paper.key,
        title,
        (-(year or 0), folded, paper.key),
        (folded, paper.key),
        paper.kind,
        list(paper.authors),
        catalogue.venues.get(paper.venue) if paper.venue else None,
        year,
        code_shown,
        tags,
        home,
        added,
        inputs,
        paper,
        code,
        catalogue,
    )
