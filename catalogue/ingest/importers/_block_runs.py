"""Lines of a block-layout group that are not all one work (see ``_walk._group``).

Lists that write each work as a paragraph of lines (a bold title, the authors, the links, each
ended by a hard break) sometimes put a divider label right above a title (``--- Pre-2020 ---``),
or leave out the blank line between two works, so that one paragraph holds both. The divider is
no title, and a second bold title right under the first work's links starts a work of its own.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ._document import Inline
from ._evidence import real_links
from ._units import Piece

# ``--- Pre-LLM ---``, ``=== Older ===``: a short label between runs of the same rule character.
_DIVIDER_RE = re.compile(r"^\s*(?P<c>[-=~_*#])(?P=c)+\s*\w(?:.{0,40}?\w)?\s*(?P=c){2,}\s*$")


def leading_divider(pieces: list[Piece]) -> bool:
    """Whether the first line of a group is a divider label with lines of a work below it."""
    first = pieces[0].inline if pieces else None
    return (
        len(pieces) > 1
        and first is not None
        and not first.links
        and bool(_DIVIDER_RE.match(first.text))
    )


def _all_bold(inline: Inline) -> bool:
    """A line that is one bold run and nothing else (a work's title in these lists)."""
    text = inline.text.strip()
    return bool(text) and any(a <= 0 and b >= len(text) for a, b in inline.strong)


def bold_title_runs(pieces: list[Piece]) -> list[list[Piece]]:
    """The works of a group that starts with a bold title line: a new one wherever a line that is
    all bold (and links nothing) comes right under a line with links. One run otherwise."""
    if not pieces or not _all_bold(pieces[0].inline):
        return [pieces]
    runs = [[pieces[0]]]
    for before, piece in pairwise(pieces):
        if _all_bold(piece.inline) and not piece.inline.links and real_links(before.inline):
            runs.append([piece])
        else:
            runs[-1].append(piece)
    return runs
