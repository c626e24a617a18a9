"""Where the website's files live, and the address of every generated page.

Pages are named by their source path inside ``docs/`` (``categories/foundations.md``). The MkDocs
configuration sets ``use_directory_urls: false``, so a page's address is its source path with
``.html``: the site then also works opened straight from disk, with no server. Links in raw HTML
are not rewritten by MkDocs, so they are computed here, relative to the page that holds them.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import Path

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


@dataclass(frozen=True)
class SiteLayout:
    """The MkDocs project under a project folder: sources in git, outputs beside them."""

    project_dir: Path

    @property
    def root(self) -> Path:
        return self.project_dir / "site"

    @property
    def config_file(self) -> Path:
        return self.root / "mkdocs.yml"

    @property
    def docs_dir(self) -> Path:
        """Generated pages (an output, ignored by git)."""
        return self.root / "docs"

    @property
    def public_dir(self) -> Path:
        """The built website (an output, ignored by git)."""
        return self.root / "public"

    @property
    def assets_dir(self) -> Path:
        """Hand-written stylesheets and scripts, copied into ``docs/assets/``."""
        return self.root / "assets"


def category_page(category_id: str) -> str:
    return f"categories/{category_id}.md"


def year_page(year: int | None) -> str:
    return f"years/{year}.md" if year is not None else UNDATED


def venue_page(venue_id: str) -> str:
    return f"venues/{venue_id}.md"


def tag_page(slug: str) -> str:
    return f"tags/{slug}.md"


def html_path(page: str) -> str:
    """The built file (and address, relative to the site root) of a page or other file."""
    return page[: -len(".md")] + ".html" if page.endswith(".md") else page


def relative(from_page: str, to: str, anchor: str | None = None) -> str:
    """The link from one page to another page (or file), optionally to an anchor in it."""
    here = posixpath.dirname(html_path(from_page)) or "."
    target = html_path(to)
    url = "" if target == html_path(from_page) and anchor else posixpath.relpath(target, here)
    return f"{url}#{anchor}" if anchor else url
