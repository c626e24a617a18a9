"""The lines below an entry's head: labelled details (``Authors: …``, ``Code: …``), an author
line, a venue line, or words kept as its summary."""

from __future__ import annotations

import re

from ._document import Inline
from ._evidence import DETAIL_KEYS, bare_urls, detail_key
from ._fields import Context, Fields
from ._front_tags import venue_year_label
from ._ids import cut, ids_in_text
from ._meta_text import YEAR_RE, Meta, parse_meta, venue_of
from ._names import parse_authors
from ._roles import is_role_label
from ._text import EMOJI_RE, clean_text
from ._tidy_title import tidy_title
from ._units import Piece

_KEY_VALUE_RE = re.compile(r"^\s*(?P<key>[^\W\d_][\w .;/&-]{0,30}?)\s*[:：]\s*(?P<value>.+)$")
_LINK_KEYS = {
    "links", "link", "paper", "papers", "pdf", "code", "url", "project", "project page",
    "github", "arxiv", "data", "dataset", "video", "slides", "bibtex", "链接", "论文", "代码",
    "主页", "项目", "解读", "视频",
}  # fmt: skip
_KEYS = {
    "framework": "framework", "frameworks": "framework", "dependencies": "note",
    "datasets": "datasets", "dataset": "datasets", "data": "datasets", "networks": "networks",
    "network": "networks", "models": "networks", "authors": "authors", "author": "authors",
    "venue": "venue", "conference": "venue", "published": "venue", "publication": "venue",
    "journal": "venue", "year": "venue", "keywords": "tags", "tags": "tags", "tag": "tags",
    "task": "tags", "tl;dr": "summary", "tldr": "summary", "summary": "summary",
    "abstract": "summary", "note": "note", "notes": "note", "remark": "note", "comment": "note",
    "作者": "authors", "会议": "venue", "期刊": "venue", "预印本": "venue", "发表": "venue",
    "年份": "venue", "摘要": "summary", "备注": "note", "数据集": "datasets", "框架": "framework",
}  # fmt: skip


_LABELS_ONLY_RE = re.compile(r"(?:[\s,;|]*[^\W\d_][\w .-]{0,20}[:：])+[\s,;|]*")


_BRACKETED_ONLY_RE = re.compile(r"(?:\s*\[[^\[\]]{1,30}\])+\s*")


_PLACEHOLDER_RE = re.compile(r"\[\s*(?P<w>[^\[\]]{0,20}?)\s*\]")


def _placeholder(match: re.Match[str]) -> str:
    said = match.group("w")
    return " " if not said or is_role_label(said) else match.group(0)


def read_detail(fields: Fields, piece: Piece, ctx: Context, head_short: bool) -> str | None:
    """Read one line below the head; returns text to keep as summary, if any."""
    inline = piece.inline
    _venue_link(fields, inline, ctx)
    words = _line_words(inline)
    if words is None:
        return None
    labelled = [x for x in inline.links if not is_role_label(x.label) and not x.image_only]
    key_value = _KEY_VALUE_RE.match(words)
    if _labels_links(words, key_value):
        return None
    if key_value and key_value.group("key").strip().casefold() in _KEYS:
        _key_value(
            fields, _KEYS[key_value.group("key").strip().casefold()], key_value.group("value"), ctx
        )
        return None
    if head_short and piece.kind == "item" and not labelled and fields.alias is None:
        # Block layout: a short name above, the paper's title as the first bullet of its own.
        fields.alias = fields.title
        fields.title, fields.title_original = tidy_title(words)
        return None
    return _names_or_venue(fields, words, ctx, bool(labelled))


def _venue_link(fields: Fields, inline: Inline, ctx: Context) -> None:
    """``[CVPR 2023](…) · [arXiv](…)`` on a line below the title: a link named by the venue and
    year the work appeared at gives them, as the same words would written as text."""
    if fields.venue is not None:
        return
    for link in inline.links:
        if venue_year_label(link.label):
            venue, year = venue_of(link.label, ctx.lexicon)
            if venue is not None:
                fields.venue, fields.venue_text = venue, link.label.strip()
                fields.year = fields.year or year
                return


def _line_words(inline: Inline) -> str | None:
    """The words of a line without its addresses, ids, emoji and the brackets links leave; None
    when nothing but labels of its addresses is left."""
    spans = [(x.start, x.end) for x in inline.links if x.image_only or x.url.startswith("http")]
    spans += [(a, b) for _, a, b in bare_urls(inline)]
    spans += [(t.start, t.end) for t in ids_in_text(inline.text)]
    words = " ".join(EMOJI_RE.sub(" ", cut(inline.text, spans)).split())
    if spans and (_LABELS_ONLY_RE.fullmatch(words) or _BRACKETED_ONLY_RE.fullmatch(words)):
        # ``Source: http://…, Code: https://…``, ``https://github.com/… [Keras]``: labels of the
        # addresses read above (a framework's name in brackets), no summary.
        return None
    # ``*Ann Lee, Bo Chan.* [[Paper](…)][Code]``: a role in brackets with no address yet, and the
    # brackets a link read above leaves, are no words of the line.
    words = _PLACEHOLDER_RE.sub(_placeholder, words)
    words = words.strip(" \t,;:|-–—*_[]()")
    return words or None


