"""What deduplication compares: one ``Candidate`` per list entry or existing record.

Kept apart from the clustering in ``catalogue.dedupe`` because importing builds candidates (from
list entries and from the catalogue's records) without knowing how they are grouped, and code
attachment (``catalogue.attach``) matches titles with the same thresholds.

Titles are *similar* when their keys are equal; or one contains the other as a run of at least
three words (``Stagewise Knowledge Distillation`` in ``Data Efficient Stagewise …``); or they
differ by about a word's spelling: a word-level ratio of at least 0.8 and a character-level ratio of
at least 0.9 (``Classifier`` / ``Classifiers``; ``Relational`` / ``Residual`` stays apart at 0.67);
or they differ only by acronyms of runs of words (``LM`` / ``Language Model``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ..core.identity import ARXIV, DOI, IdentityKey, code_identity, title_key
from ..core.models import CodeLink, Paper, SourceEntry
from .importers import EntryKind
from .link_curation import link_identity
from .near_titles import acronym_equal

WORD_RATIO = 0.8
CHAR_RATIO = 0.9
MIN_CONTAINED_WORDS = 3


def similar_titles(a: str, b: str) -> bool:
    """Whether two title keys name the same work (see the module notes for the thresholds)."""
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    shorter, longer = sorted((wa, wb), key=len)
    if len(shorter) >= MIN_CONTAINED_WORDS:
        n = len(shorter)
        if any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1)):
            return True
    spelling = SequenceMatcher(None, wa, wb).ratio() >= WORD_RATIO
    if spelling and SequenceMatcher(None, a, b).ratio() >= CHAR_RATIO:
        return True
    return acronym_equal(a, b)


# Candidates, identity keys and clusters number in the hundreds of thousands at 100,000 papers:
# slots keep each one small (no per-instance dict), which is what the cost of a pass over them is.
@dataclass(frozen=True, slots=True)
class Candidate:
    """One list entry (``ref`` = ``source:line``) or one existing record (``ref`` = its key)."""

    ref: str
    kind: EntryKind
    title: str
    identities: frozenset[IdentityKey]
    order: tuple[int, str, int, int]
    entry: SourceEntry | None = None
    owner: str | None = None  # the record an entry is stored in
    # A record's own year and authors (an entry's are in ``entry``): near misses check them.
    year: int | None = None
    authors: tuple[str, ...] = ()
    key: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", title_key(self.title))

    @property
    def is_anchor(self) -> bool:
        return self.entry is None

    @property
    def stated_year(self) -> int | None:
        return self.entry.year if self.entry is not None else self.year

    @property
    def stated_authors(self) -> tuple[str, ...]:
        return tuple(self.entry.authors) if self.entry is not None else self.authors


def entry_identities(kind: EntryKind, entry: SourceEntry) -> frozenset[IdentityKey]:
    if kind == "code":
        return frozenset(code_identity(link.url) for link in entry.links)
    found = {key for link in entry.links if (key := link_identity(link)) is not None}
    # Identifiers the list wrote as text (``arXiv:1503.02531``) name the work as links do.
    ids = entry.identifiers
    if ids.arxiv:
        found.add(IdentityKey(ARXIV, ids.arxiv))
    if ids.doi:
        found.add(IdentityKey(DOI, ids.doi))
    found.update(IdentityKey.parse(text) for text in ids.other if ":" in text)
    return frozenset(found)


def entry_candidate(
    kind: EntryKind, entry: SourceEntry, seq: int = 1, owner: str | None = None
) -> Candidate:
    ref = f"{entry.source}:{entry.line}" + (f".{seq}" if seq > 1 else "")
    title = entry.title or (entry.links[0].url if entry.links else ref)
    return Candidate(
        ref=ref,
        kind=kind,
        title=title,
        identities=entry_identities(kind, entry),
        order=(0, entry.source, entry.line, seq),
        entry=entry,
        owner=owner,
    )


def paper_anchor(paper: Paper) -> Candidate:
    ids = {link_identity(link) for link in paper.links}
    if paper.identifiers.arxiv:
        ids.add(IdentityKey(ARXIV, paper.identifiers.arxiv))
    if paper.identifiers.doi:
        ids.add(IdentityKey(DOI, paper.identifiers.doi))
    ids.update(IdentityKey.parse(text) for text in paper.identifiers.other if ":" in text)
    return Candidate(
        paper.key,
        paper.kind,
        paper.title,
        frozenset(i for i in ids if i),
        (1, paper.key, 0, 0),
        year=paper.year,
        authors=tuple(paper.authors),
    )


def code_anchor(code: CodeLink) -> Candidate:
    ids = {code_identity(code.url)}
    return Candidate(code.key, "code", code.title, frozenset(ids), (1, code.key, 0, 0))


def sequence_entries(
    items: Iterable[tuple[EntryKind, SourceEntry, str | None]],
) -> list[Candidate]:
    """Candidates for entries (kind, entry, owner), numbering entries that share a line."""
    seen: dict[str, dict[int, int]] = defaultdict(dict)  # source -> line -> entries so far
    out = []
    for kind, entry, owner in items:
        lines = seen[entry.source]
        seq = lines[entry.line] = lines.get(entry.line, 0) + 1
        out.append(entry_candidate(kind, entry, seq, owner))
    return out
