"""Entries written as citations, the authors first: ``A. Lee, B. Chan, "Title", Venue, 2019``,
``Lee, Ann. "Title." Journal 12 (2019)``, and without quotes ``A. Lee and B. Chan, Title, Venue,
2019``, and in sentences (``Ann Lee and Bo Chan. 2020. Title. In Venue.``). The names are
recognised by what they are (``_names``), the title by what names are not."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._fields import Context
from ._ids import ids_in_text
from ._meta_text import YEAR_RE, parse_meta
from ._names import Authors, is_name, parse_authors
from ._venues import Lexicon

# The quotes follow a comma, a full stop or a colon after the names.
_CITED_RE = re.compile(r'^\s*(?P<names>[^"“”\[\]()]{2,300}?[,.:])\s*["“](?P<t>[^"“”]{3,}?)\s*["”]')
_SEGMENT_RE = re.compile(r"[^,]+")
# What follows ``Surname, Given`` in the MLA form: another name given first, ``and …``, ``et al.``
_MLA_NEXT_RE = re.compile(r"^(?:and\s|et\.?\s*al\b|[A-Z][\w.'-]*\s+[A-Z])")
_REF_NUMBER_RE = re.compile(r"^\s*(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}\.)\s*")
_JOIN_RE = re.compile(r"\s+(?:and|&)\s+")
_ET_AL_RE = re.compile(r"^et\.?\s*al\.?$", re.IGNORECASE)
# Words in lower case that names and author lists have: particles, ``and``, ``et al.``.
_NAME_LOWER = frozenset("van von de der den da di du del la le and et al".split())


def _dated(segment: str) -> bool:
    """A piece after a title that is its year or its identifier (``2015``, ``arXiv:1512.03385``)."""
    return bool(YEAR_RE.search(segment) or any(t.key for t in ids_in_text(segment)))


def cited(body: str, ctx: Context) -> re.Match[str] | None:
    """The quoted title of a citation whose names come first, when the words before it are names."""
    match = _CITED_RE.match(body)
    if match is None:
        return None
    return match if _authors(cited_names(match)[0], ctx) else None


def cited_names(match: re.Match[str]) -> tuple[str, str | None]:
    """The names of a ``cited`` match and the year written after them, if any (Chicago's
    author-date form: ``Lee, Ann, and Bo Chan. 2020. "Title." In …``)."""
    names = match.group("names").strip(" ,.:")
    year = _YEAR_AFTER_NAMES_RE.search(names)
    if year is None:
        return names, None
    return names[: year.start()].strip(" ,."), YEAR_RE.search(year.group(0)).group(0)


def looks_cited(text: str) -> bool:
    """A paragraph that reads as a citation, names then a quoted title (``**[4]** Doe, Jane, and
    Rob Roe. "Title." Journal 3 (2011)``), whatever its links: a work, as an item would be."""
    match = _CITED_RE.match(_REF_NUMBER_RE.sub("", text, count=1))
    if match is None:
        return False
    found = parse_authors(match.group("names").strip(" ,."))
    return found is not None and bool(found.names)


def citation_authors(text: str, ctx: Context) -> Authors | None:
    """The names of a citation. The MLA form inverts the first name only (``Doe, Jane, Rob Roe,
    and Ann Poe``; ``Roe, Rob, et al.``): put it in order first."""
    return parse_authors(_mla_order(text, ctx), ctx.lexicon, ctx.surname_first)


def _mla_order(text: str, ctx: Context) -> str:
    """``Doe, Jane, Rob Roe, and Ann Poe`` -> ``Jane Doe, Rob Roe, and Ann Poe``: the MLA form's
    first name turned round (the text as it is when it is not that form)."""
    pieces = [p.strip() for p in text.split(",")]
    inverted = (
        len(pieces) >= 2
        and len(pieces[0].split()) == 1
        and 1 <= len(pieces[1].split()) <= 3
        and (len(pieces) == 2 or _MLA_NEXT_RE.match(pieces[2]) is not None)
        and not ctx.surname_first
    )
    if inverted and all(is_name(p, ctx.lexicon) for p in pieces[:2]):
        return ", ".join([f"{pieces[1]} {pieces[0]}", *pieces[2:]])
    return text


def _names(title: str, one: bool, ctx: Context) -> bool:
    """Whether the sentence after the names reads as names too, so that neither can be told for
    the title. After two names or more written in full (``Ann Lee, Bo Chan, and Cy Dee. Mastering
    Widget Games.``) one name's worth of capitalised words is the title; a list is not."""
    found = parse_authors(title.strip(" ,."), ctx.lexicon, ctx.surname_first)
    if found is None or not (found.names or found.et_al):
        return False
    return one or found.et_al or len(found.names) >= 2


def _authors(text: str, ctx: Context) -> bool:
    found = parse_authors(text.strip(" ,."), ctx.lexicon, ctx.surname_first)
    return found is not None and bool(found.names or found.et_al)


_SURE_NAMES_RE = re.compile(r"\b[A-Z]\.\s.*\s(?:and|&)\s.*\b[A-Z]\.\s|\bet\.? al\b")


