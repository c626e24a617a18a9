"""Sections named by a linked tool: ``### Part 1-1 ：[Widget-Lite](https://…)`` over a few notes.

A list of frameworks or tools may give each its own section, the heading a label and the tool's
name linked to its page; the section below holds its notes (or only ``adding...``), never links of
works. Such a heading names a work (the tool), beside its siblings of the same shape.
"""

from __future__ import annotations

import re

from ._document import Block, walk
from ._evidence import YEAR_RE, real_links
from ._units import Piece, Unit

# ``Part 1-1 ：``, ``Tool 3:``: a label ending with a colon, before the linked name.
_LABEL_RE = re.compile(r"^[^\W_][^:：\[\]]{0,30}[:：]\s*$")


def _labelled_name(block: Block) -> bool:
    """``### Part 1-1 ：[Name](https://…)``: a label, a colon, then one link to the web whose
    label is a name (a word of letters, at most three words, no year), nothing after it."""
    inline = block.inline
    if block.kind != "heading" or inline is None or block.level < 2:
        return False
    links = real_links(inline)
    if len(links) != 1 or len(inline.links) != 1:
        return False
    link = links[0]
    label = link.label.strip()
    before, after = inline.text[: link.start], inline.text[link.end :]
    return (
        bool(_LABEL_RE.match(before.strip()))
        and not after.strip()
        and bool(re.search(r"[^\W\d_]{2,}", label))
        and len(label.split()) <= 3
        and not YEAR_RE.search(label)
    )


def _section(blocks: list[Block], at: int) -> list[Block]:
    level = blocks[at].level
    end = at + 1
    while end < len(blocks) and not (blocks[end].kind == "heading" and blocks[end].level <= level):
        end += 1
    return blocks[at + 1 : end]


def _links_below(blocks: list[Block], at: int) -> bool:
    for block in walk(_section(blocks, at)):
        inlines = ([block.inline] if block.inline is not None else []) + block.cells
        if any(real_links(x) for x in inlines):
            return True
    return False


def named_section(blocks: list[Block], at: int) -> bool:
    """Whether the heading at ``at`` names a tool by its link (see the module), with a sibling
    heading of the same shape and no link anywhere in its section."""
    heading = blocks[at]
    if not _labelled_name(heading):
        return False
    siblings = sum(
        1 for b in blocks if b is not heading and b.level == heading.level and _labelled_name(b)
    )
    return siblings >= 1 and not _links_below(blocks, at)


def named_unit(heading: Block) -> Unit:
    """The tool a named section's heading links, as a unit of its own: the link alone (the
    label before it is the list's numbering, no name of the tool); the notes below are walked
    as before."""
    assert heading.inline is not None
    link = real_links(heading.inline)[0]
    inline = heading.inline.slice(link.start, len(heading.inline.text), heading.line)
    piece = Piece(inline, heading.line, "head")
    return Unit("heading", heading.line, heading.end_line, [piece], [])
