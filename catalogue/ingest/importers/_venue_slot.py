"""The venue slot of an entry's words: a venue and its year as lists write them (``CVPR 2019``,
``NIPS``, ``ICLR'17``, ``arXiv.2021.02``, ``Machine Learning 81.2``, ``MIT Press, 2016``), read
into the lexicon's short name (or the words as written) and the year. ``_meta_text`` finds the
slot among the words around a title; this module reads what is in it."""

from __future__ import annotations

import re

from ._names import PUBLISHER_RE as _PUBLISHER_RE
from ._venues import Lexicon, looks_like_acronym

YEAR_RE = re.compile(r"(?<![\d.:/])(?:19[5-9]\d|20[0-4]\d)(?![\d])")
_SHORT_YEAR_RE = re.compile(r"\s*['’]?(\d{2})\s*$")


EDGE = " \t,.;:|/-–—*_·•"
# A month (and day) or a season (a course's term) written before a year (``Nov 2023``, ``Sept.
# 2022``, ``July 4, 2021``, ``Fall 2015``): a date, no venue.
MONTH_RE = re.compile(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Spring|Summer|Fall|Autumn"
    r"|Winter)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?"
    r"(?=\s*,?\s*(?:19|20)\d{2}\b)"
)


# ``preprint'23``, ``Preprint 2023``: a work not yet published anywhere says when, not where.
_NO_VENUE_RE = re.compile(r"(?i)pre-?print")
_VENUE_WORDS = {"ieee", "acm", "trans", "trans.", "transactions", "journal", "workshop", "on", "of"}


# ``81.2``, ``39(5)``, ``1-10``: a volume, issue or pages, a token of digits alone.
VOLUME_RE = re.compile(r"(?<!\S)\d[\d.()–-]*(?!\S)")
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
    words = YEAR_RE.sub(" ", re.sub(r"\[[^\]]*\]", " ", MONTH_RE.sub(" ", text)))
    words = re.sub(
        r"^\s*(?:in|at|accepted (?:at|to|by)|published (?:in|at))\s+", "", words, flags=re.I
    )
    # ``Machine Learning 81.2``, ``Widget Letters 39(5)``: a volume and issue are no words of it.
    words = VOLUME_RE.sub(" ", _LABELLED_PART_RE.sub(" ", words))
    words = " ".join(words.replace(":", " ").split()).strip(EDGE + "'’")
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
        if not (venue_like(venue) or lexicon.resolve(venue) or _NO_VENUE_RE.fullmatch(venue)):
            return match.group(0)
        return f"{venue} {1900 + short if short >= 50 else 2000 + short}"

    return _APOSTROPHE_YEAR_RE.sub(full, text) if "'" in text or "’" in text else text


def venue_like(word: str) -> bool:
    """``CVPR``, ``ACM-MM``, ``IEEE``, ``Trans.``: a word that is (part of) a venue's name."""
    parts = [p for p in re.split(r"[-/]", word.strip(EDGE + "'’()[]")) if p]
    return bool(parts) and all(
        looks_like_acronym(p) or p.casefold().strip(".") in _VENUE_WORDS for p in parts
    )


def venue_words(text: str, lexicon: Lexicon) -> bool:
    """A venue by itself: one the lexicon knows, or acronyms and words like ``IEEE Trans``."""
    words = text.split()
    return bool(lexicon.resolve(text)) or (len(words) <= 4 and all(venue_like(w) for w in words))
