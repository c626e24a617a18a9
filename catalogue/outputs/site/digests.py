"""Digests of the record files a derived value is made from: what memo keys are made of.

``Catalogue.digests`` holds a digest of every record file's bytes. A value the site keeps in a
memo is keyed by the digests of every file it shows, with whatever else it shows that is not in
those files (a page's link prefix, a tag's page), so that a changed input is a new key and a
stale value is never found (see ``catalogue.memo``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import cast

from ...core.models import CodeLink, Paper
from ...core.store import CODE, PAPERS, SOURCES, VENUES, Catalogue
from ...incremental.memo import key as memo_key


@dataclass(frozen=True)
class RecordDigests:
    """The catalogue's record file digests, one dict per collection (looked up once per paper)."""

    papers: dict[str, bytes]
    venues: dict[str, bytes]
    code: dict[str, bytes]
    sources: dict[str, bytes]

    @classmethod
    def of(cls, catalogue: Catalogue) -> RecordDigests:
        found: dict[str, dict[str, bytes]] = {c.name: {} for c in (PAPERS, VENUES, CODE, SOURCES)}
        for (collection, key), digest in catalogue.digests.items():
            if collection in found:
                found[collection][key] = digest
        return cls(**found)


def paper_view_digest(
    paper: Paper,
    catalogue: Catalogue,
    digests: RecordDigests,
    code: list[CodeLink],
    tag_pages: list[str],
    home: str,
) -> bytes | None:
    """The digest of everything a view of ``paper`` shows, besides the code that shows it: the
    files of the paper, its venue, its code records (``code``) and its sources, its tags'
    pages and its home page (see ``views.PaperView.inputs``). None: a file has no digest."""
    # Written for speed: it runs for every paper in every build.
    own = digests.papers.get(paper.key)
    if own is None:
        return None
    found: list[bytes | None] = [own]
    venue = paper.venue in catalogue.venues
    if venue:
        found.append(digests.venues.get(paper.venue or ""))
    for item in code:
        found.append(digests.code.get(item.key))
    sources = 0
    if paper.sources:
        for source in {e.source: None for e in paper.sources}:
            if source in catalogue.sources:
                found.append(digests.sources.get(source))
                sources += 1
    if None in found:
        return None
    # Counts first, so that no two lists of parts read the same (digests are 16 bytes; pages
    # are paths, never holding a NUL). One hash of one string.
    head = f"view {venue:d} {len(code)} {sources} {len(tag_pages)}\0{home}"
    if tag_pages:
        head = "\0".join([head, *tag_pages])
    joined = b"".join(cast(list[bytes], found))
    return hashlib.blake2b(head.encode() + joined, digest_size=16).digest()


def world_digest(
    catalogue: Catalogue, digests: RecordDigests, tag_pages: dict[str, str]
) -> bytes | None:
    """A digest of all that ``views.derive`` reads besides the paper's own record: the venue,
    code and source record files, which categories there are, and every tag's page. None: a
    record has no file digest."""
    collections: list[tuple[dict[str, bytes], Mapping[str, object]]] = [
        (digests.venues, catalogue.venues),
        (digests.code, catalogue.code),
        (digests.sources, catalogue.sources),
    ]
    parts: list[str | bytes] = [f"world {len(catalogue.categories)} {len(tag_pages)}"]
    parts += sorted(catalogue.categories)
    parts += [item for pair in sorted(tag_pages.items()) for item in pair]
    for found, records in collections:
        if found.keys() != records.keys():
            return None
        parts.append(str(len(found)))
        parts += [item for pair in sorted(found.items()) for item in pair]
    return memo_key(*parts)
