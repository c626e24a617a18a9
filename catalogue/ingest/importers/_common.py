"""What every list importer shares: the section path, line accounting and entry construction."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ...core.models import Link, LinkKind, SourceEntry
from . import EntryKind, ImportedEntry, ImportResult, ImportWarning, SkippedLine
from ._links import make_links
from ._markdown import (
    InlineLink,
    atx_heading,
    bullet,
    find_links,
    is_badge_line,
    is_blank,
    is_html_line,
    is_rule,
    setext_level,
)
from ._text import clean_text

# Bold text alone on a line (``**Metric Learning**:``) is a sub-heading in many lists; it sits
# below every real heading level.
BOLD_HEADING_LEVEL = 7
_BOLD_HEADING_RE = re.compile(r"^\s*(?:\*\*|__)(?P<text>[^*_]+?)(?:\*\*|__)\s*:?\s*$")


def bold_heading(line: str) -> str | None:
    match = _BOLD_HEADING_RE.match(line)
    return match.group("text").strip().rstrip(":").strip() if match else None


def heading_text(raw: str) -> str:
    """A heading as plain text: links become their labels, emphasis marks go."""
    text = raw
    for link in reversed(find_links(raw)):
        text = text[: link.start] + link.label + text[link.end :]
    text = re.sub(r"(\*\*|__|`)", "", text)
    return clean_text(text) or ""


def sniff_score(matches: int, candidates: int, weight: float) -> float:
    """How well a layout fits: ``weight`` times the share of candidate lines written in it, and 0
    below three such lines (too few to tell a layout from chance)."""
    if matches < 3:
        return 0.0
    return weight * matches / candidates


@dataclass
class EntryFields:
    """What a list of unknown layout said of one entry, read from a bullet or a table row."""

    title: str | None = None
    title_original: str | None = None
    authors_text: str | None = None
    authors: list[str] = field(default_factory=list)
    venue: str | None = None
    year: int | None = None
    venue_text: str | None = None
    links: list[Link] = field(default_factory=list)


class Sections:
    """The heading path above the current line.

    The first level-1 heading before any entry is the list's title, not a section.
    """

    def __init__(self) -> None:
        self._stack: list[tuple[int, str]] = []
        self._title_seen = False
        self.entries_seen = False

    def heading(self, level: int, text: str) -> None:
        if level == 1 and not self._title_seen and not self.entries_seen:
            self._title_seen = True
            return
        while self._stack and self._stack[-1][0] >= level:
            self._stack.pop()
        if text:
            self._stack.append((level, text))

    @property
    def path(self) -> list[str]:
        return [text for _, text in self._stack]


class Builder:
    """Collects one list's entries while accounting for each of its lines exactly once."""

    def __init__(self, source: str, lines: list[str]) -> None:
        self.source = source
        self.lines = lines
        self.result = ImportResult()
        self.sections = Sections()

    def consume(self, *numbers: int) -> None:
        self.result.consumed.update(numbers)

    def skip(self, number: int, reason: str) -> None:
        self.result.skipped.append(SkippedLine(number, self.lines[number - 1], reason))

    def warn(self, number: int, message: str) -> None:
        self.result.warnings.append(ImportWarning(number, message))

    def add(self, kind: EntryKind, line: int, end_line: int | None = None, **fields: Any) -> None:
        """Record an entry; empty values are left out so that they take the model's defaults."""
        kept = {name: value for name, value in fields.items() if value not in (None, "", [])}
        if "section" not in kept and self.sections.path:
            kept["section"] = self.sections.path
        if end_line is not None and end_line != line:
            kept["end_line"] = end_line
        entry = SourceEntry(source=self.source, line=line, **kept)
        self.result.entries.append(ImportedEntry(kind, entry))
        self.sections.entries_seen = True

    def add_fields(
        self,
        kind: EntryKind,
        line: int,
        fields: EntryFields,
        end_line: int | None = None,
        **more: Any,
    ) -> None:
        """Record an entry from the fields read from a bullet or a row, with ``more`` besides."""
        self.add(
            kind,
            line,
            end_line,
            title=fields.title,
            title_original=fields.title_original,
            authors=fields.authors,
            authors_text=fields.authors_text,
            venue=fields.venue,
            year=fields.year,
            venue_text=fields.venue_text,
            links=fields.links,
            **more,
        )

    def warn_bad_links(self, number: int, bad: list[InlineLink]) -> None:
        for inline in bad:
            self.warn(number, f"link {inline.url!r} ({inline.label!r}) is not an http(s) URL")

    def entry_links(
        self, number: int, found: list[InlineLink], first_role: LinkKind | None = None
    ) -> list[Link]:
        """The typed links of the entry at line ``number`` (see ``make_links``); a link that is no
        http(s) URL is left out with a warning."""
        links, bad = make_links(found, first_role)
        self.warn_bad_links(number, bad)
        return links

    def heading_at(self, number: int) -> tuple[int, str, int] | None:
        """(level, text, lines taken) when line ``number`` starts a heading: an ATX heading, or
        the text line of a setext heading together with its underline. Marks the lines consumed."""
        line = self.lines[number - 1]
        found = atx_heading(line)
        if found:
            self.consume(number)
            return found.level, heading_text(found.text), 1
        if number < len(self.lines):
            level = setext_level(self.lines[number], line)
            if level:
                self.consume(number, number + 1)
                return level, heading_text(line), 2
        return None

    def take_heading(self, number: int) -> int:
        """Handle a heading at ``number`` as a section; returns the lines it took (0: none)."""
        found = self.heading_at(number)
        if found is None:
            return 0
        level, text, taken = found
        self.sections.heading(level, text)
        return taken

    def other_line(self, number: int) -> None:
        """Account for a line that is no entry: blank lines are part of the layout, anything else
        is reported as skipped with what it looked like."""
        line = self.lines[number - 1]
        if is_blank(line):
            self.consume(number)
        elif is_rule(line):
            self.skip(number, "horizontal rule")
        elif is_badge_line(line):
            self.skip(number, "badges")
        elif is_html_line(line):
            self.skip(number, "HTML")
        elif line.lstrip().startswith(">"):
            self.skip(number, "quotation")
        else:
            self.skip(number, "prose")

    def finish(self) -> ImportResult:
        self.result.skipped.sort(key=lambda s: s.line)
        return self.result


def read_one_line_bullets(
    builder: Builder,
    entry: Callable[[int, str], bool],
    not_entry: str,
    heading: Callable[[int], int] | None = None,
) -> ImportResult:
    """Read a list whose entries are bullets of one line each.

    ``entry(number, content)`` records the bullet at line ``number`` and says whether it was one;
    a bullet that was not is skipped for the reason ``not_entry``. ``heading(number)`` handles a
    heading there and returns the lines it took (by default: a section heading).
    """
    take_heading = heading or builder.take_heading
    number = 1
    while number <= len(builder.lines):
        taken = take_heading(number)
        if taken:
            number += taken
            continue
        item = bullet(builder.lines[number - 1])
        if item is not None and entry(number, item.content):
            builder.consume(number)
        elif item is not None:
            builder.skip(number, not_entry)
        else:
            builder.other_line(number)
        number += 1
    return builder.finish()
