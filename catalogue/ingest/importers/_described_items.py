"""Bullets right below a numbered work that say something of it: that work's lines.

``9. [Title](https://arxiv.org/abs/…) by Ann Lee.`` then, on the next line, ``- The group
perform a systematic study … [[Code]](…)`` (a bullet typed flush left, or ``  - …`` indented too
little to nest under the number): Markdown reads a new bullet list, not the item's own, yet each
bullet describes the work above (a remark, a quote with its source's link, ``[Comments from
HN](…):`` over the comments). Such a list is the work's, its links the work's links, when it
starts on the line right after the numbered item, and no bullet of it names a work of its own (a
bullet that opens with a title link, or links a paper by its identifier).
"""

from __future__ import annotations

import re

from ...core.identity import paper_identity
from ._document import Block, Inline
from ._evidence import real_links
from ._units import Unit, item_head
from ._works import names_a_title_link

_NUMBERED_RE = re.compile(r"^\s*\d{1,3}[.)]\s")


def describes_above(block: Block, above: Unit | None, lines: list[str]) -> bool:
    """Whether the bullet list ``block`` describes the numbered item ``above`` (see the module)."""
    if above is None or above.kind != "item" or block.kind != "list" or block.ordered:
        return False
    if above.end_line != block.line - 1 or not _NUMBERED_RE.match(lines[above.line - 1]):
        return False
    heads = [item_head(i) for i in block.children]
    return bool(heads) and all(h is not None and _remark(h) for h in heads)


def _remark(head: Inline) -> bool:
    """A bullet that names no work: no paper's identifier among its links, and no title link
    first unless it only introduces the lines below it (``[Comments from HN](…):``)."""
    links = real_links(head)
    if any(paper_identity(x.url) for x in links):
        return False
    if names_a_title_link(head):
        return head.text[links[0].end :].strip() in (":", "：")
    return True
