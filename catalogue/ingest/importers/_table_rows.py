"""What a table's rows say beyond their own cells: a row that names a group of the rows below it,
and a year written once for a run of rows."""

from __future__ import annotations

import re

from ._document import Block, Inline
from ._evidence import YEAR_RE, has_cell_evidence, has_link_or_id, title_words

TABLE_GROUP_LEVEL = 8  # a table's group row (``<th colspan="4">Gradient attacks</th>``)


def group_row(row: Block, columns: int) -> str | None:
    """A table row that names a group of the rows below it, not a work: one cell of a few words
    without a link, spanning the table (``<th colspan>``: fewer cells than columns) or bold
    (``| **Feature matching** | | |``). Its text, or None."""
    filled = [cell for cell in row.cells if cell.text.strip()]
    if columns < 2 or len(filled) != 1:
        return None
    cell = filled[0]
    text = cell.text.strip()
    # ``| **2023** | | |``, ``| **CVPR 2023** | | |``: a year (and a venue) names a group too.
    dated = bool(_YEAR_GROUP_RE.fullmatch(text)) and not has_link_or_id(cell)
    if cell.links or (has_cell_evidence(cell) and not dated) or not 1 <= len(text.split()) <= 6:
        return None
    bold = sum(b - a for a, b in cell.strong + cell.em) >= len(text)
    if (len(row.cells) < columns or bold) and (title_words(cell) >= 1 or dated):
        return text.strip("*_: ")
    return None


def note_row(row: Block, columns: int) -> bool:
    """``<tr><td colspan="7">See the website for all 278 papers in this category.</td></tr>``
    closing a table of works: one cell spanning the table (fewer cells than columns, as only
    HTML writes it) with words and no link, identifier or year; a note on the table, no work (a
    few words would name a group of the rows below, ``group_row``)."""
    filled = [cell for cell in row.cells if cell.text.strip()]
    if columns < 2 or len(row.cells) >= columns or len(filled) != 1:
        return False
    return not has_cell_evidence(filled[0]) and len(filled[0].text.split()) > 6


# A year alone or after a short name (a venue), nothing more: ``2023``, ``CVPR 2023``, ``2023:``.
_YEAR_GROUP_RE = re.compile(r"[\W_]*(?:[^\W\d_][\w'’-]*\s+){0,2}(?:19|20)\d{2}[\W_]*")


_YEAR_HEADER_RE = re.compile(r"\b(?:year|date|time|when)\b|年份|时间|日期", re.IGNORECASE)


class CarriedYears:
    """A year column written once for a run of rows (``| 2019 | A |`` then ``|  | B |``, a
    merged cell as Markdown cannot write it): an empty cell is the year of the cell above, unless
    the row writes a year elsewhere (``| CVPR 2024 | |``)."""

    def __init__(self, header: list[str]) -> None:
        self.columns = [i for i, name in enumerate(header) if _YEAR_HEADER_RE.search(name)]
        self.last: dict[int, Inline] = {}

    def fill(self, cells: list[Inline]) -> list[Inline]:
        if not any(c.text.strip() for c in cells):
            return cells  # an empty row carries nothing and ends nothing
        filled = list(cells)
        own_year = any(YEAR_RE.search(c.text) for c in cells)
        for column in self.columns:
            if column >= len(cells):
                continue
            if cells[column].text.strip():
                self.last[column] = cells[column]
            elif column in self.last and not own_year:
                filled[column] = self.last[column]
        return filled
