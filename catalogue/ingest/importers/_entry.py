"""One unit of a list (an item with its lines, a table row, a block) read into an entry's fields.

Each field has its own parser and its own evidence: the title from the head of the unit (its
first link, bold run, quoted text or first sentence); identifiers from every link and from the
text; venue and year from the words after the title (``_meta_text``) or a venue column; authors
likewise; link roles from the column, the label or emoji, then the URL; the kind from what the
entry links to and names (a repository with no paper title is code, a video is a talk).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...core.identity import ARXIV, DOI, IdentityKey
from ...core.models import Identifiers, Link, LinkKind
from . import EntryKind
from ._document import Inline, InlineLink
from ._evidence import bare_urls, detail_key, has_evidence, is_web_url, title_words
from ._ids import arxiv_year, cut, ids_in_text, url_id
from ._meta_text import YEAR_RE, Meta, parse_meta, venue_of
from ._names import given_first, is_name, parse_authors
from ._roles import by_url, is_code_url, is_role_label, is_video_url, role
from ._text import clean_text, clean_title
from ._title import TitleParts, lead_tags, split_title, unwrap
from ._units import Piece, Unit
from ._venues import Lexicon

# Tags lists put in front of a title: ``[KDD 2022]``, ``(survey)``, ``【CVPR 2020】``, a date.
_LEAD_GROUP_RE = re.compile(
    r"^\s*(?:[\[(【（]\s*(?P<inner>[^\[\]()【】（）]{1,60}?)\s*[\])】）])\s*[:：-]?\s*"
)
_LEAD_DATE_RE = re.compile(r"^\s*(?P<date>(?:19|20)\d{2}[-./]\d{1,2}(?:[-./]\d{1,2})?)\s*[:：]?\s*")
_LEAD_DATE_GROUP_RE = re.compile(
    r"^(?:\d{2}\.\d{2}\.\d{2}|(?:19|20)\d{2}[-./]\d{1,2}(?:[-./]\d{1,2})?)(?:\s*,.*)?$"
)
_SENTENCE_RE = re.compile(
    r"(?<!\b[A-Z])(?<!\bvs)(?<!\bet al)(?<!\be\.g)(?<!\bi\.e)\.\s+(?=\S)|(?<=[?!])\s+(?=[A-Z])"
)
_EMOJI_RE = re.compile(
    r":[a-z0-9_+-]+:|[\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]"
)
_KEY_VALUE_RE = re.compile(r"^\s*(?P<key>[^\W\d_][\w .;/&-]{0,30}?)\s*[:：]\s*(?P<value>.+)$")
_DATE_CELL_RE = re.compile(
    r"^(?P<year>(?:19|20)\d{2})(?:[-./](?P<month>\d{1,2}))?(?:[-./]\d{1,2})?$"
)
_TALK_SECTION_RE = re.compile(r"\b(?:videos?|talks?|lectures?|presentations?|tutorials?)\b", re.I)
_CODE_SECTION_RE = re.compile(
    r"\b(?:code|implementations?|librar(?:y|ies)|frameworks?|tools?|toolkits?|repositor(?:y|ies)"
    r"|packages?)\b",
    re.I,
)
_EDGE = " \t,.;:|-–—*_"
_DATED_PATH_RE = re.compile(r"/(?:19|20)\d{2}/\d{2}/")


@dataclass
class Fields:
    kind: EntryKind = "paper"
    title: str | None = None
    title_original: str | None = None
    alias: str | None = None
    authors: list[str] = field(default_factory=list)
    authors_text: str | None = None
    venue: str | None = None
    venue_text: str | None = None
    year: int | None = None
    date: str | None = None
    links: list[Link] = field(default_factory=list)
    identifiers: Identifiers = field(default_factory=Identifiers)
    tags: list[str] = field(default_factory=list)
    summary: str | None = None
    datasets: list[str] = field(default_factory=list)
    networks: list[str] = field(default_factory=list)
    framework: str | None = None
    note: str | None = None
    title_link: str | None = None  # URL of the link the title is written as
    ids: list[IdentityKey] = field(default_factory=list)
    bad_links: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Context:
    lexicon: Lexicon
    surname_first: bool = False
    section: tuple[str, ...] = ()
    section_year: int | None = None
    section_venue: str | None = None


# --- links and identifiers -----------------------------------------------------------------------


def title_role(url: str) -> LinkKind:
    """The role of the link a title is written as: what its URL says; a page on a site that is no
    publisher is the work's project page (a dated one, a post)."""
    found = by_url(url)
    if found is not LinkKind.OTHER:
        return found
    return LinkKind.BLOG if _DATED_PATH_RE.search(url) else LinkKind.PROJECT


