"""Atom feeds of additions: the whole catalogue's (``feed.xml``) and each category's
(``feeds/<id>.xml``, its sub-categories included), dated by each record's ``added`` day.

A feed holds the latest additions only (``ENTRIES``), newest first; records without an ``added``
day are in no feed. Entry ids are ``urn:uuid`` names made from the record key, so they stay the
same wherever the site moves; links are absolute under ``site_url`` when the project sets one,
else relative to the feed (Atom allows relative references, resolved against the feed's own
address). The same data gives the same bytes: the feed's ``updated`` is its newest entry's day.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from html import escape

from ...core.tree import above
from . import paths
from .model import SiteModel, newest_first
from .paper_pages import description
from .views import PaperView

ENTRIES = 50
NAMESPACE = uuid.UUID("5e0c7a4e-2f0b-4a8e-9d8a-6b1f3c5d7e91")
# XML 1.0 refuses most control characters even as references.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: object) -> str:
    return escape(_CONTROL.sub("", str(value)), quote=True)


def urn(name: str) -> str:
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, name)}"


def additions(papers: Iterable[PaperView]) -> list[PaperView]:
    """Papers with an ``added`` day, newest addition first, then newest paper first: the order of
    the home page's latest additions and the browse page's "recently added"."""
    dated = sorted((p for p in papers if p.added), key=newest_first)
    return sorted(dated, key=lambda p: p.added or "", reverse=True)


def _moment(day: str) -> str:
    return f"{day}T00:00:00Z"


def _entry(p: PaperView, feed: str, site_url: str | None, titles: dict[str, str]) -> str:
    page = paths.html_path(p.page)
    href = site_url + page if site_url else paths.relative(feed, p.page)
    parts = [
        "<entry>",
        f"<title>{_text(p.title)}</title>",
        f"<id>{urn('paper:' + p.key)}</id>",
        f'<link rel="alternate" type="text/html" href="{_text(href)}"/>',
        f"<published>{_moment(p.added or '')}</published>",
        f"<updated>{_moment(p.added or '')}</updated>",
    ]
    parts += [f"<author><name>{_text(name)}</name></author>" for name in p.authors]
    parts += [
        f'<category term="{_text(c)}" label="{_text(titles[c])}"/>'
        for c in dict.fromkeys(p.record.categories)
        if c in titles
    ]
    parts.append(f"<summary>{_text(description(p))}</summary>")
    parts.append("</entry>")
    return "".join(parts)


def atom(
    path: str,
    title: str,
    page: str,
    papers: list[PaperView],
    site_url: str | None,
    titles: dict[str, str],
    site_name: str,
) -> bytes:
    """One feed at ``path`` (in the site) for ``papers`` (already in order), linking to ``page``."""
    shown = papers[:ENTRIES]
    updated = _moment(shown[0].added or "") if shown else "1970-01-01T00:00:00Z"
    home = site_url + paths.html_path(page) if site_url else paths.relative(path, page)
    head = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<title>{_text(title)}</title>",
        f"<id>{urn('feed:' + path)}</id>",
        f"<updated>{updated}</updated>",
        f"<author><name>{_text(site_name)}</name></author>",
        f'<link rel="alternate" type="text/html" href="{_text(home)}"/>',
    ]
    if site_url:
        head.append(
            f'<link rel="self" type="application/atom+xml" href="{_text(site_url + path)}"/>'
        )
    head.append("<generator>catalogue</generator>")
    body = [_entry(p, path, site_url, titles) for p in shown]
    return ("\n".join([*head, *body, "</feed>"]) + "\n").encode("utf-8")


def feeds(model: SiteModel, site_url: str | None, site_name: str) -> dict[str, bytes]:
    """Every feed, by its path in the site."""
    categories = model.catalogue.categories
    titles = {c.id: c.title for c in categories.values()}
    latest = additions(model.papers.values())
    found = {
        paths.FEED: atom(
            paths.FEED, f"{site_name}: new papers", paths.HOME, latest, site_url, titles, site_name
        )
    }
    # One walk through the additions, newest first, filling each category's feed (a paper is in
    # the feeds of its categories and of those above them) until it is full.
    chains = {c: above(categories, c) for c in categories}
    per_category: dict[str, list[PaperView]] = {node.category.id: [] for node in model.tree}
    for p in latest:
        held = {c for filed in p.record.categories for c in chains.get(filed, ())}
        for c in held:
            shown = per_category.get(c)
            if shown is not None and len(shown) < ENTRIES:
                shown.append(p)
    for node in model.tree:
        feed = paths.category_feed(node.category.id)
        title = f"{site_name}: new papers in {node.category.title}"
        mine = per_category[node.category.id]
        found[feed] = atom(feed, title, node.page, mine, site_url, titles, site_name)
    return found
