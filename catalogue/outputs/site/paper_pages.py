"""Each paper's own page (``papers/<key>.html``): everything its record knows, and how to cite it.

MkDocs costs milliseconds a page, too much for ten thousand of them, so these pages are not
MkDocs pages: their content is rendered here from ``templates/site/paper.html.j2`` (kept between
builds under the paper's ``inputs`` digest, like its card), and ``shell`` puts it into a page the
theme rendered once, after MkDocs has built the rest of the site. A page's parts are its head
tags, its title, its description and its content, joined by ``PART`` (which escaped text can
never contain: ``<`` from the data is always escaped).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from urllib.parse import urlsplit

from ...incremental.fragments import Fragments
from . import paths
from .browse_data import _json as script_json
from .citation import csl, csl_text, highwire, json_ld, ris
from .renderer import Renderer
from .views import PaperView

PART = b"<!--kd:part-->"
DESCRIPTION_LENGTH = 200
_REPOSITORY_HOSTS = ("github.com", "gitlab.com", "bitbucket.org", "codeberg.org")


@dataclass(frozen=True)
class CategoryRef:
    title: str
    page: str


@dataclass(frozen=True)
class CodeRef:
    title: str
    url: str
    repository: str | None
    details: list[str]
    official: bool


def repository(url: str) -> str | None:
    """``owner/name`` of a repository on a known forge, else None."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    segments = [s for s in parts.path.split("/") if s]
    if host in _REPOSITORY_HOSTS and len(segments) >= 2:
        return f"{segments[0]}/{segments[1].removesuffix('.git')}"
    return None


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:.") + "…"


def description(p: PaperView) -> str:
    """A description of this page alone: what, by whom, where, and what it says."""
    where = " ".join(x for x in (p.venue.short if p.venue else "", str(p.year or "")) if x)
    who = ", ".join(x for x in (p.short_authors, where) if x)
    head = f"{p.title} ({who})" if who else p.title
    said = p.record.summary or p.record.abstract
    return _shorten(f"{head}. {said}" if said else head, DESCRIPTION_LENGTH)


@dataclass(frozen=True)
class PaperPage:
    """What the template shows besides the view itself."""

    p: PaperView
    bibtex: str
    description: str
    categories: list[CategoryRef]
    code: list[CodeRef]
    highwire: list[tuple[str, str]]
    json_ld: str
    ris: str
    csl: str


def page_view(p: PaperView, bibtex: str, site_url: str | None) -> PaperPage:
    record = p.record
    known = p.catalogue.categories
    address = f"{site_url}{paths.html_path(paths.paper_page(p.key))}" if site_url else None
    text = description(p)
    return PaperPage(
        p=p,
        bibtex=bibtex,
        description=text,
        categories=[
            CategoryRef(known[c].title, paths.category_page(c))
            for c in dict.fromkeys(record.categories)
            if c in known
        ],
        code=[
            CodeRef(
                c.title,
                c.url,
                repository(c.url),
                [x for x in (c.framework, c.language) if x],
                bool(c.official),
            )
            for c in p.code
        ],
        highwire=highwire(record, p.venue),
        json_ld=script_json(json_ld(record, p.venue, text, address)),
        ris=ris(record, p.venue, address),
        csl=csl_text([csl(record, p.venue)]),
    )


def _categories_digest(r: Renderer) -> str:
    """What a page shows of categories besides its record: their titles (and which exist)."""
    found = sorted((c.id, c.title) for c in r.model.catalogue.categories.values())
    digest = Fragments.shows(names=[repr(found)])  # keys are made in incremental.fragments
    assert digest is not None  # names alone always give one
    return digest.hex()


def paper_pages(r: Renderer, site_url: str | None) -> dict[str, bytes]:
    """Every paper's page parts (see the module's description), by key."""
    template = r.env.get_template("site/paper.html.j2")

    def make(p: PaperView) -> str:
        page = paths.paper_page(p.key)
        to = functools.partial(paths.relative, page)
        view = page_view(p, r.bibtex[p.key], site_url)
        return template.render(v=view, p=p, to=to, paths=paths)

    what = f"paper page {site_url or ''} {_categories_digest(r)}"
    papers = list(r.model.papers.values())
    return dict(zip(r.model.papers, r.each_paper(papers, what, make), strict=True))