def _before(text: str, start: int) -> str:
    """The few characters before a link: an emoji or a ``Code:`` that labels it."""
    return text[max(0, start - 16) : start]


def _unbracket(label: str) -> str:
    label = label.strip()
    while label.startswith("[") and label.endswith("]"):
        label = label[1:-1].strip()
    return given_first(label) if label.count(",") == 1 else label


def _person(label: str) -> bool:
    """A link label that is a person's name (``[Zhang, Quanshi]``, ``[Geoffrey Hinton]``)."""
    if is_role_label(label) or not ("," in label or len(label.split()) >= 2):
        return False
    return is_name(_unbracket(label), single_ok=False)


def _add_link(fields: Fields, url: str, kind: LinkKind, label: str | None) -> None:
    url = url.strip()
    if not is_web_url(url):
        fields.bad_links.append(url)
        return
    if any(link.url == url and link.kind is kind for link in fields.links):
        return
    try:
        label = (label or "").strip()
        while label.startswith("[") and label.endswith("]"):
            label = label[1:-1].strip()
        fields.links.append(Link(kind=kind, url=url, label=clean_text(label) or None))
    except ValueError:
        fields.bad_links.append(url)


def _collect_links(fields: Fields, piece: Piece, skip: InlineLink | None = None) -> None:
    inline = piece.inline
    for link in inline.links:
        if link is skip or link.image_only or link.url.startswith("#"):
            continue
        if not is_web_url(link.url):
            fields.bad_links.append(link.url)
            continue
        kind = role(link.url, link.label, piece.header, _before(inline.text, link.start))
        if kind is not LinkKind.CODE and _person(link.label):
            kind = LinkKind.OTHER  # ``[Zhang, Quanshi](homepage)``: a person's page
        _add_link(fields, link.url, kind, link.label)
    for url, start, _ in bare_urls(inline):
        _add_link(fields, url, role(url, "", piece.header, _before(inline.text, start)), None)


def _identifiers(fields: Fields, texts: list[str]) -> None:
    keys: list[IdentityKey] = []
    for link in fields.links:
        found = url_id(link.url)
        if found is not None:
            keys.append(found)
    for text in texts:
        keys += [t.key for t in ids_in_text(text) if t.key is not None]
    seen: dict[IdentityKey, None] = dict.fromkeys(keys)
    fields.ids = list(seen)
    arxiv = next((k.value for k in seen if k.scheme == ARXIV), None)
    doi = next((k.value for k in seen if k.scheme == DOI), None)
    other = sorted(str(k) for k in seen if k.scheme not in (ARXIV, DOI))
    fields.identifiers = Identifiers(arxiv=arxiv, doi=doi, other=other)


# --- the title -----------------------------------------------------------------------------------


@dataclass
class _Head:
    title: str | None
    title_link: InlineLink | None
    rest: str  # the words after (and around) the title, links that are roles cut out
    lead: list[str]  # tags written before the title


def _strip_lead(text: str, lexicon: Lexicon | None = None) -> tuple[str, list[str], str | None]:
    """Tags and a date in front of the title: (text after them, tags, date)."""
    tags: list[str] = []
    date = None
    while True:
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
        )
        if match and tag and len(text) > match.end() + 3:
            tags.append(match.group("inner"))
            text = text[match.end() :]
            continue
        emoji = _EMOJI_RE.match(text.lstrip())
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
    return bool(label) and not is_role_label(label) and label != link.url.strip()


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
        return first not in _JOINERS or _meta_like(after, ctx)
    return not after or not after[0].islower()


def _meta_like(rest: str, ctx: Context) -> bool:
    """Words that read as what follows a title: authors, a venue, a year (little else)."""
    plain = cut(rest, [(t.start, t.end) for t in ids_in_text(rest)]).strip(_EDGE)
    if not plain:
        return True
    meta = parse_meta(plain, ctx.lexicon, ctx.surname_first)
    found = bool(meta.authors or meta.venue or meta.year)
    if found and (meta.rest is None or len(meta.rest.split()) <= 3):
        return True
    # ``FAIR``, ``(HUAWEI-Noah)``: an organisation's tag, then ids or nothing.
    words = plain.strip("()[] .").split()
    return 0 < len(words) <= 2 and all(w.strip("()[].,").isupper() for w in words)


