"""The head of a unit: the title (its first link, bold run, quoted text or first sentence),
the tags and date written in front of it, and the words after it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._apa import apa_reference
from ._citation import cited, names_first
from ._document import Inline, InlineLink
from ._evidence import bare_urls, detail_key
from ._fields import Context, Fields
from ._ids import cut, ids_in_text
from ._meta_text import YEAR_RE, parse_meta
from ._roles import is_code_url, is_paper_url, is_role_label
from ._text import EDGE, EMOJI_RE, clean_title
from ._title import TitleParts, lead_tags, unwrap
from ._venues import Lexicon

# Tags lists put in front of a title: ``[KDD 2022]``, ``(survey)``, ``【CVPR 2020】``, a date.
_LEAD_GROUP_RE = re.compile(
    r"^\s*(?:[\[(【（]\s*(?P<inner>[^\[\]()【】（）]{1,60}?)\s*[\])】）])\s*[:：-]?\s*"
)
_LEAD_DATE_RE = re.compile(r"^\s*(?P<date>(?:19|20)\d{2}[-./]\d{1,2}(?:[-./]\d{1,2})?)\s*[:：]?\s*")
_SENTENCE_RE = re.compile(
    r"(?<!\b[A-Z])(?<!\bvs)(?<!\bet al)(?<!\be\.g)(?<!\bi\.e)\.\s+(?=\S)|(?<=[?!])\s+(?=[A-Z])"
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


def strip_lead(text: str, lexicon: Lexicon | None = None) -> tuple[str, list[str], str | None]:
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
    plain = cut(rest, [(t.start, t.end) for t in ids_in_text(rest)]).strip(EDGE)
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


_LABEL_RE = re.compile(r"^\s*(?P<name>[^\W_][\w+.-]{0,23}(?: [\w+.-]{1,24})?)\s*[:：]\s*$")


def _label_prefix(prefix: str) -> str | None:
    """A method's short name in front of a title link (``NASNet: [Title](url)``)."""
    match = _LABEL_RE.match(prefix)
    if match is None or detail_key(prefix) is not None or is_role_label(match.group("name")):
        return None
    return match.group("name")


def _code_name(inline: Inline, link: InlineLink) -> bool:
    """A repository's name as the title link, and nothing in the entry that names a paper: what
    follows it (``: 4-bit inference for small models``) describes the code, no title goes on."""
    if not is_code_url(link.url) or ids_in_text(inline.text):
        return False
    return not any(is_paper_url(x.url) for x in inline.links if x is not link)


# ``(code: ``, ``- pdf:``: a role word that labels the address after it.
_LABEL_BEFORE_RE = re.compile(r"[\s,;–—-]*[\[(（【]?\s*(?P<w>[^\W\d_]+)\s*[:：]\s*$")


def _plain_stop(inline: Inline, offset: int, first: InlineLink | None) -> int:
    """Where a title written as plain text must end: at the first link, or at the first address
    written as text (``Title, https://arxiv.org/abs/…``, ``Title (code: github.com/…)``)."""
    text = inline.text
    stops = [first.start] if first is not None else []
    stops += [start for _, start, _ in bare_urls(inline) if start > offset]
    stop = min(stops, default=len(text))
    if stop < len(text) and stop not in (first.start if first else -1,):
        label = _LABEL_BEFORE_RE.search(text, offset, stop)
        if label is not None and is_role_label(label.group("w")):
            stop = label.start()
    # ``Title [[paper](url)]``: the brackets around a role link are no part of the title.
    while stops and stop > offset and text[stop - 1] in "[(【（ ,-–—":
        stop -= 1
    return stop


