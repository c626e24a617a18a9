"""Where the website's files live, and the address of every generated page.

Pages are named by their source path inside ``docs/`` (``categories/foundations.md``). The MkDocs
configuration sets ``use_directory_urls: false``, so a page's address is its source path with
``.html``: the site then also works opened straight from disk, with no server. Links in raw HTML
are not rewritten by MkDocs, so they are computed here, relative to the page that holds them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from ...defaults import SITE

# Ids and keys are ``[a-z0-9-]``: names with an underscore can never clash with one of them.
UNCATEGORISED = "categories/_uncategorised.md"
TALKS = "talks.md"
UNDATED = "years/_undated.md"
HOME = "index.md"
BROWSE = "browse.md"
CATEGORIES = "categories/index.md"
YEARS = "years/index.md"
VENUES = "venues/index.md"
TAGS = "tags/index.md"
SOURCES = "sources.md"
CODE = "code.md"
DOWNLOADS = "downloads.md"
CONTRIBUTING = "contributing.md"
DOWNLOADS_DIR = "downloads"
BROWSE_DATA = "data/papers.js"
PAPERS_DIR = "papers"
# The page every paper page is made from (see ``shell``): built by MkDocs, never published.
SHELL = "papers/_shell.md"
FEED = "feed.xml"
FEEDS_DIR = "feeds"


@dataclass(frozen=True)
class SiteLayout:
    """The MkDocs project under a project folder: sources in git, outputs beside them."""

    project_dir: Path

    @property
    def root(self) -> Path:
        return self.project_dir / "site"

    @property
    def config_file(self) -> Path:
        """The project's ``site/mkdocs.yml``, else the one shipped with the package (a folder
        holding only ``data/`` builds a site too)."""
        own = self.root / "mkdocs.yml"
        return own if own.is_file() else SITE / "mkdocs.yml"

    @property
    def own_config(self) -> bool:
        return self.config_file.parent == self.root

    @property
    def overrides_dirs(self) -> list[Path]:
        """Theme overrides: the project's ``site/overrides/`` over the shipped ones, file by
        file (as MkDocs' ``custom_dir`` over a theme)."""
        return _layered(self.root / "overrides", SITE / "overrides")

    @property
    def docs_dir(self) -> Path:
        """Generated pages (an output, ignored by git)."""
        return self.root / "docs"

    @property
    def public_dir(self) -> Path:
        """The built website (an output, ignored by git)."""
        return self.root / "public"

    @property
    def manual_dir(self) -> Path:
        """The tool's manual (the repository's ``docs/``), published under ``manual/``."""
        return self.project_dir / "docs"

    @property
    def assets_dir(self) -> Path:
        """Hand-written stylesheets and scripts, copied into ``docs/assets/`` over the shipped
        ones (see ``pages``)."""
        return self.root / "assets"


def _layered(own: Path, shipped: Path) -> list[Path]:
    """``own`` then ``shipped``, those that exist, each once (a checkout's are the same)."""
    found: list[Path] = []
    for folder in (own, shipped):
        if folder.is_dir() and all(folder.resolve() != f.resolve() for f in found):
            found.append(folder)
    return found


def _name(record_id: str) -> str:
    # ``index`` is a valid id, but each folder's index page has that name already.
    return "index_" if record_id == "index" else record_id


def category_page(category_id: str) -> str:
    return f"categories/{_name(category_id)}.md"


def year_page(year: int | None) -> str:
    return f"years/{year}.md" if year is not None else UNDATED


def venue_page(venue_id: str) -> str:
    return f"venues/{_name(venue_id)}.md"


def tag_page(slug: str) -> str:
    return f"tags/{slug}.md"


def paper_page(key: str) -> str:
    """A paper's own page: its address never changes, since the key never does."""
    return f"{PAPERS_DIR}/{key}.md"


def category_feed(category_id: str) -> str:
    return f"{FEEDS_DIR}/{category_id}.xml"


def html_path(page: str) -> str:
    """The built file (and address, relative to the site root) of a page or other file."""
    return page[: -len(".md")] + ".html" if page.endswith(".md") else page


@functools.lru_cache(maxsize=65536)
def _relative(from_page: str, to: str) -> str:
    # Pure string work on clean relative POSIX paths (posixpath.relpath asks the OS for the
    # working folder on every call, and pages make tens of thousands of links).
    here = html_path(from_page).split("/")[:-1]
    there = html_path(to).split("/")
    common = 0
    while common < min(len(here), len(there) - 1) and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])


def relative(from_page: str, to: str, anchor: str | None = None) -> str:
    """The link from one page to another page (or file), optionally to an anchor in it."""
    if anchor is None:
        return _relative(from_page, to)
    if html_path(to) == html_path(from_page):
        return f"#{anchor}"
    return f"{_relative(from_page, to)}#{anchor}"
