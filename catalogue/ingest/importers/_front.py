"""What a list writes in front of a title: tags and a date (``[KDD 2022]``, ``2020.9-``), a
running number or bullet, a ``Paper:`` label, links that only name a role, an address, a short
name and its venue (``SockNet (ICASSP2017) :``). ``front`` says where the title starts."""

from __future__ import annotations

import re

from ._bracket_fields import fields_before_bold
from ._document import Inline, InlineLink
from ._evidence import bare_urls
from ._fields import Context
from ._front_names import bare_name_first, code_name_first, count_first
from ._front_tags import compound_half, date_link_first, venue_link_first, venue_year_label
from ._ids import cut
from ._labels import dash_label_of, label_of, name_before_bold, named_emphasis
from ._lead_tags import group_lead, venue_lead, year_lead
from ._meta_text import YEAR_RE, full_years, venue_of
from ._roles import is_role_label, names_its_site
from ._text import EMOJI_RE
from ._title import lead_tags
from ._venues import Lexicon

_NAME_GROUP_RE = re.compile(
    r"\s*(?P<name>[^\s:()\[\]]+(?: [^\s:()\[\]]+){0,2})\s*\((?P<group>[^(),]{2,30})\)"
    r"\s*[:：](?=\s)\s*"
)


# ``2023-10-05: Title``, ``2023-10-05 | [Title](…) | arXiv``, ``2023.10 - Title``: a date, then a
# colon, a bar or a spaced dash before the title.
_LEAD_DATE_RE = re.compile(
    r"^\s*(?P<date>(?:19|20)\d{2}[-./]\d{1,2}(?:[-./]\d{1,2})?)\s*(?:[:：|]|[-–—](?=\s))?\s*"
)


# ``### 1. Title``, ``### 3) [Title](…)``: a number the list typed itself (a heading or a line
# of a paragraph cannot be a numbered item), no year and no ``2.5D``; ``1、Title`` (the
# enumeration comma Chinese writes after a number, with or without a space); ``#### 3.1.2 Title``,
# ``3.1.2. Title``: a section's number within a chapter.
_LEAD_NUMBER_RE = re.compile(r"^\s*(?:\d{1,3}(?:[.)]\s+|、\s*)|\d{1,2}(?:\.\d{1,2})+\.?\s+)(?=\S)")


# ``##### • Title``, ``#### - [Name](…)``: a bullet typed as a character in front of a heading's
# or a line's text.
_LEAD_BULLET_RE = re.compile(r"^\s*[•·▪◦‣\-–—]\s+(?=\S)")


# ``Title: Masked Distillation`` over ``Authors: …`` lines, ``Paper: [Title](…)`` over ``Code: …``:
# the label is no word of the title.
_LEAD_LABEL_RE = re.compile(
    r"^\s*(?:(?:paper\s+)?title|paper)\s*[:：]\s*|^\s*(?:论文(?:标题|题目)?|标题|题目)\s*[:：]\s*",
    re.I,
)


def title_label_end(text: str) -> int | None:
    """Where a ``Paper:`` / ``Title:`` / ``论文：`` label in front of a title ends, or None."""
    match = _LEAD_LABEL_RE.match(text)
    return match.end() if match is not None else None


def strip_lead(
    text: str,
    lexicon: Lexicon,
    grouped: bool = False,
    venue_years: bool = False,
    spaced: bool = False,
) -> tuple[str, list[str], str | None]:
    """Tags and a date in front of the title: (text after them, tags, date). ``grouped``: the list
    writes a venue in brackets in front of its titles (``(SIGIR'2024) Title``), so that such a
    group is a tag without a year too (``(Journal of Widget Studies) Title``). ``venue_years``:
    the list writes its venue and year first with no bracket or colon (``KDD 14 Title``,
    ``ICDM16 Title``), so that such a venue and year are a tag too; ``spaced``: so is a venue the
    lexicon knows and its year before a capitalised title, written outside a title link (inside
    one they may be the work's name: ``[IJCAI-19 Widget Challenge](…)``)."""
    tags: list[str] = []
    date = None
    for lead_re in (_LEAD_BULLET_RE, _LEAD_NUMBER_RE, _LEAD_LABEL_RE):
        match = lead_re.match(text)
        if match is not None and match.end() < len(text):
            text = text[match.end() :]
    while True:
        rest = year_lead(text, lexicon, tags)
        if rest is None:
            rest = venue_lead(text, lexicon, tags, venue_years, spaced)
        if rest is None and date is None:
            match = _LEAD_DATE_RE.match(text)
            if match and len(text) > match.end():
                date, rest = match.group("date"), text[match.end() :]
        if rest is None:
            rest = group_lead(text, tags, grouped)
        if rest is None:
            emoji = EMOJI_RE.match(text.lstrip())
            rest = text.lstrip()[emoji.end() :] if emoji else None
        if rest is None:
            rest, found = lead_tags(text, lexicon)
            if not found:
                return text, tags, date
            tags += found
        text = rest


