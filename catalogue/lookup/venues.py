"""Match the venue names a service gives (``2018 IEEE/CVF Conference on Computer Vision and
Pattern Recognition``, ``ICLR 2015``, ``arXiv``) to a venue record in ``data/venues/``.

Only an unambiguous match counts: a wrong venue is worse than none, and `add` warns when it leaves
the venue out so that a person can add an alias.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from ..core.models import Venue, VenueKind

_NOISE = re.compile(r"\b(?:19|20)\d\d\b|\b\d+(?:st|nd|rd|th)\b|\bproceedings of (?:the )?\b")


def _norm(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(re.findall(r"[a-z0-9]+", _NOISE.sub(" ", folded.lower())))


def _names(venue_id: str, venue: Venue) -> set[str]:
    return {_norm(n) for n in (venue_id, venue.short, venue.name, *venue.aliases)} - {""}


# An acronym has two capitals at least (CVPR, NeurIPS, TPAMI): a short name that is a word
# (Science, Nature) must not match every longer name that happens to hold that word
# ("Lecture Notes in Computer Science").
_ACRONYM = re.compile(r"(?=(?:\S*[A-Z]){2})\S{2,12}")


def _acronyms(venue: Venue) -> set[str]:
    """Short names that can stand for the venue inside a longer name (``… (CVPR)``)."""
    return {_norm(n) for n in (venue.short, *venue.aliases) if _ACRONYM.fullmatch(n)}


def _one(found: Iterable[str]) -> str | None:
    hits = set(found)
    return hits.pop() if len(hits) == 1 else None


def match_one(name: str, venues: Mapping[str, Venue]) -> str | None:
    wanted = _norm(name)
    if not wanted:
        return None
    exact = _one(vid for vid, venue in venues.items() if wanted in _names(vid, venue))
    if exact:
        return exact
    tokens = set(wanted.split())
    # A workshop held at a conference is not the conference.
    workshop = "workshop" in tokens or "workshops" in tokens
    return _one(
        vid
        for vid, venue in venues.items()
        if _acronyms(venue) & tokens and (venue.kind is VenueKind.WORKSHOP) == workshop
    )


def match_venue(names: Iterable[str], venues: Mapping[str, Venue]) -> str | None:
    """The venue id for the first of ``names`` (best first) that matches exactly one venue."""
    for name in names:
        found = match_one(name, venues)
        if found:
            return found
    return None
