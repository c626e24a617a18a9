"""A title written as plain text (no link, bold run or quotes make it): where it starts and ends.

It ends at the first link or address written as text; before that, a reference's shape decides
(``Family, I. (2015). Title. Venue.``, ``A. Lee and B. Chan, Title, Venue, 2019``), else the first
sentence end (or wrapped line) after which the words read as authors, venue or year, or an
emphasised field of authors or venue after it. A title link's label may add notes after the title
(``Title. PhD Thesis. By Ann``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._apa import apa_reference, names_last_reference
from ._by_authors import by_many, by_names
from ._citation import names_first
from ._document import Inline, InlineLink
from ._fields import Context
from ._ids import cut, ids_in_text
from ._meta_text import parse_meta
from ._names import parse_authors
from ._plain_stop import BAR_RE, plain_stop
from ._sentence_names import names_then_title, sentence_reference
from ._tab_records import TAB_RE
from ._text import EDGE, WORD_RE

# A full stop and a space end a sentence; not after an initial, ``vs``, ``et al``, ``e.g``, nor
# the last dot of an ellipsis (``… easy to spot... for now``).
SENTENCE_RE = re.compile(
    r"(?<!\b[A-Z])(?<!\bvs)(?<!\bet al)(?<!\be\.g)(?<!\bi\.e)(?<!\.\.)\.\s+(?=\S)"
    r"|(?<=[?!])\s+(?=[A-Z])"
)


def meta_like(rest: str, ctx: Context) -> bool:
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


def _names_and_venue(rest: str, ctx: Context) -> bool:
    """What follows a comma that ends a title: people named in full (two or more of them), or
    ``Surname et al.`` and a venue or year. One name, or words that may be a title's (``A
    Strong, Simple Baseline``, ``Tag, Not Rewrite``), go on with the title."""
    plain = cut(rest, [(t.start, t.end) for t in ids_in_text(rest)]).strip(EDGE)
    meta = parse_meta(plain, ctx.lexicon, ctx.surname_first)
    if meta.rest or not meta.authors:
        return False
    if re.match(r"by\s+[A-Z]", plain) and (meta.venue or meta.year):
        return True  # ``Title, by Ann Lee. ICML 2020``: ``by`` says who wrote it
    if meta.et_al:  # ``Chen et al., CVPR 2021``: one name, right after the comma
        # ``(AAAI 2023) Title, Yuqi Li et al. [[Paper](…)]``: the venue in front, the name and
        # et al. all that is left before the links.
        alone = bool(_ET_AL_ALONE_RE.match(plain))
        return bool(_ET_AL_START_RE.match(plain)) and bool(meta.venue or meta.year or alone)
    if len(meta.authors) == 1 and (meta.venue or meta.year):
        # ``Title, E. Fox, ICLR 2021``: one name, known for one by its initial, then a venue.
        return bool(_INITIALLED_RE.fullmatch(meta.authors[0]))
    return len(meta.authors) >= 2 and all(len(a.split()) >= 2 for a in meta.authors)


# ``E. Fox``, ``E.-M. Fox``, ``Fox, E.``: a name with an initial.
_INITIALLED_RE = re.compile(
    r"(?:[A-Z]\.(?:\s?-?[A-Z]\.)*\s+[A-Z][^\s,.]+|[A-Z][^\s,.]+,\s*(?:[A-Z]\.\s?)+)"
)


def _title_end(
    text: str, start: int, stop: int, ctx: Context, breaks: list[int]
) -> tuple[int, int]:
    """Where a title written as the first sentence ends, and where the words after it start: the
    first sentence end after which the words read as authors, venue or year (``Does label
    smoothing mitigate label noise? Lukasik, Michal et al. ICML 2020``), else the first one."""
    # ``Title | Authors | Venue``: fields between bars; the first is the title.
    bars = list(BAR_RE.finditer(text, start, stop))
    if len(bars) >= 2:
        return bars[0].start(), bars[0].end()
    # ``Title<TAB>Authors<TAB>https://…``: fields a tab sets apart (a spreadsheet's row); the first.
    tab = TAB_RE.search(text, start, stop)
    if tab is not None and len(WORD_RE.findall(text[start : tab.start()])) >= 3:
        return tab.start(), tab.end()
    # ``Title / Ann Lee, Bo Chan / NeurIPS 2020``: spaced slashes set fields apart the same way,
    # from the first after which the fields read as authors, venue or year (a title may hold
    # one: ``Input / Output Widgets``).
    slashes = list(_SLASH_RE.finditer(text, start, stop))
    for slash in slashes if len(slashes) >= 2 else []:
        if meta_like(text[slash.end() : stop], ctx):
            return slash.start(), slash.end()
    by = by_names(text, start, stop) if ctx.by_authors else by_many(text, start, stop, ctx)
    if by is not None:
        return by
    # A full stop inside brackets ends no title (``Title(Dec. 14th, 2015@ASRU)``).
    sentences = [
        (m.start(), m.end())
        for m in SENTENCE_RE.finditer(text, start, stop)
        if text.count("(", start, m.start()) <= text.count(")", start, m.start())
    ]
    # A wrapped line may end the title too (``… Transfer Learning`` / ``Abulikemu et al. CVPR``),
    # but only where the words after it read as authors, venue or year: else the title goes on.
    ends = sorted(sentences + [(at, at) for at in breaks if start < at < stop])
    # ``Title, Ann Lee, Bo Chan, CVPR 2022``: a comma after three words or more (outside
    # brackets) may end it too, where only names and a venue follow.
    commas = {
        (m.start(), m.end())
        for m in _COMMA_RE.finditer(text, start, stop)
        if len(text[start : m.start()].split()) >= 3
        and text.count("(", start, m.start()) <= text.count(")", start, m.start())
    }
    # ``Title | Ann Lee, et al. | [PDF](…)``: one bar before the links, authors after it; a
    # spaced dash sets fields apart the same way (``Title - Ann Lee, Bo Chan - ICLR 2015``).
    ends += [(m.start(), m.end()) for m in bars]
    ends += [(m.start(), m.end()) for m in _DASH_RE.finditer(text, start, stop)]
    for end, after in sorted(ends + list(commas)):
        if (end, after) in commas:
            if _names_and_venue(text[after:stop], ctx):
                # ``Deep Learning by Ian Goodfellow, Yoshua Bengio and …``: the names start at by.
                by = _BY_RE.search(text, start, end)
                return (by.start(), by.end()) if by else (end, after)
        elif meta_like(text[after:stop], ctx):
            return end, after
    # Else the first full stop; a question goes on (``… Graph Problems? An Empirical Study``).
    stops = [(end, after) for end, after in sentences if text[end] == "."]
    return stops[0] if stops else (stop, stop)


_SLASH_RE = re.compile(r"\s+/\s+")
_DASH_RE = re.compile(r"\s+(?:[-–—]|——|--)\s+")  # ``——``: the dash Chinese writes
_COMMA_RE = re.compile(r",\s+")
# ``贡乐天 et al.``: a name written in Chinese characters (two to four) stands for the first too.
_ET_AL_NAME = r"(?:(?:[A-Z][^\W\d_]*\.?\s+)?[A-Z][^\W\d_'’-]+|[\u4e00-\u9fff]{2,4})"
_ET_AL_ALONE_RE = re.compile(rf"^{_ET_AL_NAME}\s+et\.?\s+al\.?$")
_ET_AL_START_RE = re.compile(rf"^{_ET_AL_NAME}\s+et\.?\s+al\b")
_ET_AL_LEAD_RE = re.compile(rf"\s*(?P<names>{_ET_AL_NAME}\s+et\.?\s+al\.?)\s*,\s+(?=\S)")
_BY_RE = re.compile(r"\s+by\s+(?=[A-Z][^\W\d_]+\s+[A-Z][^\W\d_]+$)")


@dataclass
class PlainTitle:
    title: str
    pos: int  # where the words after the title start
    authors_text: str | None = None  # names written before the title
    lead: list[str] = field(default_factory=list)  # a reference's year, as a tag in front


def plain_title(inline: Inline, offset: int, first: InlineLink | None, ctx: Context) -> PlainTitle:
    text = inline.text
    stop = plain_stop(inline, offset, first)
    reference = apa_reference(text[offset:stop])
    if reference is not None and reference.year is not None:
        # ``Family, I., & Family, I. (2015). Title. Venue.``: the year is the entry's.
        end = offset + reference.title_end
        title = text[offset + reference.title_start : end]
        after = offset + reference.after if reference.after is not None else end
        return PlainTitle(title, after, reference.names_text, [reference.year])
    reference = names_last_reference(text[offset:stop])
    if reference is not None:
        # ``Lee A, Chan B. Title. Venue. 2021;70:1-9.``: venue and year are read from the rest.
        end = offset + reference.title_end
        title = text[offset + reference.title_start : end]
        return PlainTitle(title, end, ", ".join(reference.names))
    sentences = sentence_reference(text[offset:stop], ctx)
    if sentences is not None:
        names, year, (start, end) = sentences
        title = text[offset + start : offset + end]
        return PlainTitle(title, offset + end, names, [year] if year else [])
    named = names_then_title(text[offset:stop], ctx) or names_first(text[offset:stop], ctx)
    if named is not None:
        # ``A. Lee and B. Chan, Title, Venue, 2019``: names, then the title, then the rest.
        authors_text, (start, end) = named
        return PlainTitle(text[offset + start : offset + end], offset + end, authors_text)
    breaks = [at for at, _ in inline.starts[1:]]
    lead_names = _ET_AL_LEAD_RE.match(text, offset, stop)
    if lead_names is not None:
        # ``Eigen et al, Title, NIPS 2014, [Web](…)``: the first author and ``et al``, a comma,
        # then the title, which ends as a plain title does.
        start = lead_names.end()
        end, pos = _title_end(text, start, stop, ctx, breaks)
        if len(WORD_RE.findall(text[start:end])) >= 3:
            return PlainTitle(text[start:end], pos, lead_names.group("names"))
    field = _emphasised_field(inline, offset, stop, ctx) or _venue_code(inline, offset, stop, ctx)
    if field is not None:
        return PlainTitle(text[offset:field].rstrip(" ,;:-–—([（【"), field)
    end, pos = _title_end(text, offset, stop, ctx, breaks)
    return PlainTitle(text[offset:end], pos)


def _venue_code(inline: Inline, offset: int, stop: int, ctx: Context) -> int | None:
    """``Title `ICCV 2023` [arXiv](…)``: a code span after the title's words that holds only a
    venue and a year (a tag set in code font) ends the title; where it starts."""
    text = inline.text
    for start, end in inline.code:
        if not offset < start < stop or len(text[offset:start].split()) < 3:
            continue
        meta = parse_meta(text[start:end], ctx.lexicon)
        if (meta.venue or meta.year) and not meta.authors and meta.rest is None:
            return start
    return None


def _emphasised_field(inline: Inline, offset: int, stop: int, ctx: Context) -> int | None:
    """``Title (2019), *Ann Lee et al, MICCAI.* [pdf](…)``: where an emphasised field after the
    title that names authors or a venue starts (set off by a comma, a full stop or a bracket)."""
    text = inline.text
    runs = sorted(inline.strong + inline.em)
    field = next(
        (
            r
            for r in runs
            if offset < r[0] < stop
            and (names_field(text[r[0] : r[1]], ctx) or _one_name_field(text, r, ctx))
        ),
        None,
    )
    if field is None:
        return None
    before = text[offset : field[0]].rstrip(" ,;:-–—([（【")
    apart = re.search(r"[,.;)（(]\s*[(（]?$", text[offset : field[0]])
    if apart and len(before.split()) >= 3 and parse_authors(before, ctx.lexicon) is None:
        return field[0]
    return None


def _one_name_field(text: str, run: tuple[int, int], ctx: Context) -> bool:
    """``Title, *Ann Lee*, [pdf](…)``: one person's name, emphasised and set off by commas or
    full stops on both sides, is the author (not the title's own emphasis)."""
    words = text[run[0] : run[1]].strip(EDGE)
    if not 2 <= len(words.split()) <= 3 or not re.match(r"\s*(?:[,.;\[(]|$)", text[run[1] :]):
        return False
    meta = parse_meta(words, ctx.lexicon, ctx.surname_first)
    return len(meta.authors) == 1 and not (meta.rest or meta.venue or meta.year)


def names_field(words: str, ctx: Context) -> bool:
    """Words of their own (two or more) naming authors or a venue (``Ann Lee et al, MICCAI.``)."""
    if len(words.split()) < 2:
        return False
    meta = parse_meta(words.strip(EDGE), ctx.lexicon, ctx.surname_first)
    # One two-word name alone is as often a title's words (``… for _Face Recognition_``).
    people = meta.et_al or len(meta.authors) >= 2 or (meta.authors and meta.venue)
    return bool(people or meta.venue) and not meta.rest
