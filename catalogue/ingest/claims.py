"""What a cluster's sources claim about each field of its record (see ``precedence``).

One ``PaperClaims`` per work: for the title, the author line, the venue, the year (per venue) and
the arXiv id and DOI, every value a source gives, as a ``Claim`` naming who gives it. A list's
entry is list evidence; an entry of a scholarly service (a source of format ``service``) and a
fact read from an identifier the work owns (``id_facts``) are identifier evidence.

Votes: a title contained in a longer one votes for it (lists shorten titles); an author line votes
for every line it agrees with (``et al.`` cuts one short), and lines suspected of having slipped to
another entry do not vote. Claims come out in the order ties are broken (longer titles, more
complete author lines, then list order); ``precedence.pick`` then decides.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..core.identity import ARXIV, DOI, IdentityKey, title_key
from ..core.models import Link, SourceEntry, VenueKind
from .author_lines import AuthorKey, AuthorLine, agree, author_key
from .candidates import Candidate
from .id_facts import url_fact
from .near_titles import title_variants
from .precedence import Claim, Evidence, group
from .venue_index import VenueIndex

# Keys of ``PaperClaims.years`` besides venue ids: years lists give without naming a venue, and
# the year of the work's arXiv id.
BARE = ""
ARXIV_ID = "arxiv:"


def authors_agree(a: Sequence[str], b: Sequence[str]) -> bool:
    return agree(author_key(a), author_key(b))


def same_title(a: str, b: str) -> bool:
    return title_key(a) == title_key(b)


@dataclass
class PaperClaims:
    title: list[Claim[str]] = field(default_factory=list)
    authors: list[Claim[tuple[str, ...]]] = field(default_factory=list)
    venue: list[Claim[str]] = field(default_factory=list)
    # Years by the venue they were given with (``BARE``: with none).
    years: dict[str, list[Claim[int]]] = field(default_factory=dict)
    arxiv: list[Claim[str]] = field(default_factory=list)
    doi: list[Claim[str]] = field(default_factory=list)
    # Venue ids that are preprint servers (their year is the arXiv id's).
    preprints: frozenset[str] = frozenset()

    def years_for(self, venue: str | None) -> list[Claim[int]]:
        """The year claims that go with ``venue``. A published venue's year is the one given
        with it, else one given with no venue, else any; an arXiv id's year is the last resort
        (the proceedings may be a year later). A preprint's (or a work's without a venue) is the
        arXiv id's year, which beats what lists wrote, else the years lists give."""
        published = venue is not None and venue not in self.preprints
        own = self.years.get(venue, []) if venue else []
        bare = self.years.get(BARE, [])
        arxiv = self.years.get(ARXIV_ID, [])
        if not published:
            return _pool([*arxiv, *own, *bare])
        if own or bare:
            return own or bare
        listed = [c for key, claims in self.years.items() if key != ARXIV_ID for c in claims]
        return _pool(listed) or arxiv

    def years_given(self) -> bool:
        """Whether any source besides the arXiv id gives a year."""
        return any(claims for key, claims in self.years.items() if key != ARXIV_ID)


def _pool(claims: Sequence[Claim[int]]) -> list[Claim[int]]:
    """Claims of one year joined (year claims are all of one tier)."""
    return group(claims, _itself)


def _itself(value: int) -> int:
    return value


def _punctuation(title: str) -> int:
    """Marks that carry meaning in a title; a spaced hyphen is how some lists drop a colon."""
    return sum(title.count(ch) for ch in ":,?!&'’") + len(re.findall(r"\w-\w", title))


_RUNS_ON = re.compile(r"\w{2}\.\s+[A-Z]")


def _contained(short: str, long: str) -> bool:
    s, lo = short.split(), long.split()
    return len(s) < len(lo) and any(lo[i : i + len(s)] == s for i in range(len(lo)))


def title_claims(
    entries: Sequence[Candidate], evidence: Mapping[str, Evidence], published: frozenset[str]
) -> list[Claim[str]]:
    """One claim per title key (the list's decorations taken off: ``(survey)``, ``[CIKM 2021]``,
    ``, CVPR 2019``; ``Old (New)`` claims both titles): its best spelling (the most punctuation,
    then the first), the entries giving it and those giving a shorter title it contains;
    preferred when an entry that names a conference or journal gives it (a renamed paper keeps
    its published title)."""
    groups: dict[str, list[tuple[str, Candidate]]] = {}
    for c in entries:
        for clean in title_variants(c.title):
            groups.setdefault(title_key(clean) or c.key, []).append((clean, c))
    claims: list[tuple[int, int, Claim[str]]] = []
    for n, (key, members) in enumerate(groups.items()):
        # A title that runs on past a sentence's end (``… Network. Lee, Seunghyun``) is a list
        # that swallowed what follows: the titles it contains do not vote for it.
        runs_on = all(_RUNS_ON.search(clean) for clean, _ in members)
        voters = [
            c
            for k, g in groups.items()
            if k == key or (not runs_on and _contained(k, key))
            for _, c in g
        ]
        spelling = sorted(enumerate(members), key=lambda p: (-_punctuation(p[1][0]), p[0]))
        claim = Claim(
            spelling[0][1][0],
            max(evidence.get(c.ref, Evidence.LIST) for c in voters),
            tuple(c.ref for c in voters),
            prefer=int(any(c.ref in published for _, c in members)),
        )
        claims.append((-len(key.split()), n, claim))
    return [claim for *_, claim in sorted(claims, key=lambda t: t[:2])]


