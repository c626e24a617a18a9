"""The words around a paper's title in lists of unknown layout: authors, venue and year.

Lists write them in many orders (``Title. Authors. Venue Year.``, ``Authors (Venue Year)``,
``- Authors, Venue Year``). This finds the venue-and-year group first, because a year is the most
reliable anchor, then takes what is left as authors when it reads like a list of names. Text that
fits neither is returned as it stands, so that nothing is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._text import find_year, looks_like_venue, split_authors, split_venue_year

_EMPHASIS_RE = re.compile(r"\*+|(?<!\w)_+|_+(?!\w)|`")
_EDGE = " \t,.;:|-–—"
_GROUP_RE = re.compile(r"[(\[]\s*(?P<inner>[^()\[\]]*?(?:19|20)\d{2}[^()\[\]]*?)\s*[)\]]")
_SEGMENT_SPLIT_RE = re.compile(r"(?<!\b[A-Z])\.\s+|,\s+|;\s+|\s+[-–—|]\s+")
_SENTENCE_SPLIT_RE = re.compile(r"(?<!\b[A-Z])\.\s+(?=\S)|(?<=[?!])\s+(?=[A-Z])")
# Lower-case words allowed inside a name (``Joost van de Weijer``).
_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "del", "la", "le", "ul", "bin"}
_MAX_VENUE_WORDS = 6


@dataclass
class Meta:
    authors_text: str | None = None
    authors: list[str] = field(default_factory=list)
    venue: str | None = None
    year: int | None = None
    venue_text: str | None = None
    rest: str | None = None  # what fitted no field, as written


def strip_emphasis(text: str) -> str:
    return _EMPHASIS_RE.sub("", text)


def edges(text: str) -> str:
    """Text without separators or emphasis at either end."""
    return text.strip(_EDGE + "*_").strip()


def looks_like_names(text: str) -> bool:
    """``A. Author, B. Author and C. Author`` (or ``Author et al.``): short capitalised names."""
    names = split_authors(text)
    if not names or len(text) > 600:
        return False
    for name in names:
        words = name.split()
        if not 1 <= len(words) <= 5 or any(ch.isdigit() for ch in name):
            return False
        if not name[0].isupper() or not all(_name_word(word) for word in words):
            return False
    return True


def _name_word(word: str) -> bool:
    return word in _PARTICLES or (
        word[0].isupper() and all(c.isalpha() or c in ".-'’" for c in word)
    )


def _venue_group(meta: str) -> tuple[str | None, str]:
    """The venue-and-year text in ``meta`` and ``meta`` without it."""
    group = _GROUP_RE.search(meta)
    if group:
        return group.group("inner"), meta[: group.start()] + " " + meta[group.end() :]
    spans = [(m.start(), m.end()) for m in _SEGMENT_SPLIT_RE.finditer(meta)]
    starts = [0] + [end for _, end in spans]
    ends = [start for start, _ in spans] + [len(meta)]
    segments = list(zip(starts, ends, strict=True))
    for index in range(len(segments) - 1, -1, -1):
        start, end = segments[index]
        text = meta[start:end]
        if find_year(text) is None or len(text.split()) > _MAX_VENUE_WORDS:
            continue
        # ``Authors. In CVPR, 2019``: a bare year takes the venue written just before it.
        if index > 0 and split_venue_year(text)[0] is None:
            before = meta[segments[index - 1][0] : segments[index - 1][1]].split()
            if before and len(before) <= 3 and looks_like_venue(before[-1]):
                start = segments[index - 1][0]
        return meta[start:end], meta[:start] + " " + meta[end:]
    return None, meta


def parse_meta(text: str) -> Meta:
    """Authors, venue and year from the words around a title."""
    meta = Meta()
    plain = " ".join(strip_emphasis(text).split())
    venue_text, remaining = _venue_group(plain)
    if venue_text is not None:
        meta.venue_text = edges(venue_text)
        venue, meta.year = split_venue_year(meta.venue_text)
        meta.venue = _drop_in(venue)
    remaining = " ".join(remaining.split())
    names = re.sub(r"^by\s+", "", edges(remaining), flags=re.I)
    if names.endswith(" et al") and "et al." in remaining:
        names += "."  # the period of "et al." is part of the names, not a separator
    if names and looks_like_names(names):
        meta.authors_text = names
        meta.authors = split_authors(names)
    elif edges(remaining):
        # Not names: a description (``- A Python package for …``), kept as written.
        meta.rest = remaining.lstrip(_EDGE).rstrip(" ,;:|-–—")
    return meta


def _drop_in(venue: str | None) -> str | None:
    """``In CVPR`` names the venue ``CVPR``."""
    if venue is None:
        return None
    return re.sub(r"^(?:in|at|accepted (?:at|to|by))\s+", "", venue, flags=re.I) or None


def split_sentence_title(text: str) -> tuple[str, str]:
    """``Title. Authors. Venue Year.`` -> (``Title``, ``Authors. Venue Year.``): the first sentence
    is the title (a period after a lone capital is an initial, not a sentence end)."""
    parts = _SENTENCE_SPLIT_RE.split(text.strip(), maxsplit=1)
    if len(parts) == 2:
        return parts[0], parts[1]
    return text.strip().removesuffix("."), ""
