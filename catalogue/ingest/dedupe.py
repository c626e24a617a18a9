"""Deduplication: which list entries and records name the same work, and where lists disagree.

Every entry of every list, and every record already in the catalogue (its *anchor*), is a
``Candidate``. Evidence that two candidates are one work comes from blocks, never from comparing
all pairs: candidates that share an identifier (arXiv id, DOI, publisher id, repository), a title
key, or a list's line that a record already holds. The evidence is applied strongest first:

1. a curator's decision (``data/decisions/``), which also keeps candidates apart;
2. an entry already stored in a record;
3. the same list line as a stored entry, with a similar title (re-import finds its records);
4. a shared identifier **and** a similar title;
5. the same title key (same kind; different arXiv ids or DOIs keep them apart);
6. a near miss (``catalogue.ingest.near_titles``): the same title once a list's decorations are
   taken off, one misspelt word, or a subtitle left out (then the author lines must be given
   and agree), where years (within one) and author lines do not disagree.

A shared identifier with dissimilar titles is a conflict, never a merge: one list's link points at
another paper. Two existing records are never merged without a decision; evidence joining them is
reported instead.

Candidates, and when two titles are *similar*, are in ``catalogue.candidates``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from itertools import pairwise
from typing import Generic, Literal, NamedTuple, TypeVar

from ..core.identity import ARXIV, DOI, IdentityKey, title_key
from ..core.models import Decision

# ``_gather`` calls ``similar_titles`` through this module's name, so that benchmarks and tests
# count the comparisons by replacing ``dedupe.similar_titles``; importers of ``Candidate`` and
# ``similar_titles`` from here keep working.
from .author_lines import agree, author_key
from .candidates import Candidate, similar_titles
from .importers import EntryKind
from .near_titles import MIN_LOOSE_WORDS, loose_keys, main_title, one_typo, typo_keys
from .unionfind import Components

# One work has one arXiv id and one DOI: the same title with different ones is two works.
HARD_SCHEMES = (ARXIV, DOI)


class Strength(IntEnum):
    DECISION = 0
    STORED = 1
    PROVENANCE = 2
    IDENTIFIER = 3
    TITLE = 4
    NEAR = 5


class Edge(NamedTuple):  # a tuple: hundreds of thousands are sorted, natively
    strength: Strength
    first: tuple[int, str, int, int]
    second: tuple[int, str, int, int]
    a: str
    b: str
    reason: str


@dataclass(frozen=True, order=True)
class Finding:
    """Something the deduplicator reports: a conflict needs a curator; a note is for the record."""

    kind: str
    refs: tuple[str, ...]
    message: str
    severity: Literal["conflict", "note"] = "conflict"
    # For a disagreement on a field: the field, each value (as JSON) with the refs that give it,
    # and the value the rules would keep (as JSON).
    field: str | None = None
    values: tuple[tuple[str, tuple[str, ...]], ...] = ()
    proposed: str | None = None
    # What works disagree about: the shared identifier, or the title key.
    subject: str | None = None


@dataclass(frozen=True, slots=True)
class Cluster:
    index: int
    kind: EntryKind
    members: tuple[Candidate, ...]
    # Derived once: merging and reporting ask for them about a dozen times per cluster.
    entries: tuple[Candidate, ...] = field(init=False, repr=False, compare=False)
    anchors: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        entries = tuple(m for m in self.members if m.entry is not None)
        anchors = tuple(m.ref for m in self.members if m.entry is None)
        object.__setattr__(self, "entries", entries)
        object.__setattr__(self, "anchors", anchors)


@dataclass
class Clustering:
    clusters: list[Cluster]
    findings: list[Finding]
    cluster_of: dict[str, int]
    # Identifiers that several clusters carry: the cluster that keeps each (None: nobody).
    owners: dict[IdentityKey, int | None]

    def owns(self, cluster: int, identity: IdentityKey) -> bool:
        return self.owners.get(identity, cluster) == cluster


def _names(ref: str) -> Iterator[str]:
    """What names a candidate: its ref, and for an entry numbered on a shared line (``s:12.2``)
    its ``source:line`` (the part before a dot, once it holds the colon)."""
    yield ref
    dot = ref.find(".")
    while dot != -1:
        if ":" in ref[:dot]:
            yield ref[:dot]
        dot = ref.find(".", dot + 1)


def resolve_refs(refs: Iterable[str], candidates: Sequence[Candidate]) -> dict[str, list[str]]:
    """The candidates each ref of a decision names, in candidate order: a record key, or
    ``source:line`` (every entry there). One pass over the candidates for all refs."""
    found: dict[str, list[str]] = {ref: [] for ref in refs}
    for c in candidates:
        for name in _names(c.ref):
            if name in found:
                found[name].append(c.ref)
    return found


# (source, line) -> (record key, title key) of the entries stored before a list is re-imported.
Provenance = Mapping[tuple[str, int], tuple[str, str]]


@dataclass
class _Evidence:
    edges: list[Edge] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    # Candidates that share an identifier but not a title: (identity, a, b).
    disputes: list[tuple[IdentityKey, Candidate, Candidate]] = field(default_factory=list)
    # Candidates that share a title key but not an arXiv id or DOI.
    clashes: list[tuple[str, Candidate, Candidate]] = field(default_factory=list)
    # Copies of an entry (a list repeating a line), by the ref of the first: see ``_copies``.
    copies: dict[str, list[Candidate]] = field(default_factory=dict)

    def edge(self, strength: Strength, a: Candidate, b: Candidate, reason: str) -> None:
        first, second = (a, b) if a.order <= b.order else (b, a)
        self.edges.append(Edge(strength, first.order, second.order, first.ref, second.ref, reason))


def _same_record(a: Candidate, b: Candidate) -> bool:
    """Stored in one record already (or one is that record): no evidence needed either way."""
    return bool(a.owner == b.ref or b.owner == a.ref or (a.owner and a.owner == b.owner))


def _decided_sides(
    decision: Decision, named: Mapping[str, list[str]], by_title: Mapping[str, list[Candidate]]
) -> list[list[str]]:
    """The candidates each side of a decision names: its refs, and (where the decision recorded
    titles) the candidates called by a side's title whose arXiv id or DOI, if any, is one the
    decision names. So a ruling still finds its works when their list comes back with new line
    numbers, or another list names them; a title two sides share finds neither."""
    ids = {IdentityKey.parse(text) for text in decision.identifiers if ":" in text}
    keys = [title_key(t) for t in decision.titles]
    shared = {k for k in keys if keys.count(k) > 1}
    sides: list[list[str]] = []
    for i, ref in enumerate(decision.records):
        side = list(named[ref])
        key = keys[i] if i < len(keys) else None
        if key and key not in shared:
            for c in by_title.get(key, ()):
                hard = _hard_ids(c)
                if c.ref not in side and (not hard or not ids or hard & ids):
                    side.append(c.ref)
        sides.append(side)
    return sides


def _decisions(
    found: _Evidence,
    comps: Components,
    decisions: Iterable[Decision],
    cands: Sequence[Candidate],
    by_ref: Mapping[str, Candidate],
) -> set[str]:
    """Edges and rulings from curators' decisions; the refs of the candidates they name."""
    ordered = sorted((d for d in decisions if d.verdict != "value"), key=lambda d: d.id)
    named = resolve_refs((ref for d in ordered for ref in d.records), cands) if ordered else {}
    wanted = {title_key(t) for d in ordered for t in d.titles}
    by_title: dict[str, list[Candidate]] = defaultdict(list)
    for c in cands if wanted else ():
        if c.key in wanted and c.kind != "code":
            by_title[c.key].append(c)
    decided: set[str] = set()
    for decision in ordered:
        sides = _decided_sides(decision, named, by_title)
        decided.update(ref for side in sides for ref in side)
        for ref, side in zip(decision.records, sides, strict=True):
            # A record a `same` ruling folded into another is gone, as the ruling wanted.
            folded = decision.verdict == "same" and ":" not in ref and any(sides)
            if not side and not folded:
                found.findings.append(
                    Finding(
                        "decision-unmatched",
                        (decision.id, ref),
                        f"decision {decision.id}: {ref} names no record or list entry",
                        "note",
                    )
                )
        if decision.verdict == "same":
            refs = list(dict.fromkeys(r for side in sides for r in side))
            for a, b in pairwise(refs):
                found.edge(Strength.DECISION, by_ref[a], by_ref[b], f"decision {decision.id}")
        else:
            for i, side in enumerate(sides):
                for other in sides[i + 1 :]:
                    for a in side:
                        for b in other:
                            comps.keep_apart(a, b, hard=True)
    return decided


