"""Items that point at files of the list's own repository, not at works: a label, a colon and
file paths in code spans, no link (``- Selected dataset: `data/papers_2024.csv` ``, ``- Review
draft: `paper/review.html`, `paper/review.docx` ``). A list that publishes its data beside its
README names those files so; a year in a file's name made the item read as a dated work."""

from __future__ import annotations

import re

from ._fields import Fields
from ._ids import cut
from ._units import Unit

# ``data/papers_1900_2026.csv``, ``README.md``, ``docs/paper_curation/``: a path, a file's name.
_PATH_RE = re.compile(r"[\w.~-]+(?:/[\w.~-]+)*\.[A-Za-z]\w{0,4}|[\w.~-]+(?:/[\w.~-]+)+/?")
# What an item holds besides its label and the paths: separators and "and".
_BETWEEN_RE = re.compile(r"(?:[\s,;/&+|]|\band\b|\bor\b)*", re.IGNORECASE)


def repository_files(unit: Unit, fields: Fields) -> str | None:
    """Why an item names files of the list's repository, or None: one line, no link and no
    identifier, a label of a few words before a colon, then only code spans that are paths."""
    if fields.links or fields.ids or len(unit.pieces) != 1:
        return None
    inline = unit.head.inline
    text = inline.text
    spans = [(a, b) for a, b in sorted(inline.code) if text[a:b].strip()]
    if not spans or not all(_PATH_RE.fullmatch(text[a:b].strip()) for a, b in spans):
        return None
    label, colon, after = cut(text, spans).partition(":")
    if not colon or not _BETWEEN_RE.fullmatch(after) or not 1 <= len(label.split()) <= 12:
        return None
    return "files of the list's own repository (a label and file paths, no link)"
