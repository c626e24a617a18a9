"""Markdown tables of papers: a header row naming the columns, then one paper per row."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from ...core.models import Link, LinkKind
from ._common import EntryFields
from ._links import make_link
from ._markdown import find_links, remove_spans, unwrap_label
from ._meta import strip_emphasis
from ._text import as_year, clean_text, clean_title, find_year, split_authors, split_venue_year

Role = Literal[
    "title", "authors", "venue", "year", "code", "links", "summary", "tags", "framework", "other"
]

# First matching rule wins, so ``Paper`` is the title and ``Paper link`` a link column.
_ROLES: list[tuple[re.Pattern[str], Role]] = [
    (re.compile(r"\b(?:code|implementation|github|repo\w*)\b", re.I), "code"),
    (re.compile(r"\b(?:links?|url|pdf|arxiv|project|slides|video)\b", re.I), "links"),
    (re.compile(r"\b(?:title|paper|name|method|model)\b", re.I), "title"),
    (re.compile(r"\bauthors?\b", re.I), "authors"),
    (
        re.compile(r"\b(?:venue|conference|conf|journal|publication|published|where)\b", re.I),
        "venue",
    ),
    (re.compile(r"\b(?:year|date|when)\b", re.I), "year"),
    (re.compile(r"\b(?:summary|description|notes?|comments?|tl;?dr|abstract)\b", re.I), "summary"),
    (re.compile(r"\b(?:tags?|keywords?|topics?|category|categories|task)\b", re.I), "tags"),
    (re.compile(r"\b(?:framework|library|toolkit)\b", re.I), "framework"),
]
_SEPARATOR_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_BARE_URL_RE = re.compile(r"(?<![(<\[])\bhttps?://[^\s|<>()\[\]]+")


def is_table_row(line: str) -> bool:
    return line.strip().startswith("|") or line.count("|") >= 2


def is_separator(line: str) -> bool:
    return bool(_SEPARATOR_RE.match(line))


def cells(line: str) -> list[str]:
    """The cells of a row; ``\\|`` is a pipe inside a cell."""
    body = line.strip().removeprefix("|").removesuffix("|")
    parts = re.split(r"(?<!\\)\|", body)
    return [part.replace("\\|", "|").strip() for part in parts]


def roles(header: list[str]) -> list[Role]:
    """What each column holds; only the first title column is the title."""
    found: list[Role] = []
    for text in header:
        role: Role = next((r for pattern, r in _ROLES if pattern.search(text)), "other")
        if role == "title" and "title" in found:
            role = "other"
        found.append(role)
    return found


@dataclass
class RowFields(EntryFields):
    summary: str | None = None
    tags: list[str] = field(default_factory=list)
    framework: str | None = None
    rest: list[str] = field(default_factory=list)
    bad_links: list[str] = field(default_factory=list)


def _cell_links(text: str, role: LinkKind | None, header: str) -> tuple[list[Link], list[str]]:
    found = find_links(text)
    links: list[Link] = []
    bad: list[str] = []
    pairs: list[tuple[str | None, str]] = [(unwrap_label(x.label), x.url) for x in found]
    pairs += [(None, url) for url in _BARE_URL_RE.findall(remove_spans(text, found))]
    for label, url in pairs:
        link = make_link(url, label or header or None, role)
        if link is None:
            bad.append(url)
        else:
            links.append(link)
    return links, bad


def read_row(header: list[str], kinds: list[Role], row: list[str]) -> RowFields:
    fields = RowFields()
    for name, role, text in zip(header, kinds, row, strict=False):
        if not text.strip():
            continue
        _read_cell(fields, name, role, text)
    return fields


def _read_cell(fields: RowFields, name: str, role: Role, text: str) -> None:
    plain = " ".join(strip_emphasis(remove_spans(text, find_links(text))).split())
    if role == "title":
        found = find_links(text)
        leading = found[0].start == 0 if found else False
        raw = found[0].label if leading and found else plain
        fields.title, fields.title_original = clean_title(strip_emphasis(raw))
        links, bad = _cell_links(text, LinkKind.PAPER if leading else None, "")
    elif role in ("code", "links"):
        links, bad = _cell_links(text, LinkKind.CODE if role == "code" else None, name)
    else:
        links, bad = _cell_links(text, None, name)
        _read_text(fields, name, role, plain)
    fields.links += links
    fields.bad_links += bad


def _read_text(fields: RowFields, name: str, role: Role, plain: str) -> None:
    if role == "authors":
        fields.authors_text, fields.authors = plain, split_authors(plain)
    elif role == "venue":
        fields.venue_text = plain
        venue, year = split_venue_year(plain)
        fields.venue = venue
        fields.year = fields.year or year
    elif role == "year":
        fields.year = as_year(plain) or find_year(plain)
    elif role == "summary":
        fields.summary = clean_text(plain)
    elif role == "tags":
        fields.tags += [t for t in (clean_text(x) for x in re.split(r"[,;]", plain)) if t]
    elif role == "framework":
        fields.framework = clean_text(plain)
    elif plain:
        fields.rest.append(f"{name}: {plain}" if name else plain)
