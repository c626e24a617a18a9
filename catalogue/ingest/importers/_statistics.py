"""Bullets that give the list's own statistics: a bold label, then a count or a date, no link
(``- **Total Papers**: 141``, ``- **2025**: 8 papers``, ``- **Last Updated**: 2025-09-02``), or a
plain label and a bold value (``- Years covered: **1900-2026**``). A
list that counts its papers by year or by lab writes them after its tables of works; the year or
the date made each one read as a dated work titled by its label."""

from __future__ import annotations

import re

from ._fields import Fields
from ._units import Unit

# ``141``, ``8 papers``, ``12.5%``, ``1,024 entries``; a date ``2025-09-02``, ``2025/09``; a span.
_VALUE_RE = re.compile(
    r"(?:\d[\d,.]*\s*(?:%|(?:papers?|entries|items|works|repos?|repositories|stars?|links|"
    r"datasets?|models?|tools?|articles?|citations?)\b)?"
    r"|(?:19|20)\d{2}[-/.]\d{1,2}(?:[-/.]\d{1,2})?"
    # A span of years (``1900-2026``): what a list covers; a work has one year.
    r"|(?:19|20)\d{2}\s*[-–—~]\s*(?:19|20)\d{2})"
)
_YEAR_ALONE_RE = re.compile(r"(?:19|20)\d{2}")


def statistic(unit: Unit, fields: Fields) -> str | None:
    """Why a unit is a statistic of the list, or None: one line, no link and no identifier, a
    bold label and a value that is a count or a date (a year alone may be a work's, so no)."""
    if fields.links or fields.ids or len(unit.pieces) != 1:
        return None
    inline = unit.head.inline
    text = inline.text
    lead = len(text) - len(text.lstrip())
    bold = next(((a, b) for a, b in inline.strong if a == lead), None)
    if bold is None:
        value = _bold_value(text, inline.strong)
        if value is None:
            return None
    else:
        value = text[bold[1] :].strip()
        if text[bold[0] : bold[1]].rstrip().endswith((":", "：")):
            pass  # ``**Label:** 12``: the colon is inside the bold run
        elif value[:1] in (":", "："):
            value = value[1:].strip()
        else:
            return None
    if not _VALUE_RE.fullmatch(value) or _YEAR_ALONE_RE.fullmatch(value):
        return None
    return "a statistic of the list (a label and a count or a date)"


def _bold_value(text: str, strong: list[tuple[int, int]]) -> str | None:
    """``- Papers selected: **278**``, ``- Years covered: **1900-2026**``: a plain label, a colon
    and a bold value that ends the line; the value, or None."""
    last = max(strong, default=None, key=lambda run: run[1])
    if last is None or text[last[1] :].strip():
        return None
    label = text[: last[0]].rstrip()
    if not label.endswith((":", "：")) or not 1 <= len(label[:-1].split()) <= 8:
        return None
    return text[last[0] : last[1]].strip()
