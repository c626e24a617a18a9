"""A table row read into an entry's fields: the title from the title column (by its header, else
the longest cell), the other cells by what their headers name."""

from __future__ import annotations

import re
from dataclasses import replace

from ._anchor_rows import anchor_column
from ._cell_tags import trailing_tags
from ._citation import citation_authors
from ._details import merge_meta
from ._document import Inline
from ._entry_links import add_title_link, collect_links
from ._evidence import has_cell_evidence, has_link_or_id, title_words
from ._fields import Context, Fields
from ._head import Head, read_head, set_title
from ._ids import cut, ids_in_text
from ._lead_meta import lead_meta
from ._meta_text import YEAR_RE, parse_meta, venue_of
from ._names import parse_authors
from ._roles import is_paper_url
from ._text import EDGE, clean_text
from ._title import split_title
from ._title_column import (
    METHOD_COLUMN,
    bold_name_first,
    links_cell,
    name_column,
    title_column,
)
from ._units import Piece, Unit

_DATE_CELL_RE = re.compile(
    r"^(?P<year>(?:19|20)\d{2})(?:[-./](?P<month>\d{1,2}))?(?:[-./]\d{1,2})?$"
)


# A legend's header: the list's marks, then what they mean.
_MARK_RE = re.compile(
    r"^\W*(?:badges?|symbols?|icons?|emojis?|marks?|abbreviations?|abbr\.?|tags?|labels?|levels?"
    r"|图标|符号|标记|缩写)\W*$"
)
_MEANING_RE = re.compile(
    r"^\W*(?:meaning|means|description|explanation|stands for|definition|含义|说明|意义)\W*$"
)


def _legend(header: list[str], unit: Unit) -> bool:
    """``| Badge | Meaning |``: a table of two columns, a mark and what it means, linking no
    paper. A third column (``| Tag | Description | Paper |``) or a paper's link in the row makes it
    a table of works whose first column happens to tag them (a task, a level)."""
    if len(header) != 2 or not (_MARK_RE.match(header[0]) and _MEANING_RE.match(header[1])):
        return False
    return not any(is_paper_url(x.url) for p in unit.pieces for x in p.inline.links)


def read_row(unit: Unit, ctx: Context) -> Fields | None:
    evidence = any(has_cell_evidence(p.inline) for p in unit.pieces)
    if not (evidence or unit.lenient or unit.anchored):
        return None  # a table of words (roles, legends), not of works
    header = [h.casefold() for h in unit.header]
    if _legend(header, unit):
        return None  # ``| Badge | Meaning |``: the list's legend, its links only explain a mark
    title_at = anchor_column(unit.pieces) if unit.anchored else title_column(unit)
    if title_at is None or not (
        evidence
        or unit.anchored
        or _plain_title(unit.pieces[title_at].inline)
        or _awaits_link(unit, title_at)
    ):
        return None
    fields = Fields()
    if title_at < len(header) and re.search(r"\btitle\b", header[title_at]):
        ctx = replace(ctx, title_cell=True)
    head, _ = read_head(unit.pieces[title_at].inline, ctx)
    if not (head.title or "").strip(EDGE) or links_cell(unit, title_at):
        # ``| hertz-dev | [blog](…) | [GitHub](…) |``: a title cell that is only a role link (or
        # links joined by ``·``, the first a role); the work is named by its name column, else by
        # a short bold name first (``| **App Use** | … | [Code](…) · [Demos](…) |``).
        named = name_column(unit, title_at)
        title_at = named if named is not None else bold_name_first(unit, title_at)
        if title_at is None:
            return None
        head, _ = read_head(unit.pieces[title_at].inline, ctx)
        if not head.title:
            return None
    head.title, tags = trailing_tags(unit.pieces[title_at].inline, head.title)
    fields.tags += tags
    parts = split_title(head.title, ctx.lexicon)
    venue_inside = parts.venue_text
    set_title(fields, parts)
    fields.alias = fields.alias or head.alias
    _cited_authors(fields, head, ctx)
    if venue_inside:
        fields.venue, fields.year = venue_of(venue_inside, ctx.lexicon)
        fields.venue_text = venue_inside
    if fields.venue is None:
        # ``| **[CVPR 2021]** [Title](…) |``: a venue tag in front of the title, as in an item.
        lead_meta(head.lead, ctx, fields)
    if head.title_link is not None and not (unit.anchored and head.title_link.url.startswith("#")):
        add_title_link(fields, head.title_link, ctx.base)
    _below_title(fields, unit.pieces[title_at].inline, head.rest, ctx)
    for index, piece in enumerate(unit.pieces):
        name = header[index] if index < len(header) else ""
        in_title = index == title_at
        cell = Piece(piece.inline, piece.line, "cell", header="" if in_title else piece.header)
        collect_links(fields, cell, ctx.base, head.title_link if in_title else None)
        if index != title_at:
            _row_cell(fields, name, piece.inline, ctx)
    return fields