def titled(link: InlineLink) -> bool:
    """A link whose label can be a title: not a role (``[code]``), not the URL itself."""
    label = link.label.strip()
    if is_role_label(label):
        return names_its_site(label, link.url)
    return bool(label) and label != link.url.strip() and not venue_year_label(label)


_PREFIX_SEP_RE = re.compile(r"\s*[-–—|:,]\s*|\s+")


def _glued_tag(prefix: str, link: InlineLink) -> str | None:
    """``blog-[Title](…)``, ``huggingface-[WidgetLM](…)``, ``arxiv'25(for CUDA)-[Title](…)``: a
    few words joined to the title link by a dash with no space, as a list tags each work with its
    source; the link names the work, the words are a tag (not a title that stops at the link).
    A label in lower case goes on a word the dash split (``Semi-[supervised widgets](…)``)."""
    found = _GLUED_RE.fullmatch(prefix)
    if found is None or link.label.strip()[:1].islower():
        return None
    return found.group(1).strip()


# At most five words (a bracket's too), then a dash right before the link: no space between.
_GLUED_RE = re.compile(r"\s*(\S+(?:\s+\S+){0,4}?)[-–]")


def _lead_prefix(prefix: str, ctx: Context) -> str | None:
    """Words in front of a title link that are its year and venue (``2018-ICLR-[Title](url)``,
    ``2020.9-[…]``, ``CVPR 2019 [Title](url)``), as one tag; None when they are more than that."""
    words = [w for w in _PREFIX_SEP_RE.split(prefix.strip()) if w]
    if words and _DATE_WORD_RE.match(words[0]) and prefix.rstrip().endswith((":", "：")):
        return " ".join(words)  # ``20180524 arXiv <the list's comment>：[Title](…)``
    if not words or len(words) > 6 or re.search(r"[.!?]\s", prefix):
        return None
    tag = " ".join(words)
    # ``NeurIPS'23 [Title](…)``: a venue's two-digit year, the same as ``NeurIPS 2023``.
    full = full_years(tag, ctx.lexicon) if len(words) == 1 else tag
    if YEAR_RE.search(full) or _DATE_WORD_RE.match(words[0]) or ctx.lexicon.resolve(tag):
        return full
    return None


# ``20190312 arXiv [Title](…)``: a date written YYYYMMDD (or YYYYMM) first.
_DATE_WORD_RE = re.compile(r"^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:[0-3]\d)?$")


_ROLE_GAP_RE = re.compile(r"[\s|/·•,;:\[\]()–—-]*")


def _gap_end(text: str, at: int) -> int:
    match = _ROLE_GAP_RE.match(text, at)
    return match.end() if match else at


def _past_role_links(inline: Inline, offset: int) -> int:
    """``[PDF](…) **Title**``, ``📄 [arXiv](…) | 💻 [GitHub](…) | Title``: links that only say
    what they are, written in front of the title, are no words of it; the title starts after
    them (when words follow)."""
    text = inline.text
    at = offset
    while True:
        gap = _gap_end(text, at)  # a ``*`` pattern: it always matches
        emoji = EMOJI_RE.match(text, gap)
        start = emoji.end() if emoji else gap
        link = next((x for x in inline.links if x.start == start), None)
        if link is None or not (link.image_only or is_role_label(link.label)):
            break
        if names_its_site(link.label, link.url) and at == offset:
            break  # ``[Caffe](https://github.com/BVLC/caffe) - what it is``: the framework named
        if link.end <= at:
            break  # a link with nothing inside it (``<a href="…"><img …></a>``) moves nothing on
        at = link.end
    if at == offset:
        return offset
    after = _gap_end(text, at)
    # Words of its own follow, not only more links (``[Paper](…) / [Hugging Face Model](…)``).
    words = cut(text, [(x.start, x.end) for x in inline.links if x.end > after])[after:]
    return after if len(words.split()) >= 2 else offset