def _title_end(
    text: str, start: int, stop: int, ctx: Context, breaks: list[int]
) -> tuple[int, int]:
    """Where a title written as the first sentence ends, and where the words after it start: the
    first sentence end after which the words read as authors, venue or year (``Does label
    smoothing mitigate label noise? Lukasik, Michal et al. ICML 2020``), else the first one."""
    # ``Title | Authors | Venue``: fields between bars; the first is the title.
    bars = list(_BAR_RE.finditer(text, start, stop))
    if len(bars) >= 2:
        return bars[0].start(), bars[0].end()
    sentences = [(m.start(), m.end()) for m in _SENTENCE_RE.finditer(text, start, stop)]
    # A wrapped line may end the title too (``… Transfer Learning`` / ``Abulikemu et al. CVPR``),
    # but only where the words after it read as authors, venue or year: else the title goes on.
    ends = sorted(sentences + [(at, at) for at in breaks if start < at < stop])
    for end, after in ends:
        if _meta_like(text[after:stop], ctx):
            return end, after
    # Else the first full stop; a question goes on (``… Graph Problems? An Empirical Study``).
    stops = [(end, after) for end, after in sentences if text[end] == "."]
    return stops[0] if stops else (stop, stop)


_BAR_RE = re.compile(r"\s+\|\s+")
_PREFIX_SEP_RE = re.compile(r"\s*[-–—|:,]\s*|\s+")


def _lead_prefix(prefix: str, ctx: Context) -> str | None:
    """Words in front of a title link that are its year and venue (``2018-ICLR-[Title](url)``,
    ``2020.9-[…]``, ``CVPR 2019 [Title](url)``), as one tag; None when they are more than that."""
    words = [w for w in _PREFIX_SEP_RE.split(prefix.strip()) if w]
    if not words or len(words) > 6 or re.search(r"[.!?]\s", prefix):
        return None
    tag = " ".join(words)
    if YEAR_RE.search(tag) or ctx.lexicon.resolve(tag):
        return tag
    return None


def _read_head(inline: Inline, ctx: Context) -> tuple[_Head, str | None]:
    text = inline.text
    body, lead, date = _strip_lead(text, ctx.lexicon)
    offset = len(text) - len(body)
    links = [x for x in inline.links if x.end > offset and not x.image_only]
    first = links[0] if links else None
    if first is not None and first.start - offset > 1 and _titled(first):
        tag = _lead_prefix(text[offset : first.start], ctx)
        if tag is not None:
            lead.append(tag)
            offset = first.start
    title: str | None = None
    title_link: InlineLink | None = None
    run = next((r for r in sorted(inline.strong + inline.em) if abs(r[0] - offset) <= 1), None)
    quoted = re.match(r'^\s*["“](?P<t>[^"”]{3,})["”]', body)
    bracketed = re.match(r"^\s*\[(?P<t>[^\[\]]{10,})\]", body)
    if first is not None and first.start - offset <= 1 and _titled(first):
        title_link, title, pos = first, first.label, first.end
        # ``[torchdistill](url): A Modular, Configuration-Driven Framework…``: the title goes on.
        more = re.match(r"^\s*[:：]\s*(?P<more>[^.]+?)(?:\.\s|\.?$)", text[pos:])
        if more and not YEAR_RE.search(more.group("more")):
            title = f"{title}: {more.group('more').strip()}"
            pos += more.end()
    elif run is not None and run[1] - run[0] > 3 and _ends_title(inline, run, text, ctx):
        title, pos = text[run[0] : run[1]], run[1]
    elif quoted:
        title, pos = quoted.group("t"), offset + quoted.end()
    elif bracketed:
        title, pos = bracketed.group("t"), offset + bracketed.end()
    else:
        stop = first.start if first is not None else len(text)
        # ``Title [[paper](url)]``: the brackets around a role link are no part of the title.
        while first is not None and stop > offset and text[stop - 1] in "[(【（ ":
            stop -= 1
        breaks = [at for at, _ in inline.starts[1:]]
        end, pos = _title_end(text, offset, stop, ctx, breaks)
        title = text[offset:end]
    after = text[pos:]
    spans = [(a - pos, b - pos) for a, b in _role_spans(inline, title_link) if a >= pos]
    spans += [(a - pos, b - pos) for _, a, b in bare_urls(inline) if a >= pos]
    return _Head(title, title_link, cut(after, spans) if spans else after, lead), date


def _clean_title(raw: str) -> tuple[str | None, str | None]:
    text = unwrap(_EMOJI_RE.sub(" ", raw).strip())
    text = " ".join(text.split()).strip(" \t,;:|-–—*_")
    text = re.sub(r"\s*\.$", "", text)
    return clean_title(text)


