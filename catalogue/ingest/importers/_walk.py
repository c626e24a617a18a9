"""The walk over a list's blocks that turns them into events (headings, units, skips) in document
order, and the choice of layout (items or blocks) from the document alone (see ``_units``)."""

from __future__ import annotations

from itertools import pairwise

from ._block_runs import bold_title_runs, leading_divider
from ._bold import bold_entry_end, bold_heading
from ._bold_runs import bold_title_run
from ._cell_works import placeholder_rows, rows_by_work, works_column
from ._document import Block, Inline
from ._evidence import (
    has_cell_evidence,
    has_link_or_id,
    has_title,
    raw_line_names_work,
)
from ._headed import (
    heading_entry,
    linked_layout,
    section_end,
    title_below,
)
from ._html_markdown import comment_lines
from ._link_runs import works_in_a_cell
from ._named_sections import named_section, named_unit
from ._paragraphs import (
    about_the_list,
    bold_title_described,
    bold_title_with_links,
    linked_name_described,
    paragraph_entry,
    works_by_line,
)
from ._result_tables import papers_header, results_table
from ._table_rows import TABLE_GROUP_LEVEL, CarriedYears, group_row
from ._units import (
    Event,
    Heading,
    Piece,
    Skip,
    Unit,
    block_pieces,
)
from ._walk_lists import ListWalker
from ._work_headings import named_by_links, tag_apart, work_end, work_heading, work_levels
from ._works import (
    linkless,
    names_a_title_link,
)


