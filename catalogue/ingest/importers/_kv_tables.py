"""A table of one work's details, a key and its value per row (``| Authors | Ann Lee, Bo Chan |``,
``| Paper | [arXiv](…) |``), as lists write a card for each paper under its heading: read as the
list of labelled lines it stands for (``- Authors: Ann Lee, Bo Chan``), so that the heading over it
and its lines are one entry, as a heading over labelled bullets is (see ``_headed``)."""

from __future__ import annotations

from dataclasses import replace

from ._document import Block, Inline
from ._evidence import DETAIL_KEYS

_KEYS = DETAIL_KEYS | {"title", "name"}


def _key(cell: Inline) -> str | None:
    text = cell.text.strip(" *_:：").casefold()
    return text if text in _KEYS and not cell.links else None


def _labelled(key: Inline, value: Inline, line: int) -> Inline:
    """``Key: value`` as one line: the value's links and marks shifted behind the key."""
    head = key.text.strip(" *_:：") + ": "
    shift = len(head)
    return Inline(
        text=head + value.text,
        links=[replace(x, start=x.start + shift, end=x.end + shift) for x in value.links],
        strong=[(a + shift, b + shift) for a, b in value.strong],
        em=[(a + shift, b + shift) for a, b in value.em],
        images=list(value.images),
        starts=[(0, line)],
        code=[(a + shift, b + shift) for a, b in value.code],
    )


def key_value_list(table: Block) -> Block | None:
    """The list a two-column table of labelled details stands for, or None for any other table:
    every row two cells, two rows at least whose first cell is a known label without a link
    (``Authors``, ``Venue``, ``Paper``, ``Code``…), and no more than one row in three whose is
    not. A header of labels (``| Field | Value |``, or empty) is no detail; a header that is a
    key and its value (``| Title | … |``) is one."""
    rows = table.children
    if len(rows) < 2 or any(len(r.cells) != 2 for r in rows):
        return None
    pairs = rows[1:] if _key(rows[0].cells[0]) is None else rows
    keyed = [r for r in pairs if _key(r.cells[0]) is not None]
    if len(keyed) < 2 or 3 * (len(pairs) - len(keyed)) > len(pairs):
        return None
    items = [_item(r) for r in pairs if r.cells[1].text.strip()]
    if not items:
        return None
    titled = [
        i for r, i in zip(pairs, items, strict=False) if _key(r.cells[0]) in ("title", "name")
    ]
    if len(titled) == 1:
        # ``| Title | … |`` over ``| Authors | … |``: the title's line, its details nested below
        # it (``- Title: …`` over ``  - Authors: …``), one work even with no heading above.
        head = titled[0]
        rest = [i for i in items if i is not head]
        if rest:
            head.children.append(Block("list", rest[0].line, rest[-1].end_line, children=rest))
            head.end_line = table.end_line
        items = [head]
    return Block("list", table.line, table.end_line, children=items)


def _item(row: Block) -> Block:
    paragraph = Block("paragraph", row.line, row.end_line, _labelled(*row.cells, row.line))
    return Block("item", row.line, row.end_line, children=[paragraph])
