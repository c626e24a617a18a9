"""``heading-entries``: one ``### Title VENUE YEAR [[label]](url)…`` heading per paper (seed 002).

Higher headings (``## 2021``, ``## Survey``) are the sections. A line of quoted strings right
below an entry belongs to it: ``"medical"`` or ``"real-time segmentation", "medical"`` are tags,
a longer quoted sentence is a summary, and ``""`` says nothing but is kept with the rest of the
line as written in ``note``, so that the list can be written again as it was.
"""

from __future__ import annotations

import re

from . import Importer, ImportResult, register
from ._common import Builder, sniff_score
from ._markdown import atx_heading, find_links, split_lines
from ._text import clean_text, clean_title, split_trailing_venue

ENTRY_LEVEL = 3
_QUOTED_LINE_RE = re.compile(r'^\s*"[^"]*"(?:\s*,\s*"[^"]*")*\s*$')
_QUOTED_RE = re.compile(r'"([^"]*)"')
_ALIAS_RE = re.compile(r"^\((?P<alias>[^()]+)\)\s+(?P<rest>.+)$")
# A quoted string of at most this many words is a label (a tag); a longer one is a sentence.
_TAG_WORDS = 5


def _split_notes(line: str) -> tuple[list[str], list[str]]:
    """(tags, sentences) among the quoted strings of a note line."""
    tags: list[str] = []
    sentences: list[str] = []
    for raw in _QUOTED_RE.findall(line):
        text = clean_text(raw)
        if text is None:
            continue
        (tags if len(text.split()) <= _TAG_WORDS else sentences).append(text)
    return tags, sentences


def _entry(builder: Builder, number: int, text: str) -> int:
    """Record the entry whose heading is at ``number``; returns its last line."""
    found = find_links(text)
    head = text[: found[0].start] if found else text
    alias_match = _ALIAS_RE.match(head.strip())
    alias = alias_match.group("alias").strip() if alias_match else None
    if alias_match:
        head = alias_match.group("rest")
    title_text, venue, year, venue_text = split_trailing_venue(head)
    title, original = clean_title(title_text)
    links = builder.entry_links(number, found)
    tags: list[str] = []
    sentences: list[str] = []
    notes: list[str] = []
    end = number
    lines = builder.lines
    while end < len(lines) and _QUOTED_LINE_RE.match(lines[end]):
        end += 1
        more_tags, more_sentences = _split_notes(lines[end - 1])
        tags += more_tags
        sentences += more_sentences
        notes.append(lines[end - 1].strip())
        builder.consume(end)
    builder.add(
        "paper",
        number,
        end_line=end,
        title=title,
        title_original=original,
        alias=alias,
        venue=venue,
        year=year,
        venue_text=venue_text,
        links=links,
        tags=tags,
        summary=" ".join(sentences) or None,
        note="\n".join(notes) if notes else None,
    )
    builder.consume(number)
    return end


def parse(text: str, source: str) -> ImportResult:
    lines = split_lines(text)
    builder = Builder(source, lines)
    number = 1
    while number <= len(lines):
        heading = atx_heading(lines[number - 1])
        if heading is not None and heading.level >= ENTRY_LEVEL and heading.text:
            number = _entry(builder, number, heading.text) + 1
            continue
        taken = builder.take_heading(number)
        if taken:
            number += taken
            continue
        if _QUOTED_LINE_RE.match(lines[number - 1]):
            builder.skip(number, "quoted note with no entry above it")
        else:
            builder.other_line(number)
        number += 1
    return builder.finish()


def sniff(text: str) -> float:
    """The share of level-3 headings that end in a venue and year or in ``[[label]](url)``."""
    candidates = matches = 0
    for line in split_lines(text):
        heading = atx_heading(line)
        if heading is None or heading.level < ENTRY_LEVEL:
            continue
        candidates += 1
        found = find_links(heading.text)
        head = heading.text[: found[0].start] if found else heading.text
        _, venue, year, _ = split_trailing_venue(head)
        matches += bool(year or venue) or any(link.label.startswith("[") for link in found)
    return sniff_score(matches, candidates, 0.95)


IMPORTER = register(
    Importer(
        name="heading-entries",
        description="one `### Title VENUE YEAR [[label]](url)` heading per paper, quoted notes",
        parse=parse,
        sniff=sniff,
    )
)
