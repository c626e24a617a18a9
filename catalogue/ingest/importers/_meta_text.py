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
from ._venue_slot import EDGE as _EDGE
from ._venue_slot import MONTH_RE as _MONTH_RE
from ._venue_slot import VOLUME_RE as _VOLUME_RE
from ._venue_slot import YEAR_RE, arxiv_dates, full_years, venue_like, venue_of, venue_words
from ._venues import Lexicon

_GROUP_RE = re.compile(r"[\[(【（]\s*(?P<inner>[^\[\]()【】（）]{1,80}?)\s*[\])】）]")
_SEGMENT_RE = re.compile(r"(?<!\b[A-Z])(?<!\bet al)\.\s+|[,;，；|·]\s*|\s+[-–—/]\s+")
_INITIALS_RE = re.compile(r"^(?:[A-Z]\.\s*){1,3}$")


@dataclass
class Meta:
    authors: list[str] = field(default_factory=list)
    authors_text: str | None = None
    et_al: bool = False
    venue: str | None = None
    venue_text: str | None = None
    year: int | None = None
    rest: str | None = None


def _is_venue_segment(text: str, lexicon: Lexicon) -> bool:
    """A segment that names a venue (known, or an acronym beside a year) or is a year."""
    plain = text.strip(_EDGE)
    if not plain:
        return False
    words = YEAR_RE.sub(" ", plain).replace(":", " ").split()
    has_year = bool(YEAR_RE.search(plain))
    if not words:
        return has_year
    # ``… study utilization, outcomes, access, and market patterns``: one word of a sentence, in
    # lower case and without a year, is no venue although a venue's name reads so (``Access``).
    if not has_year and len(words) == 1 and words[0].islower():
        return False
    if lexicon.resolve(" ".join(words)):
        return True
    if has_year and len(words) <= 10 and (lexicon.find(" ".join(words)) or any(
        venue_like(w) for w in words
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
    head, full_name = names[: end.start()], names[end.end() :].strip(_EDGE)
    found = parse_authors(head, lexicon, surname_first)
    if found is None or not full_name or not _VENUE_NAME_RE.search(full_name):
        return None, names
    known = meta.venue is not None and lexicon.resolve(meta.venue)
    if not known:
        written = f"{full_name} {meta.venue_text}"
        venue, year = venue_of(written, lexicon)
        if venue is not None:
            meta.venue, meta.venue_text, meta.year = venue, written, meta.year or year
    return found, head


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
    known = venue_words(words, lexicon) or lexicon.find(words)
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
                venue_words(before, lexicon) or venue_like(before.split()[-1]) if before else False
            )
            # ``Widget Res Lett. 2021;3:1-9.`` (Vancouver): the sentence before a year that the
            # volume or pages follow after ``;`` or ``:`` is the journal, whatever its words.
            vancouver = prior == index - 1 and dated is not None
            vancouver = vancouver and text[segments[prior][1] - 2 : segments[prior][1]] == ". "
            # Past a volume and number, a known venue named in the words will do.
            if vancouver:
                start = segments[prior][0]
                return text[start:end], text[:start], text[end:]
            named = named or bool(_PUBLISHER_RE.search(before)) or _journal(before, lexicon)
            if named or (before and prior < index - 1 and lexicon.find(before)):
                start = segments[prior][0]
        start += _venue_start(text[start:end], lexicon)
        return text[start:end], text[:start], text[end:]
    # ``…, Dhruv Batra 2017``: a year at the very end, glued to the last name.
    last = list(YEAR_RE.finditer(text))
    if last and not text[last[-1].end() :].strip(_EDGE):
        return last[-1].group(0), text[: last[-1].start()], ""
    return None, text, ""


def _journal(words: str, lexicon: Lexicon) -> bool:
    """``Science Advances``, ``Nature Reviews Drug Discovery``: the words are all one journal
    named after a venue of the lexicon, one it does not know itself (``Lexicon.find``)."""
    found = lexicon.find(words)
    return len(found) == 1 and not found[0].known and words[found[0].end :].strip(_EDGE) == ""


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
            if venue_like(word.group(0)):
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