def _title_parts(fields: Fields, parts: TitleParts) -> None:
    fields.title, fields.title_original = _clean_title(parts.title)
    fields.alias = fields.alias or parts.alias
    if parts.authors is not None and not fields.authors:
        fields.authors, fields.authors_text = parts.authors.names, parts.authors_text


# --- details -------------------------------------------------------------------------------------

_KEY_ONLY_RE = re.compile(r"^[^\W\d_][\w .&/-]{0,24}[:：]\s*$")
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


def _detail(fields: Fields, piece: Piece, ctx: Context, head_short: bool) -> str | None:
    """Read one line below the head; returns text to keep as summary, if any."""
    inline = piece.inline
    spans = [(x.start, x.end) for x in inline.links if x.image_only or x.url.startswith("http")]
    spans += [(a, b) for _, a, b in bare_urls(inline)]
    spans += [(t.start, t.end) for t in ids_in_text(inline.text)]
    words = " ".join(_EMOJI_RE.sub(" ", cut(inline.text, spans)).split())
    words = words.strip(" \t,;:|-–—*_[]()")
    if not words:
        return None
    labelled = [x for x in inline.links if not is_role_label(x.label) and not x.image_only]
    key_value = _KEY_VALUE_RE.match(words)
    key = detail_key(words)
    if key is not None and (key in _LINK_KEYS or words.endswith((":", "："))):
        return None  # ``Links:``, ``代码（即将开源）：`` whose links were read above
    if key_value and key_value.group("key").strip().casefold() in _LINK_KEYS:
        return None
    if key_value and key_value.group("key").strip().casefold() in _KEYS:
        _key_value(
            fields, _KEYS[key_value.group("key").strip().casefold()], key_value.group("value"), ctx
        )
        return None
    if head_short and piece.kind == "item" and not labelled and fields.alias is None:
        # Block layout: a short name above, the paper's title as the first bullet of its own.
        fields.alias = fields.title
        fields.title, fields.title_original = _clean_title(words)
        return None
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


# --- kinds ---------------------------------------------------------------------------------------


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
        if _CODE_SECTION_RE.search(section) and fields.links:
            return "code"
    return "paper"


# --- units ---------------------------------------------------------------------------------------


def read_unit(unit: Unit, ctx: Context) -> Fields | None:
    """The fields of a unit, or None when it names no title."""
    fields = _read_row(unit, ctx) if unit.kind == "row" else _read_lines(unit, ctx)
    if fields is None or not fields.title:
        return None
    _identifiers(fields, [p.inline.text for p in unit.pieces])
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


def _read_lines(unit: Unit, ctx: Context) -> Fields | None:
    head_piece = unit.pieces[0]
    # Block layout: the head may be a short name; a bold short head is no title sentence.
    head, date = _read_head(head_piece.inline, ctx)
    if not head.title or not head.title.strip(_EDGE):
        return None
    fields = Fields(date=date)
    # ``Title [Arxiv 2110.06483]``: an id written after the title is no part of it; nor is a tag
    # written in front of it inside the title's link (``[[KDD 2022] Title](url)``).
    raw, inner_lead, _ = _strip_lead(head.title, ctx.lexicon)
    head.lead += inner_lead
    raw = cut(raw, [(t.start, t.end) for t in ids_in_text(raw)])
    parts = split_title(raw, ctx.lexicon)
    venue_inside = parts.venue_text
    _title_parts(fields, parts)
    if head.title_link is not None:
        fields.title_link = head.title_link.url
        _add_link(
            fields, head.title_link.url, title_role(head.title_link.url), head.title_link.label
        )
    _collect_links(fields, head_piece, head.title_link)
    rest_ids = ids_in_text(head.rest)
    rest = cut(head.rest, [(t.start, t.end) for t in rest_ids])
    rest = _EMOJI_RE.sub(" ", rest)
    meta = _lead_meta(head.lead, ctx, fields)
    if venue_inside is not None:
        fields.venue_text = venue_inside
        fields.venue, fields.year = venue_of(venue_inside, ctx.lexicon)
    found = parse_meta(rest, ctx.lexicon, ctx.surname_first)
    _merge_meta(fields, found)
    if meta:
        fields.note = meta
    # Block layout: a short name heads the block; the title is a line of its own below it.
    head_short = (
        unit.kind == "block" and len((fields.title or "").split()) <= 3 and head.title_link is None
    )
    summary = []
    for piece in unit.pieces[1:]:
        _collect_links(fields, piece)
        said = _detail(fields, piece, ctx, head_short)
        if said:
            summary.append(said)
    if summary:
        fields.summary = clean_text(" ".join(summary))
    return fields