Key = TypeVar("Key", IdentityKey, str)


class _Blocks(Generic[Key]):
    """Candidates by kind and key, kept for the keys that several candidates share.

    A block of one holds no evidence, and most keys have one candidate: a list (and a key tuple)
    for each would be most of the work at 100,000 papers. So a key's first candidate waits alone
    until a second one comes."""

    def __init__(self) -> None:
        self._first: dict[str, dict[Key, Candidate]] = defaultdict(dict)
        self._shared: dict[str, dict[Key, list[Candidate]]] = defaultdict(dict)

    def add(self, kind: str, key: Key, c: Candidate) -> None:
        seen = self._first[kind].setdefault(key, c)
        if seen is not c:
            block = self._shared[kind].get(key)
            if block is None:
                self._shared[kind][key] = [seen, c]
            else:
                block.append(c)

    def __iter__(self) -> Iterator[tuple[str, Key, list[Candidate]]]:
        """Each shared key's block (by kind, then in the order each key gained its second
        candidate). Evidence does not depend on the order: edges are sorted, the rest are sets."""
        for kind, blocks in self._shared.items():
            for key, block in blocks.items():
                yield kind, key, block


def _blocks(cands: Sequence[Candidate]) -> tuple[_Blocks[IdentityKey], _Blocks[str]]:
    """The blocks evidence is sought in: candidates by (kind, identifier), by (kind, title key)."""
    by_identity: _Blocks[IdentityKey] = _Blocks()
    by_title: _Blocks[str] = _Blocks()
    for c in cands:
        for identity in sorted(c.identities):
            by_identity.add(c.kind, identity, c)
        if c.kind != "code" and c.key:
            by_title.add(c.kind, c.key, c)
    return by_identity, by_title


