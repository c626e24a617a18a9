"""Citations written as sentences, the names first: ``Ann Lee and Bo Chan. 2020. Title. In
Venue.`` (ACM), ``Lee et al. (2021). Title.``, ``A. Lee, B. Chan. Title. TPAMI, 2022.``, ``Ann
Lee, et al.: Title, NIPS 2013.``, and whether a list writes its entries so (then one name alone
goes first too: ``Mo Nu. Title. AAAI 2023.``). The names are recognised by what they are
(``_names``, ``_citation``), the title by what names are not."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._citation import JOIN_RE, SEGMENT_RE, is_dated, mla_order, name_shaped, reads_as_authors
from ._fields import Context
from ._meta_text import YEAR_RE, parse_meta
from ._names import is_name, parse_authors
from ._venues import Lexicon


def _names(title: str, one: bool, ctx: Context) -> bool:
    """Whether the sentence after the names reads as names too, so that neither can be told for
    the title. After two names or more written in full (``Ann Lee, Bo Chan, and Cy Dee. Mastering
    Widget Games.``) one name's worth of capitalised words is the title; a list is not."""
    found = parse_authors(title.strip(" ,."), ctx.lexicon, ctx.surname_first)
    if found is None or not (found.names or found.et_al):
        return False
    return one or found.et_al or len(found.names) >= 2


# A full stop and a space end a sentence, but not after an initial (``A. Lee``).
_SENTENCE_END_RE = re.compile(r"(?<!\b[A-Z])\.\s+")
_NAMES_YEAR_RE = re.compile(r"\s*\(((?:19|20)\d{2})[a-z]?\)$")
_YEAR_SENTENCE_RE = re.compile(r"\(?((?:19|20)\d{2})[a-z]?\)?\.\s+")


def sentence_reference(text: str, ctx: Context) -> tuple[str, str | None, tuple[int, int]] | None:
    """``Ann Lee and Bo Chan. 2020. Title. In Venue.`` (ACM), ``Lee et al. (2021). Title.``,
    ``A. Lee, B. Chan. Title. TPAMI, 2022.``: sentences, the first all names, perhaps the year
    next, then the title. (names, year, where the title is), or None."""
    ends = list(_SENTENCE_END_RE.finditer(text))
    if not ends:
        return None
    names = text[: ends[0].start()]
    # ``Ann Lee, Bo Chan & Cy Dee (2019). Title.``: the year in brackets closes the names.
    year = _NAMES_YEAR_RE.search(names)
    if year is not None:
        names = names[: year.start()]
    # ``Lee, Ann, and Bo Chan. Title.`` (MLA without quotes): the first name turned round.
    written, names = names, mla_order(names, ctx)
    found = parse_authors(names, ctx.lexicon, ctx.surname_first)
    pieces = [p for p in re.split(r",|\bet\.?\s*al\b\.?", names) if p.strip()]
    # ``Lee et al.``: a surname alone will do before ``et al.``.
    lead = re.sub(r"\s*\bet\.?\s*al\b\.?\s*$", "", names).strip()
    surname = found is not None and found.et_al and re.fullmatch(r"[A-Z][\w'’-]+", lead)
    if found is None or not (surname or all(name_shaped(p, ctx) for p in pieces)):
        return None
    at = ends[0].end()
    dated = _YEAR_SENTENCE_RE.match(text, at) if year is None else year
    one = len(found.names) < 2 and not found.et_al
    if dated is not None and year is None:
        at = dated.end()
    end = next((m.start() for m in ends if m.start() > at), len(text.rstrip(" .")))
    title = text[at:end]
    # A title of capitalised words may read as a name (``Masked Gadget Modeling``); after the
    # names and their year (``Lee et al. (2021). Title.``) it is the title all the same.
    if (
        len(title.split()) < 2
        or YEAR_RE.search(title)
        or (dated is None and _names(title, one, ctx))
    ):
        return None
    # One name alone could be a short title (``Deep Mutual Learning. CVPR 2018``, ``Mean
    # Teachers. Title. NeurIPS 2017``) unless the year follows it as a sentence of its own, or
    # the list writes its entries names first (``Context.names_sentence``) and it is a person's
    # name in full (``Mo Nu``, ``Jane K. Doe``: no acronym, no title word) before a title of
    # three words or more and then only a venue and year (``Mo Nu. Title. AAAI 2023.``).
    if (
        one
        and dated is None
        and not (ctx.names_sentence and _one_author(names, title, text[end:], ctx))
    ):
        return None
    return written, dated.group(1) if dated else None, (at, end)