def _merge_meta(fields: Fields, meta: Meta) -> None:
    if meta.venue_text and fields.venue is None:
        fields.venue, fields.venue_text = meta.venue, meta.venue_text
        fields.year = fields.year or meta.year
    elif meta.year and fields.year is None:
        fields.year = meta.year
    if meta.authors:
        fields.authors, fields.authors_text = meta.authors, meta.authors_text
    if meta.rest:
        # Words that are neither authors nor venue: a description when they make a phrase.
        if len(meta.rest.split()) >= 4:
            fields.summary = clean_text(meta.rest)
        else:
            fields.note = clean_text(meta.rest)


def _lead_meta(lead: list[str], ctx: Context, fields: Fields) -> str | None:
    """Tags in front of the title: a venue (``[KDD 2022]``) or a tag (``(survey)``)."""
    for tag in lead:
        if _LEAD_DATE_GROUP_RE.match(tag):
            date, _, venue_text = tag.partition(",")
            fields.date = date.strip()
            if venue_text.strip():
                fields.venue, fields.year = venue_of(venue_text, ctx.lexicon)
                fields.venue_text = venue_text.strip()
            continue
        venue, year = venue_of(tag, ctx.lexicon)
        if (venue is not None and (year or ctx.lexicon.resolve(tag))) or (year and not venue):
            fields.venue, fields.venue_text = venue, tag
            fields.year = year
        else:
            fields.tags.append(tag)
    return None


def _read_row(unit: Unit, ctx: Context) -> Fields | None:
    evidence = any(has_evidence(p.inline) for p in unit.pieces)
    if not (evidence or unit.lenient):
        return None  # a table of words (roles, legends), not of works
    header = [h.casefold() for h in unit.header]
    title_at = _title_column(unit)
    if title_at is None or not (evidence or _plain_title(unit.pieces[title_at].inline)):
        return None
    fields = Fields()
    cell = unit.pieces[title_at]
    head, _ = _read_head(cell.inline, ctx)
    if not head.title:
        return None
    parts = split_title(head.title, ctx.lexicon)
    venue_inside = parts.venue_text
    _title_parts(fields, parts)
    if venue_inside:
        fields.venue, fields.year = venue_of(venue_inside, ctx.lexicon)
        fields.venue_text = venue_inside
    if head.title_link is not None:
        fields.title_link = head.title_link.url
        _add_link(
            fields, head.title_link.url, title_role(head.title_link.url), head.title_link.label
        )
    for index, piece in enumerate(unit.pieces):
        name = header[index] if index < len(header) else ""
        in_title = index == title_at
        cell = Piece(piece.inline, piece.line, "cell", header="" if in_title else piece.header)
        _collect_links(fields, cell, head.title_link if in_title else None)
        if index != title_at:
            _row_cell(fields, name, piece.inline, ctx)
    return fields


def _plain_title(inline: Inline) -> bool:
    """A cell that reads as a title on its own (not a fragment of a row broken in two)."""
    text = inline.text
    return title_words(inline) >= 3 and text.count("[") <= text.count("]")


def _title_column(unit: Unit) -> int | None:
    names = [h.casefold() for h in unit.header]
    for pattern in (r"\btitle\b", r"\bpaper\b", r"\bname\b", r"\b(?:method|model|work)\b"):
        for index, name in enumerate(names):
            if re.search(pattern, name) and index < len(unit.pieces):
                return index
    best = max(range(len(unit.pieces)), key=lambda i: len(unit.pieces[i].inline.text), default=None)
    return best


def _row_cell(fields: Fields, name: str, inline: Inline, ctx: Context) -> None:
    spans = [(x.start, x.end) for x in inline.links]
    plain = " ".join(cut(inline.text, spans).split()).strip(_EDGE)
    if not plain or plain in ("-", "—", "N/A", "n/a"):
        return
    if re.search(r"\bauthors?\b", name):
        said = " ".join(cut(inline.text, spans).split()).strip(" ,;:|")
        found = parse_authors(said, ctx.lexicon, ctx.surname_first)
        if found is not None:
            fields.authors, fields.authors_text = found.names, said
    elif re.search(
        r"\b(?:venue|conference|conf|journal|publication|published|where|source)\b", name
    ):
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
    elif not re.search(r"\b(?:code|github|data|links?|project|pdf|paper|url)\b", name):
        fields.note = "; ".join(
            x for x in (fields.note, f"{name}: {plain}" if name else plain) if x
        )