class Walker(ListWalker):
    """Turns blocks into events (headings, units, skips) in document order."""

    def __init__(
        self, blocks: list[Block], lines: list[str], block_layout: bool, no_links: bool = False
    ) -> None:
        self.blocks = blocks
        self.lines = lines
        self.block_layout = block_layout
        # A list without links: its items that read as titles are its works.
        self.no_links = no_links
        self.events: list[Event] = []
        self.linked = linked_layout(blocks)  # works written as headings that are links
        self.work_levels = work_levels(blocks)  # ``## Title. ICLR 2017``: a heading per work
        self.index = {id(b): i for i, b in enumerate(blocks)}  # top-level blocks only

    def _after_blank(self, block: Block) -> bool:
        """Whether a blank line separates ``block`` from what is above it."""
        return block.line >= 2 and not self.lines[block.line - 2].strip()

    def run(self) -> list[Event]:
        pending: list[Block] = []  # segments of the current block (block layout)
        index = 0
        while index < len(self.blocks):
            block = self.blocks[index]
            index += 1
            if block.kind == "heading" and (
                work_heading(self.blocks, index - 1, self.work_levels)
                or named_by_links(self.blocks, index - 1)
            ):
                if pending:
                    self._group(pending)
                    pending = []
                end = work_end(self.blocks, index - 1)
                index = self._heading_unit(index - 1, end, tag_apart(block))
                continue
            if block.kind == "heading" and heading_entry(self.blocks, index - 1, self.linked):
                if pending:
                    self._group(pending)
                    pending = []
                index = self._heading_unit(index - 1)
                continue
            if block.kind == "heading" and named_section(self.blocks, index - 1):
                if pending:
                    self._group(pending)
                    pending = []
                self.events.append(named_unit(block))  # a tool; its notes are walked as before
                continue
            run_end = bold_title_run(self.blocks, index - 1)  # titles alone, in bold
            if run_end is not None:
                if pending:
                    self._group(pending)
                    pending = []
                for titled in self.blocks[index - 1 : run_end]:
                    self.events.append(
                        Unit("para", titled.line, titled.end_line, block_pieces(titled), [])
                    )
                index = run_end
                continue
            bold_end = bold_entry_end(self.blocks, index - 1)
            if bold_end is not None:
                if pending:
                    self._group(pending)
                    pending = []
                self._entry_unit(index - 1, bold_end)
                index = bold_end
                continue
            if self.block_layout and block.kind in ("paragraph", "list", "quote", "code"):
                if pending and self._after_blank(block) and not title_below(pending, block):
                    self._group(pending)
                    pending = []
                pending.append(block)
                continue
            if pending:
                self._group(pending)
                pending = []
            self._block(block)
        if pending:
            self._group(pending)
        return self.events

    def _heading_unit(
        self, at: int, end: int | None = None, head: list[Piece] | None = None
    ) -> int:
        """A heading that names one work, with its details below it (``### Title`` then
        ``- **Authors:** …`` lines; ``<summary>`` in ``<details>``) down to ``end`` (the next
        heading by default): one unit."""
        end = section_end(self.blocks, at) if end is None else end
        # The work's heading ends the deeper sections above it (``#### News`` over
        # ``# [VIPeR](https://…)``), without naming one (no lines: the unit takes its heading).
        heading = self.blocks[at]
        self.events.append(Heading(heading.line, heading.line - 1, heading.level + 1, ""))
        self._entry_unit(at, end, head)
        return end

    def _entry_unit(self, at: int, end: int, head: list[Piece] | None = None) -> None:
        """The block at ``at`` names a work and ``blocks[at + 1 : end]`` are its details;
        ``head``: the pieces its own line is read as (the whole line by default)."""
        heading = self.blocks[at]
        assert heading.inline is not None
        body = [b for b in self.blocks[at + 1 : end] if b.kind != "html"]
        pieces = head or [Piece(heading.inline, heading.line, "head")]
        pieces += [p for b in body for p in block_pieces(b, 1)]
        last = max([heading.end_line] + [b.end_line for b in body])
        self.events.append(Unit("heading", heading.line, last, pieces, []))
        for block in self.blocks[at + 1 : end]:
            if block.kind == "html":
                self._block(block)

    def _block(self, block: Block) -> None:
        if block.kind == "heading" and block.inline is not None:
            self.events.append(Heading(block.line, block.end_line, block.level, block.inline.text))
        elif block.kind == "table":
            self._table(block)
        elif block.kind == "list":
            self._list(block)
        elif block.kind == "paragraph":
            self._paragraph(block)
        elif block.kind in ("quote", "code"):
            self._detail(block)
        elif block.kind == "html":
            # Lists, tables and headings written in HTML are read like Markdown ones; the
            # HTML's other lines are skipped after them.
            for child in block.children:
                self._block(child)
            hidden = comment_lines(block.raw, block.line)
            for number in range(block.line, block.end_line + 1):
                text = self.lines[number - 1] if number <= len(self.lines) else ""
                looks = number not in hidden and raw_line_names_work(text)
                self.events.append(Skip(number, number, "HTML", looks))
        elif block.kind == "rule":
            self.events.append(Skip(block.line, block.end_line, "horizontal rule"))

    def _paragraph(self, block: Block) -> None:
        sub = bold_heading(block)
        if sub is not None:
            self.events.append(Heading(block.line, block.end_line, 7, sub))
            return
        lines = works_by_line(block, lead_in=True)
        if lines is not None:
            first = lines[0].starts[0][1]
            if first > block.line:  # the line that introduces them
                self._skip_text(block.line, first - 1, None)
            for part in lines:
                line = part.starts[0][1]
                self.events.append(Unit("para", line, line, [Piece(part, line, "para")], []))
            return
        pieces = block_pieces(block)
        sections = any(isinstance(e, Heading) and 2 <= e.level <= 6 for e in self.events)
        if self._describes_last(block):
            self.events.append(Skip(block.line, block.end_line, "description of the work above"))
        elif paragraph_entry(block, sections) or (
            sections and linked_name_described(block) and self._beside_same(block)
        ):
            self.events.append(Unit("para", block.line, block.end_line, pieces, []))
        else:
            self._skip_text(block.line, block.end_line, block.inline)

    def _beside_same(self, block: Block) -> bool:
        """Whether a paragraph right above or below ``block`` is a named link with a description
        too: a run of them (``[Name](…): what it is``) lists works, one alone may be prose."""
        at = self.index.get(id(block))
        if at is None:
            return False  # a block inside a quote: its paragraphs are read on their own
        near = [self.blocks[i] for i in (at - 1, at + 1) if 0 <= i < len(self.blocks)]
        return any(b.kind == "paragraph" and linked_name_described(b) for b in near)

    def _describes_last(self, block: Block) -> bool:
        """A paragraph right below a work written as a bold title with its links
        (``**Title** [[github](…)]``) that says something of it in words: that work's description.
        A work of its own in another shape (a title link first) is none."""
        last = self.events[-1] if self.events else None
        inline = block.inline
        if not (isinstance(last, Unit) and last.kind == "para" and inline is not None):
            return False
        if bold_title_with_links(inline) or bold_title_described(inline):
            return False
        if names_a_title_link(inline):
            return False
        return bold_title_with_links(last.head.inline)

    def _skip_text(self, line: int, end: int, inline: Inline | None) -> None:
        looks = inline is not None and has_link_or_id(inline)
        reason = "paragraph with a link but no identifier or year" if looks else "prose"
        self.events.append(Skip(line, end, reason, looks))

    def _detail(self, block: Block) -> None:
        """A quote or code block: part of the entry right above it; else a quote that holds
        entries of its own (a list that writes each paper as a quote, a quoted list of works) is
        read as its blocks are; else skipped."""
        last = self.events[-1] if self.events else None
        first = block.children[0] if block.children else None
        own = (  # ``> **Title** … [[Paper]](…)`` after a blank line: a work of its own
            block.kind == "quote"
            and self._after_blank(block)
            and first is not None
            and first.kind == "paragraph"
            and paragraph_entry(first, True)
        )
        above = isinstance(last, Unit) and last.kind in ("item", "para")
        # ``> - [Title](…), Ann Lee. ICML 2023.`` where no entry is right above: quoted works.
        quoted_list = not above and first is not None and first.kind == "list"
        if above and not own:
            assert isinstance(last, Unit)
            last.pieces += block_pieces(block, 1)
            last.end_line = max(last.end_line, block.end_line)
            return
        if own or quoted_list:  # ``> [!IMPORTANT]`` notices and quoted notes stay quotations
            before = len(self.events)
            for child in block.children:
                self._block(child)
            if any(isinstance(e, Unit) for e in self.events[before:]):
                return
            del self.events[before:]
        reason = "quotation" if block.kind == "quote" else "code block"
        looks = any(has_link_or_id(p.inline) for p in block_pieces(block))
        self.events.append(Skip(block.line, block.end_line, reason, looks))

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
        for row in rows[1:]:
            last = self.events[-1]
            if (
                isinstance(last, Unit)
                and last.kind == "row"
                and not any(c.text.strip() for c in row.cells)
                and not self.lines[row.line - 1].lstrip().startswith("|")
            ):
                last.end_line = row.end_line  # the rest of a row wrapped (``_wrapped_rows``)
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
                self.events.append(Unit("row", row.line, row.end_line, pieces, [], names, lenient))
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


def choose_layout(blocks: list[Block], lines: list[str], no_links: bool = False) -> bool:
    """True for the block layout (see the module notes), from the document alone."""
    items = [e for e in Walker(blocks, lines, False, no_links).run() if isinstance(e, Unit)]
    items = [e for e in items if e.kind != "row"]
    groups = [e for e in Walker(blocks, lines, True, no_links).run() if isinstance(e, Unit)]
    groups = [e for e in groups if e.kind == "block"]
    if not groups:
        return False
    multi = sum(1 for g in groups if len({p.kind for p in g.pieces}) > 1)
    return len(groups) >= 0.8 * len(items) and multi >= 0.5 * len(groups)


def events(blocks: list[Block], lines: list[str]) -> tuple[list[Event], bool]:
    no_links = linkless(blocks)
    layout = choose_layout(blocks, lines, no_links)
    return Walker(blocks, lines, layout, no_links).run(), layout
