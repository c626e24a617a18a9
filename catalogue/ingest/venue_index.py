"""Venue strings as lists write them (``NIPS``, ``IEEE TPAMI``, ``NeurIPS``) resolved to records.

A venue record lists its aliases; a string resolves when it matches the record's id, short name,
full name or an alias, ignoring case and punctuation. A string that no record knows gets a new
record of kind ``other``, reported so that a curator can place it (or make it an alias).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..core.models import KEY_RE, Venue, VenueKind

_ARXIV_REF = re.compile(r"^\s*arxiv\b", re.I)
_PUBLISHER = re.compile(r"^(?:ieee|acm|springer|elsevier)(?:\s+trans(?:actions)?\.?)?$", re.I)
# What a new venue's name may look like: a few words, a letter first, no URL.
_VENUE_LIKE = re.compile(r"^(?!.*://)[^\W\d_][\w&.'’/+\- ]{0,59}$")


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.casefold())


def venue_id_for(text: str) -> str:
    """A key for a new venue record: ``IEEE ISBI`` -> ``ieee-isbi``."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    slug = slug if KEY_RE.match(slug) else f"venue-{slug}".rstrip("-")
    return slug if KEY_RE.match(slug) else "venue"


def guess_kind(text: str) -> VenueKind:
    lowered = text.casefold()
    if any(word in lowered for word in ("report", "preprint", "rxiv", "openreview")):
        return VenueKind.PREPRINT  # not a published version: ranks with arXiv
    if "workshop" in lowered or re.search(r"[A-Z]W$", text.strip()):
        return VenueKind.WORKSHOP
    if any(word in lowered for word in ("journal", "transactions", "letters")):
        return VenueKind.JOURNAL
    return VenueKind.OTHER


class VenueIndex:
    """Venue records by every name they go by; new venues are added as they are met."""

    def __init__(self, venues: Iterable[Venue]):
        self.venues: dict[str, Venue] = {}
        self.created: list[Venue] = []
        self._names: dict[str, str] = {}
        self._preprints: frozenset[str] | None = None
        for venue in sorted(venues, key=lambda v: v.id):
            self._add(venue)

    def _add(self, venue: Venue) -> None:
        self.venues[venue.id] = venue
        self._preprints = None
        for name in (venue.id, venue.short, venue.name, *venue.aliases):
            self._names.setdefault(_norm(name), venue.id)

    def resolve(self, text: str | None) -> str | None:
        """The id of the venue ``text`` names, or None when no record knows it."""
        if not text or not _norm(text):
            return None
        return self._names.get(_norm(text))

    def resolve_or_create(self, text: str | None) -> str | None:
        if not text or not _norm(text):
            return None
        found = self.resolve(text)
        if found:
            return found
        if _ARXIV_REF.match(text):  # ``arXiv:1908.08962``, ``arXiv preprint``: the preprint server
            return self.resolve("arXiv")
        if not _VENUE_LIKE.match(text.strip()) or _PUBLISHER.match(text.strip()):
            return None  # a sentence, a URL, a number or a publisher alone names no venue
        vid = venue_id_for(text)
        base, n = vid, 2
        while vid in self.venues:
            vid, n = f"{base}-{n}", n + 1
        venue = Venue(id=vid, short=text.strip(), name=text.strip(), kind=guess_kind(text))
        self._add(venue)
        self.created.append(venue)
        return vid

    def preprints(self) -> frozenset[str]:
        """The ids of preprint servers (asked once per work: kept until a venue is added)."""
        if self._preprints is None:
            self._preprints = frozenset(
                vid for vid, v in self.venues.items() if v.kind is VenueKind.PREPRINT
            )
        return self._preprints

    def kind(self, venue_id: str | None) -> VenueKind | None:
        venue = self.venues.get(venue_id or "")
        return venue.kind if venue else None