def _cited_authors(fields: Fields, head: Head, ctx: Context) -> None:
    """``| [Lee, Ann, and Bo Chan. "Title." ICML 2019.](…) |``: a citation in the title cell
    names its authors before its title; what it writes after the title is its venue and year."""
    if not head.authors_text or fields.authors:
        return
    named = citation_authors(head.authors_text, ctx)
    if named is None or not named.names:
        return
    fields.authors, fields.authors_text = named.names, head.authors_text
    said = cut(head.rest, [(t.start, t.end) for t in ids_in_text(head.rest)])
    merge_meta(
        fields,
        replace(parse_meta(said, ctx.lexicon, ctx.surname_first), authors=[], authors_text=None),
    )


def _below_title(fields: Fields, cell: Inline, rest: str, ctx: Context) -> None:
    """``Title<br>Vic Wu, Wen Xu``: the lines of a title cell below the title, when they read as
    authors (and venue), are the authors; a word beside the title on its own line is not."""
    if not rest.strip(EDGE):
        return
    said = cut(rest, [(t.start, t.end) for t in ids_in_text(rest)])
    if len(cell.starts) < 2:
        # ``[Title](…) (ICML 2021)`` in one cell: a known venue beside the title is the work's.
        written = said.strip(EDGE + "()[]")
        venue, year = venue_of(written, ctx.lexicon)
        if venue is not None and fields.venue is None and ctx.lexicon.resolve(venue):
            fields.venue, fields.venue_text, fields.year = venue, written, fields.year or year
        return
    meta = parse_meta(said, ctx.lexicon, ctx.surname_first)
    if meta.authors and meta.rest is None:
        merge_meta(fields, meta)
    elif meta.venue is not None and meta.year and meta.rest is None and fields.venue is None:
        # ``**App Use**<br><sub>CHI 2025</sub>``: a venue and its year on the line below a name.
        fields.venue, fields.venue_text, fields.year = meta.venue, meta.venue_text, meta.year


def _awaits_link(unit: Unit, title_at: int) -> bool:
    """``| **COCO-CL** | Detection | … | [Download](#) |``: a name under a column its header
    calls the name (``Dataset``, ``Name``, ``Model``), in a row whose link is a placeholder (the
    table counts it among its works, ``_cell_works.placeholder_rows``): a work, without links."""
    names = [h.casefold() for h in unit.header]
    named = title_at < len(names) and bool(_NAMED_HEADER_RE.search(names[title_at]))
    waiting = any(x.url.strip() in ("", "#") for p in unit.pieces for x in p.inline.links)
    return named and waiting and title_words(unit.pieces[title_at].inline) >= 1


_NAMED_HEADER_RE = re.compile(
    r"\b(?:titles?|papers?|names?|datasets?|benchmarks?|models?|methods?|tools?)\b"
    r"|^(?:标题|论文|名称|数据集|模型)$"
)