def _hard_ids(c: Candidate) -> set[IdentityKey]:
    return {i for i in c.identities if i.scheme in HARD_SCHEMES}


def _copies(
    cands: Sequence[Candidate], provenance: Provenance, decided: set[str]
) -> dict[str, list[Candidate]]:
    """Entries that are copies of an earlier one, by the earlier one's ref: the same kind, title,
    identifiers, record, stored line's record, year and authors, and named by no decision. Every
    piece of evidence treats copies alike, so each joins its first alone, and only firsts are
    compared with the rest: a list repeating one line n times costs n, not n * n."""
    first: dict[tuple[object, ...], Candidate] = {}
    copies: dict[str, list[Candidate]] = {}
    for c in cands:
        if c.entry is None or c.ref in decided:
            continue
        e = c.entry
        stored = provenance.get((e.source, e.line))
        seen = first.setdefault(
            (c.kind, c.title, c.identities, c.owner, stored, e.year, tuple(e.authors)), c
        )
        if seen is not c:
            copies.setdefault(seen.ref, []).append(c)
    return copies


def _join_copies(cands: Sequence[Candidate], found: _Evidence) -> list[Candidate]:
    """Each copy joins its first by the evidence the two would share (an identifier, else the
    title); the candidates left to compare (all but copies)."""
    by_ref = {c.ref: c for c in cands if c.ref in found.copies}
    for ref, copies in found.copies.items():
        first = by_ref[ref]
        if first.identities:
            strength, reason = Strength.IDENTIFIER, str(min(first.identities))
        elif first.kind != "code" and first.key:
            strength, reason = Strength.TITLE, "same title"
        else:
            continue  # nothing joins them as it joins no two such entries
        for c in copies:
            found.edge(strength, first, c, reason)
    left = {c.ref for copies in found.copies.values() for c in copies}
    return [c for c in cands if c.ref not in left]


def _gather(
    cands: Sequence[Candidate],
    by_ref: Mapping[str, Candidate],
    comps: Components,
    provenance: Provenance,
    found: _Evidence,
) -> None:
    for c in cands:
        if c.owner and c.owner in by_ref:
            found.edge(Strength.STORED, c, by_ref[c.owner], "stored in the record")
        elif c.entry is not None and c.owner is None:
            stored = provenance.get((c.entry.source, c.entry.line))
            if stored and stored[0] in by_ref and similar_titles(c.key, stored[1]):
                found.edge(Strength.PROVENANCE, c, by_ref[stored[0]], "same list line")
    cands = _join_copies(cands, found)
    by_identity, by_title = _blocks(cands)
    disputed: set[tuple[str, IdentityKey]] = set()
    for kind, identity, block in by_identity:
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                if kind == "code" or similar_titles(a.key, b.key):
                    found.edge(Strength.IDENTIFIER, a, b, str(identity))
                elif not _same_record(a, b):
                    found.disputes.append((identity, a, b))
                    disputed |= {(a.ref, identity), (b.ref, identity)}
                    # A record may hold both titles (a renamed paper a curator joined): an entry
                    # called by one of them may still join it through its title.
                    if _unplaced(a) and _unplaced(b):
                        comps.keep_apart(a.ref, b.ref)
    for _, key, block in by_title:
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                # An identifier in dispute (its link names another work) says nothing here.
                ha = {h for h in _hard_ids(a) if (a.ref, h) not in disputed}
                hb = {h for h in _hard_ids(b) if (b.ref, h) not in disputed}
                clash = {i.scheme for i in ha} & {i.scheme for i in hb} and not ha & hb
                if clash and not _same_record(a, b):
                    found.clashes.append((key, a, b))
                    comps.keep_apart(a.ref, b.ref)
                elif not clash:
                    found.edge(Strength.TITLE, a, b, "same title")
    _near_misses(cands, found)


