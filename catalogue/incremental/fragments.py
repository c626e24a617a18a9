"""Fragments: what outputs derive from records, kept between builds under what they show.

A build makes the same things again and again from records that did not change: a paper's BibTeX
entry, its README line, its card on the website, its part of the JSON export. An output asks for
such a fragment by its kind and a digest of what it shows, and gives the function that makes it;
the fragment is made only when no earlier build kept one under that key. The digests are made
here from ``Catalogue.digests`` (each record file's bytes), and nowhere else: an edited record is
a new key, so a stale fragment is never found. A record without a digest (a catalogue made in
memory) gives no digest, and its fragments are made afresh each time.

The usual digest is a record's with what it points at (``paper``: the paper's file, its venue's,
its code records' and its sources'; ``code``: the code record's and its sources'), worked out once
per build and shared by every output. Whatever else a fragment shows (a page's folder, a tag's
page) goes into its kind or into ``shows``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from ..core.store import CODE, PAPERS, SOURCES, VENUES, Catalogue
from .kept import KeptValues

T = TypeVar("T")


def _blake(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


class RecordInputs:
    """The digests of records and of what they point at, worked out once per build."""

    def __init__(self, catalogue: Catalogue):
        self.catalogue = catalogue
        self.by_collection: dict[str, dict[str, bytes]] = {
            c.name: {} for c in (PAPERS, VENUES, CODE, SOURCES)
        }
        for (collection, key), digest in catalogue.digests.items():
            found = self.by_collection.get(collection)
            if found is not None:
                found[key] = digest
        self._papers: dict[str, bytes | None] = {}
        self._code: dict[str, bytes | None] = {}
        self._code_of: dict[str, list[str]] | None = None

    def code_of(self, paper: str) -> list[str]:
        """The keys of the code records tied to ``paper``, in key order."""
        if self._code_of is None:
            found: dict[str, list[str]] = {}
            code = self.catalogue.code
            for key in sorted(code):
                tied = code[key].paper
                if tied:
                    found.setdefault(tied, []).append(key)
            self._code_of = found
        return self._code_of.get(paper, [])

    def _sources(self, entries: Iterable[Any], found: list[bytes | None]) -> int:
        """The digests of the known source lists of ``entries`` appended to ``found``."""
        known = self.catalogue.sources
        digests = self.by_collection[SOURCES.name]
        count = 0
        for source in dict.fromkeys(e.source for e in entries):
            if source in known:
                found.append(digests.get(source))
                count += 1
        return count

    def paper(self, key: str) -> bytes | None:
        if key in self._papers:
            return self._papers[key]
        # Written for speed: it runs once for every paper in every build.
        own = self.by_collection[PAPERS.name].get(key)
        made: bytes | None = None
        if own is not None:
            paper = self.catalogue.papers[key]
            found: list[bytes | None] = [own]
            venue = paper.venue in self.catalogue.venues
            if venue:
                found.append(self.by_collection[VENUES.name].get(paper.venue or ""))
            code = self.code_of(key)
            code_digests = self.by_collection[CODE.name]
            found += [code_digests.get(c) for c in code]
            sources = self._sources(paper.sources, found) if paper.sources else 0
            if None not in found:
                # Counts first: no two lists of digests (16 bytes each) read the same.
                head = f"paper {venue:d} {len(code)} {sources}\0".encode()
                made = _blake(head + b"".join(found))  # type: ignore[arg-type]
        self._papers[key] = made
        return made

    def code(self, key: str) -> bytes | None:
        if key in self._code:
            return self._code[key]
        own = self.by_collection[CODE.name].get(key)
        made: bytes | None = None
        if own is not None:
            found: list[bytes | None] = [own]
            sources = self._sources(self.catalogue.code[key].sources, found)
            if None not in found:
                made = _blake(f"code {sources}\0".encode() + b"".join(found))  # type: ignore[arg-type]
        self._code[key] = made
        return made

    def every(self, *collections: str) -> bytes | None:
        """One digest of every record of ``collections`` (None: a record without a digest)."""
        parts: list[bytes] = []
        for name in collections:
            found = self.by_collection[name]
            if found.keys() != getattr(self.catalogue, name).keys():
                return None
            parts.append(f"{name} {len(found)}\0".encode())
            for key in sorted(found):
                parts += [key.encode(), b"\0", found[key]]
        return _blake(b"".join(parts))


class Fragments:
    """One output's fragments, kept in ``kept``, keyed by digests from ``inputs``."""

    def __init__(self, kept: KeptValues, inputs: RecordInputs):
        self.kept = kept
        self.inputs = inputs
        self.paper = inputs.paper
        self.code = inputs.code
        self.every = inputs.every

    def record(self, collection: str, key: str) -> bytes | None:
        """The digest of one record's file."""
        return self.inputs.by_collection[collection].get(key)

    @staticmethod
    def shows(*digests: bytes | None, names: Iterable[str] = ()) -> bytes | None:
        """One digest of ``digests`` (16 bytes each: a record's, a paper's ...) and ``names``
        (anything else shown); None when a digest is None."""
        if None in digests:
            return None
        encoded = [name.encode() for name in names]
        # Counts and lengths first: no two lists of digests and names read the same.
        head = f"{len(digests)} {' '.join(str(len(n)) for n in encoded)}\0".encode()
        return _blake(head + b"".join(digests) + b"".join(encoded))  # type: ignore[arg-type]

    def find(self, kind: str, shows: bytes) -> Any | None:
        """The fragment of ``kind`` kept under ``shows``, if any."""
        return self.kept.get(kind.encode() + b"\0" + shows)

    def keep(self, kind: str, shows: bytes, value: T) -> T:
        """Keep ``value`` (plain data ``marshal`` writes) as the fragment of ``kind`` under
        ``shows``; return it."""
        return self.kept.put(kind.encode() + b"\0" + shows, value)  # type: ignore[no-any-return]

    def get(self, kind: str, shows: bytes | None, make: Callable[[], T]) -> T:
        """The fragment of ``kind`` that shows ``shows``: kept, or made now (and kept)."""
        if shows is None:
            return make()
        key = kind.encode() + b"\0" + shows
        found: T | None = self.kept.get(key)
        return found if found is not None else self.kept.put(key, make())  # type: ignore[no-any-return]

    def of_text(self, kind: str, text: str, make: Callable[[], T]) -> T:
        """A fragment made from ``text`` alone (a title's key), kept under the text itself."""
        key = kind.encode() + b"\0" + text.encode("utf-8", "surrogatepass")
        found: T | None = self.kept.get(key)
        return found if found is not None else self.kept.put(key, make())  # type: ignore[no-any-return]
