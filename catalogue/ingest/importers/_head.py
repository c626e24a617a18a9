"""The head of a unit: the title (its first link, bold run, quoted text or first sentence) and
the words after it; what is written in front of the title is ``_front``'s."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._bare_addresses import repository_head, repository_name
from ._bold_name import JOINERS, BoldLead, bold_lead, bold_links_start
from ._citation import (
    YEAR_AFTER_NAMES_RE,
    cited,
    cited_names,
    emphasis_after_names,
    names_before_link,
    reads_as_authors,
)
from ._document import Inline, InlineLink
from ._evidence import bare_urls
from ._fields import Context, Fields
from ._front import front, titled
from ._front_tags import compound_half, venue_link_alone
from ._ids import cut
from ._labels import (
    linked_name,
    name_venue_names,
)
from ._linked_title import linked_title
from ._meta_text import YEAR_RE
from ._named_items import repository_named
from ._plain_title import meta_like, plain_title
from ._roles import is_role_label
from ._sections import SHORTCODE_RE
from ._tidy_title import tidy_title
from ._title import DOC_TYPE_LEAD_RE, TitleParts
from ._works import BY_NAME_RE


@dataclass
class Head:
    title: str | None
    title_link: InlineLink | None
    rest: str  # the words after (and around) the title, links that are roles cut out
    lead: list[str]  # tags written before the title
    authors_text: str | None = None  # names written before the title (a citation's order)
    # A short name in front of the title (``**RT-1**: "…"``, ``NASNet: [Title](…)``).
    alias: str | None = None
    # What a repository's bare address is followed by (``_bare_addresses``): its summary as
    # written, no names or venue to read in it.
    described: str | None = None


def _role_spans(inline: Inline, keep: InlineLink | None) -> list[tuple[int, int]]:
    """Links whose label only names a role (``[code]``, ``PDF``), and badges: not words."""
    return [
        (x.start, x.end)
        for x in inline.links
        if x is not keep and (x.image_only or is_role_label(x.label) or not x.label.strip())
    ]


def _ends_title(inline: Inline, run: tuple[int, int], text: str, ctx: Context) -> bool:
    """A bold run in front is the title, unless the sentence goes on after it (``**Graph
    Convolutional Networks** for Text Classification``); an italic one unless the words after it
    start in lower case (``_Defocus Blur Detection_ via Depth Distillation. Cun, …``)."""
    after = text[run[1] :].lstrip()
    if run in inline.strong:
        first = after.split(maxsplit=1)[0] if after else ""
        return first.casefold() not in JOINERS or meta_like(after, ctx)
    # ``*Title* by Ann Lee - a textbook``: the names after ``by`` are its authors, no title words.
    return not after or not after[0].islower() or _by_names(after, ctx) is not None


def _by_names(after: str, ctx: Context) -> re.Match[str] | None:
    """``by Ann B. Lee and Bo Chan - …`` after a title in italics: its authors, when the words
    read as names (``_Long-tailed Recognition_ by Routing Diverse Experts`` goes on)."""
    by = _BY_CLAUSE_RE.match(after) if BY_NAME_RE.match(after) else None
    return by if by is not None and reads_as_authors(by.group("names"), ctx) else None


_BOLD_YEAR_RE = re.compile(r"((?:19|20)\d{2})\s*[:：]\s*")


def _label_citation(
    body: str, first: InlineLink, offset: int, ctx: Context
) -> re.Match[str] | None:
    """``[Lee, Ann, and Bo Chan. "Title." ICML (2019).](https://…)``: a whole citation written as
    the link's label (a column of papers that links each reference): the quoted title is the
    title, the names before it are its authors and the link is the title's, not a title made of
    the names up to their first full stop. None when the quotes close after the link (not its
    label's citation) or open a quote inside the title (``"Discussion of "Widgets" by Lee"``)."""
    found = cited(body, ctx)
    if found is None or offset + found.end() > first.end or body[found.end() :][:1].isalnum():
        return None
    return found


@dataclass
class _Start:
    """Where the title starts, past what ``front`` reads as tags, and what stands there."""

    lead: list[str]  # tags written before the title
    date: str | None
    links: list[InlineLink]  # the links from there on, badges left out
    half: str | None  # ``Semi-`` before ``[Supervised Widget Learning](…)``
    bold: BoldLead  # a bold or italic run there; its ``offset`` is where the words start
    stop: int  # where the first link starts (the end of the text without one)
    later: bool  # the first link stands after some words, not where they start
    # Past a short name's link (``[SIF](code): [Title](paper)``), the second link is the first:
    offset: int
    first: InlineLink | None
    alias: str | None


@dataclass
class _Found:
    """A reading of the title: the title, where the words after it start, what came with it."""

    title: str | None
    pos: int
    title_link: InlineLink | None = None
    authors_text: str | None = None
    said: str = ""  # notes of the title link's label, or a short name's venue: before the rest
    lead: list[str] = field(default_factory=list)  # a year read with the title


def read_head(inline: Inline, ctx: Context) -> tuple[Head, str | None]:
    """The title of a unit and the words after it; the date written in front of it."""
    repository = repository_head(inline)
    if repository is not None:
        # ``https://github.com/owner/widget - what it does``: the repository's name, described.
        said = SHORTCODE_RE.sub(" ", _rest(inline, repository.rest, repository.link, False))
        said = said.strip(" -–—:|")  # ``- :sunglasses:``: an emoji written as its name, no words
        name = repository_name(repository.url)
        # The address is the title's link, as ``[name](address)`` would be: the entry's first.
        line = inline.line_at(repository.start)
        link = repository.link or InlineLink(
            "", repository.url, repository.start, repository.end, line
        )
        return Head(name, link, "", repository.lead, described=said or None), None
    start = _start(inline, ctx)
    found = _title_by_link(inline, start, ctx) or _title_by_marks(inline, start, ctx)
    dashed = start.bold.dashed
    authors_text = found.authors_text or (dashed.names if dashed is not None else None)
    rest = _rest(inline, found.pos, found.title_link, start.bold.title_end is not None)
    if found.said:
        rest = f"{found.said}. {rest}"
    title, alias = found.title, start.alias
    if alias is not None and title is not None and alias == title.strip():
        alias = None  # ``**Widget Fields**: Widget Fields, *Lee et al.*``: no other name
    lead = [*start.lead, *found.lead]
    return Head(title, found.title_link, rest, lead, authors_text, alias), start.date


def _start(inline: Inline, ctx: Context) -> _Start:
    """Where the title starts: past the tags in front (``front``), a year in bold, a short name."""
    text = inline.text
    offset, lead, date, alias = front(inline, ctx)
    # ``- **2020**: *Title* - what it is ([link](…))``: a year in bold and a colon before the
    # title is the entry's year, a tag, not its title.
    year_run = next((r for r in inline.strong if abs(r[0] - offset) <= 1), None)
    year_tag = _BOLD_YEAR_RE.match(text, year_run[0]) if year_run is not None else None
    if year_run is not None and year_tag is not None and year_tag.start(1) == year_run[0]:
        lead, offset = [*lead, year_tag.group(1)], year_tag.end()
    links = [x for x in inline.links if x.end > offset and not x.image_only]
    first = links[0] if links else None
    # ``Semi-[Supervised Widget Learning](…)``: the word before the link is the title's too.
    half = compound_half(text[offset : first.start], first) if first is not None else None
    offset = first.start if half is not None and first is not None else offset
    bold = bold_lead(inline, offset, alias, first, ctx)
    offset, alias = bold.offset, bold.alias
    stop = first.start if first is not None else len(text)
    later = first is None or first.start - offset > 1
    named_link = linked_name(text, links) if not later else None
    start = _Start(lead, date, links, half, bold, stop, later, offset, first, alias)
    if named_link is not None:  # ``[SIF](code): [Title](paper)``: the second link is the title
        start.alias = links[0].label.strip()
        start.first, start.offset = named_link, named_link.start
    return start


def _title_by_link(inline: Inline, s: _Start, ctx: Context) -> _Found | None:
    """A title that a link or the names in front give: a repository's path in code font, a
    citation as a link's label, a short name with its venue, a title link (names before it)."""
    text, offset, first = inline.text, s.offset, s.first
    words = text[s.bold.offset : s.stop]
    named = name_venue_names(words, ctx.lexicon) if s.bold.run is None else None
    titled_first = first is not None and (
        titled(first) or venue_link_alone(inline, first, offset)  # ``- [AAAI 2019](…)`` alone
    )
    body = text[s.bold.offset :]
    label_cited = (
        _label_citation(body, first, offset, ctx) if titled_first and not s.later else None
    )
    # ``*Ann Lee, Bo Chan*. [Title](…)``: names in italics or bold before the title link are
    # its authors as well, not a title of their own.
    before = s.bold.run is None or s.bold.run[1] <= s.stop
    names = names_before_link(text[offset : s.stop], ctx) if before and titled_first else None
    repository = repository_named(inline) if offset == 0 else None
    if repository is not None:  # `` `owner/widget` — its code``: titled by the path
        return _Found(text[repository[0] : repository[1]], repository[1])
    if label_cited is not None:
        authors_text, year = cited_names(label_cited)
        pos = offset + label_cited.end()
        return _Found(label_cited.group("t"), pos, first, authors_text, lead=[year] if year else [])
    if named is not None:
        # ``ANR: ICCV2013, Ann Lee et al. [paper](…)``: the short name is all the title there is.
        authors_text = text[offset + named.names_start : s.stop].strip()
        said = text[offset + named.venue_start : offset + named.venue_end].strip()
        return _Found(named.name, s.stop, authors_text=authors_text, said=said)
    if first is not None and titled_first and (first.start - offset <= 1 or names):
        # ``Ann Lee, Bo Chan. [Title](…). ICML 2019``: names before the title link are its authors.
        title, pos, said = linked_title(inline, first, ctx)
        title = f"{s.half}-{title}" if s.half and title else title  # ``Semi-[Supervised …](…)``
        return _Found(title, pos, first, names, said)
    return None


def _title_by_marks(inline: Inline, s: _Start, ctx: Context) -> _Found:
    """A title written as text, found by its marks: bold or italics, names before emphasis, a
    citation's quotes, quotes or title marks, brackets; else by ``plain_title``'s reading."""
    text, offset, run, title_end = inline.text, s.offset, s.bold.run, s.bold.title_end
    body = text[s.bold.offset :]
    # ``"Title", …``, also in the title marks Chinese writes (``《Title》，NeurIPS 2021，…``).
    quoted = re.match(r'^\s*["“《「『](?P<t>[^"”《》「」『』]{3,})["”》」』]', body)
    bracketed = re.match(r"^\s*\[(?P<t>[^\[\]]{10,})\]", body)
    quote = cited(body, ctx) if s.later else None
    runs = inline.strong + inline.em
    marked = emphasis_after_names(text, runs, s.bold.offset, ctx) if s.later else None
    if run is not None and run[1] - run[0] > 3 and _ends_title(inline, run, text, ctx):
        found = _Found(text[run[0] : bold_links_start(inline, run)], run[1])
        by = _by_names(text[found.pos :], ctx)
        if by is not None:  # ``*Title* by Ann Lee and Bo Chan - a textbook``: its authors
            found.authors_text, found.pos = by.group("names"), found.pos + by.end()
        return found
    if run is None and marked is not None:
        # ``Smith et al. **Title.** ICML, 2010``: the names, then the emphasised title.
        (start, pos), authors_text = marked
        # ``Lee, A. & Chan, B. (2020). *Title*. ICML.``: the year after the names is the entry's.
        year = YEAR_AFTER_NAMES_RE.search(text[offset:start].rstrip(' ,:;"“”'))
        lead = [YEAR_RE.search(year.group(0)).group(0)] if year else []
        return _Found(text[start:pos], pos, authors_text=authors_text, lead=lead)
    if quote:
        pos = offset + quote.end()
        authors_text, year = cited_names(quote)
        inside = [x for x in s.links if offset + quote.start("t") <= x.start < pos]
        title_link = inside[0] if inside and titled(inside[0]) else None
        return _Found(quote.group("t"), pos, title_link, authors_text, lead=[year] if year else [])
    if quoted:
        return _Found(quoted.group("t"), offset + quoted.end())
    if title_end is not None:
        return _Found(text[offset:title_end], title_end)
    if bracketed:
        return _Found(bracketed.group("t"), offset + bracketed.end())
    plain = plain_title(inline, offset, s.first, ctx)
    return _Found(plain.title, plain.pos, authors_text=plain.authors_text, lead=plain.lead)


def _rest(inline: Inline, pos: int, title_link: InlineLink | None, named_end: bool) -> str:
    """The words after the title (from ``pos``) without its role links and bare addresses."""
    after = inline.text[pos:]
    spans = [(a - pos, b - pos) for a, b in _role_spans(inline, title_link) if a >= pos]
    spans += [(a - pos, b - pos) for _, a, b in bare_urls(inline) if a >= pos]
    rest = cut(after, spans) if spans else after
    # ``**Name**: Title, *Lee et al.* [[paper](…)]``, ``(AAAI 2023) Title, Ann Lee et al.
    # [[Paper](…)]``: the names and the brackets of a role link, no words.
    unbracketed = re.sub(r"\[\s*\]", " ", rest)
    if named_end or _NAME_ET_AL_RE.match(unbracketed):
        rest = unbracketed
    return DOC_TYPE_LEAD_RE.sub("", rest, count=1)


_NAME_ET_AL_RE = re.compile(
    r"^[\s,]*(?:(?:[A-Z][^\W\d_]*\.?\s+)?[A-Z][^\W\d_'’-]+|[\u4e00-\u9fff]{2,4})"
    r"\s+et\.?\s+al\b[\s.]*$"
)


# ``by Ann B. Lee and Bo Chan`` up to a spaced dash, a colon, a bracket or the end.
_BY_CLAUSE_RE = re.compile(
    r"^[\s,*_]*by\s+(?P<names>[^:()\[\]–—]+?)\.?(?=\s+[-–—:]\s|\s*[(\[]|\s*$)"
)


def set_title(fields: Fields, parts: TitleParts) -> None:
    fields.title, fields.title_original = tidy_title(parts.title)
    fields.alias = fields.alias or parts.alias
    if parts.affiliation is not None and fields.note is None:
        fields.note = f"@{parts.affiliation}"
    fields.note = fields.note or parts.note
    if parts.authors is not None and not fields.authors:
        fields.authors, fields.authors_text = parts.authors.names, parts.authors_text
