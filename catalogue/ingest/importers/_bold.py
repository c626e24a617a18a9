"""Bold lines: a bold title below a short name, labelled notes with bold keys, a bold paragraph
that heads a work's labelled details, and a bold line that is a sub-heading."""

from __future__ import annotations

import re

from ._document import Block, Inline
from ._evidence import YEAR_RE, has_id, has_link_or_id, title_words
from ._labelled import label_end, labelled_link, links_only, pictures, titled_links
from ._names import parse_authors
from ._own_links import own_link_lines
from ._own_links import short_name as _short_name
from ._text import EMOJI_RE
from ._units import block_pieces, item_head, sub_items
from ._venues import default_lexicon
from ._works import is_key_value


def titled_by_bold(head: Inline, block: Block) -> bool:
    """A short name without links (four words at most) over a paragraph whose first line is a
    title all in bold, longer than the name and no list of names (``### ResNet`` over
    ``**Deep Residual Learning for …**``): the name is the work's alias, the bold line its title."""
    if block.kind != "paragraph" or block.inline is None:
        return False
    return name_over_bold_title(head, block.inline.split_lines()[0])


def name_over_bold_title(head: Inline, line: Inline) -> bool:
    """See ``titled_by_bold``: ``head`` is the short name, ``line`` the bold line below it."""
    words = title_words(head)
    if head.links or not 1 <= words <= 4:
        return False
    # ``**Title** (NIPS 2018)``: the venue and year in brackets after the bold title.
    tail = _VENUE_TAIL_RE.search(line.text)
    if tail is not None and line.strong and line.strong[-1][1] <= tail.start():
        line = Inline(line.text[: tail.start()], strong=line.strong)
    return bold_title_line(line, words)


_VENUE_TAIL_RE = re.compile(r"\s*\([^()]{0,30}(?:19|20)\d{2}\)\s*$")


def bold_title_line(line: Inline, more_than: int = 2) -> bool:
    """A line that is all bold (its closing full stop may be inside or out), without links, of
    more than ``more_than`` title words and not a list of names or a labelled detail."""
    text = line.text.strip().rstrip(".")
    if line.links or not line.strong or not text or is_key_value(line):
        return False
    covered = sum(b - a for a, b in line.strong)
    if covered < len(text) or title_words(line) <= more_than:
        return False
    return not _bold_names(text)


def _bold_names(text: str) -> bool:
    """``**Ann Lee, Bo Chan**``: a line of two names or more, not a title."""
    found = parse_authors(text.strip(" .,;"), default_lexicon())
    return bool(found and len(found.names) >= 2 and "," in text)


def bold_keys(block: Block) -> bool:
    """A list whose items are all labelled notes (see ``_bold_key``), none nesting more."""
    items = block.children
    return bool(items) and all(_bold_key(item_head(i)) and not sub_items(i) for i in items)


def _bold_key(inline: Inline | None) -> bool:
    """A line that starts with a bold key of three words at most and a colon (``**Metrics:** …``,
    ``**Datasets**: …``)."""
    if inline is None or not inline.strong or inline.strong[0][0] > 1:
        return False
    a, b = inline.strong[0]
    key = inline.text[a:b].strip()
    colon = key.endswith((":", "：")) or inline.text[b:].lstrip().startswith((":", "："))
    return colon and 0 < len(key.rstrip(":：").split()) <= 3


def _detail_block(block: Block) -> bool:
    """A block of an entry's labelled details (``- 论文：https://…``, ``Code: https://…``), with
    perhaps a short word or one unlabelled note among them (``- Oral``); also its links alone
    (``<https://…>``, a picture) and, among labelled links, short labels the lexicon does not
    know (``- supp: <https://…>``, ``- github(Caffe): <https://…>``) and labelled notes
    (``- intro: CVPR 2017``)."""
    if block.kind == "paragraph" and block.inline is not None:
        lines = block.inline.split_lines()
        return all(is_key_value(x) for x in lines) or all(links_only(x) for x in lines)
    if block.kind != "list" or any(sub_items(i) for i in block.children):
        return False
    heads = [item_head(i) for i in block.children]
    if any(h is None for h in heads):
        return False
    labelled = [h for h in heads if h is not None and (is_key_value(h) or labelled_link(h))]
    noted = [h for h in heads if h is not None and label_end(h, 2) is not None]
    short = [h for h in heads if h is not None and title_words(h) <= 2 and not has_link_or_id(h)]
    # One line without a label or a link among them is a note too (the authors' institutions).
    other = [h for h in heads if h not in labelled and h not in noted and h not in short]
    plain = len(other) <= 1 and len(other) <= len(labelled)
    return bool(labelled) and plain and not any(h is not None and has_link_or_id(h) for h in other)


