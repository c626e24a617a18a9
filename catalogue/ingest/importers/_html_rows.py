"""Rows of an HTML table that the page shows as one: a row spanned by a work's linked title or
name joins that work's row, and a table without a header row gets an empty one."""

from __future__ import annotations

import re
from dataclasses import replace

from ._document import Block, Inline
from ._evidence import real_links, title_words


def join_rows(origin: Block, row: Block, line: int) -> None:
    """``<td rowspan="2"><a href="…">Title</a></td><td>PyTorch</td>…`` over ``<td>TF</td>…``: the
    cells of a row spanned by a work's linked title go below the cells of the work's row in their
    columns (a line of their own, as after ``<br>``), their links with them."""
    for column, cell in enumerate(row.cells):
        if column >= len(origin.cells):
            origin.cells.append(cell)
        elif cell is not origin.cells[column] and cell.text.strip():
            origin.cells[column] = joined(origin.cells[column], cell)
    origin.end_line = max(origin.end_line, line)


def summary_row(own: list[Inline], wide: list[Inline]) -> bool:
    """``<td rowspan="2">2024-12-16</td><td><strong>Title</strong></td>…`` over ``<td
    colspan="3">• What the paper found …</td>``: a row whose one cell of its own spans columns
    and holds words but no link, beside a cell of the row above that spans down into it, says
    something of that row's work (its summary, its abstract): a line of that work's row."""
    if len(own) != 1 or not any(own[0] is cell for cell in wide):
        return False
    return not real_links(own[0]) and len(own[0].text.split()) >= 3


def linked_title(cell: Inline) -> bool:
    """A cell that starts with a link to the web named by three words or more: a work's title."""
    links = real_links(cell)
    return bool(links) and links[0].start <= 1 and title_words(cell) >= 3


def linked_name(cell: Inline) -> bool:
    """A cell that starts with a link to the web named by a word or more, no year: a work's
    name (``<a href="…">WidgetSet-v1</a>``), not a venue's (``CVPR 2022``)."""
    links = real_links(cell)
    return (
        bool(links)
        and links[0].start <= 1
        and re.search(r"[^\W\d_]{2,}", links[0].label) is not None
        and re.search(r"(?:19|20)\d{2}", links[0].label) is None
    )


def joined(top: Inline, below: Inline) -> Inline:
    shift = len(top.text) + 1
    return Inline(
        text=f"{top.text} {below.text}",
        links=[
            *top.links,
            *(replace(x, start=x.start + shift, end=x.end + shift) for x in below.links),
        ],
        strong=[*top.strong, *((a + shift, b + shift) for a, b in below.strong)],
        em=[*top.em, *((a + shift, b + shift) for a, b in below.em)],
        images=[*top.images, *below.images],
        starts=[*top.starts, *((a + shift, n) for a, n in below.starts)],
        hard={*top.hard, shift, *(a + shift for a in below.hard)},
        code=[*top.code, *((a + shift, b + shift) for a, b in below.code)],
    )


def headless(table: Block, headed: list[Block]) -> None:
    """A table whose first row is data (``<td>`` cells, one of them a link) has no header: an
    empty one goes in front, so that its first row is read as an entry."""
    rows = table.children
    if not rows or any(row is rows[0] for row in headed) or not any(c.links for c in rows[0].cells):
        return
    empty = [Inline() for _ in rows[0].cells]
    table.children = [Block("row", table.line, table.line, cells=empty), *rows]
