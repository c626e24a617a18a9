"""A line that names several works by their title links, one after the other
(``[Title A](…), [Title B](…)``, ``Online: [Title A](…) (AAAI 2020); [Title B](…) (AAAI 2021)``,
a table cell ``| Data-free | [Title A](…), [Title B](…) |``): one entry per title link, each with
the words that follow it up to the next separator (its venue and year in brackets)."""

from __future__ import annotations

import re
from itertools import pairwise

from ._cell_notes import works_with_notes
from ._document import Block, Inline
from ._evidence import real_links
from ._front import titled
from ._paragraphs import works_by_line
from ._roles import is_paper_url

# Between two works: the first one's remark in brackets, then a separator.
_GAP_RE = re.compile(r"(?P<tail>\s*(?:\([^()]*\)|\[[^\[\]]*\])?)\s*[,;·•]\s*")
# In front of the first: nothing, or a short topic and a colon (``Data-free:``).
_FRONT_RE = re.compile(r"\s*(?:[^\W\d_][\w &/+-]{0,30}[:：]\s*)?")
# After the last: its remark in brackets, a full stop.
_END_RE = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])?\s*\.?\s*")
_WORD_RE = re.compile(r"[^\W\d_]{2,}")


def works_by_link(inline: Inline) -> list[Inline] | None:
    """The works of a line that is only title links, each perhaps followed by a remark in
    brackets, separated by commas, semicolons or middle dots; None for any other line. Each
    link names a paper (a label of three words or more, not a role) and links to one (arXiv, a
    DOI, a PDF, a venue's site): ``[Title A](arxiv), [Foo Bar Implementation](github)`` is one
    work and its code, ``[Title](arxiv), [A Friendly Introduction to It](blog)`` one and a
    post."""
    links = real_links(inline)
    if len(links) < 2 or len(links) != len(inline.links):
        return None
    for link in links:
        if not titled(link) or not is_paper_url(link.url) or len(_WORD_RE.findall(link.label)) < 3:
            return None
    if len({x.label.strip().casefold() for x in links}) < len(links):
        return None  # one title linked twice (``[Title](arXiv), [Title](OpenReview)``): one work
    text = inline.text
    if not _FRONT_RE.fullmatch(text[: links[0].start]):
        return None
    if not _END_RE.fullmatch(text[links[-1].end :]):
        return None
    ends = []
    for link, after in pairwise(links):
        gap = _GAP_RE.fullmatch(text[link.end : after.start])
        if gap is None:
            return None
        ends.append(link.end + len(gap.group("tail")))
    starts = [x.start for x in links]
    ends.append(len(text))
    line = inline.starts[0][1] if inline.starts else 0
    return [
        inline.slice(a, b, inline.line_at(a) or line) for a, b in zip(starts, ends, strict=True)
    ]


def works_in_a_cell(cells: list[Inline]) -> list[list[Inline]]:
    """``| 2021 | [Title A](…) (ICML)<br>[Title B](…) (ICLR) |``: a cell whose lines each name a
    work of their own makes one row per work, beside the row's other cells; else the row."""
    for at, cell in enumerate(cells):
        lines = works_by_line(Block("paragraph", 0, 0, cell))
        if lines is not None:
            return [[*cells[:at], line, *cells[at + 1 :]] for line in lines]
    for at, cell in enumerate(cells):
        # ``| Data-free | [Title A](…), [Title B](…) |``: title links one after the other, the
        # only links of the row.
        works = works_by_link(cell)
        others = [c for i, c in enumerate(cells) if i != at]
        if works is not None and not any(real_links(c) for c in others):
            return [[*cells[:at], work, *cells[at + 1 :]] for work in works]
    for at, cell in enumerate(cells):
        # ``[Title A](…) (2024) <br><sub>notes</sub><br>[Title B](…) …``: works and their notes.
        works = works_with_notes(cell)
        if works is not None:
            return [[*cells[:at], work, *cells[at + 1 :]] for work in works]
    return [cells]
