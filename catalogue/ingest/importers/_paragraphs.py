"""Which paragraphs outside a list are entries. Outside a list a paragraph is an entry only when
it names a work surely: an identifier, the shape of a reference with a year, a citation; a line
under one of the list's sections naming one repository; a title link over a line of its author
and date. Notes, "see also" lines and the list's words about itself carry links too."""

from __future__ import annotations

import re

from ._apa import reads_as_reference
from ._citation import looks_cited
from ._document import Block, Inline
from ._evidence import YEAR_RE, bare_urls, has_evidence, has_id, real_links, title_words
from ._ids import cut
from ._linked_paragraphs import (
    linked_with_venue_year,
    name_venue_links,
    tagged_title_link,
    title_over_byline,
)
from ._roles import is_code_url, is_role_label
from ._tab_records import tab_record
from ._text import EMOJI_RE, WORD_RE
from ._works import is_work, names_a_title_link

# A sentence that points somewhere (``A survey … can be found at this link: [arxiv](…)``): prose
# around a link, not a work's title.
_POINTER_RE = re.compile(
    r"\b(?:can be found|(?:is|are) available|available (?:at|here)|please|click|this link"
    r"|refer to|check out|see also|found here)\b"
    # The list speaking of itself (``A paper list of …``, ``I wrote this page with …``).
    r"|\b(?:this|our) (?:curated )?(?:page|list|repo(?:sitory)?|collection)\b"
    r"|\bour (?:survey|paper|work)\b"
    r"|^\W*(?:an?|the) (?:[\w-]+ ){0,3}(?:list|collection) of\b",
    re.IGNORECASE,
)


# The introduction speaking of the list's own paper.
_OWN_WORK_RE = re.compile(
    r"\b(?:please (?:consider )?cit(?:e|ing)|our (?:\w+ )?(?:survey|paper|work)\b"
    r"|(?:this|the|our) (?:repo(?:sitory)?|list|collection) is (?:\w+ )?based on"
    # ``This is the official repository for the review article *"Title"* …``, ``This repository
    # accompanies the survey …``: the list's own paper, which it lists among its works if at all.
    r"|\bofficial (?:repo(?:sitory)?|page|list|collection) (?:for|of) (?:the|our|a) (?:\w+ ){0,2}"
    r"(?:survey|review|paper|article|book)\b"
    r"|\b(?:repo(?:sitory)?|list|collection) accompanies (?:the|our|a) (?:\w+ ){0,2}"
    r"(?:survey|review|paper|article|book)\b)",
    re.IGNORECASE,
)


def cites_the_list(first_line: str) -> bool:
    """``Please cite [our survey paper](…) if this index helps.``, ``This repo is mainly based on
    the following survey:`` over its title: in the list's introduction, a paragraph that cites
    the list's own paper (listed among the works below when it is one of them), no entry."""
    return bool(_OWN_WORK_RE.search(first_line))


def paragraph_entry(block: Block, under_section: bool) -> bool:
    """Whether a paragraph outside a list is an entry (see the module); ``under_section``: it
    stands under one of the list's sections, not in its introduction."""
    inline = block.inline
    if inline is None:
        return False
    text = inline.text
    if not under_section and cites_the_list(inline.split_lines()[0].text):
        return False
    pointer = not names_a_title_link(inline) and _POINTER_RE.search(text)
    named = title_words(inline) >= 3  # ``[[Survey](arxiv) | [Code](github)]`` is none
    surely = has_id(inline) or reads_as_reference(text) or title_over_byline(inline)
    surely = surely or _dated_with_links(inline)
    surely = surely or (
        under_section
        and (
            bold_title_with_links(inline)
            or linked_with_venue_year(inline)
            or tagged_title_link(inline)
            or _bold_name_address(inline)
            or _bold_title_dated(inline)
            or _numbered_et_al(inline)
            or tab_record(inline)
        )
    )
    if is_work(inline) and surely and named and not pointer and not prose(text):
        return True
    # The lines under a bold title may run long (a data set described in sentences): no prose.
    if under_section and named and is_work(inline) and bold_title_described(inline):
        return not _POINTER_RE.search(inline.split_lines()[0].text)
    if looks_cited(text) and has_evidence(inline):
        return True
    if under_section and name_venue_links(inline):
        return True
    return under_section and _code_line(block) and not pointer


# ``[1] Eigen et al, Title, NIPS 2014, [Web](…)``: a reference the list numbers, its first
# author and ``et al`` first.
_NUMBERED_ET_AL_RE = re.compile(
    r"^\s*\[\d{1,4}\]\s*[A-Z][^\W\d_]+(?:[\s'’-][A-Z][^\W\d_]+)?\s+et\.?\s+al\b"
)


def _numbered_et_al(inline: Inline) -> bool:
    return bool(_NUMBERED_ET_AL_RE.match(inline.text)) and bool(real_links(inline))


def about_the_list(text: str) -> bool:
    """Sentences of the list's introduction (``The role of this curated list is to gather …``):
    prose that speaks of the list or points elsewhere, whatever surveys it links in passing."""
    return bool(_POINTER_RE.search(text)) and prose(text)