_PERSON_RE = re.compile(
    r"[A-Z][a-z][a-z'’-]*(?:-[A-Z][a-z]+)?(?:\s+[A-Z]\.)?\s+[A-Z][a-z][a-z'’-]*"
)


def _one_author(names: str, title: str, after: str, ctx: Context) -> bool:
    """``Mo Nu. Title of Three Words. AAAI 2023.``: one person's name, a title, a venue or year."""
    if not _PERSON_RE.fullmatch(names.strip()) or len(title.split()) < 3:
        return False
    meta = parse_meta(after.strip(" ."), ctx.lexicon, ctx.surname_first)
    return bool(meta.venue or meta.year) and not meta.authors and not meta.rest


# ``Ann Lee, et al.: Title``, ``Ann Lee and Bo Chan. Title``: the names end at the first colon or
# sentence end (not an initial's full stop).
_NAMES_END_RE = re.compile(r"\s*[:：]\s+|(?<!\b[A-Z])(?<!\bet al)\.\s+")
_INITIAL_RE = re.compile(r"\b[A-Z]\.")


def names_then_title(text: str, ctx: Context) -> tuple[str, tuple[int, int]] | None:
    """``Ann Lee, et al.: Title, NIPS 2013.``, ``Ann Lee and Bo Chan. Title, Venue, 1993.``: the
    names, then a colon or a full stop, then the title, its venue and year in the comma pieces
    after it: (the names, where the title is). The names need ``et al.`` or an initial, unless
    the list writes its entries so (``Context.names_colon``: then ``Kim Ode: Title`` too)."""
    end = _NAMES_END_RE.search(text)
    if end is None or end.start() == 0:
        return None
    names = text[: end.start()].strip(" ,")
    pieces = [p for p in re.split(r",|\bet\.?\s*al\b\.?", names) if p.strip()]
    parts = [
        part.strip(" .")
        for piece in pieces
        for part in JOIN_RE.split(re.sub(r"^\s*(?:and|&)\s+", "", piece))
    ]
    # Title words read as a name too (``Mykel J. Kochenderfer, Decision Making Under
    # Uncertainty: …``): a name with no initial counts after ``et al.`` or in such a list.
    sure = re.search(r"\bet\.?\s*al\.?$", names)
    if not (sure or ctx.names_colon or all(_INITIAL_RE.search(p) for p in parts)):
        return None
    single = ctx.names_colon  # ``Collins and Singer: Title``: surnames alone
    if not parts or not all(is_name(part, ctx.lexicon, single) for part in parts):
        return None
    if not reads_as_authors(names, ctx):
        return None
    start = end.end()
    return names, (start, _title_stop(text, start, ctx))


def _title_stop(text: str, start: int, ctx: Context) -> int:
    """Where a title that starts at ``start`` ends: before its venue and year (``…, MSR
    Technical Report, 2001.``, ``…. Machine Learning, 1999.``)."""
    segments = [(m.start(), m.end()) for m in SEGMENT_RE.finditer(text, start) if m.group().strip()]
    if not segments:
        return len(text)
    year_at = next((i for i, (a, b) in enumerate(segments) if i and is_dated(text[a:b])), None)
    last = len(segments) - 1 if year_at is None else year_at - 1
    if year_at is not None and not YEAR_RE.sub("", text[slice(*segments[year_at])]).strip(" .()"):
        last = max(year_at - 2, 0)  # a bare year: the piece before it is the venue
    stop = segments[last][1]
    title = text[start:stop]
    # ``Title. Machine Learning``, ``Title. ICML 2020``: a sentence after the title that names a
    # venue (and perhaps its year), or only a year.
    for match in re.finditer(r"(?<!\b[A-Z])\.\s+", title):
        after = title[match.end() :]
        words = YEAR_RE.sub(" ", after).strip(" .,")
        venue = ctx.lexicon.resolve(words) if words else YEAR_RE.search(after)
        if len(title[: match.start()].split()) >= 3 and venue:
            return start + match.start()
    return stop


def names_sentence(heads: Iterable[str], lexicon: Lexicon) -> bool:
    """Whether the list writes its entries names first, as a sentence (``Ann Lee, Bo Chan. Title.
    AAAI 2023.``): a good share of its items do with two names or more, or ``et al.``. Then one
    person's name alone goes so too (``Mo Nu. Title. AAAI 2023.``)."""
    heads = list(heads)
    ctx = Context(lexicon)
    written = sum(1 for text in heads if sentence_reference(text, ctx) is not None)
    return written >= 3 and written >= 0.3 * len(heads)
