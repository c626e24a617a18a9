"""The rows, items and paragraphs of HTML lines the reading skipped (``_rescue_units``), read
again as one HTML block: a table or list that blank lines cut into pieces is whole again."""

from __future__ import annotations

import re

from ._document import Block
from ._html import html_blocks
from ._units import Piece, Unit, block_pieces, item_pieces

# An HTML line that opens an element works are written in, or one such element.
_OPENS_RE = re.compile(r"^\s*<(?:tr|td|li|p|dt|table|ul|ol|dl|div|tbody|thead)\b", re.I)
_ELEMENT_RE = re.compile(r"^\s*<(?:tr|li|p|dt)\b", re.I)


def html_units(lines: list[str], numbers: list[int]) -> list[Unit]:
    """The rows, items and paragraphs of an HTML run's skipped lines, read as one HTML block
    (a table or list that blank lines cut into pieces is whole again). Lines before the first
    that opens an element are what is left of one read above; when what follows a container's
    opening line is such a leftover (``</li>`` of an item read as an entry), the reading starts
    at the first element."""
    kept = sorted(set(numbers))
    for pattern in (_OPENS_RE, _ELEMENT_RE):
        first = next((n for n in kept if pattern.match(lines[n - 1])), None)
        if first is None:
            continue
        raw = "\n".join(lines[n - 1] if n in kept else "" for n in range(first, kept[-1] + 1))
        low = raw.lower()
        if ("<tr" in low or "<td" in low) and "<table" not in low:
            raw = "<table>" + raw
        elif "<li" in low and "<ul" not in low and "<ol" not in low:
            raw = "<ul>" + raw
        units = _block_units(html_blocks(raw, first, markdown=False))
        if units:
            return units
    return []


def _block_units(blocks: list[Block]) -> list[Unit]:
    """A table's rows, a list's items, a paragraph: one unit each (an item's own lines and lists
    are its pieces, not units of their own)."""
    units: list[Unit] = []
    for block in blocks:
        if block.kind == "table" and block.children:
            header = [c.text for c in block.children[0].cells]
            for row in block.children[1:]:
                pieces = [
                    Piece(c, row.line, "cell", header=header[i] if i < len(header) else "")
                    for i, c in enumerate(row.cells)
                ]
                units.append(Unit("row", row.line, row.end_line, pieces, [], header))
        elif block.kind == "item":
            units.append(Unit("item", block.line, block.end_line, item_pieces(block, 0), []))
        elif block.kind == "paragraph" and block.inline is not None:
            units.append(Unit("para", block.line, block.end_line, block_pieces(block), []))
        else:
            units += _block_units(block.children)
    return [u for u in units if u.pieces]
