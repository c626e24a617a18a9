"""A reading list without links written as a tree: plain titles as the leaves of nested bullets
whose upper levels name categories (``- Traditional Methods`` > ``- Batch Mode`` > ``- Title``),
as a survey lists the papers it covers. In a list that names its works without links (``linkless``)
such a category bullet is a section for the titles below it, not a work of its own."""

from __future__ import annotations

from ._document import Block
from ._evidence import has_link_or_id
from ._text import WORD_RE
from ._units import item_head, sub_items
from ._works import keywords_line, title_like, title_words

# A category's name is short (``Deep Learning Methods``, ``Self-Supervised Learning-based``); a
# title with notes below it (``- Title`` over ``- Ann Lee. CVPR 2020.``) is longer.
_CATEGORY_WORDS = 4


def category_of_titles(item: Block, nested: bool) -> bool:
    """An item of a short name, no link, whose nested items are titles or categories of them:
    two titles or more in all below it, one when the item is itself in such a category
    (``nested``: ``- Online Mode`` over one title, below ``- Traditional Methods``)."""
    return _titles_below(item) >= (1 if nested else 2)


def _titles_below(item: Block) -> int:
    head = item_head(item)
    if head is None or head.links or has_link_or_id(head):
        return 0  # a link, even into the page (``- [Applications](#applications)``): no category
    if len(WORD_RE.findall(head.text)) > _CATEGORY_WORDS:
        return 0
    return sum(1 if _linkless_title(sub) else _titles_below(sub) for sub in sub_items(item))


def _linkless_title(item: Block) -> bool:
    """A bullet that is a title alone: three words or more, no link, nothing nested below."""
    head = item_head(item)
    if head is None or sub_items(item) or head.links or has_link_or_id(head):
        return False
    return title_words(head) >= 3 and title_like(head) and not keywords_line(head)
