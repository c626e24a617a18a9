"""The walk's reading of tables (a unit a row, or a unit a work where a cell names several) and
of the block layout's groups of segments; a part of ``_walk.Walker``."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from ._anchor_rows import dangling_rows
from ._block_runs import bold_title_runs, leading_divider
from ._bold import bold_heading
from ._cell_works import placeholder_rows, rows_by_work, works_column
from ._document import Block
from ._evidence import has_cell_evidence, has_link_or_id, has_title
from ._link_runs import works_in_a_cell
from ._paragraphs import about_the_list, cites_the_list
from ._result_tables import papers_header, results_table
from ._sections import names_its_section
from ._table_rows import TABLE_GROUP_LEVEL, CarriedYears, group_row, note_row
from ._units import Event, Heading, Piece, Skip, Unit, block_pieces


class TableWalker:
    """Tables and block-layout groups; mixed into ``_walk.Walker``, which gives ``_list``."""

    events: list[Event]
    lines: list[str]
    anchors: set[str]  # ``_anchor_rows.page_anchors``
    _list: Callable[[Block], None]  # ``_walk_lists.ListWalker._list``

    def _table(self, table: Block) -> None:
        rows = table.children
        if not rows:
            return
        if results_table(rows):
            reason = "table of results (scores, no links): not a list of works"
            self.events.append(Skip(table.line, table.end_line, reason))
            return
        header = [cell.text for cell in rows[0].cells]
        self.events.append(Heading(rows[0].line, rows[0].line + 1, 0, ""))  # header + separator
        works = sum(1 for row in rows[1:] if any(has_cell_evidence(c) for c in row.cells))
        # ``| **COCO-CL** | Detection | … | [Download](#) |`` beside rows with real links: works.
        works += placeholder_rows([row.cells for row in rows[1:]])
        lenient = (len(rows) > 3 and works >= 0.6 * (len(rows) - 1)) or papers_header(header)
        grouped = False
        carried = CarriedYears(header)
        # ``| Privacy | [FedDAT](…), [version](…); [RaFFM](…) |``: a column naming the works.
        works_at = works_column(header, [row.cells for row in rows[1:]])
        # ``| [BareWave](#barewave) | Token LM |`` where the page has no such anchor: works.
        dangling = dangling_rows(header, [row.cells for row in rows[1:]], self.anchors)
        for index, row in enumerate(rows[1:]):
            last = self.events[-1]
            if (
                isinstance(last, Unit)
                and last.kind == "row"
                and not any(c.text.strip() for c in row.cells)
                and not self.lines[row.line - 1].lstrip().startswith("|")
            ):
                last.end_line = row.end_line  # the rest of a row wrapped (``_wrapped_rows``)
                continue
            if note_row(row, len(header)):
                self.events.append(Skip(row.line, row.end_line, "a note across the table"))
                continue
            group = group_row(row, len(header))
            if group is not None:
                self.events.append(Heading(row.line, row.end_line, TABLE_GROUP_LEVEL, group))
                grouped = True
                continue
            filled = carried.fill(row.cells)
            named = rows_by_work(filled, works_at, header)
            for cells, names in named or [(c, header) for c in works_in_a_cell(filled)]:
                pieces = [
                    Piece(cell, row.line, "cell", header=names[i] if i < len(names) else "")
                    for i, cell in enumerate(cells)
                ]
                unit = Unit("row", row.line, row.end_line, pieces, [], names, lenient)
                unit.anchored = index in dangling
                unit.in_index = named is not None
                self.events.append(unit)
        if grouped:  # the groups end with the table
            self.events.append(Heading(table.end_line + 1, table.end_line, TABLE_GROUP_LEVEL, ""))

    def _group(self, blocks: list[Block]) -> None:
        """Block layout: consecutive segments make one unit when they name a work."""
        if len(blocks) == 1 and blocks[0].kind == "list":
            self._list(blocks[0])
            return
        pieces = [p for b in blocks for p in block_pieces(b)]
        start = blocks[0].line
        if blocks[0].kind == "paragraph" and leading_divider(pieces):  # ``--- Older ---``
            self.events.append(Skip(start, start, "divider line"))
            pieces, start = pieces[1:], pieces[1].line
        runs = bold_title_runs(pieces) if blocks[0].kind == "paragraph" else [pieces]
        for run, after in pairwise(runs):  # works written in one paragraph
            self._group_pieces(blocks, run, start, after[0].line - 1)
            start = after[0].line
        self._group_pieces(blocks, runs[-1], start)

    def _section_page(self, block: Block) -> bool:
        """A paragraph right below a heading that is one link named by the heading's words
        (``_sections.names_its_section``)."""
        last = self.events[-1] if self.events else None
        return (
            isinstance(last, Heading)
            and block.kind == "paragraph"
            and block.inline is not None
            and names_its_section(block.inline, last.text)
        )

    def _group_pieces(
        self, blocks: list[Block], pieces: list[Piece], line: int, end: int | None = None
    ) -> None:
        if pieces and blocks[0].kind == "paragraph":
            pieces[0].kind = "head"
        end = blocks[-1].end_line if end is None else end
        if all(b.kind == "paragraph" for b in blocks) and about_the_list(
            " ".join(p.inline.text for p in pieces)
        ):
            self.events.append(Skip(line, end, "prose about the list", True))
            return
        intro = not any(isinstance(e, Heading) and 2 <= e.level <= 6 for e in self.events)
        if (
            intro
            and pieces
            and blocks[0].kind == "paragraph"
            and cites_the_list(pieces[0].inline.text)
        ):
            self.events.append(Skip(line, end, "the list citing its own paper", True))
            return
        if len(blocks) == 1 and self._section_page(blocks[0]):
            self.events.append(Skip(line, end, "the section's own page"))
            return
        if any(has_title(p.inline) for p in pieces) and any(
            has_link_or_id(p.inline) for p in pieces
        ):
            self.events.append(Unit("block", line, end, pieces, []))
            return
        if len(blocks) == 1 and blocks[0].kind == "paragraph" and bold_heading(blocks[0]):
            self.events.append(Heading(line, end, 7, bold_heading(blocks[0]) or ""))
            return
        looks = any(has_link_or_id(p.inline) for p in pieces)
        self.events.append(Skip(line, end, "block that names no work", looks))
