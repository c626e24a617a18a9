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
    """``text`` with each table row that breaks inside a link's label, or inside a cell with the
    rest of its cells on the next line (see ``_short_row``), joined to its next line."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    columns = 0  # cells of the table the line is in (its delimiter row's), 0 outside tables
    for index in range(len(lines) - 1):
        line, after = lines[index], lines[index + 1]
        if _DELIMITER_RE.match(line):
            columns = _cells(line)
        elif not line.strip():
            columns = 0
        if not _ROW_RE.match(line) or _ROW_RE.match(after):
            continue
        wrapped = line.count("[") > line.count("]") and _REST_RE.match(after.strip())
        if not (wrapped or _short_row(line, after, columns)):
            continue
        lines[index] = f"{line.rstrip()} {after.strip()}"
        lines[index + 1] = "|"
    return "\n".join(lines)


def close_row_gaps(text: str) -> str:
    """``text`` with each blank line between two rows of one pipe table made an empty row.

    ``|[Title A](…)|ICLR|Lab|``, a blank line, ``|[Title B](…)|ICLR|Lab|``: a writer who leaves a
    blank line inside a table ends it there, and the rows after it are a paragraph of ``|``-lines,
    read as one work. What the writer meant is one table: a blank line (or a run of them) after a
    row of a table that has its delimiter row, before a line with the same number of cells that
    heads no table of its own (no delimiter row under it), becomes an empty row (``|``), which
    keeps every line where it was; the walk adds it to the row above.
    """
    if "|" not in text:
        return text
    lines = text.split("\n")
    columns = 0  # cells of the table the line is in (its delimiter row's), 0 outside tables
    for index, line in enumerate(lines):
        if _DELIMITER_RE.match(line):
            columns = _cells(line)
        elif not _ROW_RE.match(line):
            if line.strip() or not columns:
                columns = 0
                continue
            after = next((n for n in range(index + 1, len(lines)) if lines[n].strip()), None)
            if after is None or not _orphan_row(lines, after, columns):
                columns = 0
                continue
            for gap in range(index, after):
                lines[gap] = "|"
    return "\n".join(lines)


def _orphan_row(lines: list[str], at: int, columns: int) -> bool:
    """Whether ``lines[at]`` is a row of ``columns`` cells that heads no table of its own."""
    below = lines[at + 1] if at + 1 < len(lines) else ""
    row = lines[at]
    return bool(_ROW_RE.match(row)) and _cells(row) == columns and not _DELIMITER_RE.match(below)


def _short_row(line: str, after: str, columns: int) -> bool:
    """``|2025.12| Widgets |[**W**] Widget Title`` then `` (@Lab) | [[pdf]](…) | venue |``: a row
    whose line ends inside a cell (no closing ``|``, too few cells), the next line not a row of
    its own but the rest of its cells, so that the two make the table's number of cells. The
    page shows two rows, but the writer wrote one work."""
    if not columns or line.rstrip().endswith("|") or "|" not in after:
        return False
    have = _cells(line)
    return have < columns and have + _cells(after) - 1 == columns


_DELIMITER_RE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$")
_PIPE_RE = re.compile(r"(?<!\\)\|")


def _cells(line: str) -> int:
    """How many cells a table line writes (pipes at its ends are no cell boundaries)."""
    text = line.strip()
    text = text[1:] if text.startswith("|") else text
    text = text[:-1] if text.endswith("|") and not text.endswith("\\|") else text
    return len(_PIPE_RE.findall(text)) + 1