def _labels_links(words: str, key_value: re.Match[str] | None) -> bool:
    """Words that only label links read above: a key of links (``Links:``, ``Code: …``), a key
    with a colon (``代码（即将开源）：``), a detail's key alone (``- 下载`` over its mirrors)."""
    key = detail_key(words)
    if key is not None and (key in _LINK_KEYS or words.endswith((":", "："))):
        return True
    if words.casefold() in DETAIL_KEYS:
        return True
    return bool(key_value and key_value.group("key").strip().casefold() in _LINK_KEYS)


def _names_or_venue(fields: Fields, words: str, ctx: Context, labelled: bool) -> str | None:
    """A line of authors (with a venue and year, or a date and a summary after them), or of a
    venue and year, read into the fields that have none yet; other words are kept (returned)."""
    if not fields.authors and not labelled:
        # ``A. Baker, C. Dunn. *NeurIPS 2021*.``: authors, then the venue and year.
        meta = parse_meta(words, ctx.lexicon, ctx.surname_first)
        if meta.authors and meta.rest is None and (meta.venue_text or meta.year):
            merge_meta(fields, meta)
            return None
        if meta.authors and meta.year and words.startswith(meta.authors_text or "\0"):
            # ``Ann Lee. October 2015. A 75 page summary …``: names, a date, then a summary.
            merge_meta(fields, meta)
            return meta.rest
    if not fields.authors:
        found = parse_authors(words, ctx.lexicon, ctx.surname_first)
        if found is not None and (found.names or found.et_al) and not labelled:
            fields.authors, fields.authors_text = found.names, words
            return None
    venue, year = venue_of(words, ctx.lexicon) if len(words.split()) <= 6 else (None, None)
    if (
        (venue or year)
        and fields.venue is None
        and (ctx.lexicon.resolve(YEAR_RE.sub(" ", words)) or (year and len(words.split()) <= 4))
    ):
        fields.venue, fields.venue_text = venue, words
        fields.year = fields.year or year
        return None
    return words


def _key_value(fields: Fields, key: str, value: str, ctx: Context) -> None:
    items = [v.strip() for v in re.split(r"[,;]", value) if v.strip()]
    if key == "framework":
        fields.framework = clean_text(value)
    elif key == "datasets":
        fields.datasets += items
    elif key == "networks":
        fields.networks += items
    elif key == "tags":
        fields.tags += items
    elif key == "authors" and not fields.authors:
        found = parse_authors(value, ctx.lexicon, ctx.surname_first)
        if found is not None:
            fields.authors, fields.authors_text = found.names, value.strip()
    elif key == "venue":
        venue, year = venue_of(value, ctx.lexicon)
        fields.venue = fields.venue or venue
        fields.venue_text = fields.venue_text or value.strip()
        fields.year = fields.year or year
    elif key == "summary":
        fields.summary = clean_text(value)
    else:
        fields.note = "; ".join(x for x in (fields.note, clean_text(value)) if x)


def merge_meta(fields: Fields, meta: Meta) -> None:
    """Authors, venue and year read from the words around a title (or a line of their own) into
    the fields that have none yet; words that are neither become a summary or a note."""
    if meta.venue_text and fields.venue is None:
        fields.venue, fields.venue_text = meta.venue, meta.venue_text
        fields.year = fields.year or meta.year
    elif meta.year and fields.year is None:
        fields.year = meta.year
    if meta.authors:
        fields.authors, fields.authors_text = meta.authors, meta.authors_text
    rest = _REFERENCE_WORDS_RE.sub(" ", meta.rest or "").strip(" \t,.;:*_")
    if re.search(r"[^\W_]", rest):  # not brackets a link was cut out of (``[ ]``)
        # Words that are neither authors nor venue: a description when they make a phrase.
        if len(rest.split()) >= 4:
            fields.summary = clean_text(meta.rest or rest)
        else:
            fields.note = clean_text(meta.rest or rest)


# What references write around a venue and say nothing of the work: ``in Proc.``, pages, a
# journal's volume and issue (``33(01), 5000-5007``).
_REFERENCE_WORDS_RE = re.compile(
    r"(?i)(?:^|(?<=[\s*_]))(?:in:?\s+)?(?:proc\.|proceedings(?: of(?: the)?)?)(?=\s|$)"
    r"|\bpp?\.\s*\d+(?:\s*[-–]\s*\d+)?|^\s*in:?(?=\s|$)"
    r"|^\s*\d{1,4}(?:\s*\(\d{1,4}\))?\s*,\s*\d+\s*[-–]\s*\d+\s*\.?\s*$"
    # ``39(5):1-10.``, ``15:1929-58.``, ``770-8.`` (Vancouver): volume, issue and pages.
    r"|^\s*(?:\d{1,4}(?:\s*\(\d{1,4}\))?\s*:\s*e?\d+(?:\s*[-–]\s*\d+)?|e?\d+\s*[-–]\s*\d+)"
    r"\s*\.?\s*$"
    # ``3(2), pp. 1-10.`` (Harvard): a volume and issue before the pages.
    r"|^\s*\d{1,4}\s*\(\d{1,4}\)(?=\s*,\s*pp?\.)"
)
