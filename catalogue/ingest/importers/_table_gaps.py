"""Blank lines inside an HTML ``<table>`` between two of its tags, which GitHub ignores.

``<th>Date</th>``, a blank line, ``</tr>``; ``<tbody>``, a blank line, ``<tr>``: GitHub renders
such a table as one table, but CommonMark ends an HTML block at its first blank line, so the
rows after it are read as HTML blocks of their own, outside any ``<table>``, and are lost. A
blank line inside an open ``<table>`` whose neighbours (the nearest lines with text above and
below) are both tags (``<…>`` lines) becomes an empty HTML comment, at the table's indent, so
that the table stays one HTML block and every line keeps its number. A blank line next to
Markdown text (``<td>``, a blank line, ``**[Title](…)**``: Markdown inside a cell, which needs
its blank lines) is left alone; so are tables in fenced code.
"""

from __future__ import annotations

import re

_OPEN_RE = re.compile(r"<table\b", re.I)
_CLOSE_RE = re.compile(r"</table\s*>", re.I)
_FENCE_RE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_GAP = "<!-- -->"


def close_table_gaps(text: str) -> str:
    """``text`` with the blank lines between the tags of each open HTML table filled."""
    if "<table" not in text.lower():
        return text
    lines = text.split("\n")
    # A ``<table>`` never closed is no table to keep together: nothing after the last ``</table>``.
    last = max((n for n, line in enumerate(lines) if _CLOSE_RE.search(line)), default=-1)
    depth, indent, fence = 0, "", ""
    for index, line in enumerate(lines):
        fenced = _FENCE_RE.match(line)
        if fence:
            if fenced and fenced.group(1)[0] == fence[0] and len(fenced.group(1)) >= len(fence):
                fence = ""
            continue
        if fenced:
            fence = fenced.group(1)
            continue
        if not line.strip():
            between = _tag(_neighbour(lines, index, -1)) and _tag(_neighbour(lines, index, 1))
            if depth > 0 and between and index < last:
                lines[index] = indent + _GAP
            continue
        opened, closed = len(_OPEN_RE.findall(line)), len(_CLOSE_RE.findall(line))
        if opened and depth == 0:
            indent = line[: len(line) - len(line.lstrip())]
        depth = max(0, depth + opened - closed)
    return "\n".join(lines)


def _neighbour(lines: list[str], index: int, step: int) -> str:
    at = index + step
    while 0 <= at < len(lines) and not lines[at].strip():
        at += step
    return lines[at].strip() if 0 <= at < len(lines) else ""


def _tag(text: str) -> bool:
    return text.startswith("<") and text.endswith(">")