def _plain_title(inline: Inline) -> bool:
    """A cell that reads as a title on its own (not a fragment of a row broken in two)."""
    text = inline.text
    return title_words(inline) >= 3 and text.count("[") <= text.count("]")


# A column that holds each row's title (``Title``, ``Paper``; ``标题``, ``论文``), not its links.
TITLE_HEADER_RE = re.compile(r"\btitles?\b|\bpapers?\b|^(?:论文)?(?:标题|题目)$|^论文(?:名称?)?$")


def titled_row(unit: Unit) -> bool:
    """A table row whose Title or Paper column holds a title of three words or more, with a link
    or an identifier somewhere in the row (``| 2020 | IJCV | Title | Ann Lee | [Paper](…) |``):
    a paper too, its links in a column of their own."""
    for index, name in enumerate(h.casefold() for h in unit.header):
        if TITLE_HEADER_RE.search(name) and index < len(unit.pieces):
            if title_words(unit.pieces[index].inline) < 3:
                return False
            return any(has_link_or_id(p.inline) for p in unit.pieces)
    return False


_ALIAS_COLUMN = METHOD_COLUMN + r"|\bnames?\b"


def _short_name(text: str) -> bool:
    """A method's or a model's name: one to three words, no sentence."""
    words = text.split()
    return 1 <= len(words) <= 3 and not re.search(r"[.;:!?]\s", text)


def _row_cell(fields: Fields, name: str, inline: Inline, ctx: Context) -> None:
    spans = [(x.start, x.end) for x in inline.links]
    plain = " ".join(cut(inline.text, spans).split()).strip(EDGE)
    if not plain or plain in ("-", "—", "N/A", "n/a"):
        return
    if re.search(r"\bauthors?\b", name):
        said = " ".join(cut(inline.text, spans).split()).strip(" ,;:|")
        found = parse_authors(said, ctx.lexicon, ctx.surname_first)
        if found is not None:
            fields.authors, fields.authors_text = found.names, said
    elif re.search(
        r"\b(?:venue|conference|conf|journal|pub|publication|published|where|source|booktitle)\b",
        name,
    ):
        if re.match(r"(?:https?://|www\.)\S+$", plain):
            return  # ``| Source |`` over ``https://…``: the work's address as text, no venue
        fields.venue_text = plain
        venue, year = venue_of(plain, ctx.lexicon)
        fields.venue = venue
        fields.year = fields.year or year
    elif re.search(r"\b(?:year|date|time|when|published)\b", name):
        match = _DATE_CELL_RE.match(plain)
        if match:
            fields.year = int(match.group("year"))
            fields.date = plain if match.group("month") else None
        else:
            found_year = YEAR_RE.search(plain)
            fields.year = int(found_year.group(0)) if found_year else fields.year
    elif re.search(r"\b(?:summary|description|notes?|comments?|tl;?dr|abstract|remarks?)\b", name):
        fields.summary = clean_text(plain)
    elif re.search(r"\b(?:tags?|keywords?|topics?|category|categories|task|type)\b", name):
        fields.tags += [t for t in (clean_text(x) for x in re.split(r"[,;]", plain)) if t]
    elif re.search(r"\b(?:framework|library|toolkit|language)\b", name):
        fields.framework = clean_text(plain)
    elif re.search(_ALIAS_COLUMN, name) and fields.alias is None and _short_name(plain):
        # ``| LSQ | [Learned Step Size …](…) |``, ``| Name | Paper |`` over ``| WidgetNet |
        # [Lee, Ann. "Title." …](…) |``: the list's short name for the paper titled beside it.
        fields.alias = clean_text(plain)
    elif not re.search(r"\b(?:code|github|data|links?|project|pdf|paper|url)\b", name):
        fields.note = "; ".join(
            x for x in (fields.note, f"{name}: {plain}" if name else plain) if x
        )