def _plain_line(block: Block) -> bool:
    """A paragraph of one line without links or bold: no work's title of its own."""
    inline = block.inline
    if block.kind != "paragraph" or inline is None or block.line != block.end_line:
        return False
    return not inline.links and not inline.strong and not has_link_or_id(inline)


def bold_entry_end(blocks: list[Block], at: int) -> int | None:
    """A bold paragraph that names a work (``**Title**``, no link) with its labelled details
    below it (``- 论文：https://…``, ``- 代码：https://…``): the index after its last detail. A
    title of one or two words (``**Fast R-CNN**``) needs a detail the lexicon knows below it
    (``- arxiv: <https://…>``), as a bold sub-heading has none."""
    block = blocks[at]
    inline = block.inline
    if block.kind != "paragraph" or inline is None or inline.links:
        return None
    words = title_words(inline)
    numbered = _numbered_title(block)
    if not numbered and not _all_bold(inline):
        return None
    if words < 1:
        return None
    end = at + 1
    # ``**Title**`` over ``Ann Lee, Bo Chan`` (or the paper's full name) and then its labelled
    # links: a plain line between them is the work's too.
    if end + 1 < len(blocks) and _plain_line(blocks[end]) and _detail_block(blocks[end + 1]):
        end += 1
    while end < len(blocks) and (
        _detail_block(blocks[end]) or (numbered and end > at + 1 and blocks[end].kind == "quote")
    ):
        end += 1
    if end == at + 1 and not numbered:
        end = own_link_lines(blocks, at, _short_name(inline.text))
    body = blocks[at + 1 : end]
    pieces = [p.inline for b in body for p in block_pieces(b)]
    # Pictures and badges (``[![arXiv](…shields.io…)](…)``) below a bold line say no work.
    lines = [line for p in pieces for line in p.split_lines()]
    if titled_links(lines) >= 2:
        return None  # ``**CVPR 2021**`` over ``- Paper: [Title](…)`` twice: a section
    if not any(has_link_or_id(x) and not pictures(x) for x in lines):
        return None
    if words < 3 and not any(is_key_value(p) and has_link_or_id(p) for p in pieces):
        return None
    return end


def _all_bold(inline: Inline) -> bool:
    """The line is bold but for marks beside its name: emoji that give the work's state
    (``**Widget-Instruct** 🚧``) or a gloss in brackets (``**BiST** (**Bi**lingual **S**ynthetic
    **T**ranslation)``)."""
    if not inline.strong:
        return False
    text = inline.text
    rest = "".join(
        " " if any(a <= at < b for a, b in inline.strong) else ch for at, ch in enumerate(text)
    )
    rest = EMOJI_RE.sub(" ", rest).strip()
    return not rest or bool(_GLOSS_RE.fullmatch(rest))


# What is left of a bold name's line but for its bold runs: one bracketed gloss.
_GLOSS_RE = re.compile(r"\(\s*[^()]{0,80}\)")


# ``[12] Title``: a running number in square brackets in front of a title.
_NUMBERED_RE = re.compile(r"^\s*\[\d{1,4}\]\s+\S")


def _numbered_title(block: Block) -> bool:
    """``[1] NeRF-Widget: A Framework for Gadgets`` over ``- Code: https://…``, ``- Paper:
    https://…``: a line of its own, a running number in square brackets and a title of three words
    or more, without links. Numbered so, a plain line names a work as a bold one does; the quoted
    abstract between its labelled details (after ``- 摘要：``) is the work's too."""
    inline = block.inline
    if inline is None or block.line != block.end_line or inline.links:
        return False
    return bool(_NUMBERED_RE.match(inline.text)) and title_words(inline) >= 3


def bold_heading(block: Block) -> str | None:
    """A paragraph that is only bold (or italic) short text, without links, or only a bold link
    to a venue's page (``**[ACL 2020](…)**``): a sub-heading."""
    inline = block.inline
    if block.kind != "paragraph" or inline is None or block.line != block.end_line:
        return None
    if inline.links and not _venue_link(inline):
        return None
    text = inline.text.strip().rstrip(":：").strip()
    runs = inline.strong or inline.em
    if not text or len(text.split()) > 8 or not runs:
        return None
    covered = sum(b - a for a, b in runs)
    return text if covered >= len(inline.text.strip().rstrip(":：").strip()) else None


def _venue_link(inline: Inline) -> bool:
    """The whole text is one link whose label is a few words with a year and whose address names
    no paper (``[ACL 2020](…/events/acl-2020/)``): a section named by its venue."""
    if len(inline.links) != 1:
        return False
    link = inline.links[0]
    label = link.label.strip()
    whole = label == inline.text.strip()
    return whole and len(label.split()) <= 3 and bool(YEAR_RE.search(label)) and not has_id(inline)
