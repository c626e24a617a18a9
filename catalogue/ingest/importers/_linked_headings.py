"""Headings that are links to a page on the web (``### [ITK](https://itk.org/)``, ``# [VIPeR](…)``),
perhaps described after the link, whether a list writes its works so, and what a heading's links
say of it: a title link, a paper's own links (all read by ``_headed``)."""

from __future__ import annotations

import re

from ...core.identity import paper_identity
from ._document import Block, Inline
from ._evidence import YEAR_RE, has_link_or_id, real_links, title_words
from ._ids import ids_in_text
from ._roles import is_role_label


def whole_link(heading: Block, top: bool = False) -> bool:
    """A heading whose text is one link to a page on the web, no venue or year of a section
    (``### [ITK - Insight Toolkit](https://itk.org/)``, ``#### [`itk`](…)``); with ``top``, a
    level-1 heading too (``# [VIPeR](https://…)``)."""
    inline = heading.inline
    if inline is None or heading.level < (1 if top else 2) or len(inline.links) != 1:
        return False
    link = inline.links[0]
    text = inline.text.strip()
    if link not in real_links(inline) or link.label.strip() != text:
        return False
    # A name, even one that elsewhere only says what a link is (``[PyTorch](…)``), or a short
    # one of a capital and digits (``[V47](…)``, a data set).
    named = re.search(r"[^\W\d_]{2,}", text) or re.fullmatch(r"[A-Z]\d{2,}", text)
    return bool(named) and not _SECTION_YEAR_RE.search(text)


# A year, not one that ends a name (``[PRID2011](…)``, ``[VOC2012](…)``, data sets).
_SECTION_YEAR_RE = re.compile(r"(?<![^\W\d_])" + YEAR_RE.pattern)


def described_link(heading: Block) -> bool:
    """``#### - [Kornia](https://github.com/…) ![stars](…) - is a differentiable library …``: a
    heading that is a named link to a page on the web, then words that describe it."""
    inline = heading.inline
    links = real_links(inline) if inline is not None else []
    if inline is None or heading.level < 2 or not links:
        return False
    first = min(links, key=lambda x: x.start)
    if inline.text[: first.start].strip(" -–—•*·"):
        return False  # words before the link: no name heads the line
    described = _DESCRIBED_RE.match(inline.text[first.end :])
    label = first.label.strip()
    named = bool(re.search(r"[^\W\d_]{2,}", label)) and not YEAR_RE.search(label)
    return named and described is not None and len(described.group("d").split()) >= 3


# ``[Name](…) - what it is``, ``[Name](…): what it is`` (a badge between leaves no text).
_DESCRIBED_RE = re.compile(r"^\s*(?:[-–—:：]\s*)?(?P<d>[^\W\d_].*)$", re.DOTALL)


def linked_layout(blocks: list[Block]) -> bool:
    """Whether a list writes its works as headings that are links (three or more, and most of
    its headings below the title), also with a description after the link: each such heading
    is then a work, not a section."""
    headings = [b for b in blocks if b.kind == "heading" and b.level >= 2]
    linked = sum(1 for b in headings if whole_link(b) or described_link(b))
    if linked >= 3 and linked >= 0.5 * len(headings):
        return True
    # ``# [VIPeR](https://…)`` over prose, a picture and a quoted citation, one per data set: the
    # works are the list's top headings (most of them links; one more is the list's title).
    tops = [b for b in blocks if b.kind == "heading" and b.level == 1]
    linked = sum(1 for b in tops if whole_link(b, top=True))
    return linked >= 3 and linked >= 0.5 * len(tops)


def beside_links(inline: Inline) -> str:
    """A line's words outside its links."""
    text, at = "", 0
    for link in sorted(inline.links, key=lambda x: x.start):
        text, at = text + inline.text[at : link.start] + " ", link.end
    return text + inline.text[at:]


def owns_links(inline: Inline) -> bool:
    """A heading that writes a title of three words or more beside links or an identifier that
    only say what they are (a bracketed PDF or arXiv link): a paper's own."""
    return (
        has_link_or_id(inline)
        and all(is_role_label(x.label) or ids_in_text(x.label) for x in inline.links)
        and title_words(inline) >= 3
    )


def paper_link(heading: Block) -> bool:
    """A heading that is one link to a paper (an arXiv, DOI, … page) labelled by a title of
    three words or more: with no list below, what is below it (a figure, a note) is its own."""
    inline = heading.inline
    if inline is None or not whole_link(heading) or title_words(inline) < 3:
        return False
    return paper_identity(inline.links[0].url) is not None


def title_link(heading: Block) -> bool:
    inline = heading.inline
    return inline is not None and any(len(x.label.split()) >= 3 for x in real_links(inline))
