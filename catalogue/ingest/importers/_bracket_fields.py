"""A bold title after its fields in square brackets: ``- `DiffWidget` [Lee et al.]\\[NeurIPS
2024]**Widget Detection with a Single Gadget**[[PDF](https://…)]``. Lists that generate their
lines from a table write the work's short name in code font, then its authors and its venue and
year each in brackets, then the title in bold, glued together, then role links."""

from __future__ import annotations

import re

from ._document import Inline
from ._meta_text import YEAR_RE
from ._names import parse_authors
from ._venue_slot import venue_of
from ._venues import Lexicon

# One field in brackets (an escaped ``\\[`` reads the same), and what may part two of them.
_FIELD_RE = re.compile(r"[\s,;|]*\[(?P<inner>[^\[\]]{1,80})\]")
_ET_AL_RE = re.compile(r"\bet\s*al\b\.?", re.IGNORECASE)


def fields_before_bold(
    inline: Inline, offset: int, lexicon: Lexicon
) -> tuple[int, list[str], str | None] | None:
    """(where the bold title starts, the venue and year as a tag, the short name in code font)
    when ``inline`` from ``offset`` is perhaps a code-font name, then one bracket or more that
    each hold names (``[Lee et al.]``, ``[Ann Lee]``) or a venue and year (``[ICLR 2025]``,
    ``[arXiv]``), one of them names, then a bold title of three words or more; else None."""
    text = inline.text
    at = offset
    alias = None
    code = next((c for c in inline.code if not text[offset : c[0]].strip()), None)
    if code is not None:
        alias, at = text[code[0] : code[1]].strip() or None, code[1]
    tags: list[str] = []
    names = 0
    while (field := _FIELD_RE.match(text, at)) is not None:
        inner = field.group("inner").strip()
        venue, year = venue_of(inner, lexicon)
        if _ET_AL_RE.search(inner) or (year is None and parse_authors(inner, lexicon)):
            names += 1
        elif venue is not None or YEAR_RE.search(inner):
            tags.append(inner)
        else:
            return None
        at = field.end()
    run = next((r for r in inline.strong if r[0] >= at and not text[at : r[0]].strip()), None)
    if not names or run is None or len(text[run[0] : run[1]].split()) < 3:
        return None
    return run[0], tags, alias
