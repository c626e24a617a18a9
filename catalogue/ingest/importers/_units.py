"""The units a list's entries are: list items with their nested lines, table rows, or blocks of
lines between blank lines, chosen per list from the document itself.

The document is walked once: headings make the section path; tables give one unit per row; lists
give one unit per item that names a work (an item whose nested items are works of their own is a
section for them); paragraphs, quotes and code blocks are segments. In *item* layout a quote or
code block right below an entry belongs to it. In *block* layout (a short name and venue line,
link lines, then the title and authors as bullets) consecutive segments with no blank line
between them form one unit. The layout is *block* when grouping segments finds about as many
works as reading items does and most of them are made of several segments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from ._document import Block, Inline
from ._evidence import (
    detail_key,
    has_evidence,
    has_id,
    has_link_or_id,
    has_title,
    real_links,
    title_words,
)
from ._roles import is_role_label

PieceKind = Literal["head", "item", "para", "quote", "code", "cell"]
UnitKind = Literal["item", "row", "block", "para", "heading"]


@dataclass
class Piece:
    inline: Inline
    line: int
    kind: PieceKind
    depth: int = 0
    header: str = ""  # a table cell's column header


@dataclass
class Unit:
    kind: UnitKind
    line: int
    end_line: int
    pieces: list[Piece]
    section: list[str]
    header: list[str] = field(default_factory=list)  # a row's table header
    # A row of a table whose rows are mostly works: a title is enough, without link, id or year.
    lenient: bool = False

    @property
    def head(self) -> Piece:
        return self.pieces[0]


@dataclass
class Skip:
    line: int
    end_line: int
    reason: str
    looks_like_entry: bool = False


@dataclass
class Heading:
    line: int
    end_line: int
    level: int
    text: str


Event = Unit | Skip | Heading


# --- pieces ------------------------------------------------------------------------------------


def _code_pieces(block: Block, kind: PieceKind = "code") -> list[Piece]:
    pieces = []
    for offset, text in enumerate(block.raw.split("\n")):
        if text.strip():
            pieces.append(Piece(Inline(text=text.strip(), starts=[(0, block.line + offset)]),
                                block.line + offset, kind))  # fmt: skip
    return pieces


def block_pieces(block: Block, depth: int = 0) -> list[Piece]:
    """The lines of a block as pieces (paragraphs split at their line breaks)."""
    if block.kind in ("paragraph", "heading") and block.inline is not None:
        kind: PieceKind = "para"
        return [Piece(part, part.starts[0][1], kind, depth) for part in block.inline.split_lines()]
    if block.kind == "list":
        return [p for item in block.children for p in item_pieces(item, depth)]
    if block.kind == "item":
        return item_pieces(block, depth)
    if block.kind == "quote":
        return [
            Piece(p.inline, p.line, "quote", depth) for c in block.children for p in block_pieces(c)
        ]
    if block.kind == "code":
        return _code_pieces(block)
    return []


def item_pieces(item: Block, depth: int) -> list[Piece]:
    pieces: list[Piece] = []
    for index, child in enumerate(item.children):
        if index == 0 and child.kind == "paragraph" and child.inline is not None:
            parts = child.inline.split_lines(wrapped=True)
            pieces.append(Piece(parts[0], parts[0].starts[0][1], "item", depth))
            pieces += [Piece(p, p.starts[0][1], "para", depth) for p in parts[1:]]
        else:
            pieces += block_pieces(child, depth + 1)
    return pieces


def _head(item: Block) -> Inline | None:
    first = item.children[0] if item.children else None
    if first is not None and first.kind == "paragraph" and first.inline is not None:
        return first.inline
    return None


def _sub_items(item: Block) -> list[Block]:
    return [i for child in item.children if child.kind == "list" for i in child.children]


def _is_work(inline: Inline | None) -> bool:
    """A piece that names a work on its own: a title with a link, an identifier or a year."""
    return inline is not None and has_title(inline) and has_evidence(inline)


def _names_a_title_link(inline: Inline) -> bool:
    """Starts with a link whose label is a title (``[Title](url) ...``)."""
    links = real_links(inline)
    return bool(links) and links[0].start <= 2 and not is_role_label(links[0].label)


def _strong_work(item: Block) -> bool:
    """An item that names a work on its own line: a title link, or a title and a link or id."""
    head = _head(item)
    if head is None:
        return False
    if _names_a_title_link(head) and title_words(head) >= 2:
        return True
    return title_words(head) >= 3 and has_link_or_id(head) and not _key_value(head)


def _key_value(inline: Inline) -> bool:
    """``Paper: https://…``, ``会议：CVPR 2016``: a labelled detail line, no work of its own."""
    return detail_key(inline.text) is not None