def _unplaced(c: Candidate) -> bool:
    """A list entry that no record holds yet."""
    return c.entry is not None and c.owner is None


def _corroborated(a: Candidate, b: Candidate) -> bool:
    """Near titles name one work only where nothing else says otherwise: no two arXiv ids or
    DOIs, years (where both give one) within one, author lines (where both give one) agreeing."""
    ha, hb = _hard_ids(a), _hard_ids(b)
    if {i.scheme for i in ha} & {i.scheme for i in hb} and not ha & hb:
        return False
    ya, yb = a.stated_year, b.stated_year
    if ya and yb and abs(ya - yb) > 1:
        return False
    ka, kb = author_key(a.stated_authors), author_key(b.stated_authors)
    return agree(ka, kb) or (bool(ka) and bool(kb) and ka[0] == kb[0])


def _subtitle_left_out(a: Candidate, b: Candidate) -> bool:
    """One title is the other without its subtitle (two subtitles of one main title are two
    works: ``Part 1``, ``Part 2``), and both give author lines that agree."""
    if a.key != main_title(b.title) and b.key != main_title(a.title):
        return False
    ka, kb = author_key(a.stated_authors), author_key(b.stated_authors)
    return bool(ka) and bool(kb) and agree(ka, kb)


def _near_misses(cands: Sequence[Candidate], found: _Evidence) -> None:
    """Near-miss titles, found in blocks of loose keys, of titles less one word, and of titles
    without their subtitle (these only where both give the same authors). Entries that a record
    holds already are placed: only records and new entries are looked at."""
    loose: _Blocks[str] = _Blocks()
    typos: _Blocks[str] = _Blocks()
    heads: _Blocks[str] = _Blocks()
    for c in cands:
        if c.kind == "code" or c.owner is not None:
            continue
        if len(c.key.split()) >= MIN_LOOSE_WORDS:
            loose.add(c.kind, c.key, c)
            heads.add(c.kind, c.key, c)
        for key in loose_keys(c.title):
            loose.add(c.kind, key, c)
        for key in typo_keys(c.key):
            typos.add(c.kind, key, c)
        head = main_title(c.title)
        if head:
            heads.add(c.kind, head, c)
    for blocks, reason in ((loose, "near title"), (typos, "misspelt title"), (heads, "subtitle")):
        for _, _, block in blocks:
            for i, a in enumerate(block):
                for b in block[i + 1 :]:
                    if a.key == b.key or (blocks is typos and not one_typo(a.key, b.key)):
                        continue
                    if blocks is heads and not _subtitle_left_out(a, b):
                        continue
                    if _corroborated(a, b):
                        found.edge(Strength.NEAR, a, b, reason)


# The same list line as a stored entry is as strong as the stored entry: it may override an
# automatic conflict (a decision may have joined titles that disagree), never join two records.
_LEVEL = {Strength.DECISION: 0, Strength.STORED: 1, Strength.PROVENANCE: 1}


def _apply(found: _Evidence, comps: Components) -> None:
    reported: set[tuple[str, ...]] = set()
    found.edges.sort()
    for edge in found.edges:
        reason = comps.join(edge.a, edge.b, level=_LEVEL.get(edge.strength, 2))
        if reason == "records":
            records = tuple(sorted(comps.anchors_of(edge.a) | comps.anchors_of(edge.b)))
            if records not in reported:
                reported.add(records)
                found.findings.append(
                    Finding(
                        "duplicate-records",
                        records,
                        f"records {' and '.join(records)} look like one work ({edge.reason}:"
                        f" {edge.a} ~ {edge.b}): merge them with a decision (verdict: same)"
                        " or tell them apart (verdict: different)",
                    )
                )


