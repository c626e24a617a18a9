"""Which value a record's field holds when its sources disagree: precedence by evidence.

Every value a record could take is a ``Claim``: the value, what kind of evidence backs it, and who
says so (list entries ``source:line``, an identifier such as ``cvf:…`` or ``arxiv:…``, a decision).
The rule, in one place:

1. **Curator** (``Evidence.CURATOR``): a value a curator wrote or confirmed is never replaced by an
   import or an enrichment. It is known so: a ``value`` decision in ``data/decisions/`` names the
   record and field; or the record's stored value differs from what its lists made of it at the
   last import (the three-way comparison of ``catalogue.ingest.three_way``: somebody edited the
   file); or the record has no list entry at all (written by hand or by ``catalogue add``).
2. **Identifier** (``Evidence.IDENTIFIER``): a value read from an identifier (the year of an arXiv
   id for a preprint, the venue and year in a CVF, ACL Anthology or conference DOI) or given by a
   scholarly service for the record's identifier, beats any list's text.
3. **Lists** (``Evidence.LIST``): between lists, the value more distinct lists agree on wins; a
   list repeating itself counts once.

Before evidence comes the ``tier`` a field gives its claims: a venue's claims rank conferences,
journals and workshops above preprint servers, because a paper cites the published version; so an
arXiv year beside a later proceedings year is not a disagreement at all (the record keeps the
proceedings year, and the arXiv id is kept beside it).

An existing record's value is kept unless a claim *strictly* outranks the claim that supports it
(``settle``): ties keep what is there. A tie between different values with nothing to settle it
is *contested*: that, and only that, is a conflict worth a person's time (``catalogue.ingest.
conflicts``), until a decision settles it.

For enrichment (``catalogue enrich``): put each value a service gives for a record's identifier in
the record's ``sources`` as an entry of a source whose ``format`` is ``service``
(``SERVICE_FORMAT``); its claims then count as ``IDENTIFIER`` evidence in every later derivation,
so they go through this rule and their disagreements show in ``catalogue conflicts``. To ask about
one value before writing it, ``settle(stored, curated, support, offered)`` with the offered claim.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, Generic, Literal, TypeVar

V = TypeVar("V")

# A source record of this format holds facts a scholarly service gave for an identifier.
SERVICE_FORMAT = "service"


class Evidence(IntEnum):
    LIST = 1
    IDENTIFIER = 2
    CURATOR = 3


@dataclass(frozen=True)
class Claim(Generic[V]):
    """One value a field could take, and who says so."""

    value: V
    evidence: Evidence
    refs: tuple[str, ...]
    # A field's own ranking before evidence (venues: published above preprint).
    tier: int = 0
    # A rule that settles a tie of equal weight (titles: the wording of the published version).
    prefer: int = 0

    @property
    def sources(self) -> frozenset[str]:
        """The distinct lists (or identifiers, services) behind the claim: ``s:12`` counts as
        ``s``, so a list that repeats an entry does not outvote another list."""
        return frozenset(ref.split(":", 1)[0] if ":" in ref else ref for ref in self.refs)

    @property
    def weight(self) -> tuple[int, int, int]:
        return (self.tier, int(self.evidence), len(self.sources))

    @property
    def rank(self) -> tuple[int, int, int, int]:
        return (*self.weight, self.prefer)


Action = Literal["kept", "filled", "replaced", "chosen"]
Agree = Callable[[Any, Any], bool]


def _equal(a: object, b: object) -> bool:
    return a == b


@dataclass(frozen=True)
class Ruling(Generic[V]):
    """The value a field takes, why, and the claims left contested (a tie nothing settles)."""

    value: V
    action: Action
    reason: str
    winner: Claim[V] | None = None
    contested: tuple[Claim[V], ...] = field(default=())

    @property
    def changed(self) -> bool:
        return self.action == "replaced"


def group(claims: Iterable[Claim[V]], same: Callable[[V], Hashable]) -> list[Claim[V]]:
    """Claims of equal values (by ``same``) joined into one, keeping the first value's spelling,
    the strongest evidence, tier and preference, and every ref; in order of first appearance."""
    joined: dict[Hashable, list[Claim[V]]] = {}
    for claim in claims:
        joined.setdefault(same(claim.value), []).append(claim)
    return [_joined(parts) for parts in joined.values()]


def _joined(parts: Sequence[Claim[V]]) -> Claim[V]:
    # Joined all at once: a list repeating an entry gives thousands of equal claims, and
    # joining them one by one would copy the refs each time.
    first = parts[0]
    if len(parts) == 1:
        return first
    known = set(first.refs)
    more = dict.fromkeys(r for c in parts[1:] for r in c.refs if r not in known)
    return Claim(
        first.value,
        max(c.evidence for c in parts),
        first.refs + tuple(more),
        max(c.tier for c in parts),
        max(c.prefer for c in parts),
    )


def pick(
    claims: Sequence[Claim[V]], agree: Agree = _equal
) -> tuple[Claim[V], tuple[Claim[V], ...]]:
    """The strongest claim (the first given wins a tie: callers order claims by their own
    tie-breaks), and the claims that tie with it at list level and say something else:
    contested, since nothing but that order chose between them."""
    best = max(claims, key=lambda c: c.rank)  # max keeps the first of equal ranks
    if best.evidence >= Evidence.IDENTIFIER:
        return best, ()
    ties = tuple(
        c
        for c in claims
        if c is not best and c.rank == best.rank and not agree(best.value, c.value)
    )
    return best, ties


def choose(claims: Sequence[Claim[V]], empty: V, agree: Agree = _equal) -> Ruling[V]:
    """A new record's value: the strongest claim, or ``empty`` when nobody claims anything."""
    if not claims:
        return Ruling(empty, "chosen", "no source gives it")
    best, ties = pick(claims, agree)
    return Ruling(best.value, "chosen", _why(best, ties, None), best, ties)


