"""``bold-italic-authors``: ``- **Title, VENUE YEAR** [[Paper]](url) [[PyTorch]](url)`` followed by
an indented italic author line ``  - *A, B and C.*`` (seed 003)."""

from __future__ import annotations

import re

from . import Importer, ImportResult, register
from ._common import Builder, sniff_score
from ._markdown import bullet, find_links, is_blank, remove_spans, split_lines
from ._text import clean_title, split_authors, split_venue_year

_ENTRY_RE = re.compile(r"^\*\*(?P<bold>.+?)\*\*(?P<rest>.*)$")
_BOLD_RE = re.compile(r"^(?P<title>.+),\s*(?P<venue>[^,]*?(?:19|20)\d{2})\s*$")
_AUTHORS_RE = re.compile(r"^\s+[-*+]\s+(?:\*(?P<star>[^*]+)\*|_(?P<under>[^_]+)_)\s*$")


def author_line(line: str) -> str | None:
    """The text of an indented italic bullet (``  - *A, B.*``), as written between the marks."""
    match = _AUTHORS_RE.match(line)
    if not match:
        return None
    return match.group("star") or match.group("under")


def _entry(builder: Builder, number: int, content: str) -> int | None:
    """Record the entry at ``number``; returns its last line, or None when it is none."""
    match = _ENTRY_RE.match(content)
    if not match:
        return None
    bold = _BOLD_RE.match(match.group("bold").strip())
    title_text = bold.group("title") if bold else match.group("bold")
    venue_text = bold.group("venue").strip() if bold else None
    venue, year = split_venue_year(venue_text) if venue_text else (None, None)
    found = find_links(match.group("rest"))
    links = builder.entry_links(number, found)
    leftover = remove_spans(match.group("rest"), found).strip()
    # The author line follows the entry, possibly after blank lines.
    end, authors_text = number, None
    lines = builder.lines
    probe = number
    while probe < len(lines) and is_blank(lines[probe]):
        probe += 1
    if probe < len(lines) and (text := author_line(lines[probe])) is not None:
        end, authors_text = probe + 1, text.strip()
        builder.consume(*range(number, end + 1))
    else:
        builder.consume(number)
    title, original = clean_title(title_text)
    builder.add(
        "paper",
        number,
        end_line=end,
        title=title,
        title_original=original,
        venue=venue,
        year=year,
        venue_text=venue_text,
        authors=split_authors(authors_text) if authors_text else [],
        authors_text=authors_text,
        links=links,
        note=leftover or None,
    )
    return end


def parse(text: str, source: str) -> ImportResult:
    lines = split_lines(text)
    builder = Builder(source, lines)
    number = 1
    while number <= len(lines):
        taken = builder.take_heading(number)
        if taken:
            number += taken
            continue
        item = bullet(lines[number - 1])
        end = _entry(builder, number, item.content) if item and item.indent == 0 else None
        if end is not None:
            number = end + 1
            continue
        if author_line(lines[number - 1]) is not None:
            builder.skip(number, "author line with no entry above it")
        elif item is not None:
            builder.skip(number, "bullet without a bold title")
        else:
            builder.other_line(number)
        number += 1
    return builder.finish()


def sniff(text: str) -> float:
    """The share of bold-title bullets followed by an italic author line."""
    lines = split_lines(text)
    bold = authored = 0
    for index, line in enumerate(lines):
        item = bullet(line)
        if item is None or item.indent or not _ENTRY_RE.match(item.content):
            continue
        bold += 1
        following = next((x for x in lines[index + 1 :] if not is_blank(x)), "")
        authored += author_line(following) is not None
    return sniff_score(authored, bold, 0.95)


IMPORTER = register(
    Importer(
        name="bold-italic-authors",
        description="`- **Title, VENUE YEAR** [[Paper]](url)` then an italic author line",
        parse=parse,
        sniff=sniff,
    )
)
