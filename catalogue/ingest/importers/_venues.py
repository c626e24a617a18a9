"""Venues as lists write them, recognised through the venue lexicon (``data/venues/``).

Every venue record names its short name, full name and aliases (``NIPS``, ``NeurIPS``, ``Advances
in Neural Information Processing Systems``). Text matches a name when the words agree ignoring
case and punctuation (``NeurIPS-workshop`` is ``NeurIPS Workshop``), with qualifiers that do not
change the venue dropped (``IEEE``, ``Proceedings of the``, ``In``). A venue the lexicon does
not know is still read when it looks like one (an acronym beside a year); it is kept as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from ...core.models import Venue

_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
# Words that qualify a venue's name without changing which venue it is.
_QUALIFIERS = {
    "in", "at", "proc", "proceedings", "of", "the", "ieee", "acm", "cvf", "ieee/cvf", "conf",
    "conference", "on", "accepted", "to", "by", "annual", "international", "intl", "main",
    "track", "paper", "long", "short", "oral", "spotlight", "poster",
}  # fmt: skip
# An acronym-like word that is no venue.
_NOT_VENUES = {
    "AI", "ML", "DL", "KD", "LLM", "LLMs", "NLP", "CV", "CNN", "GAN", "RL", "IT", "PDF", "API",
    "USA", "UK", "TBD", "TODO", "HIT", "IEEE", "ACM", "II", "III", "IV", "VS",
}  # fmt: skip
# Two capitals in a row: CVPR, NeurIPS, CoRR, TPAMI (not McAuley, SeongUk, DeVries).
_ACRONYM_RE = re.compile(r"^[A-Za-z]*[A-Z]{2,}[A-Za-z]*\d{0,2}$")

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_VENUES = ROOT / "data" / "venues"


def _norm(text: str) -> str:
    return "".join(_WORD_RE.findall(text.casefold()))


@dataclass(frozen=True)
class VenueMatch:
    short: str  # the lexicon's short name, or the words as written for an unknown venue
    start: int
    end: int
    known: bool


class Lexicon:
    """Venue names by every spelling the records give them."""

    def __init__(self, venues: Iterable[Venue]) -> None:
        self.names: dict[str, str] = {}
        self.longest = 1
        # Full names by their words (qualifiers and joining words aside), for abbreviations.
        self.spelled: dict[int, list[tuple[tuple[str, ...], str]]] = {}
        self._abbreviated: dict[str, str | None] = {}
        for venue in sorted(venues, key=lambda v: v.id):
            for name in (venue.short, venue.id, venue.name, *venue.aliases):
                key = _norm(name)
                if key:
                    self.names.setdefault(key, venue.short)
                    self.longest = max(self.longest, len(_WORD_RE.findall(name)) + 3)
            words = _content_words(venue.name)
            if len(words) >= 2:
                self.spelled.setdefault(len(words), []).append((words, venue.short))

    def resolve(self, text: str) -> str | None:
        """The short name of the venue ``text`` names as a whole (qualifiers aside), or None."""
        words = [w for w in _WORD_RE.findall(text) if w.casefold() not in _QUALIFIERS]
        for candidate in (text, " ".join(words)):
            found = self.names.get(_norm(candidate))
            if found:
                return found
        return self._abbreviation(text)

    def _abbreviation(self, text: str) -> str | None:
        """``IEEE Trans Med Imaging``, ``J Mach Learn Res``, ``Med. Image Anal.``: a full name
        written with its words cut short, as reference styles abbreviate journals (each word the
        start of the full name's word, three letters or more, ``J`` for ``Journal``; qualifiers
        and joining words aside), when exactly one venue's name reads so."""
        if text in self._abbreviated:
            return self._abbreviated[text]
        words = _content_words(text)
        found = {
            short
            for spelled, short in self.spelled.get(len(words), [])
            if len(words) >= 2 and words != spelled and all(map(_shortens, words, spelled))
        }
        result = found.pop() if len(found) == 1 else None
        self._abbreviated[text] = result
        return result

    def find(self, text: str) -> list[VenueMatch]:
        """Known venues named anywhere in ``text`` (longest first at each place), left to right."""
        words = list(_WORD_RE.finditer(text))
        found: list[VenueMatch] = []
        index = 0
        while index < len(words):
            hit = None
            for size in range(min(self.longest, len(words) - index), 0, -1):
                span = words[index : index + size]
                key = "".join(w.group(0).casefold() for w in span)
                if key not in self.names:
                    continue
                first, last = _journal_run(text, words, index, index + size - 1)
                if (first, last) == (index, index + size - 1):
                    hit = VenueMatch(self.names[key], span[0].start(), span[-1].end(), True)
                else:  # a longer journal the lexicon does not know, kept as written
                    start, end = words[first].start(), words[last].end()
                    hit = VenueMatch(text[start:end], start, end, False)
                index = last + 1
                break
            if hit is not None:
                found.append(hit)
            else:
                index += 1
        return found


