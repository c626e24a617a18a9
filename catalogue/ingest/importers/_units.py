"""The units a list's entries are: list items with their nested lines, table rows, or blocks of
lines between blank lines, chosen per list from the document itself.

The document is walked once: headings make the section path; tables give one unit per row; lists
give one unit per item that names a work (an item whose nested items are works of their own is a
section for them); paragraphs, quotes and code blocks are segments. In *item* layout a quote or
code block right below an entry belongs to it. In *block* layout (a short name and venue line,
link lines, then the title and authors as bullets) consecutive segments with no blank line
between them form one unit. The layout is *block* when grouping segments finds about as many
works as reading items does and most of them are made of several segments.

This module holds the units and the pieces a block is made of; ``_walk`` walks the document,
``_works`` and ``_headed`` decide which blocks name works.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Literal

from ._document import Block, Inline
from ._evidence import DETAIL_KEYS
from ._names import parse_authors
from ._venues import default_lexicon

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
    # An item taken for a work on its neighbours' strength alone: no link, id or year of its own
    # (a note between entries reads like this too; the fields decide).
    bare: bool = False
    # A tool a catalogue names in prose below its table of tools (``_named_tools``): never a
    # person's page (``[Onion Browser](…) (iOS)`` reads like ``[Ann Lee](…) (MIT)``).
    tool: bool = False
    # A row naming its work by an anchor the page does not define (``_anchor_rows``): its link's
    # words are the title, without any other link, id or year.
    anchored: bool = False
    # One of the works a table cell names among others (``_cell_works.rows_by_work``): an index
    # of works, whose names may point to works the list reads elsewhere (``_index_cells``).
    in_index: bool = False

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
        parts = block.inline.split_lines()
        # A hard break (two spaces or a backslash at the end, ``<br>``) is a line the writer
        # ended on purpose (``Title  `` over ``Ann Lee, Bo Chan  ``): never a wrapped title.
        hard = len(parts) > 1 and any(
            at in block.inline.hard for at, ln in block.inline.starts if ln == parts[1].starts[0][1]
        )
        if len(parts) > 1 and _wrapped(parts[0]) and not hard and not _names_line(parts[1]):
            # The second line goes on with the first: its break ends no field.
            second = parts[1].starts[0][1]
            starts = [s for s in block.inline.starts if s[1] != second]
            joined = replace(block.inline, starts=starts)
            parts = joined.split_lines()
        return [Piece(part, part.starts[0][1], kind, depth) for part in parts]
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


def _wrapped(first: Inline) -> bool:
    """``[-] 2015-NIPS - Learning with Symmetric Noise: The Importance of`` over ``Being Unhinged.
    [[Paper]](…)``: a first line with no link that stops mid-sentence (on a word, no full stop,
    no emphasis) goes on in the next one."""
    text = first.text.rstrip()
    return (
        bool(text)
        and not first.links
        and not first.strong
        and not first.em
        and text[-1].isalpha()
        and len(text.split()) >= 4
    )


# Small words a line of names may hold (``Ann Lee and Bo Chan``, ``Ann Lee et al.``, ``van``).
_NAME_SMALL = frozenset("and et al al. de van der von da di du la le".split())


def _names_line(line: Inline) -> bool:
    """``Title`` over ``Jian-Hao Luo, Jianxin Wu, Weiyao Lin`` over ``ICCV 2017 · [arXiv](…)``: a
    second line that is two names or more, every word capitalised (no ``with``, no ``and`` in a
    title's words going on), is the authors, not the title's wrapped end."""
    text = line.text.strip(" ,.;")
    if line.links or "," not in text:
        return False
    words = re.findall(r"[^\s,;&]+", text)
    if not words or not words[0][:1].isupper():
        return False  # ``and Quantization, Huffman Coding``: a title going on
    if any(not w[:1].isupper() and w.casefold() not in _NAME_SMALL for w in words):
        return False
    found = parse_authors(text, default_lexicon())
    return bool(found and len(found.names) >= 2)


def item_pieces(item: Block, depth: int) -> list[Piece]:
    pieces: list[Piece] = []
    for index, child in enumerate(item.children):
        if index == 0 and child.kind in _HEAD_KINDS and child.inline is not None:
            parts = child.inline.split_lines(wrapped=True)
            parts = [*labelled_fields(parts[0]), *parts[1:]]
            pieces.append(Piece(parts[0], parts[0].starts[0][1], "item", depth))
            pieces += [Piece(p, p.starts[0][1], "para", depth) for p in parts[1:]]
        else:
            pieces += block_pieces(child, depth + 1)
    return pieces


# ``Title: …`` (bold or not) starting a line of labelled fields; a later label (``Venue:``,
# ``**Authors**:``) after a space, a comma, a semicolon or a bar.
_TITLE_LABEL_RE = re.compile(r"^\s*(?:paper\s+)?(?:title|name)\s*[:：]", re.IGNORECASE)
_LATER_LABEL_RE = re.compile(r"(?<=[\s,;|])(?P<key>[A-Z][A-Za-z]*)\s*[:：]")


def labelled_fields(line: Inline) -> list[Inline]:
    """``**Title:** Focal Widgets **Venue:** CVPR 2022 **Code:** [GitHub](…)`` on one line: the
    fields the labels start, one piece each, as if each were on a line of its own (the title is
    no longer than its field). A line that does not start with a title label is one piece."""
    label = _TITLE_LABEL_RE.match(line.text)
    if label is None:
        return [line]
    # The title's field holds words of its own: ``Title: Code: The Programmer`` is one title.
    words = re.search(r"[^\W\d_]", line.text[label.end() :])
    first = label.end() + (words.end() if words else len(line.text))
    cuts = [
        m.start()
        for m in _LATER_LABEL_RE.finditer(line.text, first)
        if m.group("key").casefold() in DETAIL_KEYS
        and not any(x.start <= m.start() < x.end for x in line.links)
    ]
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(line.text)]
    return [line.slice(a, b, line.line_at(a)) for a, b in pairwise(bounds)]


# An item's own line: a paragraph, or a heading written as the item's content
# (``1. ### [Title](…)``, ``- ## 2019`` over ``* ### [Title](…)``), which lists use for emphasis.
_HEAD_KINDS = ("paragraph", "heading")


def item_head(item: Block) -> Inline | None:
    first = item.children[0] if item.children else None
    if first is not None and first.kind in _HEAD_KINDS and first.inline is not None:
        return first.inline
    return None


def sub_items(item: Block) -> list[Block]:
    return [i for child in item.children if child.kind == "list" for i in child.children]
