"""Markdown written inside an HTML block: which of its lines a reader sees as Markdown entries.

``<details>``, ``<div>`` or ``<p>`` right above list items or table rows, with no blank line
between, makes CommonMark keep the whole run as raw HTML (up to the next blank line); on the page
the entries are still there to read (as raw text, one a line), so ``_html`` reads those lines
as Markdown.
"""

from __future__ import annotations

import re

from ._markdown import bullet


def markdown_lines(raw: str, first_line: int, loose: set[int]) -> set[int]:
    """Lines of an HTML block that are Markdown entries: ``<details>`` or ``<div>`` right above
    list items or table rows (no blank line between) makes CommonMark keep them all as raw HTML,
    but a reader of the page sees the entries. Such a run starts with a list item or a table
    row whose text lies outside any element read as text (a ``<p>`` aside) and runs on over the
    lines that continue it; a line that starts with a tag, or that a comment hides, ends it.
    A heading line is one too (it names the section of what follows), and so is a line that
    starts with a named link (``<a name="tools" />`` over ``### Tools`` and ``[Widget](…) - what
    it does``: the work the heading's section lists, ``_linked_names``). Prose stays HTML."""
    hidden = comment_lines(raw, first_line)
    found: set[int] = set()
    run = False
    for number, line in enumerate(raw.split("\n"), first_line):
        text = line.lstrip()
        if number in hidden or number not in loose or text.startswith("<"):
            run = False
        elif _HEADING_RE.match(text):  # ``</table>`` then ``## Next section``: a heading
            found.add(number)
            run = False
            continue
        elif bullet(line) is not None or text.startswith("|") or _LINKED_RE.match(text):
            run = True
        if run:
            found.add(number)
    return found


_HEADING_RE = re.compile(r"#{1,6}(?:\s|$)")
# ``[Widget](https://…) - …``, ``**[Widget](https://…)**: …``: a line led by a named link.
_LINKED_RE = re.compile(r"(?:\*\*|__)?\[[^\]\[!^][^\]]*\]\(\s*https?://")


_COMMENT_RE = re.compile(r"<!--.*?(?:-->|\Z)", re.S)


def comment_lines(raw: str, first_line: int) -> set[int]:
    """The lines of an HTML block that a comment covers (they are not shown on the page). A
    line with words beside a comment (``- [Title](…), Ann Lee | [code](…) <!--lee2023-->``) is
    shown: only its comment is hidden."""
    hidden: set[int] = set()
    for match in _COMMENT_RE.finditer(raw):
        start = first_line + raw.count("\n", 0, match.start())
        hidden.update(range(start, start + match.group(0).count("\n") + 1))
    shown = _COMMENT_RE.sub(lambda m: "\n" * m.group(0).count("\n"), raw).split("\n")
    return {n for n in hidden if not shown[n - first_line].strip()}
