"""A work's short name on its own line over its title (``FedAvg:`` over ``[Title](…)``,
``- **REGAL**`` over a nested line that reads as a title, ``### ResNet`` over ``**Deep Residual
…**``). Moved as it was from ``_entry``, with one guard: a line labelled as what the work is
(``Description: …``) is never the title below a name."""

from __future__ import annotations

import re
from dataclasses import replace

from ._bold import name_over_bold_title
from ._document import Inline
from ._evidence import real_links, title_words
from ._fields import Context
from ._front import title_label_end
from ._front_tags import venue_year_label
from ._ids import cut, ids_in_text
from ._labels import label_of
from ._names import parse_authors
from ._roles import is_role_label
from ._units import Piece, Unit
from ._works import names_a_title_link, reads_as_byline, reads_as_title, tags_line, tags_name


def label_line(unit: Unit, ctx: Context) -> tuple[list[Piece], str | None]:
    """``FedAvg:`` on a line of its own above the title link (or ``- **TinyWidget**`` over a nested
    title link), or ``- **REGAL**`` over a nested line that reads as a title (then link lines):
    the work's short name; the pieces from the title's line on, and the name."""
    pieces = unit.pieces
    if len(pieces) < 2 or pieces[0].inline.links:
        return pieces, None
    if names_a_title_link(pieces[1].inline) and not tag_links_only(pieces[1].inline):
        name = label_of(pieces[0].inline.text)
        if name is None and unit.kind == "item":
            name = _bold_name(pieces[0].inline)
    elif unit.kind in ("heading", "para") and name_over_bold_title(
        pieces[0].inline, pieces[1].inline
    ):
        # ``### ResNet`` over ``**Deep Residual …**``; a paragraph's first line too (``> EAGLE``
        # with ``**EAGLE: Speculative …**<br />`` and the authors lazily going on in the quote).
        name = pieces[0].inline.text.strip()
    elif unit.kind == "heading" and _labelled_title_below(pieces[0].inline, pieces[1].inline):
        name = pieces[0].inline.text.strip()  # ``#### Net-X`` over ``- Paper: [Net-X: …](…)``
    elif unit.kind == "item" and _titled_below(pieces[1], ctx):
        head = pieces[0].inline
        # ``- **REGAL**`` or a line of tags (``【2024-09】-【Name】-【Lab】``) over the title.
        name = tags_name(head, pieces[1].inline.text) if tags_line(head) else _bold_name(head)
        if name is None and tags_line(head):
            return [replace(pieces[1], kind=pieces[0].kind), *pieces[2:]], None
    else:
        return pieces, None
    if name is None:
        return pieces, None
    return [replace(pieces[1], kind=pieces[0].kind), *pieces[2:]], name


# What may stand between tag links on a line of them (``[CVPR 2023](…) · [arXiv 2301.00011](…)``).
_TAG_GAP_RE = re.compile(r"[\s·•|,;/()\[\]–—-]*")


def tag_links_only(line: Inline) -> bool:
    """``[CVPR 2023](…) · [arXiv 2301.00011](…)`` below ``- **Gadget YOLO**<br>``: links named by
    a venue and year, an identifier or a role, and nothing else. They name where the work is, not
    the work, so the name above them is its title, no alias of a title below."""
    links = real_links(line)
    if not links or any(
        not (venue_year_label(x.label) or is_role_label(x.label) or _names_an_id(x.label))
        for x in links
    ):
        return False
    return bool(_TAG_GAP_RE.fullmatch(cut(line.text, [(x.start, x.end) for x in line.links])))


def _names_an_id(label: str) -> bool:
    """``arXiv 2301.00011``, ``doi:10.1/x``: a label that is an identifier and its source's name."""
    found = ids_in_text(label)
    rest = cut(label, [(t.start, t.end) for t in found])
    return bool(found) and re.fullmatch(r"[\s:]*(?:arxiv|doi)?[\s:]*", rest, re.I) is not None


def _labelled_title_below(head: Inline, line: Inline) -> bool:
    """A short name (four words at most, no links) over a ``Paper: [Title](…)`` line whose
    link's label is a longer title: the name is the work's alias, the label its title."""
    end = title_label_end(line.text)
    links = [x for x in line.links if end is not None and x.start - end <= 1 and x.start >= end]
    if head.links or not 1 <= title_words(head) <= 4 or not links:
        return False
    return len(links[0].label.split()) > len(head.text.split()) and not is_role_label(
        links[0].label
    )


def _bold_name(inline: Inline) -> str | None:
    """A short name in bold that is the item's whole text (``**REGAL**``)."""
    text = inline.text.strip()
    covered = sum(b - a for a, b in inline.strong)
    if not text or covered < len(text) or len(text.split()) > 3:
        return None
    return text


# A line that says what the work is or holds, labelled so: never its title.
_SAYS_WHAT_RE = re.compile(
    r"^\W*(?:description|summary|abstract|notes?|tl;?dr|overview|remarks?|keywords?)\W*[:：]", re.I
)


def _titled_below(piece: Piece, ctx: Context) -> bool:
    """A nested line without links that reads as a paper's title (not a description of code,
    not a line of authors): ``Graph Wavelet Neural Network, ICLR'19``."""
    inline = piece.inline
    if inline.links or title_words(inline) < 3 or reads_as_byline(inline):
        return False
    if _SAYS_WHAT_RE.match(inline.text):
        return False  # ``Description: A popular dataset of …`` under a data set's bold name
    names = parse_authors(inline.text.strip(" .,;"), ctx.lexicon)
    return not (names and len(names.names) >= 2) and reads_as_title(inline.text)
