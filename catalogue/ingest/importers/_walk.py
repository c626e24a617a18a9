"""The walk over a list's blocks that turns them into events (headings, units, skips) in document
order, and the choice of layout (items or blocks) from the document alone (see ``_units``)."""

from __future__ import annotations

import copy

from ._anchor_rows import page_anchors
from ._bold import bold_entry_end, bold_heading
from ._bold_runs import bold_title_run
from ._document import Block, Inline
from ._evidence import (
    has_link_or_id,
    raw_line_names_work,
)
from ._folds import caption_counts, captioned_fold
from ._headed import heading_entry, section_end, title_below
from ._html_markdown import comment_lines
from ._link_runs import names_by_line, works_by_line
from ._linked_headings import linked_layout
from ._linked_names import beside_same, linked_name_described, role_links_only
from ._linkless_paragraphs import bold_dated_line, footnotes, numbered_paper_line
from ._named_items import bold_named_items, mostly_works
from ._named_sections import named_section, named_unit
from ._named_tools import catalogued_tools, named_tools
from ._paper_lines import paper_paragraphs
from ._paragraphs import (
    bold_title_described,
    bold_title_with_links,
    paragraph_entry,
)
from ._tab_records import tab_lines
from ._units import (
    Event,
    Heading,
    Piece,
    Skip,
    Unit,
    block_pieces,
)
from ._walk_lists import ListWalker
from ._walk_papers import PaperLineWalker
from ._walk_tables import TableWalker
from ._work_headings import named_by_links, tag_apart, work_end, work_heading, work_levels
from ._works import names_a_title_link


