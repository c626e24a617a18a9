"""A bold title whose links stand below it in HTML blocks: ``🔥 **WidgetBench: Benchmarking
Widgets**`` over ``<p align="center"><img …></p>`` and ``<div align='center'> [[📖 WidgetBench
Paper](…)] [[🌟 GitHub](…)] [[🍎 WidgetBench](…)]</div>`` lines: the title line is the work, the
lines of links below it (named by their role, or by the work's own short name) are its links, not
a work titled by the last link's words (``_bold.bold_entry_end``)."""

from __future__ import annotations

import re

from ._document import Block, Inline
from ._ids import cut
from ._roles import is_role_label
from ._text import EMOJI_RE


def short_name(title: str) -> str | None:
    """The work's short name: the words before a colon in its title (``WidgetBench`` of
    ``WidgetBench: Benchmarking Widgets``), one to three of them."""
    head, colon, _ = EMOJI_RE.sub(" ", title).partition(":")
    words = head.split()
    return " ".join(words) if colon and 1 <= len(words) <= 3 else None


def own_link_lines(blocks: list[Block], at: int, name: str | None) -> int:
    """The index after the pictures and paragraphs of the work's own links right below the bold
    title at ``at`` (``at + 1`` when there are none): an HTML block that is a picture only, then
    one paragraph or more each made of links alone, named by their role or by the work's short
    name (``[📖 WidgetBench Paper](…)``, ``[🌟 GitHub](…)``; one other among three or more), two
    links at least in all."""
    end, links = at + 1, 0
    while end < len(blocks) and blocks[end].kind == "html" and _picture(blocks[end]):
        end += 1
    start = end
    while end < len(blocks) and blocks[end].kind == "paragraph":
        inline = blocks[end].inline
        if inline is None or not inline.links or _words_beside(inline):
            break
        # One link of a line may be named otherwise (``[💬 WeChat (群)](…)``, the makers' group).
        if sum(1 for x in inline.links if not _own(x.label, name)) > (len(inline.links) > 2):
            break
        links += len(inline.links)
        end += 1
    return end if end > start and links >= 2 else at + 1


def _picture(block: Block) -> bool:
    raw = block.raw
    return "<img" in raw.lower() and not re.sub(r"<[^>]*>", "", raw).strip()


def _words_beside(inline: Inline) -> bool:
    text = cut(inline.text, [(x.start, x.end) for x in inline.links])
    return bool(re.search(r"[^\W_]", EMOJI_RE.sub(" ", text)))


def _own(label: str, name: str | None) -> bool:
    words = EMOJI_RE.sub(" ", label).strip(" []()")
    said = words.split()
    if is_role_label(words) or (len(said) <= 3 and any(is_role_label(w) for w in said)):
        return True  # ``[🌟 GitHub](…)``, ``[🤖 Basic Demo](…)``
    if name is None or not words.casefold().startswith(name.casefold()):
        return False
    rest = words[len(name) :].strip(" -–—:")
    # ``WidgetBench Paper``, ``WidgetBench Demo Show!``: the work's name, then a role first.
    return not rest or is_role_label(rest) or is_role_label(rest.split()[0])