# One name with an initial (``A. Lee``, ``Ann B. Lee``, ``and C. Dee``) or with ``et al.``.
_SURE_NAME_RE = re.compile(
    r"(?:(?:and|&)\s+)?(?:[A-Z][\w'’-]*\.?\s+)*(?:[A-Z]\.\s*)+[A-Z][\w'’-]+"
    r"|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]+)?\s+et\.?\s*al\.?"
)


def _known_venue(segment: str, ctx: Context) -> bool:
    """A piece that is a known venue's name as a whole (its year aside)."""
    return ctx.lexicon.resolve(YEAR_RE.sub(" ", segment).strip(" .")) is not None


def _surely_names(text: str) -> bool:
    """Names joined by ``and`` that carry initials (``Ann P. Lee and Bo N. Chan``), or ``et al``:
    no title is written so."""
    return bool(_SURE_NAMES_RE.search(text))


def _name_shaped(segment: str, ctx: Context) -> bool:
    """One comma-separated piece of an author list: names joined by ``and``, or ``et al.``."""
    segment = re.sub(r"^(?:and|&)\s+", "", segment.strip(" ."))  # ``…, and Huchuan Lu``
    if _ET_AL_RE.match(segment):
        return True
    segment = re.sub(r"\s+et\.?\s*al$", "", segment)  # ``Ann Lee et al.``
    # Two words at least: a single capitalised word is as often a title's (``Permute, Quantize``).
    return all(is_name(part, ctx.lexicon, False) for part in _JOIN_RE.split(segment))


def _title_shaped(segment: str) -> bool:
    """A piece no name looks like: a word in lower case (not a particle), a colon, five words."""
    words = segment.split()
    if len(re.findall(r"[^\W\d_]{3,}", segment)) < 2 or words[0] in ("and", "&", "by"):
        return False  # a garbled name (``P. Li` o``), the last of a list of names, ``by Ann Lee``
    lower = [w for w in words if w[:1].islower() and w.casefold().strip(".") not in _NAME_LOWER]
    long = any(len(part.split()) >= 5 for part in _JOIN_RE.split(segment))
    return bool(lower) or ":" in segment or long or segment.rstrip().endswith("?")


def names_first(text: str, ctx: Context) -> tuple[str, tuple[int, int]] | None:
    """``Names, Title[, Venue], Year``: the names and where the title is in ``text``, when the
    pieces before the first one shaped like a title are all names (so a title that could be a
    name, ``Deep Mutual Learning, Ann Lee``, is never taken for one)."""
    if ctx.title_cell:
        return None  # ``| Reinforce Data, Multiply Impact: … |`` under ``Title``: all title
    segments = [(m.start(), m.end()) for m in _SEGMENT_RE.finditer(text) if m.group().strip()]
    # A venue's full name is shaped like a title (``Proceedings of the AAAI Conference on …``)
    # but is none: the pieces before it are the title and names, not names alone.
    at = next(
        (
            i
            for i, (a, b) in enumerate(segments)
            if _title_shaped(text[a:b]) and not _known_venue(text[a:b], ctx)
        ),
        None,
    )
    if at is None:
        # ``A. Lee, B. Chan, Mastering Widget Games, ICML 2020.``, ``Ann Lee et al., Title, …``:
        # names each with an initial or ``et al.``, then the first piece without, then a venue
        # or year: that piece is the title, whatever its capitals.
        sure = 0
        while sure < len(segments) and _SURE_NAME_RE.fullmatch(
            text[slice(*segments[sure])].strip()
        ):
            sure += 1
        dated = sure + 1 < len(segments) and _dated(text[slice(*segments[sure + 1])])
        at = sure if sure and dated else None
    if at is None and len(segments) >= 2 and _surely_names(text[: segments[-2][1]]):
        # ``Dimitri P. Bertsekas and John N. Tsitsiklis, Neuro-Dynamic Programming``: names no
        # title could be (initials, ``and``), then a short title as the last piece.
        at = len(segments) - 1
    if not at or not all(_name_shaped(text[a:b], ctx) for a, b in segments[:at]):
        return None
    names = text[: segments[at - 1][1]]
    if not _authors(names, ctx):
        return None
    end = at + 1
    tail = segments[end:]
    # What follows the title: its venue and year, the last pieces; a piece between the title and
    # them goes on the title (``Robots, A Survey, IJRR, 2013``).
    year_at = next((i for i, (a, b) in enumerate(tail) if _dated(text[a:b])), None)
    if year_at is not None:
        bare_year = not YEAR_RE.sub("", text[tail[year_at][0] : tail[year_at][1]]).strip(" .()")
        end += max(year_at - (1 if bare_year else 0), 0)
    else:
        end = len(segments) if len(segments) - at <= 2 else end
    start = segments[at][0] + len(text[segments[at][0] :]) - len(text[segments[at][0] :].lstrip())
    return names.strip(" ,."), (start, segments[end - 1][1])