def _holds_works(item: Block) -> bool:
    """An item that is a work, or whose nested items hold works (``ACL`` > ``2019`` > papers)."""
    return _strong_work(item) or any(_holds_works(sub) for sub in _sub_items(item))


# --- the walk ----------------------------------------------------------------------------------


_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# A sentence that points somewhere (``A survey … can be found at this link: [arxiv](…)``): prose
# around a link, not a work's title.
_POINTER_RE = re.compile(
    r"\b(?:can be found|(?:is|are) available|available (?:at|here)|please|click|this link"
    r"|refer to|check out|see also|found here)\b",
    re.IGNORECASE,
)
SUMMARY_LEVEL = 9  # ``<summary>`` of a ``<details>`` block: a heading for what it folds


def _section_end(blocks: list[Block], at: int) -> int:
    """The index of the next heading after ``blocks[at]`` (or the end)."""
    end = at + 1
    while end < len(blocks) and blocks[end].kind != "heading":
        end += 1
    return end


def _heading_entry(blocks: list[Block], at: int) -> bool:
    """Whether the heading at ``at`` names one work: a title (four words or more, or a summary
    line), and below it only its details (authors, venue, link lines; no work of their own),
    among them a link or an identifier."""
    heading = blocks[at]
    if heading.inline is None or heading.level == 1:
        return False
    if title_words(heading.inline) < 2:
        return False
    body = [b for b in blocks[at + 1 : _section_end(blocks, at)] if b.kind != "html"]
    if not body or len(body) > 6 or any(b.kind == "table" for b in body):
        return False
    items = [i for b in body if b.kind == "list" for i in b.children]
    if any(_holds_works(i) for i in items):
        return False
    pieces = [p for b in body for p in block_pieces(b)]
    if not any(has_link_or_id(p.inline) for p in pieces):
        return False
    # Its details are labelled (``Authors: …``, ``**Venue:** …``), or a <summary> names them.
    labelled = [i for i in items if (h := _head(i)) is not None and _key_value(h)]
    return heading.level == SUMMARY_LEVEL or len(labelled) >= max(1, len(items) // 2)


def _detail_block(block: Block) -> bool:
    """A block of an entry's labelled details (``- 论文：https://…``, ``Code: https://…``), with
    perhaps a short word among them (``- Oral``)."""
    if block.kind == "paragraph" and block.inline is not None:
        return all(_key_value(part) for part in block.inline.split_lines())
    if block.kind != "list" or any(_sub_items(i) for i in block.children):
        return False
    heads = [_head(i) for i in block.children]
    if any(h is None for h in heads):
        return False
    labelled = [h for h in heads if h is not None and _key_value(h)]
    short = [h for h in heads if h is not None and title_words(h) <= 2 and not has_link_or_id(h)]
    return bool(labelled) and all(h in labelled or h in short for h in heads)


def bold_entry_end(blocks: list[Block], at: int) -> int | None:
    """A bold paragraph that names a work (``**Title**``, no link) with its labelled details
    below it (``- 论文：https://…``, ``- 代码：https://…``): the index after its last detail."""
    block = blocks[at]
    inline = block.inline
    if block.kind != "paragraph" or inline is None or inline.links or not inline.strong:
        return None
    text = inline.text.strip()
    if sum(b - a for a, b in inline.strong) < len(text) or title_words(inline) < 3:
        return None
    end = at + 1
    while end < len(blocks) and _detail_block(blocks[end]):
        end += 1
    body = blocks[at + 1 : end]
    if not any(has_link_or_id(p.inline) for b in body for p in block_pieces(b)):
        return None
    return end


def bold_heading(block: Block) -> str | None:
    """A paragraph that is only bold (or italic) short text, without links: a sub-heading."""
    inline = block.inline
    if block.kind != "paragraph" or inline is None or inline.links or block.line != block.end_line:
        return None
    text = inline.text.strip().rstrip(":：").strip()
    runs = inline.strong or inline.em
    if not text or len(text.split()) > 8 or not runs:
        return None
    covered = sum(b - a for a, b in runs)
    return text if covered >= len(inline.text.strip().rstrip(":：").strip()) else None


def _all_items(blocks: list[Block]) -> list[Block]:
    found = []
    for block in blocks:
        if block.kind == "item":
            found.append(block)
        found += _all_items(block.children)
    return found


def _inlines(blocks: list[Block]) -> list[Inline]:
    found = []
    for block in blocks:
        if block.inline is not None:
            found.append(block.inline)
        found += block.cells
        found += _inlines(block.children)
    return found


def linkless(blocks: list[Block]) -> bool:
    """Whether the list names its works without links (``- (CVPR 17) Title``, plain titles under
    venue headings): it has items that could be titles, and hardly a link or an id anywhere."""
    heads = [h for i in _all_items(blocks) if (h := _head(i)) is not None and title_words(h) >= 3]
    linked = sum(1 for x in _inlines(blocks) if has_link_or_id(x))
    return len(heads) >= 3 and linked <= 0.1 * len(heads)


def _title_like(inline: Inline) -> bool:
    """An item's text that can be a title: not a clause that goes on (``Preprocess the data,``)."""
    return not inline.text.rstrip().endswith((",", ";", ":", "："))


def _title_below(pending: list[Block], block: Block) -> bool:
    """Block layout: a short list without links (the title, then the authors) after a blank line
    below a block headed by a short name with the links (``Mimic. *CVPR 2017*.``, link lines):
    the rest of that block, not a block of its own."""
    head = pending[0].inline
    if pending[0].kind != "paragraph" or head is None or block.kind != "list":
        return False
    if title_words(head.split_lines()[0]) > 3 or len(block.children) > 3:
        return False
    pieces = block_pieces(block)
    if any(has_link_or_id(p.inline) for p in pieces) or title_words(pieces[0].inline) < 3:
        return False
    above = [p for b in pending for p in block_pieces(b)]
    return any(has_link_or_id(p.inline) for p in above) and not any(p.kind == "item" for p in above)


class Walker:
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

    def _after_blank(self, block: Block) -> bool:
        """Whether a blank line separates ``block`` from what is above it."""
        return block.line >= 2 and not self.lines[block.line - 2].strip()

    def run(self) -> list[Event]:
        pending: list[Block] = []  # segments of the current block (block layout)
        index = 0
        while index < len(self.blocks):
            block = self.blocks[index]
            index += 1
            if block.kind == "heading" and _heading_entry(self.blocks, index - 1):
                if pending:
                    self._group(pending)
                    pending = []
                index = self._heading_unit(index - 1)
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
                if pending and self._after_blank(block) and not _title_below(pending, block):
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

    def _heading_unit(self, at: int) -> int:
        """A heading that names one work, with its details below it (``### Title`` then
        ``- **Authors:** …`` lines; ``<summary>`` in ``<details>``): one unit."""
        end = _section_end(self.blocks, at)
        self._entry_unit(at, end)
        return end

    def _entry_unit(self, at: int, end: int) -> None:
        """The block at ``at`` names a work and ``blocks[at + 1 : end]`` are its details."""
        heading = self.blocks[at]
        assert heading.inline is not None
        body = [b for b in self.blocks[at + 1 : end] if b.kind != "html"]
        pieces = [Piece(heading.inline, heading.line, "head")]
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
            self.events.append(Skip(block.line, block.end_line, "HTML", False))
        elif block.kind == "rule":
            self.events.append(Skip(block.line, block.end_line, "horizontal rule"))

    def _paragraph(self, block: Block) -> None:
        sub = bold_heading(block)
        if sub is not None:
            self.events.append(Heading(block.line, block.end_line, 7, sub))
            return
        assert block.inline is not None
        pieces = block_pieces(block)
        # Outside a list, a paragraph is an entry only when it names a work surely (an identifier
        # or a year): notes and "see also" lines carry links too.
        pointer = not _names_a_title_link(block.inline) and _POINTER_RE.search(block.inline.text)
        named = title_words(block.inline) >= 3  # ``[[Survey](arxiv) | [Code](github)]`` is none
        if _is_work(block.inline) and has_id(block.inline) and named and not pointer:
            self.events.append(Unit("para", block.line, block.end_line, pieces, []))
        else:
            self._skip_text(block.line, block.end_line, block.inline)

    def _skip_text(self, line: int, end: int, inline: Inline | None) -> None:
        looks = inline is not None and has_link_or_id(inline)
        reason = "paragraph with a link but no identifier or year" if looks else "prose"
        self.events.append(Skip(line, end, reason, looks))

    def _detail(self, block: Block) -> None:
        """A quote or code block: part of the entry right above it, else skipped."""
        last = self.events[-1] if self.events else None
        if isinstance(last, Unit) and last.kind in ("item", "para"):
            last.pieces += block_pieces(block, 1)
            last.end_line = max(last.end_line, block.end_line)
            return
        reason = "quotation" if block.kind == "quote" else "code block"
        self.events.append(Skip(block.line, block.end_line, reason))

    def _table(self, table: Block) -> None:
        rows = table.children
        if not rows:
            return
        header = [cell.text for cell in rows[0].cells]
        self.events.append(Heading(rows[0].line, rows[0].line + 1, 0, ""))  # header + separator
        works = sum(1 for row in rows[1:] if any(has_evidence(cell) for cell in row.cells))
        lenient = len(rows) > 3 and works >= 0.6 * (len(rows) - 1)
        for row in rows[1:]:
            pieces = [
                Piece(cell, row.line, "cell", header=header[i] if i < len(header) else "")
                for i, cell in enumerate(row.cells)
            ]
            self.events.append(Unit("row", row.line, row.line, pieces, [], header, lenient))

    def _list(self, block: Block) -> None:
        items = block.children
        works = sum(1 for item in items if _is_work(_head(item)))
        # In a list whose items are mostly works, an item with a title is one even when it gives
        # no link, id or year (``Title. Author et al. IEEE RAL``).
        lenient = len(items) >= 3 and works >= 0.6 * len(items)
        for item in items:
            self._item(item, lenient)

    def _item(self, item: Block, lenient: bool = False) -> None:
        head = _head(item)
        subs = _sub_items(item)
        works = [s for s in subs if _holds_works(s)]
        head_work = head is not None and has_title(head)
        details_evidence = any(has_evidence(p.inline) for p in item_pieces(item, 0)[1:])
        titled = (
            (lenient or self.no_links)
            and head is not None
            and title_words(head) >= 3
            and _title_like(head)
        )
        own_evidence = head is not None and has_evidence(head)
        # A category bullet (``Vision``, ``ACL`` > ``2019``, ``+ #### Meta Learning``): works
        # below it, none on its line; its text is a section for them.
        first = item.children[0] if item.children else None
        named = head if head is not None else first.inline if first is not None else None
        category = named is not None and (head is not None or first.kind == "heading")
        if works and named is not None and category and not has_link_or_id(named):
            self.events.append(Heading(item.line, item.line, 10 + item.level, named.text))
            for child in item.children[1:]:
                if child.kind == "list":
                    self._list(child)
                else:
                    self._skip_block(child)
            self.events.append(Heading(item.end_line + 1, item.end_line, 10 + item.level, ""))
            return
        if head_work and (titled or own_evidence or details_evidence):
            own = head is not None and _names_a_title_link(head)
            split = [s for s in subs if own and _strong_work(s)] if own else []
            self._item_unit(item, split)
            return
        self._skip_item(item, head)

    def _item_unit(self, item: Block, split: list[Block]) -> None:
        kept = Block(item.kind, item.line, item.end_line, level=item.level, ordered=item.ordered)
        for child in item.children:
            if child.kind == "list" and split:
                rest = [i for i in child.children if i not in split]
                if rest:
                    kept.children.append(Block("list", rest[0].line, rest[-1].end_line,
                                               children=rest))  # fmt: skip
            else:
                kept.children.append(child)
        end = max([item.line] + [c.end_line for c in kept.children])
        self.events.append(Unit("item", item.line, end, item_pieces(kept, 0), []))
        for sub in split:
            self._item(sub)

    def _skip_item(self, item: Block, head: Inline | None) -> None:
        if head is not None and head.links and not real_links(head):
            reason = "link inside the list (table of contents)"
            self.events.append(Skip(item.line, item.end_line, reason))
            return
        looks = any(has_link_or_id(p.inline) for p in item_pieces(item, 0))
        reason = "list item without a title" if looks else "list item that names no work"
        self.events.append(Skip(item.line, item.end_line, reason, looks))

    def _skip_block(self, block: Block) -> None:
        pieces = block_pieces(block)
        looks = any(has_link_or_id(p.inline) for p in pieces)
        self.events.append(Skip(block.line, block.end_line, "not an entry", looks))

    def _group(self, blocks: list[Block]) -> None:
        """Block layout: consecutive segments make one unit when they name a work."""
        if len(blocks) == 1 and blocks[0].kind == "list":
            self._list(blocks[0])
            return
        pieces = [p for b in blocks for p in block_pieces(b)]
        if pieces and blocks[0].kind == "paragraph":
            pieces[0].kind = "head"
        line, end = blocks[0].line, blocks[-1].end_line
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