def read_head(inline: Inline, ctx: Context) -> tuple[Head, str | None]:
    text = inline.text
    body, lead, date = strip_lead(text, ctx.lexicon)
    # Badges cut out of the text leave spaces in front: no words of the title.
    body = body.lstrip()
    offset = len(text) - len(body)
    links = [x for x in inline.links if x.end > offset and not x.image_only]
    first = links[0] if links else None
    alias = None
    if first is not None and first.start - offset > 1 and _titled(first):
        tag = _lead_prefix(text[offset : first.start], ctx)
        alias = _label_prefix(text[offset : first.start]) if tag is None else None
        if tag is not None:
            lead.append(tag)
        if tag is not None or alias is not None:
            offset = first.start
    title: str | None = None
    title_link: InlineLink | None = None
    run = next((r for r in sorted(inline.strong + inline.em) if abs(r[0] - offset) <= 1), None)
    label = _label(text, run) if run is not None else None
    if label is not None and run is not None:
        alias, offset, run = text[run[0] : run[1]].strip(" :："), label, None
        body = text[offset:]
    quoted = re.match(r'^\s*["“](?P<t>[^"”]{3,})["”]', body)
    bracketed = re.match(r"^\s*\[(?P<t>[^\[\]]{10,})\]", body)
    quote = cited(body, ctx) if first is None or first.start - offset > 1 else None
    authors_text = None
    if first is not None and first.start - offset <= 1 and _titled(first):
        title_link, title, pos = first, first.label, first.end
        # ``[torchdistill](url): A Modular, Configuration-Driven Framework…``: the title goes on.
        more = re.match(r"^\s*[:：]\s*(?P<more>[^.]+?)(?:\.\s|\.?$)", text[pos:])
        # Only a name goes on (a label that is a title already, ``Name: Subtitle``, is the whole
        # title), and not a repository's name followed by what the code does.
        short = ":" not in title and len(title.split()) <= 4
        if (
            short
            and more
            and not YEAR_RE.search(more.group("more"))
            and not _code_name(inline, first)
        ):
            title = f"{title}: {more.group('more').strip()}"
            pos += more.end()
    elif run is not None and run[1] - run[0] > 3 and _ends_title(inline, run, text, ctx):
        title, pos = text[run[0] : run[1]], run[1]
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
        stop = _plain_stop(inline, offset, first)
        breaks = [at for at, _ in inline.starts[1:]]
        named = names_first(text[offset:stop], ctx)
        reference = apa_reference(text[offset:stop])
        if reference is not None:
            # ``Family, I., & Family, I. (2015). Title. Venue.``: the year is the entry's.
            authors_text, end = reference.names_text, offset + reference.title_end
            title, pos = text[offset + reference.title_start : end], end
            lead.append(reference.year)
        elif named is not None:
            # ``A. Lee and B. Chan, Title, Venue, 2019``: names, then the title, then the rest.
            authors_text, (start, end) = named
            title, pos = text[offset + start : offset + end], offset + end
        else:
            end, pos = _title_end(text, offset, stop, ctx, breaks)
            title = text[offset:end]
    after = text[pos:]
    spans = [(a - pos, b - pos) for a, b in _role_spans(inline, title_link) if a >= pos]
    spans += [(a - pos, b - pos) for _, a, b in bare_urls(inline) if a >= pos]
    rest = cut(after, spans) if spans else after
    return Head(title, title_link, rest, lead, authors_text, alias), date


def _label(text: str, run: tuple[int, int]) -> int | None:
    """``**AutoRT**: "Title"``, ``**LEO:** “Title”``: a short bold name, a colon, then the title
    in quotes. Where the title starts; None for a bold title (``**Title**: Authors``)."""
    name = text[run[0] : run[1]].strip()
    after = re.match(r"\s*(?P<colon>[:：]?)\s*(?=[\"“])", text[run[1] :])
    if after is None or not 0 < len(name.split()) <= 3:
        return None
    if not (after.group("colon") or name.endswith((":", "："))):
        return None
    return run[1] + after.end()


def tidy_title(raw: str) -> tuple[str | None, str | None]:
    text = unwrap(EMOJI_RE.sub(" ", raw).strip())
    text = " ".join(text.split()).strip(" \t,;:|-–—*_")
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
