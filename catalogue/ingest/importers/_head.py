"""The head of a unit: the title (its first link, bold run, quoted text or first sentence),
the tags and date written in front of it, and the words after it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._apa import labelled_reference
from ._citation import cited, emphasis_after_names
from ._document import Inline, InlineLink
from ._evidence import bare_urls
from ._fields import Context, Fields
from ._ids import cut, ids_in_text
from ._labels import (
    colon_label,
    dash_label_of,
    label_of,
    name_before_bold,
    name_venue_names,
    named_emphasis,
    quoted_label,
)
from ._meta_text import YEAR_RE, full_years
from ._plain_title import label_notes, meta_like, plain_title
from ._roles import is_code_url, is_paper_url, is_role_label, names_its_site
from ._text import EMOJI_RE, clean_title, looks_like_venue
from ._title import TitleParts, lead_tags, unwrap
from ._venues import Lexicon

_NAME_GROUP_RE = re.compile(
    r"\s*(?P<name>[^\s:()\[\]]+(?: [^\s:()\[\]]+){0,2})\s*\((?P<group>[^(),]{2,30})\)"
    r"\s*[:：](?=\s)\s*"
)
# Tags lists put in front of a title: ``[KDD 2022]``, ``(survey)``, ``【CVPR 2020】``, a date;
# a running number, perhaps with a dot after its bracket (``[[12]. Title.](…)``).
_LEAD_GROUP_RE = re.compile(
    r"^\s*(?:[\[(【（]\s*(?P<inner>[^\[\]()【】（）]{1,60}?)\s*[\])】）])(?:(?<=\d\])\.)?"
    r"\s*[:：-]?\s*"
)
_LEAD_DATE_RE = re.compile(r"^\s*(?P<date>(?:19|20)\d{2}[-./]\d{1,2}(?:[-./]\d{1,2})?)\s*[:：]?\s*")
# ``### 1. Title``, ``### 3) [Title](…)``: a number the list typed itself (a heading or a line
# of a paragraph cannot be a numbered item), no year and no ``2.5D``.
_LEAD_NUMBER_RE = re.compile(r"^\s*\d{1,3}[.)]\s+(?=\S)")
# ``##### • Title``: a bullet typed as a character in front of a heading's or a line's text.
_LEAD_BULLET_RE = re.compile(r"^\s*[•·▪◦‣]\s+(?=\S)")
# ``2013-NIPS - Title``, ``2014 - Title``: the year (and venue) the list sorts by, then a dash.
_LEAD_YEAR_DASH_RE = re.compile(
    r"^\s*(?P<year>(?:19|20)\d{2})(?:-(?P<venue>[A-Za-z][\w&-]{0,24}))?\s+[-–—]\s+(?=\S)"
)
# ``Title: Masked Distillation`` over ``Authors: …`` lines, ``Paper: [Title](…)`` over ``Code: …``:
# the label is no word of the title.
_LEAD_LABEL_RE = re.compile(
    r"^\s*(?:(?:paper\s+)?title|paper)\s*[:：]\s*|^\s*(?:论文)?(?:标题|题目)\s*[:：]\s*", re.I
)


@dataclass
class Head:
    title: str | None
    title_link: InlineLink | None
    rest: str  # the words after (and around) the title, links that are roles cut out
    lead: list[str]  # tags written before the title
    authors_text: str | None = None  # names written before the title (a citation's order)
    # A short name in front of the title (``**RT-1**: "…"``, ``NASNet: [Title](…)``).
    alias: str | None = None


def strip_lead(
    text: str, lexicon: Lexicon | None = None, grouped: bool = False
) -> tuple[str, list[str], str | None]:
    """Tags and a date in front of the title: (text after them, tags, date). ``grouped``: the list
    writes a venue in brackets in front of its titles (``(SIGIR'2024) Title``), so that such a
    group is a tag without a year too (``(Journal of Widget Studies) Title``)."""
    tags: list[str] = []
    date = None
    for lead_re in (_LEAD_BULLET_RE, _LEAD_NUMBER_RE, _LEAD_LABEL_RE):
        match = lead_re.match(text)
        if match is not None and match.end() < len(text):
            text = text[match.end() :]
    while True:
        dashed = _LEAD_YEAR_DASH_RE.match(text)
        # ``2017 - PNAS - EWC - Title``: dashed segments, read further on as such.
        if dashed is not None and not re.match(r"\S{1,12}\s+[-–—]\s", text[dashed.end() :]):
            venue, year = (dashed.group("venue") or "").replace("_", " "), dashed.group("year")
            # ``2014-Survey``: a word that names no venue is a tag of its own.
            known = venue and (
                looks_like_venue(venue.split()[0]) or (lexicon and lexicon.resolve(venue))
            )
            tags += [f"{venue} {year}"] if known else [year, venue] if venue else [year]
            text = text[dashed.end() :]
            continue
        match = _LEAD_DATE_RE.match(text) if date is None else None
        if match and len(text) > match.end():
            date, text = match.group("date"), text[match.end() :]
            continue
        match = _LEAD_GROUP_RE.match(text)
        # A long bracketed text with no year is the title itself (``[A Survey on …], Authors``).
        inner = match.group("inner") if match is not None else ""
        tag = match is not None and (
            len(inner.split()) <= 4
            or YEAR_RE.search(inner)
            # ``(Trends in Cognitive Science 20)``: a venue with a two-digit year.
            or (len(inner.split()) <= 6 and re.search(r"\s['’]?\d{2}$", inner))
            or (grouped and len(inner.split()) <= 8 and text.lstrip()[0] in "(（")
        )
        if match and tag and len(text) > match.end() + 3:
            if match.group("inner").strip().casefold() not in ("", "x"):
                tags.append(match.group("inner"))  # ``[ ]``, ``[x]``: a task list's box, no tag
            text = text[match.end() :]
            continue
        emoji = EMOJI_RE.match(text.lstrip())
        if emoji:
            text = text.lstrip()[emoji.end() :]
            continue
        rest, found = lead_tags(text, lexicon) if lexicon is not None else (text, [])
        if found:
            tags += found
            text = rest
            continue
        return text, tags, date


def _role_spans(inline: Inline, keep: InlineLink | None) -> list[tuple[int, int]]:
    """Links whose label only names a role (``[code]``, ``PDF``), and badges: not words."""
    return [
        (x.start, x.end)
        for x in inline.links
        if x is not keep and (x.image_only or is_role_label(x.label) or not x.label.strip())
    ]


def _titled(link: InlineLink) -> bool:
    """A link whose label can be a title: not a role (``[code]``), not the URL itself."""
    label = link.label.strip()
    if is_role_label(label):
        return names_its_site(label, link.url)
    return bool(label) and label != link.url.strip()


_JOINERS = frozenset(
    "for of with via on to using towards toward through without under beyond as from and in".split()
)


def _ends_title(inline: Inline, run: tuple[int, int], text: str, ctx: Context) -> bool:
    """A bold run in front is the title, unless the sentence goes on after it (``**Graph
    Convolutional Networks** for Text Classification``); an italic one unless the words after it
    start in lower case (``_Defocus Blur Detection_ via Depth Distillation. Cun, …``)."""
    after = text[run[1] :].lstrip()
    if run in inline.strong:
        first = after.split(maxsplit=1)[0] if after else ""
        return first not in _JOINERS or meta_like(after, ctx)
    return not after or not after[0].islower()


_PREFIX_SEP_RE = re.compile(r"\s*[-–—|:,]\s*|\s+")


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


def _code_name(inline: Inline, link: InlineLink, ctx: Context) -> bool:
    """A repository's name as the title link (or, in a section of code or tools, a name linked
    to a site: ``[Foolib](https://foolib.dev/)``), and nothing in the entry that names a
    paper: what follows it (``: 4-bit inference for small models``, ``: A Friendly Foo
    Framework``) describes the code or tool, no title goes on."""
    tool = ctx.code_section and not is_paper_url(link.url)
    if not (is_code_url(link.url) or tool) or ids_in_text(inline.text):
        return False
    return not any(is_paper_url(x.url) for x in inline.links if x is not link)


def read_head(inline: Inline, ctx: Context) -> tuple[Head, str | None]:
    text = inline.text
    offset, lead, date, alias = _front(inline, ctx)
    links = [x for x in inline.links if x.end > offset and not x.image_only]
    first = links[0] if links else None
    title: str | None = None
    title_link: InlineLink | None = None
    said = ""
    run = next((r for r in sorted(inline.strong + inline.em) if abs(r[0] - offset) <= 1), None)
    label = quoted_label(text, run) if run is not None else None
    if run is not None and label is None:
        label = colon_label(text, run, first.start if first is not None else len(text))
    if run is not None and label is None:
        label = _bold_name(inline, run, first.start if first is not None else len(text), ctx)
    if run is not None and label is None and run in inline.strong:
        label = labelled_reference(text, run[1])
    if label is not None and run is not None:
        alias, offset, run = text[run[0] : run[1]].strip(" :："), label, None
    body = text[offset:]
    quoted = re.match(r'^\s*["“](?P<t>[^"”]{3,})["”]', body)
    bracketed = re.match(r"^\s*\[(?P<t>[^\[\]]{10,})\]", body)
    later = first is None or first.start - offset > 1
    quote = cited(body, ctx) if later else None
    marked = emphasis_after_names(text, inline.strong + inline.em, offset, ctx) if later else None
    authors_text = None
    stop = first.start if first is not None else len(text)
    named = name_venue_names(text[offset:stop], ctx.lexicon) if run is None else None
    if named is not None:
        # ``ANR: ICCV2013, Ann Lee et al. [paper](…)``: the short name is all the title there is.
        title, pos = named.name, stop
        authors_text = text[offset + named.names_start : stop].strip()
        said = text[offset + named.venue_start : offset + named.venue_end].strip()
    elif first is not None and first.start - offset <= 1 and _titled(first):
        title_link = first
        title, pos, said = _linked_title(inline, first, ctx)
    elif run is not None and run[1] - run[0] > 3 and _ends_title(inline, run, text, ctx):
        title, pos = text[run[0] : _bold_links_start(inline, run)], run[1]
    elif run is None and marked is not None:
        # ``Smith et al. **Title.** ICML, 2010``: the names, then the emphasised title.
        (start, pos), authors_text = marked
        title = text[start:pos]
    elif quote:
        title, pos = quote.group("t"), offset + quote.end()
        authors_text = quote.group("names").strip(" ,.")
        inside = [x for x in links if offset + quote.start("t") <= x.start < pos]
        title_link = inside[0] if inside and _titled(inside[0]) else None
    elif quoted:
        title, pos = quoted.group("t"), offset + quoted.end()
    elif bracketed:
        title, pos = bracketed.group("t"), offset + bracketed.end()
    else:
        plain = plain_title(inline, offset, first, ctx)
        title, pos, authors_text = plain.title, plain.pos, plain.authors_text
        lead += plain.lead
    after = text[pos:]
    spans = [(a - pos, b - pos) for a, b in _role_spans(inline, title_link) if a >= pos]
    spans += [(a - pos, b - pos) for _, a, b in bare_urls(inline) if a >= pos]
    rest = cut(after, spans) if spans else after
    if said:
        rest = f"{said}. {rest}"
    return Head(title, title_link, rest, lead, authors_text, alias), date


def _bold_links_start(inline: Inline, run: tuple[int, int]) -> int:
    """Where the title ends in a bold run that holds the work's links too (``**Name (ICDE 2020)
    [[**Paper**](…)][[**Code**](…)]**``): at the first link that only says what it is."""
    inside = [x.start for x in inline.links if run[0] < x.start < run[1] and is_role_label(x.label)]
    if not inside or run not in inline.strong:
        return run[1]
    cut = min(inside)
    # the opening bracket of ``[[**Paper**](…)]`` belongs to the links
    while cut > run[0] and inline.text[cut - 1] in " [":
        cut -= 1
    return cut


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
        if link.end <= at:
            break  # a link with nothing inside it (``<a href="…"><img …></a>``) moves nothing on
        at = link.end
    if at == offset:
        return offset
    after = _gap_end(text, at)
    # Words of its own follow, not only more links (``[Paper](…) / [Hugging Face Model](…)``).
    words = cut(text, [(x.start, x.end) for x in inline.links if x.end > after])[after:]
    return after if len(words.split()) >= 2 else offset


def _bold_name(inline: Inline, run: tuple[int, int], stop: int, ctx: Context) -> int | None:
    """``**MedWidget**: Title. [paper](…)``, ``**WidgetGPT** A Title for Gadgets [paper](…)``: a
    short bold name (three words at most, no venue or year), perhaps a colon, then the title's
    words before the links (three or more, no names or venue only): the name is the alias and
    the title starts after it. Where the title starts; None otherwise."""
    text = inline.text
    # An address written as text ends the words too (``**bitsandbytes**: https://… (…)``).
    stop = min([stop] + [a for _, a, _ in bare_urls(inline) if a >= run[1]])
    name = text[run[0] : run[1]].strip(" :：")
    if run not in inline.strong or not 0 < len(name.split()) <= 3 or name.endswith("."):
        return None
    if YEAR_RE.search(name) or ctx.lexicon.resolve(name) or is_role_label(name):
        return None
    # ``**Acme**:  | Title | [PDF](…)``: a bar after the colon sets the name apart too.
    gap = re.match(r"\s*(?P<colon>[:：]?)\s*(?P<bar>(?<=[:：\s])\|\s+)?", text[run[1] : stop])
    assert gap is not None
    if gap.group("bar") and not gap.group("colon"):
        return None
    rest = text[run[1] + gap.end() : stop].strip()
    # The title's words start right away: not ``**Title** (2014), A. Lee et al.``.
    if not rest[:1].isalnum() or len(re.findall(r"[^\W\d_]{2,}", rest)) < 3:
        return None
    if meta_like(rest, ctx) or re.search(r"\bet\.? al\b", rest):
        return None
    # Without a colon the words must start a title of their own (``**Graph Networks** for Text``
    # goes on with the bold words).
    if not gap.group("colon") and (rest[0].islower() or rest.split()[0] in _JOINERS):
        return None
    # After a colon, words in lower case describe the work the bold words name
    # (``**Tiny Widget Bench**: we release a benchmark of …``): the bold words are its title.
    if gap.group("colon") and rest[0].islower():
        return None
    return run[1] + gap.end()


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


def _front(inline: Inline, ctx: Context) -> tuple[int, list[str], str | None, str | None]:
    """What comes before the title: (where the title starts, tags, date, a short name)."""
    text = inline.text
    body, lead, date = strip_lead(text, ctx.lexicon, ctx.lead_groups)
    # Badges cut out of the text leave spaces in front: no words of the title.
    body = body.lstrip()
    start = len(text) - len(body)
    offset = _past_address(inline, start)
    offset = _past_role_links(inline, start) if offset == start else offset
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
    if first is None or first.start - offset <= 1 or not _titled(first):
        return offset, lead, date, None
    tag = _lead_prefix(text[offset : first.start], ctx)
    if tag is not None:
        return first.start, [*lead, tag], date, None
    named = label_of(text[offset : first.start]) or dash_label_of(text[offset : first.start])
    if named is not None:
        return first.start, lead, date, named  # ``FedAvg: [Title](…)``: the work's short name
    return offset, lead, date, None


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
    subtitle = more is not None and not more.group("more").lstrip()[:1].islower()
    subtitle = subtitle and more is not None and not re.search(r"[:;：；]", more.group("more"))
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


# ``[Title].(https://…)``, ``[Title] (https://…)``: a link broken by a character between its label
# and its address (the address is read as text, see ``_evidence.bare_urls``).
_BROKEN_LINK_RE = re.compile(r"^\s*\[(?P<t>[^\[\]]{3,})\]\s*[.:]?\s*\(\s*https?://[^\s()]*\)\s*$")


def tidy_title(raw: str) -> tuple[str | None, str | None]:
    broken = _BROKEN_LINK_RE.match(raw)
    raw = broken.group("t") if broken else raw
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
