"""`catalogue sources check`: each source list's current version against the version imported.

Each list with an origin is fetched (``upstream``) and read by the importer ``catalogue import``
would use; ``catalogue.ingest.versions`` says which entries the new version adds and which it no
longer has, matching entries by what names the work, not by line. Nothing is written: importing
the new version (``catalogue import``) applies it through the usual merge, and a removed entry
then keeps its record, marked as no longer listed.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import CatalogueError, DataError, UsageError
from ..core.models import SourceEntry
from ..core.store import Catalogue
from ..enrich.ledger import SERVICE_FORMAT
from ..ingest.importers import EntryKind, ImportedEntry
from ..ingest.lists import read_list
from ..net.http import PoliteSession
from . import Services
from .upstream import fetch, no_origin


@dataclass(frozen=True)
class ListCheck:
    source: str
    where: str = ""
    skipped: str | None = None  # why the list was not fetched
    error: str | None = None  # why fetching or reading it failed
    commit: str | None = None  # the repository's latest commit that touched the file
    imported_commit: str | None = None
    unchanged: bool = False
    added: tuple[ImportedEntry, ...] = ()
    removed: tuple[tuple[EntryKind, SourceEntry], ...] = field(default=())
    kept: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed)


def check_sources(
    catalogue: Catalogue,
    session: PoliteSession,
    services: Services,
    ids: Sequence[str] = (),
    notify: Callable[[str], None] = lambda _: None,
) -> list[ListCheck]:
    """One ``ListCheck`` per source list (all, or those named), in id order."""
    unknown = [sid for sid in ids if sid not in catalogue.sources]
    if unknown:
        known = ", ".join(sorted(catalogue.sources)) or "none"
        raise UsageError(f"no source {unknown[0]!r}: choose among {known}")
    project = catalogue.root.resolve().parent
    checks = []
    for sid in ids or sorted(catalogue.sources):
        source = catalogue.sources[sid]
        if source.format == SERVICE_FORMAT:
            continue  # a scholarly service's facts (catalogue enrich), not a list
        why = no_origin(source, project)
        if why is not None:
            checks.append(ListCheck(sid, skipped=why))
            continue
        notify(f"fetching {sid} …")
        checks.append(_check(catalogue, sid, session, services, project))
    return checks


def _check(
    catalogue: Catalogue, sid: str, session: PoliteSession, services: Services, project: Path
) -> ListCheck:
    source = catalogue.sources[sid]
    imported = source.origin.commit if source.origin else None
    try:
        fetched = fetch(source, session, services, project)
    except CatalogueError as exc:
        return ListCheck(sid, error=str(exc), imported_commit=imported)
    if fetched.unchanged:
        return ListCheck(sid, fetched.where, None, None, fetched.commit, imported, unchanged=True)
    with tempfile.TemporaryDirectory(prefix="catalogue-sources-") as folder:
        path = Path(folder) / source.file
        path.write_bytes(fetched.text or b"")
        try:
            item = read_list(path, "auto", sid, catalogue, origin=source.origin)
        except (DataError, UsageError) as exc:
            return ListCheck(sid, fetched.where, error=f"{sid}: cannot read the new version: {exc}")
    diff = item.diff
    return ListCheck(
        sid,
        fetched.where,
        commit=fetched.commit,
        imported_commit=imported,
        added=diff.added if diff else tuple(item.result.entries),
        removed=diff.removed if diff else (),
        kept=diff.kept if diff else 0,
    )