def prose(text: str) -> bool:
    """A paragraph of sentences about the field (``**Dataset distillation** is the task of …; it
    was introduced in [*Dataset Distillation*](…)…``): many words, most of them lower case."""
    words = WORD_RE.findall(text)
    lower = sum(1 for w in words if w[0].islower())
    return len(words) > 60 and lower > 0.6 * len(words)


def _code_line(block: Block) -> bool:
    """``TensorFlow implementation of three papers https://github.com/…``: a line of its own that
    names one repository and says in a few words what it is: a code entry, as a bullet would be."""
    inline = block.inline
    if inline is None or block.line != block.end_line:
        return False
    urls = [x.url for x in real_links(inline)] + [u for u, _, _ in bare_urls(inline)]
    return len(urls) == 1 and is_code_url(urls[0]) and 3 <= title_words(inline) <= 12


# What may stand between the links after a bold title: brackets, separators and spaces.
_BETWEEN_LINKS_RE = re.compile(r"^[\s\[\]()|,;/·•-]*$")


def bold_title_with_links(inline: Inline) -> bool:
    """``**Widget Nets for Foo Prediction** [[github](…)][[paper](…)]``: a line that is a bold
    title and then only bracketed links, as lists that give each work a paragraph (and its
    description in the next one) write it. The links may be named by their roles."""
    if len(inline.split_lines()) != 1 or not inline.strong:
        return False
    text = inline.text
    start, end = inline.strong[0]
    links = real_links(inline)
    # ``:camera: <b>Title (2015)</b> [[Paper]](…)``: an emoji in front marks the work's kind.
    if EMOJI_RE.sub("", text[:start]).strip() or not links or links[0].start < end:
        return False
    # ``**PointWidget (2018)**``: one name does with its year.
    words = len(WORD_RE.findall(text[start:end]))
    if words < 2 and not (words == 1 and YEAR_RE.search(text[start:end])):
        return False
    at = end
    for link in inline.links:
        if not _BETWEEN_LINKS_RE.match(text[at : link.start]):
            return False
        at = link.end
    return bool(_BETWEEN_LINKS_RE.match(text[at:]))


def bold_title_described(inline: Inline) -> bool:
    """``<b>Widget Bench (2003)</b> [[Link]](…)``, then ``<br>1,814 widgets from the web …`` (and
    a picture) in the same paragraph: a bold title with its links over lines that say what it is
    (a data set's size, its tasks), none of them a work of its own (a bold run or a link first).
    Before, only a bold title alone on its paragraph was a work, so a list that describes each
    data set under its title lost them all."""
    lines = [x for x in inline.split_lines() if x.text.strip()]
    if len(lines) < 2 or not bold_title_with_links(lines[0]):
        return False
    for line in lines[1:]:
        lead = len(line.text) - len(line.text.lstrip())
        if any(a == lead for a, _ in line.strong) or any(x.start == lead for x in line.links):
            return False
    return True


# ``[-] 2013-NIPS - Title. [[Paper]](…)``: a marker box, the year (and venue), a dash, the title.
_DATED_RE = re.compile(r"^\s*(?:\[[ x-]?\]\s*)?(?:19|20)\d{2}(?:-[A-Za-z][\w&-]*)?\s+[-–—]\s+\S")


def _bold_title_dated(inline: Inline) -> bool:
    """``__Title__. TKDE 2017. _Ann Lee, Bo Chan_. [[Paper](…)]``: a line that starts with a bold
    title of three words or more, writes a year after it and gives links by role only."""
    if len(inline.split_lines()) != 1 or not inline.strong:
        return False
    start, end = inline.strong[0]
    links = real_links(inline)
    text = inline.text
    return (
        not text[:start].strip()
        and len(WORD_RE.findall(text[start:end])) >= 3
        and bool(links)
        and all(is_role_label(x.label) and x.start >= end for x in links)
        and YEAR_RE.search(cut(text[end:], [(x.start - end, x.end - end) for x in links]))
        is not None
    )


def _bold_name_address(inline: Inline) -> bool:
    """``**Widget Outlier Datasets**: https://…``: a bold name, a colon and its address, nothing
    else: a resource (a dataset, a tool) named with where it is."""
    urls = bare_urls(inline)
    if len(inline.split_lines()) != 1 or not inline.strong or len(urls) != 1 or inline.links:
        return False
    start, end = inline.strong[0]
    text = inline.text
    name = text[start:end]
    return (
        not text[:start].strip()
        and len(WORD_RE.findall(name)) >= 2
        and re.fullmatch(r"\s*[:：]\s*", text[end : urls[0][1]]) is not None
        and not text[urls[0][2] :].strip()
    )


def _dated_with_links(inline: Inline) -> bool:
    """A line that starts with the year (and venue) it is sorted by and a dash, and gives its
    work's links by role only (``[[Paper]](…) [[Code]](…)``)."""
    links = real_links(inline)
    return (
        bool(_DATED_RE.match(inline.text))
        and bool(links)
        and all(is_role_label(x.label) for x in links)
    )
