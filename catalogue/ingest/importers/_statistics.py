"""Bullets that give the list's own statistics: a bold label, then a count or a date, no link
(``- **Total Papers**: 141``, ``- **2025**: 8 papers``, ``- **Last Updated**: 2025-09-02``). A
list that counts its papers by year or by lab writes them after its tables of works; the year or
the date made each one read as a dated work titled by its label."""

from __future__ import annotations

import re

from ._fields import Fields
from ._units import Unit

# ``141``, ``8 papers``, ``12.5%``, ``1,024 entries``; or a date ``2025-09-02``, ``2025/09``.
_VALUE_RE = re.compile(
    r"(?:\d[\d,.]*\s*(?:%|(?:papers?|entries|items|works|repos?|repositories|stars?|links|"
    r"datasets?|models?|tools?|articles?|citations?)\b)?"
    r"|(?:19|20)\d{2}[-/.]\d{1,2}(?:[-/.]\d{1,2})?)"
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
        return None
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
