"""Text as lists write it: broken encodings, names, years and venues.

Every function here keeps what the list wrote recoverable: repairs return the original alongside,
and parsing never invents a value the text does not hold.
"""

from __future__ import annotations

import re

import ftfy

from ...core.models import MAX_YEAR, MIN_YEAR

# Repair broken encodings (mojibake) only: curly quotes, full-width forms, ligatures and HTML
# entities are what the list meant to write, so they stay.
_FIX = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_character_width=False,
    fix_latin_ligatures=False,
    explain=False,
)


def repair(text: str) -> str:
    return ftfy.fix_text(text, _FIX)


def squash(text: str) -> str:
    """Runs of whitespace become one space; no space at either end."""
    return " ".join(text.split())


def clean_title(raw: str) -> tuple[str | None, str | None]:
    """(title, original): the repaired, whitespace-normalised title, and the text as written when
    the repair changed more than whitespace (so a fix can always be traced back)."""
    squashed = squash(raw)
    fixed = squash(repair(squashed))
    if not fixed:
        return None, None
    return fixed, (raw if fixed != squashed else None)


def clean_text(raw: str) -> str | None:
    """Repaired, whitespace-normalised text, or None when nothing is left."""
    return squash(repair(raw)) or None


_AUTHOR_SPLIT_RE = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
_ET_AL_RE = re.compile(r"\s*,?\s*\bet\s+al\b\.?\s*$", re.IGNORECASE)
# An affiliation digit glued to a family name (``Jiasen Lu1``) is not part of the name.
_AFFILIATION_RE = re.compile(r"(?<=[^\W\d_])\d{1,2}$")


def split_authors(text: str) -> list[str]:
    """``A, B and C`` / ``A, B, C.`` / ``A; B & C`` -> ["A", "B", "C"]; ``A et al.`` -> ["A"]."""
    body = _ET_AL_RE.sub("", repair(text)).strip().strip("*_").strip()
    names = []
    for part in _AUTHOR_SPLIT_RE.split(body):
        name = _AFFILIATION_RE.sub("", squash(part)).strip(" .")
        if name:
            names.append(_restore_initial_dot(part, name))
    return names


def _restore_initial_dot(part: str, name: str) -> str:
    """Keep the dot of a trailing initial (``Quoc V.``) that the suffix strip took away."""
    if re.search(r"\b[A-Z]$", name) and squash(part).rstrip().endswith("."):
        return name + "."
    return name


_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def as_year(text: str) -> int | None:
    """The text as a year, when it is exactly one plausible year."""
    stripped = text.strip()
    if _YEAR_RE.fullmatch(stripped):
        year = int(stripped)
        if MIN_YEAR <= year <= MAX_YEAR:
            return year
    return None


def find_year(text: str) -> int | None:
    """The last plausible year mentioned in the text."""
    years = [as_year(m.group(0)) for m in _YEAR_RE.finditer(text)]
    years = [y for y in years if y is not None]
    return years[-1] if years else None


def split_date(text: str, date_re: re.Pattern[str]) -> tuple[str | None, str | None]:
    """``15.03.09, NIPS 2014`` -> ("15.03.09", "NIPS 2014"): the first comma-separated part that
    ``date_re`` matches is the date, the other parts are the venue text; either may be missing."""
    date, venue = None, []
    for part in (p.strip() for p in text.split(",")):
        if date is None and date_re.match(part):
            date = part
        elif part:
            venue.append(part)
    return date, ", ".join(venue) or None


# Words that qualify a venue acronym rather than name it alone.
_VENUE_PREFIXES = {"IEEE", "ACM", "IEEE/CVF", "Proc.", "In"}


def split_venue_year(text: str) -> tuple[str | None, int | None]:
    """``NIPS 2014`` -> ("NIPS", 2014); ``2022 JMI`` -> ("JMI", 2022); ``arXiv`` -> ("arXiv",
    None); ``2019`` -> (None, 2019). The venue stays as the list wrote it."""
    tokens = [token.strip(".;:") for token in text.replace(",", " ").split()]
    tokens = [token for token in tokens if token]
    year_at = [i for i, token in enumerate(tokens) if as_year(token) is not None]
    year = as_year(tokens[year_at[-1]]) if year_at else None
    if year_at:
        del tokens[year_at[-1]]
    venue = " ".join(tokens).strip(" .'’") or None
    return venue, year


_VENUE_TOKEN_RE = re.compile(r"^(?:arXiv|[A-Z][A-Za-z]*[A-Z][A-Za-z]*[A-Z]?W?|Neurocomputing)$")


def looks_like_venue(token: str) -> bool:
    """A token that names a venue in titles-then-venue lists: an acronym (CVPR, NeurIPS, TPAMI,
    ECCVW) or arXiv. Plain capitalised words (``Optimization``) are not."""
    return bool(_VENUE_TOKEN_RE.match(token))


def split_trailing_venue(text: str) -> tuple[str, str | None, int | None, str | None]:
    """Split ``Title VENUE YEAR`` (or ``Title YEAR VENUE``, ``Title VENUE``) from the right.

    Returns (title, venue, year, venue text as written). A year right at the end makes the word
    before it the venue whatever it looks like; without a year only an acronym-like word counts.
    """
    tokens = text.split()
    if not tokens:
        return "", None, None, None
    last_is_year = as_year(tokens[-1]) is not None
    year_then_venue = (
        len(tokens) >= 2 and as_year(tokens[-2]) is not None and looks_like_venue(tokens[-1])
    )
    if len(tokens) >= 2 and (last_is_year or year_then_venue):
        cut = len(tokens) - 2
    elif last_is_year or looks_like_venue(tokens[-1]):
        cut = len(tokens) - 1
    else:
        return text.strip(), None, None, None
    if cut > 0 and tokens[cut - 1] in _VENUE_PREFIXES and as_year(tokens[cut]) is None:
        cut -= 1
    venue_text = " ".join(tokens[cut:])
    venue, year = split_venue_year(venue_text)
    return " ".join(tokens[:cut]), venue, year, venue_text


# Emoji written as ``:name:`` or as pictographs (with their joiners): labels, not words.
# ``1️⃣``: a keycap (a digit, ``#`` or ``*``, then U+20E3) numbers an entry as an emoji does.
EMOJI_RE = re.compile(
    r"[0-9#*]\ufe0f?\u20e3|:[a-z0-9_+-]+:"
    r"|[\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]"
)
# Emoji in front of a field's label (``- 📄 **Paper**: …``, ``- :busts_in_silhouette: Authors: …``,
# ``- 🏛️ Venue: …``): they mark the field, as its bold does; the label is the words after them.
LEAD_EMOJI = r"(?:(?:" + EMOJI_RE.pattern + r")\s*)*"
EDGE = " \t,.;:|-–—*_"  # punctuation a field's text is trimmed of at its ends
# A word as titles are counted: a letter, then letters, digits, apostrophes and hyphens.
WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