_INITIALS_NAME_RE = re.compile(r"[A-Z]\.(?:[ -]?[A-Z]\.)*\s?[A-Z][^\W\d_][\w'’-]*")
_YEAR_AFTER_NAMES_RE = re.compile(r"(?<=\S)[.,]?\s+\(?(?:19|20)\d{2}[a-z]?\)?[.,]?$")


def emphasis_after_names(
    text: str, runs: list[tuple[int, int]], offset: int, ctx: Context
) -> tuple[tuple[int, int], str] | None:
    """``Smith et al. **Learning to sort socks.** ICML, 2010``: the first emphasised run of three
    words or more, when only names come before it: (the run, the names)."""
    run = next((r for r in sorted(runs) if r[0] > offset + 1), None)
    if run is None or len(text[run[0] : run[1]].split()) < 3:
        return None
    # ``Title. *Ann Lee, Bo Chan.* ICML 2020.``: a run of names is no title, whatever is before it.
    listed = parse_authors(text[run[0] : run[1]].strip(" ,.;:"), ctx.lexicon, ctx.surname_first)
    if listed is not None and (listed.et_al or len(listed.names) >= 2):
        return None
    names = text[offset : run[0]].strip(' ,:;"“”')
    # ``Ann Lee and Bo Chan. 2020. **Title**`` (ACM), ``Lee, A. (2019). **Title**`` (APA): the year
    # after the names.
    names = _YEAR_AFTER_NAMES_RE.sub("", names) or names
    found = parse_authors(names.strip(" ,."), ctx.lexicon, ctx.surname_first)
    # Names as a citation writes them: ``et al.``, two names or more, or one and a full stop, or
    # one with initials (``D. Lee, **Title**``); a title's words can read as one name
    # (``Windows Within Windows *Ann Lee*``).
    initials = _INITIALS_NAME_RE.fullmatch(names.strip(" ,."))
    if found is None or not (
        found.et_al or len(found.names) >= 2 or names.endswith(".") or initials
    ):
        return None
    return run, names.rstrip(".") if not names.endswith("al.") else names


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
    written, names = names, _mla_order(names, ctx)
    found = parse_authors(names, ctx.lexicon, ctx.surname_first)
    pieces = [p for p in re.split(r",|\bet\.?\s*al\b\.?", names) if p.strip()]
    # ``Lee et al.``: a surname alone will do before ``et al.``.
    lead = re.sub(r"\s*\bet\.?\s*al\b\.?\s*$", "", names).strip()
    surname = found is not None and found.et_al and re.fullmatch(r"[A-Z][\w'’-]+", lead)
    if found is None or not (surname or all(_name_shaped(p, ctx) for p in pieces)):
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


# What may stand between the names and the title link: a full stop or a comma, perhaps spaced
# (``Ann Lee, Bo Chan .[Title](…)``, as scripts that turn BibTeX into GB/T 7714 write it).
_NAMES_THEN_LINK_RE = re.compile(r"^(?P<names>[^\[\]()<>|*_`]{3,300}?)\s*[.,]\s*$")


def names_before_link(prefix: str, ctx: Context) -> str | None:
    """``Ann Lee, Bo Chan. [Title](…)``, ``Lee A, Chan B, et al. [Title](…)[C]//…``: the names
    when all the words before a title link are an author list set off by a full stop or a comma
    (two names or more, ``et al.``, or one name of two words and more), else None. A single word
    or a phrase no name reads like (``Deep Learning. [Title](…)``) is no author list."""
    match = _NAMES_THEN_LINK_RE.match(prefix.strip())
    if match is None:
        return None
    names = match.group("names").strip()
    found = parse_authors(names, ctx.lexicon, ctx.surname_first)
    if found is None or not (found.names or found.et_al):
        return None
    one = len(found.names) == 1 and not found.et_al
    if one and (len(names.split()) < 2 or not is_name(names, ctx.lexicon, False)):
        return None
    return names


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
        for part in _JOIN_RE.split(re.sub(r"^\s*(?:and|&)\s+", "", piece))
    ]
    # Title words read as a name too (``Mykel J. Kochenderfer, Decision Making Under
    # Uncertainty: …``): a name with no initial counts after ``et al.`` or in such a list.
    sure = re.search(r"\bet\.?\s*al\.?$", names)
    if not (sure or ctx.names_colon or all(_INITIAL_RE.search(p) for p in parts)):
        return None
    single = ctx.names_colon  # ``Collins and Singer: Title``: surnames alone
    if not parts or not all(is_name(part, ctx.lexicon, single) for part in parts):
        return None
    if not _authors(names, ctx):
        return None
    start = end.end()
    return names, (start, _title_stop(text, start, ctx))


def _title_stop(text: str, start: int, ctx: Context) -> int:
    """Where a title that starts at ``start`` ends: before its venue and year (``…, MSR
    Technical Report, 2001.``, ``…. Machine Learning, 1999.``)."""
    segments = [
        (m.start(), m.end()) for m in _SEGMENT_RE.finditer(text, start) if m.group().strip()
    ]
    if not segments:
        return len(text)
    year_at = next((i for i, (a, b) in enumerate(segments) if i and _dated(text[a:b])), None)
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
