"""The words around a title: venue and year first (a year is the surest anchor), then authors.

``Yuan, Li et al. CVPR 2020``; ``Jangho Kim, SeongUk Park, Nojun Kwak, NIPS, 2018``;
``Cho, Jang Hyun & Hariharan, Bharath. ICCV 2019``; ``(NeurIPS 2019) A. Author, B. Author``.
Venues come from the lexicon, or are an acronym beside a year; the text before them is read as
authors when it reads as names (``_names``), and kept as written otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ._names import PUBLISHER_RE as _PUBLISHER_RE
from ._names import Authors, parse_authors
from ._venues import Lexicon, looks_like_acronym

YEAR_RE = re.compile(r"(?<![\d.:/])(?:19[5-9]\d|20[0-4]\d)(?![\d])")
_SHORT_YEAR_RE = re.compile(r"\s*['’]?(\d{2})\s*$")
_GROUP_RE = re.compile(r"[\[(【（]\s*(?P<inner>[^\[\]()【】（）]{1,80}?)\s*[\])】）]")
_SEGMENT_RE = re.compile(r"(?<!\b[A-Z])(?<!\bet al)\.\s+|[,;，；|·]\s*|\s+[-–—/]\s+")
_EDGE = " \t,.;:|/-–—*_·"
# A month (and day) or a season (a course's term) written before a year (``Nov 2023``, ``Sept.
# 2022``, ``July 4, 2021``, ``Fall 2015``): a date, no venue.
_MONTH_RE = re.compile(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Spring|Summer|Fall|Autumn"
    r"|Winter)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?"
    r"(?=\s*,?\s*(?:19|20)\d{2}\b)"
)
_INITIALS_RE = re.compile(r"^(?:[A-Z]\.\s*){1,3}$")
# ``preprint'23``, ``Preprint 2023``: a work not yet published anywhere says when, not where.
_NO_VENUE_RE = re.compile(r"(?i)pre-?print")
_VENUE_WORDS = {"ieee", "acm", "trans", "trans.", "transactions", "journal", "workshop", "on", "of"}


@dataclass
class Meta:
    authors: list[str] = field(default_factory=list)
    authors_text: str | None = None
    et_al: bool = False
    venue: str | None = None
    venue_text: str | None = None
    year: int | None = None
    rest: str | None = None


# ``81.2``, ``39(5)``, ``1-10``: a volume, issue or pages, a token of digits alone.
_VOLUME_RE = re.compile(r"(?<!\S)\d[\d.()–-]*(?!\S)")
# ``vol. 44, no. 2, pp. 1-20`` (IEEE's style), ``Vol 3, Issue 4``: labelled parts of a citation.
_LABELLED_PART_RE = re.compile(
    r"\b(?:vol(?:ume)?|no|nr|num(?:ber)?|issue|pp?|pages?|art(?:icle)?(?:\.? no)?)\.?\s*"
    r"\d[\d()–-]*(?:\s*[-–]\s*\d+)?\s*,?",
    re.IGNORECASE,
)
_YEAR_MONTH_RE = re.compile(r"(?<![\d.])((?:19|20)\d{2})[./-]\d{1,2}(?:[./-]\d{1,2})?(?![\d.])")


def venue_of(text: str, lexicon: Lexicon) -> tuple[str | None, int | None]:
    """(venue, year) of a text that is a venue slot as a whole: ``CVPR 2019``, ``NIPS``,
    ``2022 JMI``, ``arXiv:2020``, ``Findings of EMNLP``. The venue is the lexicon's short name
    where the lexicon knows it, else the words as written (without the year)."""
    years = [int(m.group(0)) for m in YEAR_RE.finditer(text)]
    year = years[-1] if years else None
    short = _SHORT_YEAR_RE.search(text)
    if year is None and short and lexicon.resolve(text[: short.start()]):
        # ``RecSys 22``, ``CVPR'21``: a known venue with a two-digit year.
        year = 2000 + int(short.group(1))
        text = text[: short.start()]
    # ``Huggingface, 2024.5``: a year with its month is a date, its month no word of the venue.
    text = _YEAR_MONTH_RE.sub(r"\1", text)
    words = YEAR_RE.sub(" ", re.sub(r"\[[^\]]*\]", " ", _MONTH_RE.sub(" ", text)))
    words = re.sub(
        r"^\s*(?:in|at|accepted (?:at|to|by)|published (?:in|at))\s+", "", words, flags=re.I
    )
    # ``Machine Learning 81.2``, ``Widget Letters 39(5)``: a volume and issue are no words of it.
    words = _VOLUME_RE.sub(" ", _LABELLED_PART_RE.sub(" ", words))
    words = " ".join(words.replace(":", " ").split()).strip(_EDGE + "'’")
    words = re.sub(r"(?:\s*,)+(?=\s*,|$)", "", words)  # the commas the parts stood between
    if not re.search(r"[^\W\d_]", words) or _NO_VENUE_RE.fullmatch(words):
        return None, year  # ``2019/02``: a date, no venue; ``preprint'23``: a year, no venue
    if _PUBLISHER_RE.search(words):
        return words, year  # ``O'Reilly Media``: a publisher, not the journal MedIA
    known = lexicon.resolve(words)
    if known:
        return known, year
    found = lexicon.find(words)
    if found and _names_the_venue(words, found[0].start, found[0].end):
        return found[0].short, year
    return (words if len(words.split()) <= 10 else None), year


def _names_the_venue(words: str, start: int, end: int) -> bool:
    """A known venue found inside longer words names the whole when it is an acronym (``Proc. of
    the AAAI Conference``) or most of the words; a common phrase inside a longer name does not
    (``Machine Learning`` in ``International Journal of Machine Learning and Cybernetics``)."""
    part = words[start:end]
    return " " not in part.strip() or 2 * len(part.split()) >= len(words.split())


def _is_venue_segment(text: str, lexicon: Lexicon) -> bool:
    """A segment that names a venue (known, or an acronym beside a year) or is a year."""
    plain = text.strip(_EDGE)
    if not plain:
        return False
    words = YEAR_RE.sub(" ", plain).replace(":", " ").split()
    has_year = bool(YEAR_RE.search(plain))
    if not words:
        return has_year
    if lexicon.resolve(" ".join(words)):
        return True
    if has_year and len(words) <= 10 and (lexicon.find(" ".join(words)) or any(
        _venue_like(w) for w in words
    )):  # fmt: skip
        return True
    names = parse_authors(" ".join(words), lexicon)
    return has_year and len(words) <= 3 and not (names and names.names)


def parse_meta(text: str, lexicon: Lexicon, surname_first: bool = False) -> Meta:
    """Authors, venue and year from the words around a title (identifiers already cut out)."""
    found = _parse_meta(text, lexicon, surname_first)
    return replace(found, authors=list(found.authors))  # the caller's own copy


# Choosing a list's layout reads the same item texts again and again (a list of 700 entries asks
# for some 3,700 readings of 1,600 texts); a lexicon never changes once built, so the reading of
# a text is kept. Bounded, so that a long run over many lists does not grow without end.
@lru_cache(maxsize=16384)
def _parse_meta(text: str, lexicon: Lexicon, surname_first: bool) -> Meta:
    meta = Meta()
    # ``arXiv:2020`` is the server's name and a year, not an id.
    plain = re.sub(r"(?i)\b(arxiv)\s*[:：]\s*(?=(?:19|20)\d{2}\b)", r"\1 ", " ".join(text.split()))
    plain = arxiv_dates(plain)
    plain = full_years(plain, lexicon)
    venue_text, before, after = _venue_part(plain, lexicon)
    if venue_text is not None:
        meta.venue_text = venue_text.strip(_EDGE)
        meta.venue, meta.year = venue_of(meta.venue_text, lexicon)
    names = _trim(before)
    tail = after.lstrip(_EDGE).rstrip(" \t,;:|-–—*_")
    # ``[Title](…) — ICLR 2022 — Ann Lee, Bo Chan``, ``(2024) — *Ann Lee*``, ``[ICML 2020] (Ann
    # Lee, Bo Chan)``: with nothing before the venue, names after it are the authors.
    after_names = re.sub(r"^[(\[（](.*)[)\]）]$", r"\1", _trim(tail)) if tail else ""
    if venue_text is not None and not names and after_names and parse_authors(after_names, lexicon):
        names, tail = after_names, ""
    if meta.venue_text is not None and meta.year is None:
        # ``(CVPR), 2022.``: the venue in brackets, its year after them.
        year = _BARE_YEAR_RE.match(tail)
        if year is not None:
            meta.year, tail = int(year.group(1)), tail[year.end() :]
    rest = [tail] if tail.strip(_EDGE) else []
    if names:
        found = parse_authors(names, lexicon, surname_first)
        if found is None and meta.venue_text is not None:
            found, names = _names_then_venue(names, meta, lexicon, surname_first)
        if found is not None:
            meta.authors, meta.et_al = found.names, found.et_al
            meta.authors_text = names
        else:
            rest.insert(0, before.lstrip(_EDGE).rstrip(" \t,;:|-–—*_"))
    meta.rest = " ".join(rest) or None
    return meta


_BARE_YEAR_RE = re.compile(r"^[\s,.;]*((?:19|20)\d{2})\b[\s.,;]*")
_NAMES_END_RE = re.compile(r"(?<!\b[A-Z])(?<!\bet al)\.\s+")
# Words a venue's full name has (``In Proceedings of the …``, ``Advances in …``, ``Journal of …``).
_VENUE_NAME_RE = re.compile(
    r"\b(?:Proc|Proceedings|Conference|Journal|Transactions|Trans|Advances|Symposium|Workshop"
    r"|Letters|Review|Annals|Meeting)\b"
)


def _names_then_venue(
    names: str, meta: Meta, lexicon: Lexicon, surname_first: bool
) -> tuple[Authors | None, str]:
    """``Ann Lee, Bo Chan. In Proceedings of the … Conference (CVPR)``, ``Ann Lee, Bo Chan.
    Journal of Widget Research 12(3)``: names as a sentence, then the venue's full name before
    the venue or year already read. The names and their text; the full name becomes the venue
    where no known venue was read (``meta`` is updated)."""
    end = _NAMES_END_RE.search(names)
    if end is None:
        return None, names
    head, venue_words = names[: end.start()], names[end.end() :].strip(_EDGE)
    found = parse_authors(head, lexicon, surname_first)
    if found is None or not venue_words or not _VENUE_NAME_RE.search(venue_words):
        return None, names
    known = meta.venue is not None and lexicon.resolve(meta.venue)
    if not known:
        written = f"{venue_words} {meta.venue_text}"
        venue, year = venue_of(written, lexicon)
        if venue is not None:
            meta.venue, meta.venue_text, meta.year = venue, written, meta.year or year
    return found, head


# ``arXiv.2021.02`` (a year and month), ``arXiv 2103`` (the ``YYMM`` an arXiv id starts with:
# digits no year is written as), not an id's (``arXiv 2103.01234`` is cut out before).
_ARXIV_DOTTED_RE = re.compile(r"(?i)\b(arxiv)\.(?=(?:19|20)\d{2}[./-]\d{1,2}(?![\d.]))")
_ARXIV_YYMM_RE = re.compile(r"(?i)\b(arxiv)[\s:.]*(?P<yy>\d{2})(?:0[1-9]|1[0-2])(?![\d.])")


def arxiv_dates(text: str) -> str:
    """``text`` with the dates of arXiv marks read as ``arXiv YYYY``: ``arXiv.2021.02`` and
    ``arXiv 2103`` (its id's year and month; ``arXiv 2011`` is read as the year 2011)."""

    def full(match: re.Match[str]) -> str:
        digits = match.group(0)[-4:]
        if YEAR_RE.fullmatch(digits) or int(match.group("yy")) < 7:
            return match.group(0)  # a year as written, or before arXiv's ids were YYMM
        return f"{match.group(1)} 20{match.group('yy')}"

    if "arxiv" not in text.casefold():
        return text
    return _ARXIV_YYMM_RE.sub(full, _ARXIV_DOTTED_RE.sub(r"\1 ", text))


# ``ICLR'17``, ``CVPR' 14``, ``arXiv '17``: a venue and a year written with two digits.
_APOSTROPHE_YEAR_RE = re.compile(r"(?P<venue>\b[^\W\d_][\w-]*)\s?['’]\s?(?P<yy>\d{2})(?![\w'’])")


def full_years(text: str, lexicon: Lexicon) -> str:
    """``text`` with a venue's two-digit year written in full (``ICLR'17`` -> ``ICLR 2017``)."""

    def full(match: re.Match[str]) -> str:
        venue, short = match.group("venue"), int(match.group("yy"))
        if not (_venue_like(venue) or lexicon.resolve(venue) or _NO_VENUE_RE.fullmatch(venue)):
            return match.group(0)
        return f"{venue} {1900 + short if short >= 50 else 2000 + short}"

    return _APOSTROPHE_YEAR_RE.sub(full, text) if "'" in text or "’" in text else text


def _trim(text: str) -> str:
    """Separators off both ends; a final period stays where it ends an initial (``Mori, G.``)
    or ``et al.``."""
    core = text.strip(_EDGE)
    rest = text.rstrip(" \t,;:|-–—*_·")
    if rest.endswith(".") and re.search(r"(?:\b[A-Z]|\bet al)$", core):
        return core + "."
    return core


def _venue_part(text: str, lexicon: Lexicon) -> tuple[str | None, str, str]:
    """(venue-and-year words, the text before them, the text after them)."""
    for match in _GROUP_RE.finditer(text):
        inner = match.group("inner")
        if _is_venue_segment(inner, lexicon):
            head = _venue_before_year(text[: match.start()], inner, lexicon)
            if head is not None:
                # ``In: MICCAI (2020)``, ``Medical Image Analysis (2021)``: the venue, then
                # its year in brackets.
                return (
                    f"{text[head : match.start()].strip(_EDGE)} {inner}",
                    text[:head],
                    text[match.end() :],
                )
            # ``(Li and Hoiem, ECCV 2016)``: names may share the brackets with the venue.
            venue, names, rest = _segments(inner, lexicon)
            before = text[: match.start()] + " " + names
            return venue or inner, before, rest + " " + text[match.end() :]
    return _segments(text, lexicon)


def _venue_before_year(head: str, inner: str, lexicon: Lexicon) -> int | None:
    """Where a venue written just before a bracketed bare year starts in ``head``, or None."""
    if YEAR_RE.sub("", inner).strip(_EDGE):
        return None
    starts = [0] + [m.end() for m in _SEGMENT_RE.finditer(head)]
    start = starts[-1] if head[starts[-1] :].strip(_EDGE) else starts[-2] if len(starts) > 1 else 0
    # ``Barreno, Marco, et al. Machine Learning 81.2 (2010)``: the names end at ``et al.``
    etal = re.match(r".*\bet\.?\s*al\.?\s+", head[start:])
    start += etal.end() if etal else 0
    words = re.sub(r"^\s*(?:in|at)\s*:?\s+", "", head[start:], flags=re.I).strip(_EDGE)
    # ``Journal of Widgets 44.3 (2021)`` (MLA): the volume and issue stand before the year.
    words = _VOLUME_RE.sub(" ", words).strip()
    known = _venue_words(words, lexicon) or lexicon.find(words)
    if words and known and parse_authors(words, lexicon) is None:
        return start
    return None


_VANCOUVER_YEAR_RE = re.compile(r"(?:19|20)\d{2}(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*[;:]\s*\d")
_ISSUE_RE = re.compile(r"^\s*(?:(?:vol|no|pp|issue)\.?\s*)?(?:[\d–-]+)?[\s.,;]*$", re.I)


def _segments(text: str, lexicon: Lexicon) -> tuple[str | None, str, str]:
    """``_venue_part`` for text without brackets: the venue segment from the right."""
    bounds = [0] + [m.end() for m in _SEGMENT_RE.finditer(text)] + [len(text) + 1]
    segments = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]
    for index in range(len(segments) - 1, -1, -1):
        start, end = segments[index]
        piece = text[start:end]
        if not _is_venue_segment(piece, lexicon):
            continue
        # ``NIPS, 2018``, ``ACM Trans, 2018``, ``arXiv, Nov 2023``: a bare year (or date) takes
        # the venue written before it.
        # A bracketed remark after the year (``2019 (*Microsoft*)``) leaves it bare.
        bare = YEAR_RE.sub("", _MONTH_RE.sub("", _GROUP_RE.sub("", piece)))
        dated = _VANCOUVER_YEAR_RE.match(text, start)
        if dated is not None:  # ``2016:770-8.``: the year, then the pages
            bare, end = "", YEAR_RE.search(text, start).end()
        # ``Proceedings of the AAAI Conference. Vol. 34. No. 4. 2020.`` (Google Scholar's MLA):
        # volume, number and pages stand between the venue and its year.
        if index > 0 and not bare.strip(_EDGE):
            prior = index - 1
            while prior > 0 and _ISSUE_RE.match(text[segments[prior][0] : segments[prior][1]]):
                prior -= 1
            # ``NIPS 2015, 2015``: the venue before may repeat the year.
            before = YEAR_RE.sub(" ", text[segments[prior][0] : segments[prior][1]]).strip(_EDGE)
            named = (
                _venue_words(before, lexicon) or _venue_like(before.split()[-1])
                if before
                else False
            )
            # ``Widget Res Lett. 2021;3:1-9.`` (Vancouver): the sentence before a year that the
            # volume or pages follow after ``;`` or ``:`` is the journal, whatever its words.
            vancouver = prior == index - 1 and dated is not None
            vancouver = vancouver and text[segments[prior][1] - 2 : segments[prior][1]] == ". "
            # Past a volume and number, a known venue named in the words will do.
            if vancouver:
                start = segments[prior][0]
                return text[start:end], text[:start], text[end:]
            named = named or bool(_PUBLISHER_RE.search(before))
            if named or (before and prior < index - 1 and lexicon.find(before)):
                start = segments[prior][0]
        start += _venue_start(text[start:end], lexicon)
        return text[start:end], text[:start], text[end:]
    # ``…, Dhruv Batra 2017``: a year at the very end, glued to the last name.
    last = list(YEAR_RE.finditer(text))
    if last and not text[last[-1].end() :].strip(_EDGE):
        return last[-1].group(0), text[: last[-1].start()], ""
    return None, text, ""


