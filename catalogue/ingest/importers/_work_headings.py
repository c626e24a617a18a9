"""Headings that each name one work, with what the list says of it below: notes and links.

A reading list kept as notes writes one heading per paper, its venue after the title
(``## Matching Networks for One Shot Learning. NIPS'16``, ``## Title, ICLR 19``), and below it
whatever the writer keeps on the paper: note bullets, code and blog links labelled in the
writer's words (``- [code (PyTorch)](…)``, ``- [my paper note](…)``, ``- [中文](…)``), sub-headings
(``### Abstract``), pictures; most headings have nothing below them at all. The heading is the
work and everything down to the next heading of its level or higher is its own; before, the
heading gave nothing and each link bullet below it became an entry titled by its label.

It is a layout of the whole list, not of one heading: at one heading level, three headings or
more (and half of that level's headings) end in a venue or year tag after a full stop or comma.
Then that level's headings are works, also those without a tag whose title is three words or
more, unless a heading's own part of the list names papers of its own (an item that links a
paper's page under a title): that heading is a section.
"""

from __future__ import annotations

import re

from ...core.identity import paper_identity
from ._document import Block, InlineLink
from ._evidence import real_links, title_words
from ._roles import is_paper_url, is_role_label
from ._sections import not_papers
from ._units import Piece, item_head

# ``. CVPR 2015``, ``, AAAI 18``, ``. NIPS'16``, ``. ICLR’19 (Oral?)``, ``. arXiv 1907``,
# ``. 2018``, ``. ECML-PKDD 2018``, ``. ICML'19 Workshop (under review)``: a venue or a year
# (perhaps a few words and a bracketed note after it) ending the heading.
_TAG_RE = re.compile(
    r"[.,]\s+(?P<tag>(?:(?:[A-Z][\w-]*|arXiv)\s*(?:(?:19|20)\d{2}|['’]\d{2}|\d{2}(?!\d)|\d{4}"
    r"(?:\.\d{4,5})?)|(?:19|20)\d{2})(?:\s+[\w?-]+){0,3}(?:\s*\([^()]*\))?)\s*\.?\s*$"
)
_MIN_TAGGED = 3


def _plain_heading(block: Block) -> bool:
    return block.kind == "heading" and block.inline is not None and not block.inline.links


def tagged_title(block: Block) -> bool:
    """A heading without links that is a title, then its venue or year after a full stop or a
    comma (``## Hypernetworks. ICLR 2017``)."""
    if not _plain_heading(block) or block.level < 2:
        return False
    assert block.inline is not None
    text = block.inline.text.strip()
    found = _TAG_RE.search(text)
    return found is not None and bool(re.search(r"[^\W\d_]{2,}", text[: found.start()]))


def tag_apart(block: Block) -> list[Piece]:
    """A work's heading as pieces: its title, then a venue tag after a comma as a line of its own
    (``Title, AAAI 18``: the comma would keep the tag in the title; a tag after a full stop is
    read off the title as it is)."""
    inline = block.inline
    assert inline is not None
    found = _TAG_RE.search(inline.text)
    if found is None or inline.text[found.start()] != ",":
        return [Piece(inline, block.line, "head")]
    title = inline.slice(0, found.start(), block.line)
    tag = inline.slice(found.start("tag"), len(inline.text), block.line)
    return [Piece(title, block.line, "head"), Piece(tag, block.line, "para")]


def work_levels(blocks: list[Block]) -> set[int]:
    """The heading levels at which the list writes one heading per work (see the module notes)."""
    levels = set()
    for level in range(2, 7):
        headings = [b for b in blocks if b.kind == "heading" and b.level == level]
        tagged = [b for b in headings if tagged_title(b)]
        # Titles, not the same section name by year (``## Papers, 2019``, ``## Papers, 2020``).
        titles = {_title_part(b) for b in tagged if len(_title_part(b).split()) >= 3}
        if len(titles) >= _MIN_TAGGED and len(tagged) >= 0.5 * len(headings):
            levels.add(level)
    return levels


def _title_part(block: Block) -> str:
    assert block.inline is not None
    found = _TAG_RE.search(block.inline.text)
    return block.inline.text[: found.start() if found else None].strip().casefold()


def work_end(blocks: list[Block], at: int) -> int:
    """The index of the next heading of ``blocks[at]``'s level or higher (or the end)."""
    level = blocks[at].level
    end = at + 1
    while end < len(blocks) and not (blocks[end].kind == "heading" and blocks[end].level <= level):
        end += 1
    return end


def work_heading(blocks: list[Block], at: int, levels: set[int]) -> bool:
    """Whether the heading at ``at`` is one work of a list written a heading per work."""
    heading = blocks[at]
    if heading.level not in levels or not _plain_heading(heading):
        return False
    assert heading.inline is not None
    if not_papers(heading.inline.text):
        return False
    if not tagged_title(heading) and title_words(heading.inline) < 3:
        return False  # ``## Legacy Papers``: a section's name
    return not any(_cites_paper(b) for b in blocks[at + 1 : work_end(blocks, at)])


def _cites_paper(block: Block) -> bool:
    """A list that holds an item linking a paper under a title of its own
    (``- [Title of a Paper](https://arxiv.org/abs/…)``, ``- Title of a Paper [[pdf]](…)``): a
    work of its own, so the heading above is a section."""
    if block.kind == "item":
        head = item_head(block)
        papers = (
            []
            if head is None
            else [x for x in real_links(head) if paper_identity(x.url) or is_paper_url(x.url)]
        )
        if papers and (title_words(head) >= 3 or any(_titled(x) for x in papers)):
            return True
    return any(_cites_paper(c) for c in block.children)


def _titled(link: InlineLink) -> bool:
    return not is_role_label(link.label) and len(link.label.split()) >= 3
