"""One unit of a list (an item with its lines, a table row, a block) read into an entry's fields.

Each field has its own parser and its own evidence: the title from the head of the unit (its
first link, bold run, quoted text or first sentence); identifiers from every link and from the
text; venue and year from the words after the title (``_meta_text``) or a venue column; authors
likewise; link roles from the column, the label or emoji, then the URL; the kind from what the
entry links to and names (a repository with no paper title is code, a video is a talk).

This module reads item, block and heading units and decides the kind; the head is read by
``_head``, the lines below it by ``_details``, table rows by ``_row``, links and identifiers by
``_entry_links``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from ...core.models import LinkKind
from . import EntryKind
from ._badges import badge_venue
from ._citation import citation_authors, names_first
from ._details import merge_meta, read_detail
from ._entry_links import add_title_link, collect_links, read_identifiers
from ._fields import Context, Fields
from ._front import strip_lead
from ._head import read_head, set_title
from ._ids import arxiv_year, cut, ids_in_text
from ._lead_meta import lead_meta
from ._meta_text import parse_meta, venue_of
from ._name_lines import label_line
from ._names_line import names_after_name, names_over_title, quoted_title, reference_year
from ._paper_lines import trailing_name
from ._roles import is_code_url, is_video_url
from ._row import read_row
from ._text import EDGE, EMOJI_RE, clean_text
from ._title import split_title
from ._units import Piece, Unit

_TALK_SECTION_RE = re.compile(r"\b(?:videos?|talks?|lectures?|presentations?|tutorials?)\b", re.I)

# The closing mark of angle brackets or title marks a list writes around a title link.
_CLOSER_RE = re.compile(r"^\s*[>》»」』〉]")


def _kind(fields: Fields, ctx: Context) -> EntryKind:
    """Code: a repository and no sign of a paper; talk: a video and no paper; else a paper."""
    paper_links = [
        x
        for x in fields.links
        if x.kind in (LinkKind.PAPER, LinkKind.PDF, LinkKind.ARXIV, LinkKind.DOI)
    ]
    named = bool(fields.ids or fields.venue or fields.authors)
    primary = fields.title_link or (fields.links[0].url if fields.links else None)
    section = " ".join(ctx.section)
    if primary is not None and is_code_url(primary) and not (paper_links or named):
        return "code"
    if primary is not None and is_video_url(primary) and not (paper_links or fields.ids):
        return "talk"
    if not (paper_links or named):
        if _TALK_SECTION_RE.search(section) and any(x.kind is LinkKind.VIDEO for x in fields.links):
            return "talk"
        if ctx.code_section and fields.links:
            return "code"
    return "paper"


# --- units ---------------------------------------------------------------------------------------


def read_unit(unit: Unit, ctx: Context) -> Fields | None:
    """The fields of a unit, or None when it names no title."""
    fields = read_row(unit, ctx) if unit.kind == "row" else _read_lines(unit, ctx)
    if fields is None or not fields.title:
        return None
    read_identifiers(fields, [p.inline.text for p in unit.pieces])
    if fields.venue is None:
        # ``![](https://img.shields.io/badge/ICLR-2024-blue)`` beside the title: its venue.
        badge = badge_venue([i for p in unit.pieces for i in p.inline.images], ctx.lexicon)
        if badge is not None:
            fields.venue, fields.year = badge[0], fields.year or badge[1]
    if fields.year is None:
        fields.year = ctx.section_year
    if fields.venue is None and ctx.section_venue is not None:
        fields.venue = ctx.section_venue
    if fields.year is None and fields.identifiers.arxiv:
        fields.year = arxiv_year(fields.identifiers.arxiv)
    fields.kind = _kind(fields, ctx)
    if fields.kind == "code":
        _code_first(fields)
    return fields


def _code_first(fields: Fields) -> None:
    """A code record is named by its repository: that link goes first."""
    code = [x for x in fields.links if x.kind is LinkKind.CODE]
    if code:
        fields.links = [code[0], *[x for x in fields.links if x is not code[0]]]


_BRACKETED_YEAR_RE = re.compile(r"\(\s*(?:19|20)\d{2}\s*\)")


class _Lines(NamedTuple):
    pieces: list[Piece]  # the title's line first, then the details
    alias: str | None
    names: str | None  # a line of names written above the title's line
    quoted: bool  # the title's line starts with the quoted title


def _names_first(unit: Unit, ctx: Context) -> _Lines:
    """The unit's lines, the title's line first: a line of names above it (perhaps after a short
    name, the alias) is set aside as the names."""
    pieces, alias = label_line(unit, ctx)
    names = None
    # A ``<br />`` at a line's end leaves an empty line before the next.
    said = [pieces[0], *(p for p in pieces[1:] if p.inline.text.strip() or p.inline.links)]
    quoted = len(said) > 1 and quoted_title(said[1].inline)
    if (unit.kind == "item" or quoted) and names_over_title(said if quoted else pieces):
        # ``- Lee, A., Chan, B.,`` over ``*[Title](…)*,``: the names, then the title's line;
        # ``**WidgetNet:** Ann Lee, Bo Chan.<br />`` over ``"Title." ArXiv (2024).``, in an item
        # or a paragraph: a short name, the names, then the quoted title's line.
        named = names_after_name(pieces[0].inline) if quoted else None
        if named is not None:
            alias = alias or named[0]
            pieces = said
        names = named[1] if named is not None else pieces[0].inline.text.strip(" ,;")
        pieces = [replace(pieces[1], kind=pieces[0].kind), *pieces[2:]]
    return _Lines(pieces, alias, names, quoted)


def _read_lines(unit: Unit, ctx: Context) -> Fields | None:
    pieces, alias, names, quoted = _names_first(unit, ctx)
    head_piece = pieces[0]
    # Block layout: the head may be a short name; a bold short head is no title sentence.
    head, date = read_head(head_piece.inline, ctx)
    if not head.title or not head.title.strip(EDGE):
        return None
    fields = Fields(date=date)
    # ``Title [Arxiv 2110.06483]``: an id written after the title is no part of it; nor is a tag
    # written in front of it inside the title's link (``[[KDD 2022] Title](url)``).
    raw, inner_lead, _ = strip_lead(head.title, ctx.lexicon, ctx.lead_groups, ctx.venue_years)
    head.lead += inner_lead
    raw = cut(raw, [(t.start, t.end) for t in ids_in_text(raw)])
    parts = split_title(raw, ctx.lexicon)
    venue_inside = parts.venue_text
    set_title(fields, parts)
    fields.alias = fields.alias or head.alias
    if head.title_link is not None:
        add_title_link(fields, head.title_link, ctx.base)
    collect_links(fields, head_piece, ctx.base, head.title_link)
    rest_ids = ids_in_text(head.rest)
    rest = cut(head.rest, [(t.start, t.end) for t in rest_ids])
    rest = EMOJI_RE.sub(" ", rest)
    # ``<[Title](…)> by Ann Lee and Bo Chan, 2012``, ``《[Title](…)》 by …``: the mark that closes
    # the title's brackets is no word of what follows it (the authors after ``by``).
    rest = _CLOSER_RE.sub(" ", rest, count=1)
    meta = lead_meta(head.lead, ctx, fields)
    if venue_inside is not None:
        fields.venue_text = venue_inside
        fields.venue, fields.year = venue_of(venue_inside, ctx.lexicon)
    found = parse_meta(rest, ctx.lexicon, ctx.surname_first)
    named = citation_authors(head.authors_text, ctx) if head.authors_text else None
    if named is not None:
        # A citation names its authors first: the words after its title are no authors.
        found = replace(found, authors=[], authors_text=None)
        fields.authors, fields.authors_text = named.names, head.authors_text
    if quoted and names is not None:
        found = replace(found, authors=[], authors_text=None)  # the names came first
    merge_meta(fields, found)
    if quoted and names is not None and fields.venue is None:
        # ``"Title." Information Fusion (2024).``: after a quoted title, its venue as written.
        slot = _BRACKETED_YEAR_RE.sub(" ", rest).strip(EDGE)
        fields.venue = venue_of(slot, ctx.lexicon)[0] if slot else None
        fields.venue_text = slot if fields.venue else None
    if names is not None and not fields.authors:
        listed = citation_authors(names, ctx)
        if listed is not None and listed.names:
            fields.authors, fields.authors_text = listed.names, names
    if meta:
        fields.note = meta
    if head.described:
        fields.summary = clean_text(head.described)
    if ctx.venue_years and fields.title and fields.alias is None and head.title_link is None:
        # ``KDD 14 Title   (TransE)``: the method's short name after the title is its alias.
        fields.title, fields.note, fields.alias = trailing_name(
            head_piece.inline.text, fields.title, fields.note
        )
    fields.alias = fields.alias or alias
    pieces = _read_details(fields, unit, pieces, head.title_link is None, ctx)
    if names is not None and fields.year is None and len(pieces) > 1:
        fields.year = reference_year(pieces[1].inline)  # the reference's venue line
    return fields


def _read_details(
    fields: Fields, unit: Unit, pieces: list[Piece], unlinked: bool, ctx: Context
) -> list[Piece]:
    """The lines below the title's line (``pieces[1:]``): their links, fields and summary; the
    lines read (a reference below a short name gives the title, ``_title_below``). ``unlinked``:
    the title has no link of its own."""
    # Block layout: a short name heads the block; the title is a line of its own below it.
    head_short = unit.kind == "block" and len((fields.title or "").split()) <= 3 and unlinked
    summary = []
    if unit.kind == "item" and unlinked:
        pieces = _title_below(fields, pieces, ctx)
    for piece in pieces[1:]:
        collect_links(fields, piece, ctx.base)
        said = read_detail(fields, piece, ctx, head_short)
        if said:
            summary.append(said)
    if summary:
        fields.summary = clean_text(" ".join(summary))
    return pieces


def _title_below(fields: Fields, pieces: list[Piece], ctx: Context) -> list[Piece]:
    """``* SockNet, Lab X [[Paper]](…)`` over ``* Ann Lee, Bo Chan, Sorting Socks, CVPR, 2015.``:
    a short name on the item, the full reference on its one line below: the title, authors,
    venue and year come from that line, and the name is the alias. The pieces left to read."""
    below = [p for p in pieces[1:] if p.inline.text.strip()]
    if len((fields.title or "").split()) > 5 or len(below) != 1 or below[0].inline.links:
        return pieces
    text = below[0].inline.text
    named = names_first(text, ctx)
    if named is None:
        return _own_title_below(fields, pieces, below[0], ctx)
    names, (start, end) = named
    title = text[start:end].strip(" ,.")
    found = citation_authors(names, ctx)
    if len(title.split()) < 2 or ". " in title or found is None:
        return pieces
    fields.alias, fields.title = fields.title, title
    fields.authors, fields.authors_text = found.names, names
    meta = parse_meta(
        cut(text[end:], [(t.start, t.end) for t in ids_in_text(text[end:])]), ctx.lexicon
    )
    if fields.venue is None and meta.venue is not None:
        fields.venue, fields.venue_text = meta.venue, meta.venue_text
    fields.year = fields.year or meta.year
    return [p for p in pieces if p is not below[0]]


def _own_title_below(
    fields: Fields, pieces: list[Piece], below: Piece, ctx: Context
) -> list[Piece]:
    """``* OverFeat, NYU [[Paper]](…)`` over ``* OverFeat: Integrated Recognition …, ICLR, 2014.``:
    the line below starts with the item's name and gives a longer title and its venue or year."""
    name = (fields.title or "").split(",")[0].strip()
    text = cut(below.inline.text, [(t.start, t.end) for t in ids_in_text(below.inline.text)])
    if not name:
        return pieces
    at = text.find(f", {name},")
    found = citation_authors(text[:at], ctx) if at > 0 else None
    if found is not None and found.names:
        # ``* Fast R-CNN, Lab Z`` over ``* Ross Girshick, Fast R-CNN, arXiv:1504.08083.``: the
        # names, then the item's own name as the title.
        fields.title, fields.authors, fields.authors_text = name, found.names, text[:at]
        return [p for p in pieces if p is not below]
    if not text.lstrip().startswith(name):
        return pieces
    parts = split_title(text.strip(" ."), ctx.lexicon)
    if parts.venue_text is None or len(parts.title.split()) <= len(name.split()):
        return pieces
    fields.alias, fields.title = name, parts.title
    venue, year = venue_of(parts.venue_text, ctx.lexicon)
    fields.venue = fields.venue or venue
    fields.venue_text = fields.venue_text or parts.venue_text
    fields.year = fields.year or year
    return [p for p in pieces if p is not below]