def _past_address(inline: Inline, offset: int) -> int:
    """``https://arxiv.org/abs/… - Title``: an address written as text in front of the title is
    the entry's link (read as one elsewhere), no word of its title."""
    text = inline.text
    ends = [end for _, start, end in bare_urls(inline) if start == offset]
    gap = re.match(r"\s*[-–—:|]\s+", text[ends[0] :]) if ends else None
    if gap is None:
        return offset  # ``https://… (a remark)`` or an address alone: no title follows
    after = ends[0] + gap.end()
    return after if len(text[after:].split()) >= 2 else offset


def _venue_code_first(inline: Inline, offset: int, ctx: Context) -> tuple[int, str] | None:
    """``📝 `ICCV` Title``, ```CVPR 2019` Title``: a venue (and year) in code font in front of the
    title is a tag; (where the title starts, the tag), or None."""
    text = inline.text
    span = next(((a, b) for a, b in inline.code if a == offset), None)
    if span is None or len(text[span[1] :].split()) < 2:
        return None
    tag = text[span[0] : span[1]].strip(" []()")
    venue, year = venue_of(tag, ctx.lexicon)
    known = venue is not None and ctx.lexicon.resolve(venue) is not None
    if not (known or (year is not None and venue is None)):
        return None
    gap = re.match(r"[\s:：|-]*", text[span[1] :])
    return span[1] + (gap.end() if gap else 0), tag


def front(inline: Inline, ctx: Context) -> tuple[int, list[str], str | None, str | None]:
    """What comes before the title: (where the title starts, tags, date, a short name)."""
    text = inline.text
    spaced = not inline.links or inline.links[0].start > 0  # not inside a title link
    body, lead, date = strip_lead(text, ctx.lexicon, ctx.lead_groups, ctx.venue_years, spaced)
    # Badges cut out of the text leave spaces in front: no words of the title.
    body = body.lstrip()
    start = len(text) - len(body)
    offset = _past_address(inline, start)
    offset = _past_role_links(inline, start) if offset == start else offset
    venue_link = venue_link_first(inline, offset) if offset == start else None
    if venue_link is not None:  # ``[ICLR 2020](…) Title``: the link's label is a tag
        offset, lead = venue_link[0], [*lead, venue_link[1]]
    dated = date_link_first(inline, offset) if offset == start and date is None else None
    if dated is not None:  # ``[Jun 22, 2018](…) - [Title](…)``: the link's label is a date
        offset, date = dated
    bracketed = fields_before_bold(inline, offset, ctx.lexicon)
    if bracketed is not None:  # ```Name` [Lee et al.]\[ICLR 2025]**Title**``
        return bracketed[0], [*lead, *bracketed[1]], date, bracketed[2]
    coded = _venue_code_first(inline, offset, ctx)
    if coded is not None:
        offset, lead = coded[0], [*lead, coded[1]]
    grouped = _NAME_GROUP_RE.match(text, offset)
    if (
        grouped
        and YEAR_RE.search(grouped.group("group"))
        and len(text[grouped.end() :].split()) > 2
    ):
        # ``SockNet (ICASSP2017) : Title``, ``Label(2019): Title``: a name, its venue and year.
        return grouped.end(), [*lead, grouped.group("group")], date, grouped.group("name")
    first = next((x for x in inline.links if x.end > offset and not x.image_only), None)
    named_at = named_emphasis(inline, offset) or name_before_bold(inline, offset, ctx.lexicon)
    if named_at is not None:
        return named_at[0], lead, date, named_at[1]
    if first is None or first.start - offset <= 1 or not titled(first):
        return offset, lead, date, None
    if compound_half(text[offset : first.start], first):
        return offset, lead, date, None  # ``Semi-[Supervised …](…)``: read_head joins them
    if count_first(text[offset : first.start]):
        return first.start, lead, date, None  # ``<kbd>1800+</kbd> [name](…)``: a count
    tag = _lead_prefix(text[offset : first.start], ctx) or _glued_tag(
        text[offset : first.start], first
    )
    if tag is not None:
        return first.start, [*lead, tag], date, None
    named = label_of(text[offset : first.start]) or dash_label_of(text[offset : first.start])
    named = named or code_name_first(inline, offset, first)
    bare = None if named else bare_name_first(text[offset : first.start], first)
    venue = venue_of(bare, ctx.lexicon)[0] if bare else None
    if bare and venue and ctx.lexicon.resolve(venue):
        return first.start, [*lead, bare], date, None  # ``CVPR-20 workshop [Title](…)``
    named = named or bare
    if named is not None:
        return first.start, lead, date, named  # ``FedAvg: [Title](…)``: the work's short name
    return offset, lead, date, None
