"""Links and glued words in front of a title that tag it rather than name it: a link named by a
venue and its year (``[ICLR 2020](…) Title``, ``Title: [NeurIPS19](…)``) and a source's word
glued to the title link by a dash (``blog-[Title](…)``)."""

from __future__ import annotations

import re

from ._document import Inline, InlineLink
from ._ids import cut
from ._roles import is_role_label
from ._venues import default_lexicon

# ``NeurIPS18``, ``ICML 2017``, ``CVPR'21``: a venue's name and its year, nothing else.
_VENUE_YEAR_LABEL_RE = re.compile(r"([A-Za-z][\w&.-]{1,15}?)\s*['’]?\s*((?:19|20)?\d{2})")


def venue_year_label(label: str) -> bool:
    """``Deep Widget Models: [NeurIPS19](https://…)``: a link named by the venue and year the work
    appeared at, not by the work: the title is the words before it (or after it)."""
    found = _VENUE_YEAR_LABEL_RE.fullmatch(label.strip())
    return found is not None and default_lexicon().resolve(found.group(1)) is not None


_VENUE_GAP_RE = re.compile(r"[\s:：|–—-]*")


def _words_after(inline: Inline, at: int) -> str:
    """The words from ``at`` on, links that only say what they are (``[code]``, badges) cut out."""
    spans = [
        (x.start, x.end)
        for x in inline.links
        if x.start >= at and (x.image_only or is_role_label(x.label) or not x.label.strip())
    ]
    return cut(inline.text, spans)[at:]


def venue_link_first(inline: Inline, offset: int) -> tuple[int, str] | None:
    """``[ICLR 2020](https://…) Title``, ``[NeurIPS 2021](https://…) - Title``: a link named by a
    venue and year written first, the title's words after it (two at least): (where the title
    starts, the label as a tag). The link stays the entry's; None for any other line."""
    link = next((x for x in inline.links if x.end > offset and not x.image_only), None)
    if link is None or inline.text[offset : link.start].strip():
        return None
    if not venue_year_label(link.label):
        return None
    gap = _VENUE_GAP_RE.match(inline.text, link.end)
    after = gap.end() if gap else link.end
    if len(_words_after(inline, after).split()) < 2:
        return None
    return after, link.label.strip()


# ``Jun 22, 2018``, ``June 2018``, ``22 Jun 2018``, ``2018-06-22``: a date, and nothing else.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE_LABEL_RE = re.compile(
    rf"(?:{_MONTH}\s+(?:\d{{1,2}},?\s+)?|\d{{1,2}}\s+{_MONTH}\s+)(?P<year>(?:19|20)\d{{2}})"
    r"|(?P<iso>(?:19|20)\d{2}[-./]\d{1,2}(?:[-./]\d{1,2})?)"
)


def date_link_first(inline: Inline, offset: int) -> tuple[int, str] | None:
    """``1. [Jun 22, 2018](https://…/commit/…) - [TensorFlow Probability](https://…)``: a link
    named by a date (when the work was added or released) written first, then a title's words:
    (where the title starts, the date). The link stays the entry's; None for any other line."""
    link = next((x for x in inline.links if x.end > offset and not x.image_only), None)
    if link is None or inline.text[offset : link.start].strip():
        return None
    if _DATE_LABEL_RE.fullmatch(link.label.strip()) is None:
        return None
    gap = _VENUE_GAP_RE.match(inline.text, link.end)
    after = gap.end() if gap else link.end
    if len(_words_after(inline, after).split()) < 1:
        return None
    return after, link.label.strip()


def venue_link_alone(inline: Inline, link: InlineLink, offset: int) -> bool:
    """``- [AAAI 2019](https://…)``: a venue-and-year link with no words before or after it is
    named by what it links (a conference's page): its label is the title, as for any link."""
    if not venue_year_label(link.label) or inline.text[offset : link.start].strip():
        return False
    return not _words_after(inline, link.end).strip(" \t-–—:|,;.()[]")


# One word of letters, all there is before the link, joined to it by a hyphen with no space.
_HALF_RE = re.compile(r"\s*([^\W\d_]{2,12})-")


def compound_half(before: str, link: InlineLink) -> str | None:
    """``Semi-[Supervised Widget Learning](…)``, ``Multi-[Scale Gadgets](…)``,
    ``Self-[attention for sprockets](…)``: the title's first half, split from the rest by the
    link (a hyphenated compound), the word before the hyphen; None when the word is a tag the
    list glues on (``blog-[Title](…)``, ``github-[…]``: a lower-case word before a capitalised
    label; ``arxiv'25-[…]``: not one word of letters; ``Medium-[…]``, ``Video-[…]``: a site or a
    role; ``KernelFalcon-[KernelFalcon: …]``: the label's own first word). ``before``: the text
    between the title's start and the link."""
    found = _HALF_RE.fullmatch(before)
    label = link.label.strip()
    if found is None or not label:
        return None
    word = found.group(1)
    if is_role_label(word) or word.casefold() == re.split(r"[\s:：-]", label)[0].casefold():
        return None
    if not (word[:1].isupper() and word[1:].islower()) and not label[:1].islower():
        return None  # ``underview-[Title](…)``: a tag in lower case
    return word