def author_claims(
    lines: Sequence[AuthorLine], suspects: frozenset[str], evidence: Mapping[str, Evidence]
) -> list[Claim[tuple[str, ...]]]:
    """One claim per distinct author line, backed by every line that agrees with it; the most
    complete lines first."""
    voters = [line for line in lines if line.authors and line.ref not in suspects]
    seen: dict[AuthorKey, Claim[tuple[str, ...]]] = {}
    for line in voters:
        if line.key in seen:
            continue
        backing = [o for o in voters if agree(line.key, o.key)]
        seen[line.key] = Claim(
            line.authors,
            max(evidence.get(o.ref, Evidence.LIST) for o in backing),
            tuple(o.ref for o in backing),
        )
    order = {key: i for i, key in enumerate(seen)}
    return sorted(
        seen.values(), key=lambda c: (-len(author_key(c.value)), order[author_key(c.value)])
    )


def _tier(venues: VenueIndex, vid: str) -> int:
    return 0 if venues.kind(vid) is VenueKind.PREPRINT else 1


def venue_and_year_claims(
    listed: Sequence[tuple[str, SourceEntry]],
    links: Sequence[Link],
    venues: VenueIndex,
    evidence: Mapping[str, Evidence],
) -> tuple[list[Claim[str]], dict[str, list[Claim[int]]]]:
    """Venue claims (published venues rank above preprint servers) and year claims by venue,
    from what entries say (``listed``: ref and entry) and what the work's links' identifiers say."""
    # Per venue: the strongest evidence and the refs (in order, once each), made claims at the
    # end (a list repeating an entry thousands of times must not copy its refs each time).
    venue_refs: dict[str, tuple[Evidence, dict[str, None]]] = {}
    years: dict[str, list[Claim[int]]] = {}

    def add(vid: str | None, year: int | None, ev: Evidence, ref: str) -> None:
        if vid is not None:
            strongest, refs = venue_refs.get(vid, (ev, {}))
            refs[ref] = None
            venue_refs[vid] = (max(ev, strongest), refs)
        if year is not None:
            years.setdefault(vid or BARE, []).append(Claim(year, ev, (ref,)))

    for ref, entry in listed:
        add(
            venues.resolve_or_create(entry.venue), entry.year, evidence.get(ref, Evidence.LIST), ref
        )
    for link in links:
        fact = url_fact(link.url)
        if fact is None:
            continue
        if fact.identity.scheme == ARXIV:  # the preprint's year; a list names arXiv as venue
            if fact.year:
                years.setdefault(ARXIV_ID, []).append(
                    Claim(fact.year, Evidence.IDENTIFIER, (str(fact.identity),))
                )
            continue
        vid = venues.resolve(fact.venue) if fact.venue else None
        add(vid, fact.year if vid else None, Evidence.IDENTIFIER, str(fact.identity))
    venue_claims = [
        Claim(vid, ev, tuple(refs), _tier(venues, vid)) for vid, (ev, refs) in venue_refs.items()
    ]
    return venue_claims, {v: _pool(c) for v, c in years.items()}


def identifier_claims(
    entries: Sequence[Candidate], owned: frozenset[IdentityKey], evidence: Mapping[str, Evidence]
) -> tuple[list[Claim[str]], list[Claim[str]]]:
    """arXiv id and DOI claims: each entry's identifiers that the work owns."""
    found: dict[IdentityKey, list[str]] = {}
    for c in entries:
        for identity in sorted(c.identities):
            if identity in owned and identity.scheme in (ARXIV, DOI):
                found.setdefault(identity, []).append(c.ref)
    claims: dict[str, list[Claim[str]]] = {ARXIV: [], DOI: []}
    for identity, refs in found.items():
        ev = max(evidence.get(r, Evidence.LIST) for r in refs)
        claims[identity.scheme].append(Claim(identity.value, ev, tuple(refs)))
    return claims[ARXIV], claims[DOI]