def _label(cluster: Cluster, members: Iterable[Candidate]) -> str:
    refs = [m.ref for m in members if not m.is_anchor] or list(cluster.anchors)
    name = cluster.anchors[0] + " " if cluster.anchors else ""
    title = next(iter(members)).title
    return f"{name}'{title}' ({', '.join(refs)})"


def _cross_cluster(
    found: _Evidence, clusters: list[Cluster], cluster_of: dict[str, int], comps: Components
) -> list[Finding]:
    out: list[Finding] = []
    groups: dict[tuple[str, str], dict[int, dict[str, Candidate]]] = defaultdict(dict)
    pairs = [("identifier-title", str(i), a, b) for i, a, b in found.disputes]
    pairs += [("title-identifiers", k, a, b) for k, a, b in found.clashes]
    for kind, name, a, b in pairs:
        # Together after all, or apart by a curator's ruling: nothing left to report.
        if cluster_of[a.ref] == cluster_of[b.ref] or comps.decided_apart(a.ref, b.ref):
            continue
        group = groups[(kind, name)]
        for c in (a, b):
            for m in (c, *found.copies.get(c.ref, ())):  # copies disagree as their first does
                group.setdefault(cluster_of[m.ref], {}).setdefault(m.ref, m)
    for (kind, name), group in sorted(groups.items()):
        parts = [
            _label(clusters[i], sorted(ms.values(), key=lambda c: c.order))
            for i, ms in sorted(group.items())
        ]
        refs = tuple(sorted({r for ms in group.values() for r, c in ms.items() if not c.is_anchor}))
        if kind == "identifier-title":
            message = f"{name} is given for works with different titles: {'; '.join(parts)}"
        else:
            message = f"one title with different identifiers, kept apart: {'; '.join(parts)}"
        out.append(Finding(kind, refs, message, subject=name))
    return out


def _owners(clusters: list[Cluster]) -> dict[IdentityKey, int | None]:
    # Nearly every identifier belongs to one cluster: find the few shared ones first, and count
    # votes for those only (a counter per identifier costs more than the rest of this pass).
    first: dict[IdentityKey, int] = {}
    shared: set[IdentityKey] = set()
    for cluster in clusters:
        if cluster.kind != "code":
            for member in cluster.members:
                for identity in member.identities:
                    if first.setdefault(identity, cluster.index) != cluster.index:
                        shared.add(identity)
    counts: dict[IdentityKey, Counter[int]] = {}
    for cluster in clusters if shared else ():
        if cluster.kind != "code":
            for member in cluster.members:
                for identity in member.identities:
                    if identity in shared:
                        votes = counts.setdefault(identity, Counter())
                        votes[cluster.index] += 1000 if member.is_anchor else 1
    owners: dict[IdentityKey, int | None] = {}
    for identity, per_cluster in counts.items():
        ranked = per_cluster.most_common()
        owners[identity] = ranked[0][0] if ranked[0][1] > ranked[1][1] else None
    return owners


def cluster(
    candidates: Iterable[Candidate],
    decisions: Iterable[Decision] = (),
    provenance: Provenance | None = None,
) -> Clustering:
    """Group candidates into works; report conflicts. Deterministic for the same input."""
    cands = sorted(candidates, key=lambda c: c.order)
    comps = Components([c.ref for c in cands], [c.ref for c in cands if c.is_anchor])
    found = _Evidence()
    by_ref = {c.ref: c for c in cands}
    decided = _decisions(found, comps, decisions, cands, by_ref)
    found.copies = _copies(cands, provenance or {}, decided)
    _gather(cands, by_ref, comps, provenance or {}, found)
    _apply(found, comps)
    # Candidates are in order (entries before anchors, so lists lead) and orders are unique:
    # taken in turn into their components, each cluster comes out in order, and the clusters in
    # the order of their first members.
    groups: dict[str, list[Candidate]] = {}
    for c in cands:
        groups.setdefault(comps.find(c.ref), []).append(c)
    clusters = [Cluster(i, g[0].kind, tuple(g)) for i, g in enumerate(groups.values())]
    cluster_of = {c.ref: cl.index for cl in clusters for c in cl.members}
    findings = found.findings + _cross_cluster(found, clusters, cluster_of, comps)
    return Clustering(clusters, sorted(set(findings)), cluster_of, _owners(clusters))
