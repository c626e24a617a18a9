"""What a table's rows say beyond their own cells: a row that names a group of the rows below it,
and a year written once for a run of rows."""

from __future__ import annotations

import re

from ._document import Block, Inline
from ._evidence import YEAR_RE, has_cell_evidence, title_words

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
    if cell.links or has_cell_evidence(cell) or not 1 <= len(text.split()) <= 6:
        return None
    bold = sum(b - a for a, b in cell.strong + cell.em) >= len(text)
    if (len(row.cells) < columns or bold) and title_words(cell) >= 1:
        return text.strip("*_: ")
    return None


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