class Walker(PaperLineWalker, TableWalker, ListWalker):
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
        self.pending: list[Block] = []  # segments of the current block (block layout)
        # ``[45] Title`` paragraphs without links: works when the list writes three or more.
        numbered = [b for b in blocks if numbered_paper_line(b)]
        self.numbered = len(numbered) >= 3 and not footnotes(numbered, lines)
        # ``KDD 14 Title`` paragraphs without links, a list written so (``_paper_lines``).
        self.paper_lines = paper_paragraphs(blocks)
        # ``**Title**. (2023-ICLR) Ann Lee.`` paragraphs without links: the same, three or more.
        self.bold_dated = sum(1 for b in blocks if bold_dated_line(b)) >= 3
        # ``- **Name** — what it is`` bullets without links: works when the list writes them so.
        self.bold_named = bold_named_items(blocks)
        self.mostly_works = mostly_works(blocks)  # a lone title bullet is one of them
        self.captions = caption_counts(blocks)  # ``<summary>`` captions a list repeats
        self.anchors = page_anchors(blocks, lines)  # ``_anchor_rows``: what ``#x`` links reach

    def in_block_layout(self) -> Walker:
        """This document walked in the block layout (before either walk runs): what was found
        of the whole document (linked headings, paper lines, …) is shared, not found again."""
        other = copy.copy(self)
        other.block_layout, other.events, other.pending = True, [], []
        return other

    def _after_blank(self, block: Block) -> bool:
        """Whether a blank line separates ``block`` from what is above it."""
        return block.line >= 2 and not self.lines[block.line - 2].strip()

    def run(self) -> list[Event]:
        index = 0
        while index < len(self.blocks):
            after = self._work_unit(index)
            if after is not None:
                index = after
                continue
            block = self.blocks[index]
            index += 1
            rows = block.kind == "paragraph" and tab_lines(block) is not None  # one work a line
            if (
                self.block_layout
                and block.kind in ("paragraph", "list", "quote", "code")
                and not rows
            ):
                pending = self.pending
                if pending and self._after_blank(block) and not title_below(pending, block):
                    self._flush()
                self.pending.append(block)
                continue
            self._flush()
            self._block(block)
        self._flush()
        return self.events

    def _flush(self) -> None:
        """Block layout: the segments gathered so far make their unit (or units)."""
        if self.pending:
            self._group(self.pending)
            self.pending = []

    def _work_unit(self, at: int) -> int | None:
        """A work written over several blocks that starts at ``at`` (a heading over its details,
        a run of bold titles, a bold title over its labelled links): its unit, and where the
        walk goes on; None when the block starts none."""
        block = self.blocks[at]
        if block.kind == "heading" and (
            work_heading(self.blocks, at, self.work_levels) or named_by_links(self.blocks, at)
        ):
            self._flush()
            return self._heading_unit(at, work_end(self.blocks, at), tag_apart(block))
        # ``#### Name`` over ``<details>`` of its fields
        fold = captioned_fold(self.blocks, at, self.captions)
        if fold is not None:
            self._flush()
            return self._heading_unit(at, fold[1], caption=fold[0])
        if (
            block.kind == "heading"
            and heading_entry(self.blocks, at, self.linked)
            and not self._over_paper_lines(at)
        ):
            self._flush()
            return self._heading_unit(at)
        if block.kind == "heading" and named_section(self.blocks, at):
            self._flush()
            self.events.append(named_unit(block))  # a tool; its notes are walked as before
            return at + 1
        run_end = bold_title_run(self.blocks, at)  # titles alone, in bold
        if run_end is not None:
            self._flush()
            for titled in self.blocks[at:run_end]:
                self.events.append(
                    Unit("para", titled.line, titled.end_line, block_pieces(titled), [])
                )
            return run_end
        bold_end = bold_entry_end(self.blocks, at)
        if bold_end is not None:
            self._flush()
            self._entry_unit(at, bold_end)
            return bold_end
        return None

    def _heading_unit(
        self, at: int, end: int | None = None, head: list[Piece] | None = None, caption: int = -1
    ) -> int:
        """A heading that names one work, with its details below it (``### Title`` then
        ``- **Authors:** …`` lines; ``<summary>`` in ``<details>``) down to ``end`` (the next
        heading by default): one unit."""
        end = section_end(self.blocks, at) if end is None else end
        # The work's heading ends the deeper sections above it (``#### News`` over
        # ``# [VIPeR](https://…)``), without naming one (no lines: the unit takes its heading).
        heading = self.blocks[at]
        self.events.append(Heading(heading.line, heading.line - 1, heading.level + 1, ""))
        self._entry_unit(at, end, head, caption)
        return end

    def _entry_unit(
        self, at: int, end: int, head: list[Piece] | None = None, caption: int = -1
    ) -> None:
        """The block at ``at`` names a work and ``blocks[at + 1 : end]`` are its details (but
        ``blocks[caption]``, a <summary> that only captions them); ``head``: the pieces its own
        line is read as (the whole line by default)."""
        heading = self.blocks[at]
        assert heading.inline is not None
        body = [
            b
            for k, b in enumerate(self.blocks[at + 1 : end], at + 1)
            if b.kind != "html" and k != caption
        ]
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
        heads = [e for e in self.events if isinstance(e, Heading) and 2 <= e.level <= 6]
        if lines is None and heads:
            lines = names_by_line(block, heads[-1].text)  # ``[Name](…)<br>`` lines
            lines = lines or tab_lines(block)  # ``Title<TAB>Names<TAB>https://…`` rows
        if lines is not None:
            first = lines[0].starts[0][1]
            if first > block.line:  # the line that introduces them
                self._skip_text(block.line, first - 1, None)
            for part in lines:
                line = part.starts[0][1]
                self.events.append(Unit("para", line, line, [Piece(part, line, "para")], []))
            return
        # The cheap test first: most paragraphs stand under no catalogue of tools.
        listed = block.inline is not None and catalogued_tools(self.events)
        tools = named_tools(block.inline) if listed and block.inline is not None else None
        if tools is not None:
            for part in tools:  # ``[Gadget Safe](…) is …``, ``Other: [A](…), [B](…)``
                line, end = part.starts[0][1], part.starts[-1][1]
                piece = Piece(part, line, "para")
                self.events.append(Unit("para", line, end, [piece], [], tool=True))
            return
        last = self.events[-1] if self.events else None
        item = isinstance(last, Unit) and last.kind == "item" and block.inline is not None
        if item and role_links_only(block.inline):
            last.pieces += block_pieces(block, 1)  # an item's links in a paragraph below it
            last.end_line = max(last.end_line, block.end_line)
            return
        pieces = block_pieces(block)
        sections = any(isinstance(e, Heading) and 2 <= e.level <= 6 for e in self.events)
        if self._paper_paragraph(block):
            pass  # ``KDD 14 Title``, or its addresses below it (``_walk_papers``)
        elif self._describes_last(block):
            self.events.append(Skip(block.line, block.end_line, "description of the work above"))
        elif self._section_page(block):  # ``## Topic`` over ``[Topic](paperswithcode …)``
            self.events.append(Skip(block.line, block.end_line, "the section's own page"))
        elif (
            paragraph_entry(block, sections)
            or (sections and linked_name_described(block) and self._beside_same(block))
            or (sections and self.numbered and numbered_paper_line(block))
            or (sections and self.bold_dated and bold_dated_line(block))
        ):
            self.events.append(Unit("para", block.line, block.end_line, pieces, []))
        else:
            self._skip_text(block.line, block.end_line, block.inline)

    def _beside_same(self, block: Block) -> bool:
        """Whether a paragraph next to ``block`` is a named link with a description too
        (``_linked_names.beside_same``)."""
        at = self.index.get(id(block))
        if at is None:
            return False  # a block inside a quote: its paragraphs are read on their own
        return beside_same(self.blocks, at)

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
        own = (  # ``> **Title** … [[Paper]](…)`` after a blank line (or a heading): its own work
            block.kind == "quote"
            and (self._after_blank(block) or isinstance(last, Heading))
            and first is not None
            and first.kind == "paragraph"
            and paragraph_entry(first, True)
        )
        above = isinstance(last, Unit) and last.kind in ("item", "para")
        # ``> - [Title](…), Ann Lee. ICML 2023.`` where no entry is right above: quoted works.
        quoted_list = not above and first is not None and first.kind == "list"
        if not above and self._paper_code(block):
            return  # ``Degree:`` over ``      KDD 19 Title``, read as code (``_walk_papers``)
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