# Second words of journals named after an ordinary word: ``Science Advances``, ``Nature
# Reviews Drug Discovery``, ``Cell Reports``, ``Chinese Science Bulletin``, ``Artificial
# Intelligence Review``.
_JOURNAL_WORDS = frozenset(
    "advances bulletin reports communications methods reviews review robotics letters medicine"
    " biotechnology genetics physics chemistry neuroscience photonics materials electronics energy"
    " immunology translational signaling partner china biology protocols nanotechnology plants"
    " ecology geoscience astronomy microbiology catalysis sustainability computational structural"
    " chemical metabolism systems genomics journal magazine transactions sensors climate cancer"
    " aging food water host stem".split()
)


def _journal_run(text: str, words: list[re.Match[str]], first: int, last: int) -> tuple[int, int]:
    """The words ``first..last`` name a venue of the lexicon in ordinary words (``Science``,
    ``Nature``, ``Artificial Intelligence``); when a journal's second word follows them
    (``Science Advances``, ``Cell Reports``), the whole journal is another, longer name: its
    words, with the capitalised words joined to them by a space on either side (``Chinese Science
    Bulletin``, ``Nature Reviews Drug Discovery``). Else ``(first, last)`` as they were."""
    if any(looks_like_acronym(w.group(0)) for w in words[first : last + 1]):
        return first, last
    if not (_joined(text, words, last) and words[last + 1].group(0).casefold() in _JOURNAL_WORDS):
        return first, last
    end = last + 1
    while end - last < 4 and _joined(text, words, end) and _capitalised(words[end + 1]):
        end += 1
    start = first
    while first - start < 2 and start > 0 and _joined(text, words, start - 1):
        if not _capitalised(words[start - 1]):
            break
        start -= 1
    return start, end


def _joined(text: str, words: list[re.Match[str]], at: int) -> bool:
    """Whether word ``at`` and the next are joined by one space, nothing else."""
    return at + 1 < len(words) and text[words[at].end() : words[at + 1].start()] == " "


def _capitalised(word: re.Match[str]) -> bool:
    return word.group(0)[0].isupper() and not looks_like_acronym(word.group(0))


# Joining words, and ``Int`` (``Int J Comput Vis``) for the qualifier ``International``.
_JOINING = {"and", "for", "with", "from", "a", "an", "int"}


def _content_words(text: str) -> tuple[str, ...]:
    words = (w.casefold() for w in _WORD_RE.findall(text))
    return tuple(w for w in words if w not in _QUALIFIERS and w not in _JOINING)


def _shortens(short: str, full: str) -> bool:
    """``med`` for ``medical``, ``j`` for ``journal``: a word written short (or in full); one
    letter less is another word, not an abbreviation (``network`` for ``networks``)."""
    if short == full or (short, full) == ("j", "journal"):
        return True
    return full.startswith(short) and len(short) >= 3 and len(full) - len(short) >= 2


def looks_like_acronym(word: str) -> bool:
    """``CVPR``, ``NeurIPS``, ``MICCAI``, ``ECCVW``, ``TPAMI``: a venue-like acronym."""
    return bool(_ACRONYM_RE.match(word)) and word not in _NOT_VENUES


@cache
def default_lexicon() -> Lexicon:
    """The repository's ``data/venues/`` (for a list read without a catalogue)."""
    return Lexicon(load_venues(DEFAULT_VENUES))


def load_venues(folder: Path) -> list[Venue]:
    venues = []
    for path in sorted(folder.glob("*.yml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        venues.append(Venue.model_validate(data))
    return venues
