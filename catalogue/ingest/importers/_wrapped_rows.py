"""Table rows whose title link a writer's editor wrapped onto the next line.

``| 17 | [Parameter Efficient Training of Deep Convolutional`` then ``Neural Networks by …](url)
| ICML |``: Markdown ends a table row at the line's end, so the link is broken in two rows, neither
of which names the work. What the writer meant is one row: the two lines are joined before the
list is parsed, and the second becomes an empty row (``|``) so that every line stays where it was
and the table goes on; the walk adds that empty row to the entry above it.
"""

from __future__ import annotations

import re

_ROW_RE = re.compile(r"^\s*\|")
# The rest of a link label, its destination, then more cells: ``Networks by …](url) | ICML |``.
_REST_RE = re.compile(r"^[^\[\]|]*\]\([^()\s]+\)[^|]*\|")


def join_wrapped_rows(text: str) -> str:
    """``text`` with each table row that breaks inside a link's label joined to its next line."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    for index in range(len(lines) - 1):
        line, after = lines[index], lines[index + 1]
        if not _ROW_RE.match(line) or line.count("[") <= line.count("]"):
            continue
        if _ROW_RE.match(after) or not _REST_RE.match(after.strip()):
            continue
        lines[index] = f"{line.rstrip()} {after.strip()}"
        lines[index + 1] = "|"
    return "\n".join(lines)
