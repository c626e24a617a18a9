"""A safety net after the structured reading (``generic._Reader.run``): an entry that holds several
works, each with evidence of its own, is split into one entry per work.

Each rule of the walk decides what a unit is (an item with its nested lines, a table row, a
paragraph); a layout nobody met can fold several works into one unit: a parent item whose
sub-items are papers of their own, a paragraph of one work per line, a table cell of works
separated by ``<br>`` or ``;``. This pass judges from what the reading produced, whatever the
layout. The unit's parts (its lines and nested items, in order; a cell's ``<br>``/``;`` parts)
are gathered into works: a part starts a work of its own when it names one by its own evidence
(``_merged_parts.starts_work``): an identifier no earlier part of the entry has (an arXiv id, a
DOI, an OpenReview id, any id a paper's address holds) and a title of its own, read from the
part, that is not a role label (``Paper``, ``Code``, ``中文``) nor the title of an earlier part
(an arXiv and a CVF link of the same paper are one work). A part that only points at a work
(``see also:``, ``extends``, ``based on``, ``journal version``) or is a labelled field (``Code:``,
``Paper:``) starts none, and neither does a part without an identifier: a paper's code, project,
slides, video stay the entry's, and a tool's sub-items that name other repositories are left to
the rules above (which read a named, described one as a tool of its own, as the dev sets' truth
does; ``[ROS 2 driver](…/ros2-driver)`` stays the maker's link). The parts of one line after a
``<br>`` are parts too. The other parts stay with the work before them.

An entry of two works or more is split: the parent keeps its own part (read again from it), or,
when that part names no work (a group's name over its papers: ``- MobileNets`` over three papers),
its lines are skipped and its works need two parts or more; each work becomes an entry read as the
reading reads a unit made of its part. Lines are kept exact: a work's entry runs from its part's
first line to the line before the next work.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...core.models import SourceEntry
from . import ImportedEntry, SkippedLine
from ._fields import Context, entry_values
from ._merged_parts import Part, cell_parts, item_parts, norm_title, read_part
from ._units import Piece, Unit

if TYPE_CHECKING:
    from .generic import _Reader

GROUP = "name of a group of works (its works are entries of their own)"


def rescue_merged(reader: _Reader) -> None:
    """Split the entries that hold several works (see the module)."""
    units = {e.line: e for e in reader.events if isinstance(e, Unit)}
    kept: list[ImportedEntry] = []
    for imported in reader.result.entries:
        entry = imported.entry
        unit = units.get(entry.line)
        split = None
        if unit is not None and unit.end_line == (entry.end_line or entry.line):
            split = _split(reader, unit, imported)
        kept += split if split is not None else [imported]
    reader.result.entries = kept


def _split(reader: _Reader, unit: Unit, imported: ImportedEntry) -> list[ImportedEntry] | None:
    ctx = reader.context(imported.entry.section)
    if unit.kind == "row":
        return _split_row(reader, unit, imported, ctx)
    parts = item_parts(unit, ctx, imported.entry.title, reader.lines)
    if parts is None:
        return None
    parent, works = parts
    entries: list[ImportedEntry] = []
    if parent.fields is not None:
        entries.append(_imported(reader, imported, parent))
    else:
        _skip(reader, parent.line, parent.end_line)
    return entries + [_imported(reader, imported, w) for w in works]


def _split_row(
    reader: _Reader, unit: Unit, imported: ImportedEntry, ctx: Context
) -> list[ImportedEntry] | None:
    """A row one cell of which holds two works or more, the row's title among them: one entry
    per work, read as the row with that cell holding the work's part alone."""
    title = norm_title(imported.entry.title)
    for index, piece in enumerate(unit.pieces):
        if title not in norm_title(piece.inline.text):
            continue
        works = cell_parts(piece, ctx)
        if len(works) < 2:
            continue
        entries = []
        for inline in works:
            cells = list(unit.pieces)
            cells[index] = replace(piece, inline=inline)
            part = read_part(replace(unit, pieces=cells), ctx)
            alone = Unit("item", unit.line, unit.end_line, [Piece(inline, unit.line, "item")], [])
            item = read_part(alone, ctx)
            if item.fields is None:
                return None
            named = part.fields.title if part.fields is not None else None
            if norm_title(named) != norm_title(item.fields.title):
                part = item  # the row's other cells name it otherwise: the part alone
            entries.append(_imported(reader, imported, part))
        return entries
    return None


def _imported(reader: _Reader, imported: ImportedEntry, part: Part) -> ImportedEntry:
    assert part.fields is not None
    values = entry_values(part.fields)
    if part.end_line != part.line:
        values["end_line"] = part.end_line
    entry = SourceEntry(
        source=imported.entry.source, line=part.line, section=imported.entry.section, **values
    )
    return ImportedEntry(part.fields.kind, entry)


def _skip(reader: _Reader, line: int, end: int) -> None:
    for number in range(line, end + 1):
        text = reader.lines[number - 1] if 1 <= number <= len(reader.lines) else ""
        if text.strip():
            reader.result.skipped.append(SkippedLine(number, text, GROUP, False))
