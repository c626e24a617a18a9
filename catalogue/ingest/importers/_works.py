"""Whether a list item, a line or a whole list names works: a title with a link, an identifier
or a year; a category bullet whose nested items are works; a list that names works without links."""

from __future__ import annotations

from ._document import Block, Inline
from ._evidence import detail_key, has_evidence, has_link_or_id, has_title, real_links, title_words
from ._roles import is_role_label
from ._units import item_head, sub_items


def is_work(inline: Inline | None) -> bool:
    """A piece that names a work on its own: a title with a link, an identifier or a year."""
    return inline is not None and has_title(inline) and has_evidence(inline)


def names_a_title_link(inline: Inline) -> bool:
    """Starts with a link whose label is a title (``[Title](url) ...``)."""
    links = real_links(inline)
    return bool(links) and links[0].start <= 2 and not is_role_label(links[0].label)


def strong_work(item: Block) -> bool:
    """An item that names a work on its own line: a title link, or a title and a link or id."""
    head = item_head(item)
    if head is None:
        return False
    if names_a_title_link(head) and title_words(head) >= 2:
        return True
    return title_words(head) >= 3 and has_link_or_id(head) and not is_key_value(head)


def is_key_value(inline: Inline) -> bool:
    """``Paper: https://…``, ``会议：CVPR 2016``: a labelled detail line, no work of its own."""
    return detail_key(inline.text) is not None


def holds_works(item: Block) -> bool:
    """An item that is a work, or whose nested items hold works (``ACL`` > ``2019`` > papers)."""
    return strong_work(item) or any(holds_works(sub) for sub in sub_items(item))


def _all_items(blocks: list[Block]) -> list[Block]:
    found = []
    for block in blocks:
        if block.kind == "item":
            found.append(block)
        found += _all_items(block.children)
    return found


def _inlines(blocks: list[Block]) -> list[Inline]:
    found = []
    for block in blocks:
        if block.inline is not None:
            found.append(block.inline)
        found += block.cells
        found += _inlines(block.children)
    return found


def linkless(blocks: list[Block]) -> bool:
    """Whether the list names its works without links (``- (CVPR 17) Title``, plain titles under
    venue headings): it has items that could be titles, and hardly a link or an id anywhere."""
    heads = [
        h for i in _all_items(blocks) if (h := item_head(i)) is not None and title_words(h) >= 3
    ]
    linked = sum(1 for x in _inlines(blocks) if has_link_or_id(x))
    return len(heads) >= 3 and linked <= 0.1 * len(heads)


def title_like(inline: Inline) -> bool:
    """An item's text that can be a title: not a clause that goes on (``Preprocess the data,``)."""
    return not inline.text.rstrip().endswith((",", ";", ":", "："))