def _venue_like(word: str) -> bool:
    """``CVPR``, ``ACM-MM``, ``IEEE``, ``Trans.``: a word that is (part of) a venue's name."""
    parts = [p for p in re.split(r"[-/]", word.strip(_EDGE + "'’()[]")) if p]
    return bool(parts) and all(
        looks_like_acronym(p) or p.casefold().strip(".") in _VENUE_WORDS for p in parts
    )


def _venue_words(text: str, lexicon: Lexicon) -> bool:
    """A venue by itself: one the lexicon knows, or acronyms and words like ``IEEE Trans``."""
    words = text.split()
    return bool(lexicon.resolve(text)) or (len(words) <= 4 and all(_venue_like(w) for w in words))


def _venue_start(segment: str, lexicon: Lexicon) -> int:
    """Where the venue words of a segment start: at a venue the lexicon knows, else at the run of
    acronyms (and ``IEEE Trans``-like words) just before the year, when names come before it."""
    found = lexicon.find(segment)
    if found:
        start = found[0].start
    else:
        year = YEAR_RE.search(segment)
        if year is None:
            return 0
        words = list(re.finditer(r"\S+", segment[: year.start()]))
        start = year.start()
        for word in reversed(words):
            if _venue_like(word.group(0)):
                start = word.start()
            else:
                break
        if start == year.start():
            # A year alone: short words before it that are no names are the venue (``Tech
            # Report 2022``); names are not.
            head = segment[:start].strip(_EDGE)
            if head and len(head.split()) <= 10 and parse_authors(head, lexicon) is None:
                return 0
            return start
    head = segment[:start].strip(_EDGE)
    initials = _INITIALS_RE.match(segment[:start].strip(" ,;:"))
    if head and (initials or parse_authors(head, lexicon) is not None):
        return start  # names (or the initials ending one) come before the venue
    return 0
