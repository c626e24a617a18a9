"""Works written as paragraphs that open with a linked name: ``[Widget Fuzzer](https://…) - what it
does``, ``**[Widget Set](https://…)**: what it holds``, or the linked name alone, one paragraph per
work and no bullet. One such paragraph alone may be prose; a run of them lists works (``_walk``)."""

from __future__ import annotations

import re

from ._document import Block, Inline
from ._evidence import real_links
from ._ids import cut
from ._roles import is_role_label
from ._text import WORD_RE
from ._works import HERE_RE

# ``: Set5, Set14 with x2 downsamples``, `` - A fork of Widget for Windows``, `` — by Ann Lee``: a
# colon or a dash, then what the linked name is.
_DESCRIBED_RE = re.compile(r"^\s*(?:[:：]|[-–—]{1,2}(?=\s))\s*\S")


def linked_name_described(block: Block) -> bool:
    """``[Foo and Bar sets](https://drive…/abc): Set5, Set14 with x2, x3 downsamples``,
    ``[MiniWidget](https://…) - Basic widget breaking tool.``, ``[QUIRK (Widget Runtime)](https://…)``:
    a line that starts with a named link (no role, no pointer) and then says at most, after a colon
    or a dash, what it is. A sentence that goes on from the link (``[Guide](…) is where …``) or
    other links beside it (``[English](…) | [Deutsch](…)``) are none."""
    inline = block.inline
    if inline is None or len(inline.split_lines()) != 1:
        return False
    links = real_links(inline)
    if not links or inline.text[: links[0].start].strip():
        return False
    first = links[0]
    if is_role_label(first.label) or HERE_RE.match(first.label) or not WORD_RE.search(first.label):
        return False
    rest = inline.text[first.end :]
    if not rest.strip(" ."):
        return True
    return bool(_DESCRIBED_RE.match(rest)) and len(WORD_RE.findall(rest)) >= 1


# Blocks passed by when looking for the paragraph next to another: HTML between the cells of a
# table that holds one work per cell, anchors (``<a name="tools" />``), headings and rules.
_BETWEEN = ("html", "heading", "rule")


def _between(block: Block) -> bool:
    """HTML, a heading, a rule, or a table of no words (``<table><tr><td><img …></td><td>``
    opening the cell that holds a work written in Markdown)."""
    if block.kind in _BETWEEN:
        return True
    if block.kind != "table":
        return False
    cells = [c for row in block.children for c in row.cells] + block.cells
    return not any(WORD_RE.search(c.text) for c in cells)


def beside_same(blocks: list[Block], at: int) -> bool:
    """Whether the paragraph nearest above or below ``blocks[at]`` (past HTML, headings and
    rules) is a linked name written so too: a run of them lists works, one alone may be prose."""
    for step in (-1, 1):
        i = at + step
        while 0 <= i < len(blocks) and _between(blocks[i]):
            i += step
        near = blocks[i] if 0 <= i < len(blocks) else None
        if near is not None and near.kind == "paragraph" and linked_name_described(near):
            return True
    return False


def role_links_only(inline: Inline) -> bool:
    """``` ``ICCV 2023`` [[paper]](https://…) [[code]](https://…) ```: a line of links that only say
    what they are (perhaps a venue in code before them), nothing else: the links of the work
    right above it (an item, then this line as a paragraph of its own below it)."""
    links = inline.links
    if not real_links(inline) or not all(is_role_label(x.label) for x in links):
        return False
    rest = cut(inline.text, [(x.start, x.end) for x in links] + inline.code)
    return not WORD_RE.search(rest)
