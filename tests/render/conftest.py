"""Typed records for render tests, and HTML helpers to read rendered Markdown back."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import markdown
from markdown_it import MarkdownIt

from catalogue.core.models import Category, CodeLink, Paper, Venue, VenueKind
from catalogue.core.store import Catalogue

VENUES = [
    Venue(
        id="iclr",
        short="ICLR",
        name="International Conference on Learning Representations",
        kind=VenueKind.CONFERENCE,
    ),
    Venue(id="arxiv", short="arXiv", name="arXiv preprint", kind=VenueKind.PREPRINT),
]
CATEGORIES = [
    Category(id="foundations", title="Foundations", order=1, description="Where it began."),
    Category(id="features", title="Features & <relations>", order=2),
    Category(id="attention", title="Attention maps", parent="features"),
]


def paper(key: str, title: str, **fields: Any) -> Paper:
    return Paper.model_validate({"key": key, "title": title, **fields})


def make_catalogue(papers: list[Paper], code: list[CodeLink] = ()) -> Catalogue:  # type: ignore[assignment]
    return Catalogue(
        root=Path("data"),
        papers={p.key: p for p in papers},
        code={c.key: c for c in code},
        venues={v.id: v for v in VENUES},
        categories={c.id: c for c in CATEGORIES},
    )


def python_markdown(text: str) -> str:
    """What MkDocs' renderer makes of it (tables on, as in the site)."""
    return markdown.markdown(text, extensions=["tables"])


def commonmark(text: str) -> str:
    """What a CommonMark renderer with GitHub's tables and strikethrough makes of it."""
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(text)


class _Collector(HTMLParser):
    """Text of every <a href> element, the ids in the page, and the tags seen inside links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []
        self.ids: set[str] = set()
        self.tags_in_links: list[str] = []
        self._href: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(str(found["id"]))
        if self._href is not None:
            self.tags_in_links.append(tag)
        if tag == "a" and found.get("href"):
            self._href, self._text = str(found["href"]), []

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            self.links.append((self._href, "".join(self._text)))
            self._href = None

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self._text.append(data)


def read_html(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector
