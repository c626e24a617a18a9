"""The head of a unit: the title (its first link, bold run, quoted text or first sentence) and
the words after it; what is written in front of the title is ``_front``'s."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._bold_name import JOINERS, bold_lead, bold_links_start
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
from ._ids import cut, ids_in_text
from ._label_notes import label_notes
from ._labels import (
    linked_name,
    name_venue_names,
)
from ._meta_text import YEAR_RE
from ._named_items import repository_named
from ._plain_title import meta_like, plain_title
from ._roles import is_code_url, is_paper_url, is_role_label
from ._text import EMOJI_RE, clean_title
from ._title import DOC_TYPE_LEAD_RE, TitleParts, unwrap
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


def _code_name(inline: Inline, link: InlineLink, ctx: Context) -> bool:
    """A repository's name as the title link (or, in a section of code or tools, a name linked
    to a site: ``[Foolib](https://foolib.dev/)``), and nothing in the entry that names a
    paper: what follows it (``: 4-bit inference for small models``, ``: A Friendly Foo
    Framework``) describes the code or tool, no title goes on."""
    tool = ctx.code_section and not is_paper_url(link.url)
    if not (is_code_url(link.url) or tool) or ids_in_text(inline.text):
        return False
    return not any(is_paper_url(x.url) for x in inline.links if x is not link)


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


def read_head(inline: Inline, ctx: Context) -> tuple[Head, str | None]:
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
    title: str | None = None
    title_link: InlineLink | None = None
    said = ""
    run, dashed, alias, offset, title_end = bold_lead(inline, offset, alias, first, ctx)
    body = text[offset:]
    # ``"Title", …``, also in the title marks Chinese writes (``《Title》，NeurIPS 2021，…``).
    quoted = re.match(r'^\s*["“《「『](?P<t>[^"”《》「」『』]{3,})["”》」』]', body)
    bracketed = re.match(r"^\s*\[(?P<t>[^\[\]]{10,})\]", body)
    later = first is None or first.start - offset > 1
    quote = cited(body, ctx) if later else None
    marked = emphasis_after_names(text, inline.strong + inline.em, offset, ctx) if later else None
    authors_text = None
    stop = first.start if first is not None else len(text)
    named = name_venue_names(text[offset:stop], ctx.lexicon) if run is None else None
    named_link = (
        linked_name(text, links) if first is not None and first.start - offset <= 1 else None
    )
    if named_link is not None:  # ``[SIF](code): [Title](paper)``: the second link is the title
        alias, first, offset = links[0].label.strip(), named_link, named_link.start
    titled_first = first is not None and (
        titled(first) or venue_link_alone(inline, first, offset)  # ``- [AAAI 2019](…)`` alone
    )
    label_cited = _label_citation(body, first, offset, ctx) if titled_first and not later else None
    # ``*Ann Lee, Bo Chan*. [Title](…)``: names in italics or bold before the title link are
    # its authors as well, not a title of their own.
    before = run is None or run[1] <= stop
    names = names_before_link(text[offset:stop], ctx) if before and titled_first else None
    repository = repository_named(inline) if offset == 0 else None
    if repository is not None:  # `` `owner/widget` — its code``: titled by the path
        title, pos = text[repository[0] : repository[1]], repository[1]
    elif label_cited is not None:
        title, pos = label_cited.group("t"), offset + label_cited.end()
        authors_text, year = cited_names(label_cited)
        lead += [year] if year else []
        title_link = first
    elif named is not None:
        # ``ANR: ICCV2013, Ann Lee et al. [paper](…)``: the short name is all the title there is.
        title, pos = named.name, stop
        authors_text = text[offset + named.names_start : stop].strip()
        said = text[offset + named.venue_start : offset + named.venue_end].strip()
    elif first is not None and titled_first and (first.start - offset <= 1 or names):
        # ``Ann Lee, Bo Chan. [Title](…). ICML 2019``: names before the title link are its authors.
        title_link, authors_text = first, names
        title, pos, said = _linked_title(inline, first, ctx)
        title = f"{half}-{title}" if half and title else title  # ``Semi-[Supervised …](…)``
    elif run is not None and run[1] - run[0] > 3 and _ends_title(inline, run, text, ctx):
        title, pos = text[run[0] : bold_links_start(inline, run)], run[1]
        by = _by_names(text[pos:], ctx)
        if by is not None:  # ``*Title* by Ann Lee and Bo Chan - a textbook``: its authors
            authors_text, pos = by.group("names"), pos + by.end()
    elif run is None and marked is not None:
        # ``Smith et al. **Title.** ICML, 2010``: the names, then the emphasised title.
        (start, pos), authors_text = marked
        # ``Lee, A. & Chan, B. (2020). *Title*. ICML.``: the year after the names is the entry's.
        year = YEAR_AFTER_NAMES_RE.search(text[offset:start].rstrip(' ,:;"“”'))
        lead += [YEAR_RE.search(year.group(0)).group(0)] if year else []
        title = text[start:pos]
    elif quote:
        title, pos = quote.group("t"), offset + quote.end()
        authors_text, year = cited_names(quote)
        lead += [year] if year else []
        inside = [x for x in links if offset + quote.start("t") <= x.start < pos]
        title_link = inside[0] if inside and titled(inside[0]) else None
    elif quoted:
        title, pos = quoted.group("t"), offset + quoted.end()
    elif title_end is not None:
        title, pos = text[offset:title_end], title_end
    elif bracketed:
        title, pos = bracketed.group("t"), offset + bracketed.end()
    else:
        plain = plain_title(inline, offset, first, ctx)
        title, pos, authors_text = plain.title, plain.pos, plain.authors_text
        lead += plain.lead
    authors_text = authors_text or (dashed.names if dashed is not None else None)
    rest = _rest(inline, pos, title_link, title_end is not None)
    if said:
        rest = f"{said}. {rest}"
    if alias is not None and title is not None and alias == title.strip():
        alias = None  # ``**Widget Fields**: Widget Fields, *Lee et al.*``: no other name
    return Head(title, title_link, rest, lead, authors_text, alias), date


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


def _linked_title(inline: Inline, first: InlineLink, ctx: Context) -> tuple[str, int, str]:
    """A title written as a link: (title, where the words after it start, notes of its label)."""
    text = inline.text
    title, said = label_notes(first.label, ctx)
    pos = first.end
    # ``[torchdistill](url): A Modular, Configuration-Driven Framework…``: the title goes on.
    more = re.match(r"^\s*[:：]\s*(?P<more>[^.]+?)(?:\.\s|\.?$)", text[pos:])
    # Only a name goes on (a label that is a title already, ``Name: Subtitle``, is the whole
    # title), and not a repository's name followed by what the code does.
    short = ":" not in title and len(title.split()) <= 4
    # A subtitle starts in capitals; a description in lower case (``[Widgets](url): images of
    # widgets taken with two cameras``) is no title word.
    # Nor is a list of parts (``Test: Set5, Set14; Train: T91``).
    # A count (``[WidgetSet](url): 20k+ images``) is no subtitle either.
    subtitle = more is not None and more.group("more").lstrip()[:1].isupper()
    subtitle = subtitle and more is not None and not re.search(r"[:;：；]", more.group("more"))
    # Nor is a sentence about the name (``[Gizmo](url): Gizmo is a simulator for …``, ``…: An
    # extension which can model …``): it names the work again or says what it is or does.
    if subtitle and more is not None:
        words = more.group("more").split()
        subtitle = words[: len(title.split())] != title.split() and not _DESCRIBES_RE.search(
            more.group("more")
        )
    if (
        short
        and more
        and subtitle
        and not YEAR_RE.search(more["more"])
        and not _code_name(inline, first, ctx)
    ):
        title = f"{title}: {more.group('more').strip()}"
        pos += more.end()
    return title, pos, said


# ``by Ann B. Lee and Bo Chan`` up to a spaced dash, a colon, a bracket or the end.
_BY_CLAUSE_RE = re.compile(
    r"^[\s,*_]*by\s+(?P<names>[^:()\[\]–—]+?)\.?(?=\s+[-–—:]\s|\s*[(\[]|\s*$)"
)
# Words of a sentence (a verb in lower case, as title case never writes one), not of a subtitle.
_DESCRIBES_RE = re.compile(
    r"\b(?:is|are|was|were|enables|allows|provides|supports|lets|which|consists|contains)\b"
    r"|^\s*(?:This|These|It|Its)\s"  # ``[Widgets](url): This dataset consists of …``
)


# ``[Title].(https://…)``, ``[Title] (https://…)``: a link broken by a character between its label
# and its address (the address is read as text, see ``_evidence.bare_urls``).
_BROKEN_LINK_RE = re.compile(r"^\s*\[(?P<t>[^\[\]]{3,})\]\s*[.:]?\s*\(\s*https?://[^\s()]*\)\s*$")


_FOOTNOTE_RE = re.compile(r"\[\^[^\]\s]{1,20}\]")


def tidy_title(raw: str) -> tuple[str | None, str | None]:
    broken = _BROKEN_LINK_RE.match(raw)
    raw = broken.group("t") if broken else raw
    raw = _FOOTNOTE_RE.sub("", raw)  # ``Title[^1]``: a footnote's mark
    raw = re.sub(r"^\s*~~(?P<t>[^~]+)~~\s*$", r"\g<t>", raw)  # ``~~Title~~``: struck through
    text = unwrap(EMOJI_RE.sub(" ", raw).strip())
    text = " ".join(text.split()).strip(" \t,;:：|-–—*_•·▪▸►➢➤◦")
    text = re.sub(r"\s*\.$", "", text)
    return clean_title(text)


def set_title(fields: Fields, parts: TitleParts) -> None:
    fields.title, fields.title_original = tidy_title(parts.title)
    fields.alias = fields.alias or parts.alias
    if parts.affiliation is not None and fields.note is None:
        fields.note = f"@{parts.affiliation}"
    fields.note = fields.note or parts.note
    if parts.authors is not None and not fields.authors:
        fields.authors, fields.authors_text = parts.authors.names, parts.authors_text
