"""Category labels written as list items among the works (``* Microscopy (Cell, Cytology,
Protein, etc.)``, with the works as its sibling items below, not nested): a label for what
follows, no work of its own."""

from __future__ import annotations

import re

from ._fields import Fields
from ._units import Unit

# A name, then the kinds it covers in brackets, the enumeration left open (``etc.``, ``...``).
_LABEL_RE = re.compile(r"^[^()\[\]]{2,60}\((?P<kinds>[^()]{5,200})\)\s*:?$")
_OPEN_END_RE = re.compile(r"(?:\betc\.?|\.\.\.|…)\s*$", re.IGNORECASE)


def category_item(unit: Unit, fields: Fields) -> str | None:
    """An item without a link, identifier, authors, venue or year that names a category and the
    kinds it holds, left open: a label for the items below it (see the module)."""
    said = fields.links or fields.ids or fields.authors or fields.venue or fields.year
    if said or not unit.bare:
        return None
    match = _LABEL_RE.match(unit.head.inline.text.strip())
    if match is None:
        return None
    kinds = [k for k in match.group("kinds").split(",") if k.strip()]
    if len(kinds) < 3 or not _OPEN_END_RE.search(match.group("kinds")):
        return None
    return "a category's label written as an item (no work)"
