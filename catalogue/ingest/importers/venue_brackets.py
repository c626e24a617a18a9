"""``venue-brackets``: ``* [VENUE YEAR] Title [paper](url) [code](url)`` bullets (seed 001)."""

from __future__ import annotations

import itertools
import re

from . import Importer, ImportResult, register
from ._common import Builder, read_one_line_bullets, sniff_score
from ._markdown import bullet, find_links, split_lines
from ._text import clean_title, split_venue_year

_ENTRY_RE = re.compile(r"^\[(?P<venue>[^\[\]]+)\]\s+(?P<rest>[^(\s].*)$")


def _entry(builder: Builder, number: int, content: str) -> bool:
    match = _ENTRY_RE.match(content)
    if not match:
        return False
    rest = match.group("rest")
    found = find_links(rest)
    title_end = found[0].start if found else len(rest)
    title, original = clean_title(rest[:title_end])
    links = builder.entry_links(number, found)
    between = [rest[a.end : b.start] for a, b in itertools.pairwise(found)]
    after = rest[found[-1].end :] if found else ""
    leftover = " ".join(part.strip() for part in [*between, after] if part.strip())
    venue_text = match.group("venue").strip()
    venue, year = split_venue_year(venue_text)
    builder.add(
        "paper",
        number,
        title=title,
        title_original=original,
        venue=venue,
        year=year,
        venue_text=venue_text,
        links=links,
        # Words between or after the links are no field of this layout: kept as they stand.
        note=leftover or None,
    )
    return True


def parse(text: str, source: str) -> ImportResult:
    builder = Builder(source, split_lines(text))
    return read_one_line_bullets(
        builder,
        lambda number, content: _entry(builder, number, content),
        "bullet without a [VENUE YEAR] prefix",
    )


_SNIFF_RE = re.compile(r"^\[[^\[\]]*(?:19|20)\d{2}\]\s+[^\[(\s]")


def sniff(text: str) -> float:
    """The share of bullets that open with ``[VENUE YEAR]`` followed by plain title text."""
    bullets = [item for line in split_lines(text) if (item := bullet(line)) is not None]
    matches = sum(bool(_SNIFF_RE.match(item.content)) for item in bullets)
    return sniff_score(matches, len(bullets), 0.95)


IMPORTER = register(
    Importer(
        name="venue-brackets",
        description="`* [VENUE YEAR] Title [paper](url) [code](url)` bullets",
        parse=parse,
        sniff=sniff,
    )
)
