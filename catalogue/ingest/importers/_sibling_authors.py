"""A work's author line written as a bullet of its own, not nested under the work (a slip of
hand-written lists whose other works nest it):

    - [Widget Nets](https://arxiv.org/abs/…)
    - Ann Lee, Bo Chan, Cy Dee. arXiv, 2023.

The second bullet has no link or identifier and is only names, perhaps with a venue and a year
after them (``Ann Lee, Bo Chan. arXiv, 2023.``, ``Ann Lee, Widget Labs, 2022.``). Read alone it
made an entry titled by its last name; it is the author line of the entry right above it (an
item or a paragraph that is a work with links and no authors yet), read as if nested under it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import ImportedEntry
from ._document import Inline
from ._entry import read_unit
from ._evidence import has_id
from ._names_line import names_only
from ._units import Piece, Unit

if TYPE_CHECKING:
    from .generic import _Reader

# A venue and year after the names: ``. arXiv, 2023.``, ``, 2022.``, ``. NeurIPS 2021``.
_YEAR_TAIL_RE = re.compile(r"[,.]?\s*\(?(?:19|20)\d{2}\)?[.\s]*$")
_VENUE_TAIL_RE = re.compile(r"\.\s+(?P<venue>[^.]{1,40})$")
_TWO_WORDS_RE = re.compile(r"\S\s+\S")  # a given name and a family name, not ``PyTorch``
# One name: capitalised words in Latin letters (``Michael I. Jordan``, ``R´emi Munos``, ``Zhi-Quan
# Luo``), a particle among them (``Boris van Breugel``), four words at most.
_WORD = r"[A-Z][A-Za-z\u00c0-\u024f'´`.\-]*"
_PARTICLE = r"(?:van|von|de|der|den|da|del|di|la|le)\s+"
_NAME_RE = re.compile(rf"^{_WORD}(?:\s+(?:{_PARTICLE})?{_WORD}){{0,3}}$")


def attach_authors(reader: _Reader, unit: Unit) -> bool:
    """Read ``unit`` into the entry above it when it is that entry's author line (see the module);
    True when it was."""
    last = reader.last_entry
    if last is None or unit.kind != "item" or len(unit.pieces) != 1:
        return False
    above, index = last
    between = reader.lines[above.end_line : unit.line - 1]
    if any(line.strip() for line in between) or (between and above.kind != "para"):
        return False
    if unit.head.inline.links or has_id(unit.head.inline) or not _names_line(unit.head.inline.text):
        return False
    old = reader.result.entries[index].entry
    if old.authors or not old.links:
        return False
    depth = max(p.depth for p in above.pieces) + 1
    piece = Piece(unit.head.inline, unit.line, "item", depth)
    joined = Unit(above.kind, above.line, unit.end_line, [*above.pieces, piece], above.section)
    fields = read_unit(joined, reader.context(above.section, reader.sections.year()))
    if fields is None or fields.title != old.title:  # names the reader keeps or not, one work
        return False
    if len(fields.links) != len(old.links):
        return False
    entry = reader.source_entry(joined, fields, reader.sections.path)
    reader.result.entries[index] = ImportedEntry(fields.kind, entry)
    reader.result.consumed.update(range(unit.line, unit.end_line + 1))
    return True


def _names_line(text: str) -> bool:
    """Names, perhaps a venue and a year after them, and nothing else."""
    body = _YEAR_TAIL_RE.sub("", text.strip())
    venue = _VENUE_TAIL_RE.search(body)
    if venue is not None and len(venue.group("venue").split()) <= 4:
        body = body[: venue.start()]
    parts = [p.strip() for p in re.split(r",|\band\b", body) if p.strip()]
    if len(parts) < 2 or not all(_NAME_RE.match(p) and _TWO_WORDS_RE.search(p) for p in parts):
        return False
    if re.search(r"[a-z]{2}\.\s", body):  # ``Bo Chan. Widget Nets``: a title after the names
        return False
    return names_only(Inline(text=body))