def support_of(stored: V, claims: Sequence[Claim[V]], agree: Agree = _equal) -> Claim[V] | None:
    """The strongest claim that says what ``stored`` says."""
    backing = [c for c in claims if agree(stored, c.value)]
    return max(backing, key=lambda c: c.rank) if backing else None


def settle(
    stored: V, curated: bool, claims: Sequence[Claim[V]], empty: V, agree: Agree = _equal
) -> Ruling[V]:
    """An existing record's value: ``stored`` against what the sources claim now. A curated value
    stays; an empty one is filled; any other changes only for a claim that strictly outranks the
    strongest claim saying the same as ``stored``."""
    if curated:
        return Ruling(stored, "kept", "a curator wrote or confirmed it")
    if stored == empty:
        ruling = choose(claims, empty, agree)
        action: Action = "filled" if ruling.value != empty else "kept"
        return Ruling(ruling.value, action, ruling.reason, ruling.winner, ruling.contested)
    if not claims:
        return Ruling(stored, "kept", "no source gives another value")
    best, ties = pick(claims, agree)
    support = support_of(stored, claims, agree)
    if support is not None and best.rank <= support.rank:
        rivals = tuple(
            c
            for c in (best, *ties)
            if c.rank == support.rank
            and not agree(stored, c.value)
            and support.evidence < Evidence.IDENTIFIER
        )
        return Ruling(stored, "kept", "as well supported as any other value", support, rivals)
    return Ruling(best.value, "replaced", _why(best, ties, support), best, ties)


def _why(best: Claim[V], ties: Sequence[Claim[V]], beaten: Claim[V] | None) -> str:
    said = ", ".join(best.refs)
    if best.evidence is Evidence.CURATOR:
        return f"a curator decided it ({said})"
    if best.evidence is Evidence.IDENTIFIER:
        return f"read from an identifier ({said})"
    if ties:
        return f"{said}, tied with {', '.join(r for t in ties for r in t.refs)}"
    if beaten is not None and best.tier > beaten.tier:
        return f"the published version ({said}) before a preprint"
    if beaten is not None and best.prefer > beaten.prefer and best.weight == beaten.weight:
        return f"the published wording ({said})"
    n = len(best.sources)
    return f"{n} source{'s' if n != 1 else ''} agree ({said})"
