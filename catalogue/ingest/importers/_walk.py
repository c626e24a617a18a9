"""The walk over a list's blocks that turns them into events (headings, units, skips) in document
order, and the choice of layout (items or blocks) from the document alone (see ``_units``)."""

from __future__ import annotations

import copy

from ._anchor_rows import page_anchors
from ._bare_addresses import bare_runs
from ._document import Block
from ._evidence import raw_line_names_work
from ._field_cards import card_headings
from ._folds import caption_counts
from ._headed import title_below
from ._html_markdown import comment_lines
from ._linked_headings import linked_layout
from ._linkless_paragraphs import bold_dated_line, footnotes, numbered_paper_line
from ._named_items import bold_named_items, mostly_works
from ._paper_lines import paper_paragraphs
from ._tab_records import tab_lines
from ._units import Event, Heading, Skip
from ._walk_lists import ListWalker
from ._walk_papers import PaperLineWalker
from ._walk_paragraphs import ParagraphWalker
from ._walk_tables import TableWalker
from ._walk_works import WorkUnitWalker
from ._work_headings import work_levels


class Walker(WorkUnitWalker, ParagraphWalker, PaperLineWalker, TableWalker, ListWalker):
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
        self.cards = card_headings(blocks)  # ``### Name`` over the fields the list repeats
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
        self.bare = bare_runs(blocks, lines)  # ``https://github.com/owner/tool`` paragraphs

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
            rows = rows or id(block) in self.bare  # one address a line
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
