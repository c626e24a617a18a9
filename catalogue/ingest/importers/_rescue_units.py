"""A safety net after the structured reading (``generic._Reader.run``): runs of sibling units it
skipped for want of what its rules look for, most of which name works by their own evidence, are
read as entries.

Each rule of the walk reads a layout someone met; a list in a layout nobody met loses whole
sections, every unit of them skipped with a weak reason (``prose``, ``paragraph with a link but
no identifier or year``, ``table row without a title``, ``HTML``, …). This pass judges from what
the reading produced, whatever the layout: a run of sibling units (one section, one kind:
paragraphs, table rows, list items, the rows or items of an HTML block) all skipped so, three or
more, most of them with the evidence of an entry of their own (``_rescue_read``), holds
the section's works, and each unit of it with that evidence is read as an entry. Units skipped for
what they are (navigation, badges, another list, a section that holds no works) break a run and
stay skipped, and so do runs in a section of the list's own (sponsors, contributors, citation,
licence); a rule, a code block or a quotation between units does not end their run and is never
read (a code block or paragraph of addresses alone right below a unit holds its links). Where the
reading made entries of that kind in the run and its skipped units are fewer than twice as many,
they are what the layout's rules left out on purpose (a note between references): only those that
name a work as a reference does (an identifier, a venue and year, a ``[n]`` mark) are read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import ImportedEntry
from ._document import Block, Inline, walk
from ._evidence import BARE_URL_RE
from ._nonworks import no_work, not_a_work
from ._rescue_html import html_units
from ._rescue_read import NAMED, STRONG, evidence, read
from ._sections import Sections, is_news, not_papers
from ._units import Heading, Piece, Skip, Unit, block_pieces

if TYPE_CHECKING:
    from .generic import _Reader

# What the walk says of a unit it found no work in, rather than of what the unit is.
WEAK = frozenset(
    {
        "paragraph with a link but no identifier or year",
        "prose",
        "block that names no work",
        "table row without a title",
        "entry without a title",
        "list item without a title",
        "list item that names no work",
        "HTML",
    }
)
_PARAGRAPHS = frozenset({"paragraph with a link but no identifier or year", "prose"})
# What may stand between sibling units without ending their run, never read itself: a rule, or a
# code block or quotation below a unit (``KDD 14 Title`` over its addresses indented as code).
_ADDRESS_RE = re.compile(r"(?:https?://|www\.)\S+")
_BETWEEN = frozenset({"horizontal rule", "code block", "quotation"})
# Sections of the list's own: who made, funds, cites or licenses it, not what it lists.
_OWN_RE = re.compile(
    r"\b(?:sponsor\w*|backers?|donat\w+|supporters?|contributors?|contributing|maintainers?"
    r"|authors?|team|credits?|acknowledge?ments?|thanks|citations?|cite|citing|licen[cs]es?"
    r"|follow|contacts?|translations?|star history)\b",
    re.I,
)


@dataclass
class _Run:
    path: tuple[str, ...]
    kind: str  # ``para``, ``row``, ``item``, ``html``
    units: list[Unit] = field(default_factory=list)  # the skipped ones
    read: int = 0  # units of the run the reading made entries of
    html: list[int] = field(default_factory=list)  # an HTML run's skipped lines


def rescue_units(reader: _Reader) -> None:
    """Read as entries the skipped runs that name works (see the module)."""
    weak = {s.line for s in reader.result.skipped if s.reason in WEAK}
    if len(weak) < 3:
        return
    rescued: set[int] = set()
    for run in _Runs(reader, weak).runs:
        if _OWN_RE.search(" ".join(run.path)) or any(not_papers(s) or is_news(s) for s in run.path):
            continue
        if run.kind == "html" and not run.path and _titled_block(reader.lines, run.html):
            continue
        units = html_units(reader.lines, run.html) if run.kind == "html" else run.units
        chosen, lenient = _chosen(units, run.read, reader)
        for unit in chosen:  # a unit once: an HTML block and its piece may both be met
            if unit.line not in rescued and _rescue(reader, unit, run.path, lenient):
                rescued.update(range(unit.line, unit.end_line + 1))
    if rescued:
        reader.result.skipped = [s for s in reader.result.skipped if s.line not in rescued]
        reader.result.consumed |= rescued


_HEADING_TAG_RE = re.compile(r"<h[1-6]\b", re.I)


def _titled_block(lines: list[str], numbers: list[int]) -> bool:
    """HTML lines above the page's first heading holding a heading of their own: the page's
    header (a paper repository's centred title over its authors with ``<sup>`` affiliations, its
    venue and its links), which says what the page is, not a run of works."""
    return any(_HEADING_TAG_RE.search(lines[n - 1]) for n in numbers)


def _chosen(units: list[Unit], read: int, reader: _Reader) -> tuple[list[Unit], bool]:
    """The units of a run to read, and whether with a lenient title. A run is the section's
    works when most of its skipped units name works (notes may stand between them), three or
    more with the entries the reading made of it, and its skipped units are at least twice as
    many as those entries (the
    rules read the odd one: ``**Name**`` beside eleven ``**Name**<br><sub>Venue</sub>``, the first
    ``<dt>`` of a list that blank lines cut). Else, beside the entries the rules made, only
    references are left to read, with the title they give."""
    judged = [(u, evidence(u, reader.lexicon)) for u in units]
    named = [u for u, e in judged if e >= NAMED]
    works = len(named) + read >= 3 and len(named) >= 2 and 2 * len(named) > len(units)
    if works and len(units) >= 2 * read:
        return named, True
    if read and len(units) + read >= 3:
        return [u for u, e in judged if e == STRONG], False
    return [], False


def _rescue(reader: _Reader, unit: Unit, path: tuple[str, ...], lenient: bool) -> bool:
    """Read ``unit`` as an entry; ``lenient``: with a lenient title when the structured reading
    of it gives none (not among the entries of its layout: a row's wrapped end has no title)."""
    # ``Arxiv 18 Title``: the venue and year in front are no title
    ctx = reader.context(path, venue_years=True)
    fields = read(unit, ctx, lenient)
    if fields is None or not_a_work(fields, path) or no_work(unit, fields, ctx):
        return False
    if not (fields.links or fields.ids or fields.venue or fields.year):
        return False
    entries = reader.result.entries
    at = next((i for i, e in enumerate(entries) if e.entry.line > unit.line), len(entries))
    entries.insert(at, ImportedEntry(fields.kind, reader.source_entry(unit, fields, path)))
    return True


class _Runs:
    """The reading's events in document order, gathered into runs of sibling units."""

    def __init__(self, reader: _Reader, weak: set[int]) -> None:
        self.reader = reader
        self.weak = weak
        self.starts = {e.entry.line for e in reader.result.entries}
        self.sections = Sections()
        self.runs: list[_Run] = []
        self.current: _Run | None = None
        self._paragraphs: dict[int, Block] | None = None
        self.last: Unit | None = None  # the skipped unit right above (``_addresses``)
        for event in reader.events:
            self._event(event)
        self._close()

    def _event(self, event: Heading | Skip | Unit) -> None:
        if isinstance(event, Skip) and self._addresses(event):
            return
        self.last = None
        if isinstance(event, Heading):
            self._close()
            if event.level:
                self.sections.heading(event.level, event.text)
            return
        if isinstance(event, Skip):
            self._skip(event)
            return
        kind = "para" if event.kind in ("para", "block") else event.kind
        lines = self._text_lines(event.line, event.end_line)
        if lines and self.reader.lines[lines[0] - 1].lstrip().startswith("<"):
            kind = "html"  # a row or item written in HTML: one run with the HTML around it
        if event.line in self.starts:
            self.sections.entries_seen = True
            self._member(kind).read += 1
        elif all(n in self.weak for n in lines):
            run = self._member(kind)
            run.html += lines if kind == "html" else []
            run.units += [] if kind == "html" else [event]
            self.last = None if kind == "html" else event
        else:
            self._close()

    def _skip(self, skip: Skip) -> None:
        if skip.reason in _BETWEEN:
            return
        if skip.reason == "HTML":
            if skip.line in self.weak:  # else a line of an entry read from the HTML
                self._member("html").html.append(skip.line)
            return
        block = self._paragraph(skip) if skip.reason in _PARAGRAPHS else None
        if block is None or skip.line not in self.weak:
            self._close()
            return
        self.last = Unit("para", block.line, block.end_line, block_pieces(block), [])
        self._member("para").units.append(self.last)

    def _addresses(self, skip: Skip) -> bool:
        """A code block or paragraph of addresses alone right below a skipped unit (``KDD 14
        Title`` over its repository's address, indented as code or not): that unit's links, its
        lines the unit's. So are the addresses of a quotation right below it (``> Presented by
        Ann Lee, Widget Lab, http://widgets.example.org``): a note on it."""
        if self.last is not None and skip.reason == "quotation":
            return self._quoted(skip, self.last)
        if self.last is None or skip.reason not in ("code block", *_PARAGRAPHS):
            return False
        numbers = self._text_lines(skip.line, skip.end_line)
        lines = [self.reader.lines[n - 1].strip() for n in numbers]
        if not numbers or not all(_ADDRESS_RE.fullmatch(line) for line in lines):
            return False
        _attach(self.last, list(zip(numbers, lines, strict=True)), skip.end_line)
        return True

    def _quoted(self, skip: Skip, unit: Unit) -> bool:
        """The addresses of a quotation below ``unit``, each a line of its links; its words are
        no part of the entry. False when it holds none (it stays a quotation between units)."""
        found = []
        for number in self._text_lines(skip.line, skip.end_line):
            text = self.reader.lines[number - 1]
            found += [(number, m.group(0)) for m in BARE_URL_RE.finditer(text)]
        if not found:
            return False
        _attach(unit, found, skip.end_line)
        return True

    def _paragraph(self, skip: Skip) -> Block | None:
        if self._paragraphs is None:
            blocks = walk(self.reader.blocks)
            self._paragraphs = {b.line: b for b in blocks if b.kind == "paragraph" and b.inline}
        block = self._paragraphs.get(skip.line)
        return block if block is not None and block.end_line == skip.end_line else None

    def _text_lines(self, line: int, end: int) -> list[int]:
        lines = self.reader.lines
        return [n for n in range(line, end + 1) if n <= len(lines) and lines[n - 1].strip()]

    def _member(self, kind: str) -> _Run:
        path = tuple(self.sections.path)
        if self.current is None or (self.current.kind, self.current.path) != (kind, path):
            self._close()
            self.current = _Run(path, kind)
        return self.current

    def _close(self) -> None:
        if self.current is not None and (self.current.units or self.current.html):
            self.runs.append(self.current)
        self.current = None


def _attach(unit: Unit, lines: list[tuple[int, str]], end_line: int) -> None:
    """Lines of addresses (line number, text) read as the unit's, up to ``end_line``."""
    for number, text in lines:
        unit.pieces.append(Piece(Inline(text=text, starts=[(0, number)]), number, "para", 1))
    unit.end_line = end_line
