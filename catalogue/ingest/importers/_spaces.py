"""Link destinations written with spaces (``[Title](./papers/A Title.pdf)``), kept as links.

Markdown allows no space in a link's destination unless it is written in ``<…>``, so such a link
is read as plain text. Lists do it all the same, mostly when they link a file they keep beside
the list under the paper's own name. What the writer meant is a link: its spaces are written as
``%20`` before the list is parsed, which leaves every line where it was.
"""

from __future__ import annotations

import re

_OPEN_RE = re.compile(r"\]\(")
# ``url "title"``, ``url 'title'``, ``url (title)``: a destination and a link title (valid).
_TITLED_RE = re.compile(r"""^\S+\s+(?:"[^"]*"|'[^']*'|\([^()]*\))\s*$""")


def encode_spaced_destinations(text: str) -> str:
    """``text`` with the spaces of link destinations on one line written as ``%20``."""
    if "](" not in text:
        return text
    out: list[str] = []
    at = 0
    for match in _OPEN_RE.finditer(text):
        start = match.end()
        if start < at:
            continue
        end = _closing(text, start)
        if end is None:
            continue
        inside = text[start:end].strip()
        if " " in inside and not inside.startswith("<") and not _TITLED_RE.match(inside):
            out.append(text[at:start])
            out.append(inside.replace(" ", "%20"))
            at = end
    out.append(text[at:])
    return "".join(out)


def _closing(text: str, start: int) -> int | None:
    """The index of the ``)`` that closes a destination opened at ``start`` (parentheses inside
    it balanced, on the same line), or None."""
    depth = 0
    for index in range(start, min(len(text), start + 500)):
        char = text[index]
        if char == "\n":
            return None
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return index
            depth -= 1
    return None
