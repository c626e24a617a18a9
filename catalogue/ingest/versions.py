"""Versions of a source list: what a newer version added and removed since the imported one.

The imported version is what the catalogue's records keep of the list (the entries under their
``sources``); a newer version is a fresh parse of the list. Entries are matched across versions
by what names the work, not by line (lines move when a list grows): a shared identifier (arXiv
id, DOI, publisher id, repository) or the same title key. ``diff_source`` is the library function
``catalogue import`` reports with, and that ``catalogue sources check`` can call on a list fetched
from its origin.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..core.identity import IdentityKey, title_key
from ..core.models import SourceEntry
from ..core.store import Catalogue
from .candidates import entry_identities
from .importers import EntryKind, ImportedEntry


@dataclass(frozen=True)
class SourceDiff:
    source: str
    added: tuple[ImportedEntry, ...]  # in the new version, not in the imported one
    removed: tuple[tuple[EntryKind, SourceEntry], ...]  # listed in the imported version, gone
    kept: int  # entries of the new version that the imported version had
    # Entries of the imported version the new one does not have (the removed ones, and those an
    # earlier version had already dropped), marked as no longer listed: an import keeps them.
    unlisted: tuple[ImportedEntry, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed)


def imported_entries(cat: Catalogue, source: str) -> list[tuple[EntryKind, SourceEntry]]:
    """The entries of list ``source`` that the catalogue's records keep, in list order."""
    found: list[tuple[EntryKind, SourceEntry]] = []
    for paper in cat.papers.values():
        kind: EntryKind = "talk" if paper.kind == "talk" else "paper"
        found += [(kind, e) for e in paper.sources if e.source == source]
    for code in cat.code.values():
        found += [("code", e) for e in code.sources if e.source == source]
    return sorted(found, key=lambda pair: (pair[1].line, pair[1].title or ""))


def _names(kind: EntryKind, entry: SourceEntry) -> set[IdentityKey | str]:
    names: set[IdentityKey | str] = set(entry_identities(kind, entry))
    if entry.title:
        names.add(f"title:{title_key(entry.title)}")
    return names


def diff_entries(
    source: str,
    old: Sequence[tuple[EntryKind, SourceEntry]],
    new: Iterable[ImportedEntry],
) -> SourceDiff:
    """What ``new`` (a fresh parse) adds to and removes from ``old`` (the imported version)."""
    by_name: dict[IdentityKey | str, list[int]] = {}
    for index, (kind, entry) in enumerate(old):
        for name in _names(kind, entry):
            by_name.setdefault(name, []).append(index)
    matched: set[int] = set()
    # Per name, how far its (ascending) indices are matched already: a list repeating one entry
    # n times must not look at every earlier copy again for each copy (n, not n * n).
    done: dict[IdentityKey | str, int] = {}

    def first_unmatched(name: IdentityKey | str) -> int | None:
        indices = by_name.get(name, [])
        at = done.get(name, 0)
        while at < len(indices) and indices[at] in matched:
            at += 1
        done[name] = at
        return indices[at] if at < len(indices) else None

    added: list[ImportedEntry] = []
    kept = 0
    for item in new:
        firsts = [i for n in _names(item.kind, item.entry) if (i := first_unmatched(n)) is not None]
        if firsts:
            matched.add(min(firsts))
            kept += 1
        else:
            added.append(item)
    gone = [(i, pair) for i, pair in enumerate(old) if i not in matched]
    removed = tuple(pair for _, pair in gone if pair[1].listed)
    unlisted = tuple(
        ImportedEntry(kind, entry.model_copy(update={"listed": False})) for _, (kind, entry) in gone
    )
    return SourceDiff(source, tuple(added), removed, kept, unlisted)


def diff_source(cat: Catalogue, source: str, new: Iterable[ImportedEntry]) -> SourceDiff:
    """What a fresh parse of list ``source`` adds and removes since the version imported."""
    return diff_entries(source, imported_entries(cat, source), new)
