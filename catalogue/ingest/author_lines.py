"""Author lines compared across lists: agreement, the curated choice, and shifted lines.

Lists spell names differently (``L.K. Hansen``, ``Lars Kai Hansen``) but rarely the family names,
so author lists are compared by their family names in order. A list whose author line slipped by
one entry gives paper A the authors of paper B: that shows as A's line matching what another list
says about B, while the same list's line for B matches nobody.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..core.identity import cached
from ..core.keys import ascii_slug, family_name

AuthorKey = tuple[str, ...]


def author_key(authors: Sequence[str]) -> AuthorKey:
    """Family names in order, ASCII-folded, without affiliation digits: ``("hinton", "dean")``."""
    return tuple(name for name in map(_family, authors) if name)


@cached
def _family(author: str) -> str:
    return re.sub(r"\d+", "", ascii_slug(family_name(author)))


def agree(a: AuthorKey, b: AuthorKey) -> bool:
    """The same people as far as both lists go: the same first author, and the shorter line's
    names in the longer line in the same order (``et al.`` cuts a line short; a list may also
    leave out a name in the middle)."""
    if not a or not b:
        return True
    shorter, longer = sorted((a, b), key=len)
    if shorter[0] != longer[0]:
        return False
    rest = iter(longer[1:])
    return all(name in rest for name in shorter[1:])


@dataclass(frozen=True, slots=True)
class AuthorLine:
    """One list's author line for one work."""

    ref: str
    source: str
    cluster: int
    authors: tuple[str, ...]
    # Derived once: choosing and comparing lines asks for it again and again.
    key: AuthorKey = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", author_key(self.authors))


def choose(lines: Sequence[AuthorLine], suspects: frozenset[str]) -> tuple[str, ...]:
    """The curated author list: the one most lists agree on; then the longest (most complete);
    then the first in source order. Lines suspected of being shifted do not vote."""
    voters = [line for line in lines if line.authors and line.ref not in suspects]
    if not voters:
        return ()
    votes: Counter[int] = Counter()
    for i, line in enumerate(voters):
        votes[i] = sum(1 for other in voters if agree(line.key, other.key))
    best = max(range(len(voters)), key=lambda i: (votes[i], len(voters[i].key), -i))
    return voters[best].authors


def disagreements(lines: Sequence[AuthorLine]) -> list[tuple[AuthorLine, AuthorLine]]:
    """Pairs of lines for one work whose authors disagree (beyond truncation)."""
    found = []
    with_authors = [line for line in lines if line.key]
    for i, a in enumerate(with_authors):
        for b in with_authors[i + 1 :]:
            if not agree(a.key, b.key):
                found.append((a, b))
    return found


@dataclass(frozen=True)
class Shift:
    """``moved`` (a list's line for one work) carries the authors that ``witness`` (another list)
    gives for a different work; ``displaced`` is the first list's own line for that work."""

    moved: AuthorLine
    witness: AuthorLine
    displaced: AuthorLine


def find_shifts(lines: Sequence[AuthorLine]) -> list[Shift]:
    """Author lines that slipped to another entry.

    The search starts from the rare case, a work whose lists disagree on its authors (``witness``
    against ``displaced``), and looks, through an index by list and family name, for a line of the
    displaced line's list that gives the witness's authors to another work (``moved``)."""
    by_cluster: dict[int, list[AuthorLine]] = defaultdict(list)
    by_source_name: dict[tuple[str, str], list[AuthorLine]] = defaultdict(list)
    for line in lines:
        if line.key:
            by_cluster[line.cluster].append(line)
            for name in set(line.key):
                by_source_name[(line.source, name)].append(line)

    def agrees_at_home(line: AuthorLine) -> bool:
        return any(o is not line and agree(o.key, line.key) for o in by_cluster[line.cluster])

    shifts = []
    for group in by_cluster.values():
        # A work's lines by list and author key: a list repeating one entry gives many lines
        # alike, and a displaced line is sought among the kinds of line, not every pair.
        kinds: dict[tuple[str, AuthorKey], list[AuthorLine]] = defaultdict(list)
        for line in group:
            kinds[(line.source, line.key)].append(line)
        # What is found depends on the witness's authors and the displaced line's list only.
        found: dict[tuple[AuthorKey, str], list[AuthorLine]] = {}
        for witness in group:
            for (source, key), alike in kinds.items():
                if source == witness.source or agree(key, witness.key):
                    continue
                if (witness.key, source) not in found:
                    found[(witness.key, source)] = _moved_lines(
                        witness, source, by_source_name, agrees_at_home
                    )
                moved_lines = found[(witness.key, source)]
                shifts += [Shift(m, witness, d) for d in alike for m in moved_lines]
    return shifts


def _moved_lines(
    witness: AuthorLine,
    source: str,
    by_source_name: dict[tuple[str, str], list[AuthorLine]],
    agrees_at_home: Callable[[AuthorLine], bool],
) -> list[AuthorLine]:
    """Lines of list ``source`` that give ``witness``'s authors to another work."""
    moved_lines = []
    seen: set[str] = set()
    for name in dict.fromkeys(witness.key):
        for moved in by_source_name[(source, name)]:
            if moved.cluster == witness.cluster or moved.ref in seen:
                continue
            seen.add(moved.ref)
            # A slipped line is the other work's line, not merely some of its (common) family
            # names, nor one name and ``et al.``
            if (
                min(len(moved.key), len(witness.key)) >= 2
                and agree(moved.key, witness.key)
                and not agrees_at_home(moved)
            ):
                moved_lines.append(moved)
    return moved_lines
