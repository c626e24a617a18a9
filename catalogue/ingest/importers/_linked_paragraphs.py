"""Paragraphs led by a work's title link or short name that read as its reference: the title
link with only its venue and year (or its authors, venue and year) after it, a venue tag in front
of it, a short name with its venue and authors, a title link over its author and date. Lists that
give each work a paragraph write them so, whatever site the title links to (see ``_paragraphs``)."""

from __future__ import annotations

import re

from ._document import Inline
from ._evidence import YEAR_RE, real_links
from ._ids import cut
from ._labels import name_venue_names
from ._meta_text import parse_meta
from ._roles import is_role_label
from ._text import WORD_RE
from ._venues import default_lexicon
from ._works import names_a_title_link

# ``, ICML 2011``, ``, 2003``, ``, Electronics, 2019``: a venue of a few words and a year, all
# that follows a title link.
_VENUE_YEAR_TAIL_RE = re.compile(r"^\s*,\s*(?:[^\W\d_][\w.&'’-]*,?\s+){0,4}(?:19|20)\d{2}\s*$")


def linked_with_venue_year(inline: Inline) -> bool:
    """``[Title](https://…), ICML 2011 [[code]](…)``: a title link of three words or more, then
    only its venue and year, and links named by their roles (lists that give each work a
    paragraph write it so, whatever site the title links to)."""
    if len(inline.split_lines()) != 1 or not names_a_title_link(inline):
        return False
    first = real_links(inline)[0]
    later = [x for x in inline.links if x.start >= first.end]
    if len(WORD_RE.findall(first.label)) < 3 or not all(is_role_label(x.label) for x in later):
        return False
    spans = [(x.start - first.end, x.end - first.end) for x in later]
    rest = re.sub(r"[\[\]()]", " ", cut(inline.text[first.end :], spans))
    return bool(_VENUE_YEAR_TAIL_RE.match(rest)) or _names_venue_year(rest)


# ``. ECCV 2020.``: the last sentence, a venue (a word or a few) and its year.
_LAST_VENUE_YEAR_RE = re.compile(r"\.\s+((?:[^\W\d_][\w&'’-]*\s+){1,4}(?:19|20)\d{2})\.?\s*$")


def _names_venue_year(rest: str) -> bool:
    """``[Title](https://…). Ann Lee, Bo Chan. ECCV 2020.``: after the title link, a sentence of
    its authors' names, then only its venue and year (a citation, whatever site the title links)."""
    found = _LAST_VENUE_YEAR_RE.search(rest)
    if found is None or not re.match(r"^\s*\.\s", rest):
        return False
    names = rest[: found.start()].strip(" .,")
    meta = parse_meta(names, default_lexicon())
    return bool(meta.authors) and not meta.rest and not meta.venue


# ``[ATC'23] `` or ``[ICML 2022] ``: a venue (a word or a few) and its year in square brackets.
_VENUE_TAG_RE = re.compile(
    r"^\s*\[\s*[^\W\d_][\w.&\s-]{0,30}?(?:['’]\d{2}|\s(?:19|20)\d{2})\s*\]\s*$"
)


def tagged_title_link(inline: Inline) -> bool:
    """``[ATC'23] [Title](https://…) [[Code](…)]``: a venue and year in square brackets, then a
    title link of three words or more and only links named by their roles: the venue written in
    front rather than after the title (``linked_with_venue_year``), whatever site it links to."""
    if len(inline.split_lines()) != 1:
        return False
    links = real_links(inline)
    if not links or not _VENUE_TAG_RE.match(inline.text[: links[0].start]):
        return False
    first = links[0]
    if len(WORD_RE.findall(first.label)) < 3 or is_role_label(first.label):
        return False
    later = [x for x in inline.links if x.start >= first.end]
    if not all(is_role_label(x.label) for x in later):
        return False
    spans = [(x.start - first.end, x.end - first.end) for x in later]
    return not re.sub(r"[\s\[\]()|,;/·•-]", "", cut(inline.text[first.end :], spans))


def name_venue_links(inline: Inline) -> bool:
    """``ANR: ICCV2013, Ann Lee et al. [paper](…), [code](…)``: a short name, its venue, year and
    authors, then links named by their roles (lists that name works by their methods)."""
    links = real_links(inline)
    if len(inline.split_lines()) != 1 or not links:
        return False
    if not all(is_role_label(x.label) for x in links):
        return False
    return name_venue_names(inline.text[: links[0].start], default_lexicon()) is not None


def title_over_byline(inline: Inline) -> bool:
    """``[A Primer on Widget Models](https://…/primer.pdf)`` on a line of its own, then ``Ann Lee.
    October 2015. A 75 page summary…``: a title link over its author and date."""
    lines = inline.split_lines()
    if len(lines) < 2 or not names_a_title_link(lines[0]):
        return False
    link = real_links(lines[0])[0]
    if lines[0].text[link.end :].strip() or len(link.label.split()) < 3:
        return False
    year = YEAR_RE.search(lines[1].text)
    if year is None or real_links(lines[1]):
        return False
    meta = parse_meta(lines[1].text[: year.end()], default_lexicon())
    return bool(meta.authors) and meta.year is not None
