"""A heading that names a tool over a ``<details>`` block that folds the tool's fields, the
block's ``<summary>`` only a caption the list writes on several such blocks (``#### WidgetNet``
over ``<details><summary>Sequence-based · predictor</summary>``, ``- **Paper:** [Title](…)``,
``- **Code:** https://…``, ``</details>``; also ``<summary>Details</summary>``): the heading names
the work, the fields are its own. Before, the caption was read as the work's name, on the line
below the heading, or the fields as works of their own."""

from __future__ import annotations

from collections import Counter

from ._document import Block
from ._evidence import title_words
from ._headed import SUMMARY_LEVEL, body_below, section_end
from ._labelled import folded_fields, labelled_work
from ._sections import not_papers


def _caption(block: Block) -> str | None:
    if block.kind != "heading" or block.level != SUMMARY_LEVEL or block.inline is None:
        return None
    return " ".join(block.inline.text.split()).casefold() or None


def caption_counts(blocks: list[Block]) -> Counter[str]:
    """How often each ``<summary>`` caption stands among the document's blocks (counted once per
    document: every heading asks whether the caption below it recurs)."""
    return Counter(caption for b in blocks if (caption := _caption(b)) is not None)


def captioned_fold(blocks: list[Block], at: int, captions: Counter[str]) -> tuple[int, int] | None:
    """For a heading at ``at`` right above a ``<details>`` block whose summary is a caption the
    list repeats and whose body is one work's fields (a link among them or not: the list may
    hold a tool's place with ``- **Code:** N/A``): the index of the summary, and of the block
    after the fold's section; else None. ``captions``: ``caption_counts(blocks)``."""
    heading = blocks[at]
    if heading.kind != "heading" or heading.inline is None or not 2 <= heading.level <= 6:
        return None
    if title_words(heading.inline) < 1 or not_papers(heading.inline.text):
        return None
    below = at + 1
    while below < len(blocks) and blocks[below].kind == "html":
        below += 1
    caption = _caption(blocks[below]) if below < len(blocks) else None
    if caption is None or captions[caption] < 2:
        return None
    body = body_below(blocks, below)
    name = heading.inline.text
    if not (folded_fields(body, linked=False, name=name) or labelled_work(body)):
        return None
    return below, section_end(blocks, below)
