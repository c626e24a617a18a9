"""Tables of results: a benchmark's scores for methods (``| Method | Backbone | AP | AP50 |`` then
``| Widget R-CNN | ResNet-50 | 41.2 | 60.3 |``). Their rows name methods a list catalogues
elsewhere with their papers; a row with no link, no identifier and mostly numbers is a score, not a
work, and such a table is no list of works."""

from __future__ import annotations

import re

from ._document import Block
from ._evidence import has_link_or_id
from ._row import TITLE_HEADER_RE
from ._tables import roles

# A cell of numbers: ``66.0∗``, ``~600 × 1000``, ``45.2%``, ``2019``, ``-`` (no score).
_NUMBER_CHARS = set("0123456789.,%×x~≈±+-–—*∗†‡()/<> ")
# A score: a decimal number or a percentage, never a year.
_SCORE_RE = re.compile(r"\d\.\d|\d\s*%")


def _numeric(text: str) -> bool:
    text = text.strip().strip("*_")
    if not text or not set(text) <= _NUMBER_CHARS:
        return False
    return any(c.isdigit() for c in text) or set(text) <= set("-–—")


def results_table(rows: list[Block]) -> bool:
    """Whether the rows below a table's header (``rows[1:]``) are a benchmark's results: no row
    has a link or an identifier, and in most rows of several cells the cells beside the first
    are mostly numbers, a score among them. Rows of one cell (``| **Two-stage** |``) are
    groups of the rows below and count neither way."""
    body = rows[1:]
    if any(c.links or has_link_or_id(c) for row in body for c in row.cells):
        return False
    data = [[c.text for c in row.cells if c.text.strip()] for row in body]
    data = [cells for cells in data if len(cells) >= 3]
    if len(data) < 3:
        return False
    scored = 0
    for cells in data:
        rest = cells[1:]
        numbers = [text for text in rest if _numeric(text)]
        if 2 * len(numbers) >= len(rest) and any(_SCORE_RE.search(t) for t in numbers):
            scored += 1
    return scored >= 0.8 * len(data)


def papers_header(header: list[str]) -> bool:
    """A header that names a column of titles and one of authors (``| No. | Pub. | Title |
    Authors | Links |``), or one of venues or years: a table of papers, whose rows are works even
    where they give no link (``| 10 | TIP | Title | Ann Lee, et al. | Paper/Code |``) or year."""
    found = roles(header)
    if "title" in found and "authors" in found:
        return True
    # ``| Type | Venue | Paper Title | Code |``: a column its header calls the titles (not a name
    # or a method, which a table of results has too) beside one of venues or years is a table of
    # papers as well; a row whose code cell says ``None`` is a paper the list gives no address
    # for (a survey, a thesis), a work all the same.
    titles = any(TITLE_HEADER_RE.search(text.casefold()) for text in header)
    return titles and ("venue" in found or "year" in found)
