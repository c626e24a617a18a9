"""``dated-summaries``: ``- (YY.MM.DD, VENUE YEAR) [Title](url)``, then a ``>`` quoted summary and
indented ``Datasets:`` / ``Networks:`` lines (seed 004). Bold lines such as ``**Metric
Learning**:`` are sub-sections of the heading above them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import Importer, ImportResult, register
from ._common import BOLD_HEADING_LEVEL, Builder, bold_heading, sniff_score
from ._markdown import atx_heading, bullet, find_links, is_blank, is_rule, split_lines
from ._text import clean_text, clean_title, split_date, split_venue_year

_ENTRY_RE = re.compile(r"^\((?P<meta>[^()]*)\)\s*(?P<rest>\[.*)$")
_DATE_RE = re.compile(r"^\d{2}\.\d{2}\.\d{2}$")
_FACT_RE = re.compile(r"^\s+(?P<name>Datasets?|Networks?)\s*:\s*(?P<items>.*?)\s*$", re.I)
_QUOTE_RE = re.compile(r"^\s*>\s?(?P<text>.*)$")


@dataclass
class _Body:
    """What the lines below an entry line add to it."""

    end: int  # the last line with content
    stop: int  # the first line that is not part of the entry
    summary: list[str] = field(default_factory=list)
    datasets: list[str] = field(default_factory=list)
    networks: list[str] = field(default_factory=list)


def _ends_body(line: str) -> bool:
    return bool(
        (bullet(line) and not _FACT_RE.match(line))
        or atx_heading(line)
        or bold_heading(line)
        or is_rule(line)
    )


def _body(builder: Builder, number: int) -> _Body:
    """Consume the summary and fact lines below the entry line at ``number``."""
    lines, body = builder.lines, _Body(end=number, stop=number + 1)
    probe = number
    while probe < len(lines) and not _ends_body(lines[probe]):
        line = lines[probe]
        quote, fact = _QUOTE_RE.match(line), _FACT_RE.match(line)
        if quote:
            body.summary.append(quote.group("text"))
        elif fact:
            items = [clean_text(x) for x in fact.group("items").split(",")]
            kept = [x for x in items if x]
            (body.datasets if fact.group("name").lower().startswith("d") else body.networks).extend(
                kept
            )
        elif not is_blank(line):
            break
        probe += 1
        builder.consume(probe)
        if not is_blank(line):
            body.end = probe
    body.stop = probe + 1
    return body


def _entry(builder: Builder, number: int, content: str) -> int | None:
    """Record the entry at ``number``; returns the first line after it, or None if it is none."""
    match = _ENTRY_RE.match(content)
    if not match:
        return None
    date, venue_text = split_date(match.group("meta"), _DATE_RE)
    venue, year = split_venue_year(venue_text) if venue_text else (None, None)
    found = find_links(match.group("rest"))
    if not found or found[0].start != 0:
        return None
    links = builder.entry_links(number, found)
    builder.consume(number)
    body = _body(builder, number)
    title, original = clean_title(found[0].label)
    builder.add(
        "paper",
        number,
        end_line=body.end,
        title=title,
        title_original=original,
        date=date,
        venue=venue,
        year=year,
        venue_text=venue_text,
        links=links,
        summary=clean_text(" ".join(body.summary)),
        datasets=body.datasets,
        networks=body.networks,
    )
    return body.stop


def parse(text: str, source: str) -> ImportResult:
    lines = split_lines(text)
    builder = Builder(source, lines)
    number = 1
    while number <= len(lines):
        line = lines[number - 1]
        taken = builder.take_heading(number)
        if taken:
            number += taken
            continue
        sub = bold_heading(line)
        if sub is not None:
            builder.sections.heading(BOLD_HEADING_LEVEL, sub)
            builder.consume(number)
            number += 1
            continue
        item = bullet(line)
        after = _entry(builder, number, item.content) if item is not None else None
        if after is not None:
            number = after
            continue
        if item is not None and find_links(item.content):
            builder.skip(number, "link without a (date, venue) prefix: not a paper entry")
        else:
            builder.other_line(number)
        number += 1
    return builder.finish()


def sniff(text: str) -> float:
    """The share of bullets that open with ``(YY.MM.DD…)`` or ``(VENUE YEAR)`` and a link."""
    bullets = [item for line in split_lines(text) if (item := bullet(line)) is not None]
    matches = 0
    for item in bullets:
        match = _ENTRY_RE.match(item.content)
        if match and (_DATE_RE.match(match.group("meta").split(",")[0].strip())):
            matches += 1
    return sniff_score(matches, len(bullets), 0.95)


IMPORTER = register(
    Importer(
        name="dated-summaries",
        description="`- (YY.MM.DD, VENUE YEAR) [Title](url)`, a quoted summary, datasets, networks",
        parse=parse,
        sniff=sniff,
    )
)
