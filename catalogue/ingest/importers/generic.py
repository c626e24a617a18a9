"""``generic``: Markdown awesome lists of any layout, read by markdown-it-py with source lines.

An entry is a unit the document delimits (``_units``): a list item with its nested lines, a table
row, or a block of lines between blank lines, chosen per document from what its units hold. Each
unit is read field by field (``_entry``). Sections that are not papers (news, contents,
contributors, citation, star history, related lists, resources) and units that are navigation,
badges or people are skipped with a reason, never imported. Every line of the list ends up in an
entry, in a heading or blank line, or among the skipped lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ...core import progress
from ...core.models import SourceEntry, Venue
from . import ImportedEntry, Importer, ImportResult, ImportWarning, SkippedLine, register
from ._badges import name_badge_items
from ._contents_names import contents_named, split_named
from ._directories import directory_items
from ._document import parse_blocks
from ._entry import read_unit
from ._evidence import has_link_or_id
from ._fields import Context, Fields, entry_values
from ._listed_details import field_of_listed
from ._markdown import reference_definition, split_lines
from ._name_colons import name_descriptions
from ._nonworks import ANOTHER_LIST, LIST_OR_ITSELF, no_work, not_a_work
from ._paper_lines import paper_lines_text, venue_years_first
from ._relative import is_relative
from ._rescue_headings import rescue_headings
from ._rescue_merged import rescue_merged
from ._rescue_units import rescue_units
from ._section_census import Census
from ._section_works import work_in_section
from ._sections import (
    Sections,
    by_authors,
    lead_groups,
    names_colon,
    section_venue,
    surname_first,
)
from ._sentence_names import names_sentence
from ._sibling_authors import attach_authors
from ._statistics import statistic
from ._units import Heading, Skip, Unit
from ._venues import Lexicon, default_lexicon
from ._walk_layout import events


class _Reader:
    def __init__(self, text: str, source: str, lexicon: Lexicon, base: str | None) -> None:
        progress.step(f"reading list {source}")
        self.base = base
        self.lines = split_lines(text)
        self.source = source
        self.lexicon = lexicon
        self.result = ImportResult()
        self.sections = Sections()
        # A list item that is a line of badges, named by the first (``_badges``): read with this
        # reader's lexicon, after the Markdown is parsed (the blocks keep the file's text).
        self.blocks = name_badge_items(parse_blocks(text), lexicon)  # the safety nets look again
        self.events, self.block_layout = events(self.blocks, self.lines)
        self.surname_first = surname_first(e for e in self.events if isinstance(e, Unit))
        self.by_authors = by_authors(e for e in self.events if isinstance(e, Unit))
        self.lead_groups = lead_groups(e for e in self.events if isinstance(e, Unit))
        self.names_colon = names_colon(e for e in self.events if isinstance(e, Unit))
        self.venue_years = venue_years_first(e for e in self.events if isinstance(e, Unit))
        self.name_descriptions = name_descriptions(e for e in self.events if isinstance(e, Unit))
        self.names_sentence = names_sentence(
            (
                e.head.inline.text
                for e in self.events
                if isinstance(e, Unit) and e.kind in ("item", "para", "block")
            ),
            lexicon,
        )
        self.directory = directory_items(self.events, self.lines, lexicon)
        self.census = Census(self.events)
        # The anchors GitHub gives the list's headings (``## Computer Vision``: computer-vision).
        self.anchors = {_anchor(e.text) for e in self.events if isinstance(e, Heading) and e.text}
        self.contents_named = contents_named(self.events, self.lines, self.anchors)
        self.titles: set[str] = set()  # the titles imported so far (``_listed_details``)
        self.last_entry: tuple[Unit, int] | None = None  # ``_sibling_authors``

    def run(self) -> ImportResult:
        for done, event in enumerate(self.events):
            progress.step(f"reading list {self.source}", done, len(self.events))
            if isinstance(event, Heading):
                self._heading(event)
            elif isinstance(event, Skip):
                self._skip(event.line, event.end_line, event.reason, event.looks_like_entry)
            else:
                self._unit(event)
        self._leftover_lines()
        rescue_headings(self.result, self.events, self.lines, self.lexicon, self.source)
        rescue_units(self)  # runs of skipped units that name works (a safety net)
        rescue_merged(self)  # entries that hold several works, each with its id (a safety net)
        self.result.skipped.sort(key=lambda s: s.line)
        return self.result

    def _own_section(self, fields: Fields) -> str | None:
        """``[NLP](https://github.com/owner/list#nlp)`` where the list has an ``NLP`` heading: its
        contents, written with the address of the list's page."""
        anchors = [_SECTION_LINK_RE.match(link.url) for link in fields.links]
        if anchors and all(
            m is not None and re.sub(r"-\d+$", "", m.group("anchor")) in self.anchors
            for m in anchors
        ):
            return "link to a section of the list (table of contents)"
        return None

    def _heading(self, event: Heading) -> None:
        if event.level == 0:  # a table's header row and its separator
            self.result.consumed.update(range(event.line, event.end_line + 1))
            return
        self.sections.heading(event.level, event.text)
        self.result.consumed.update(range(event.line, event.end_line + 1))

    def _skip(self, line: int, end: int, reason: str, looks: bool = False) -> None:
        for number in range(line, end + 1):
            if number in self.result.consumed or not 1 <= number <= len(self.lines):
                continue
            text = self.lines[number - 1]
            if not text.strip():
                self.result.consumed.add(number)
                continue
            self.result.skipped.append(SkippedLine(number, text, reason, looks))
            self.result.consumed.add(number)
        # ``consumed`` is used above to skip a line once; skipped lines leave it at the end.

    def _unit(self, unit: Unit) -> None:
        section = self.sections.skipped()
        if section is not None and work_in_section(unit, section, self.census):
            section = None
        if section is not None:
            looks = any(has_link_or_id(p.inline) for p in unit.pieces)
            reason = f"section '{section}' is not a list of works"
            self._skip(unit.line, unit.end_line, reason, looks)
            return
        if unit.line in self.directory:
            looks = any(has_link_or_id(p.inline) for p in unit.pieces)
            self._skip(unit.line, unit.end_line, self.directory[unit.line], looks)
            return
        if attach_authors(self, unit):  # ``- Ann Lee, Bo Chan. arXiv, 2023.`` below its work
            return
        path = self.sections.path
        ctx = self.context(path, self.sections.year())
        while unit.end_line > unit.line and not self.lines[unit.end_line - 1].strip():
            unit.end_line -= 1  # a loose list item's map takes the blank line after it
        fields = read_unit(unit, ctx)
        if fields is None:
            what = "table row" if unit.kind == "row" else "entry"
            self._skip(unit.line, unit.end_line, f"{what} without a title", True)
            return
        reason = not_a_work(fields, ctx.section)
        if reason in (ANOTHER_LIST, LIST_OR_ITSELF) and self.census.list_among_works(unit.line):
            reason = None  # ``[owner/awesome-gpt3](…) - demos …`` among a section's works
        if reason is None and self.census.among_lists(unit.line):
            reason = ANOTHER_LIST  # ``[VIO-Resources](github)`` among awesome lists
        reason = reason or self._own_section(fields) or no_work(unit, fields, ctx)
        reason = reason or statistic(unit, fields)  # ``- **2025**: 8 papers``
        # ``<summary><strong>Name</strong> — …</summary>`` over ``- **Runtime:** …``: Name's fields.
        reason = reason or field_of_listed(unit, self.sections.path, self.titles)
        if reason is not None:
            self._skip(unit.line, unit.end_line, reason, bool(fields.links or fields.ids))
            return
        named = split_named(fields.title or "") if self.contents_named else None
        if named is not None and fields.title_link is None and unit.kind == "item":
            # ``- ALBERT: "A Lite" version of BERT``, named ``[ALBERT](#albert)`` in the contents
            fields.title, described = named
            stop = "" if described.endswith((".", "!", "?")) or not fields.summary else "."
            fields.summary = f"{described}{stop} {fields.summary or ''}".strip()
        for url in fields.bad_links:
            self.result.warnings.append(ImportWarning(unit.line, _left_out(url)))
        entry = self.source_entry(unit, fields, path)
        self.result.entries.append(ImportedEntry(fields.kind, entry))
        self.last_entry = (unit, len(self.result.entries) - 1)
        if fields.title and len(fields.title) >= 2:
            self.titles.add(fields.title.casefold())
        self.result.consumed.update(range(unit.line, unit.end_line + 1))
        self.sections.entries_seen = True

    def context(
        self, path: Sequence[str], year: int | None = None, *, venue_years: bool | None = None
    ) -> Context:
        """How a unit in section ``path`` is read: the list's habits (``__init__``), the section's
        year and venue. The safety nets (``_rescue_*``) read without the section's year."""
        return Context(
            self.lexicon,
            self.surname_first,
            tuple(path),
            year,
            section_venue(list(path), self.lexicon),
            self.base,
            by_authors=self.by_authors,
            lead_groups=self.lead_groups,
            names_colon=self.names_colon,
            venue_years=self.venue_years if venue_years is None else venue_years,
            names_sentence=self.names_sentence,
            name_descriptions=self.name_descriptions,
        )

    def source_entry(self, unit: Unit, fields: Fields, section: Sequence[str]) -> SourceEntry:
        kept = entry_values(fields)
        if section:
            kept["section"] = list(section)
        if unit.end_line != unit.line:
            kept["end_line"] = unit.end_line
        return SourceEntry(source=self.source, line=unit.line, **kept)

    def _leftover_lines(self) -> None:
        """Lines no block holds: blank lines, link definitions (used or not), anything else."""
        used = {link.url for e in self.result.entries for link in e.entry.links}
        skipped = {s.line for s in self.result.skipped}
        for number, text in enumerate(self.lines, 1):
            if number in self.result.consumed:
                continue
            self.result.consumed.add(number)
            if not text.strip():
                continue
            definition = reference_definition(text)
            if definition is not None and definition[1] in used:
                continue
            reason = "link definition that no entry uses" if definition else "not read"
            self.result.skipped.append(SkippedLine(number, text, reason, definition is not None))
            skipped.add(number)
        self.result.consumed -= skipped | {s.line for s in self.result.skipped}


def _left_out(url: str) -> str:
    if is_relative(url):
        return (
            f"relative link {url!r} left out: the list's origin is unknown (import it with"
            " --repository and --list-path, or --url, to keep it as an absolute address)"
        )
    return f"link {url!r} is not an http(s) URL: left out"


_SECTION_LINK_RE = re.compile(
    r"https?://github\.com/[^/#]+/[^/#]+(?:/blob/[^#]+\.md)?/?#(?P<anchor>[^/]+)$", re.IGNORECASE
)


def _anchor(text: str) -> str:
    return re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")


def parse(
    text: str, source: str, venues: Iterable[Venue] | None = None, base: str | None = None
) -> ImportResult:
    """``base``: the address the list's relative links are read against (``_relative``)."""
    lexicon = Lexicon(venues) if venues is not None else default_lexicon()
    return _Reader(text, source, lexicon, base).run()


def sniff(text: str) -> float:
    """A modest score for any list with links, so that a specific layout that fits wins; a
    lower one for a Markdown list or table without links (titles alone, ``(CVPR 17) Title``), or
    for paper lines written as paragraphs without links."""
    if re.search(r"\]\(https?://|\]\[|https?://", text):
        return 0.3
    if re.search(r"^\s*(?:[-*+]|\d+[.)]|\|)\s+\S", text, re.MULTILINE):
        return 0.1
    # Papers written as paragraphs without links (``KDD 14 Title``, ``Title. KDD 2014.``).
    return 0.1 if paper_lines_text(text) else 0.0


IMPORTER = register(
    Importer(
        name="generic",
        description="any Markdown awesome list: items, tables or blocks, read with markdown-it-py",
        parse=parse,
        sniff=sniff,
        uses_venues=True,
    )
)
