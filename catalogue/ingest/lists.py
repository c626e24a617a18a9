"""Importing list files into ``data/``: which list a file is, parsing it, and writing the plan.

The plan is checked as a whole before any file is written, so a failed import leaves ``data/`` as
it was; the files whose text changes are then staged and moved into place as one transaction.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ..core import progress
from ..core.checks import run_checks
from ..core.errors import DataError, Severity, UsageError
from ..core.keys import slug
from ..core.models import KEY_RE, Origin, Source, strip_controls
from ..core.store import CODE, PAPERS, SOURCES, SUFFIX, VENUES, Catalogue, Collection, to_yaml
from ..core.transaction import Transaction
from . import importers
from .importers import ImportedEntry, ImportResult
from .importers._markdown import split_lines
from .importers._relative import link_base
from .list_report import ListReport
from .reconcile import ImportPlan, plan_import, without_prose
from .versions import SourceDiff, diff_source

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")

# The largest list file an import reads unless told otherwise (``--max-size``): awesome lists
# are a few MB at most; 15 MB (100,000 entries) takes about 3 CPU minutes and 2.7 GB to import
# (benchmarks/import_repeated.py).
MAX_LIST_MB = 16


@dataclass(frozen=True)
class ListFile:
    path: Path
    source: Source
    is_new: bool
    result: ImportResult
    # For a list imported before: what this version adds and removes since that import.
    diff: SourceDiff | None = None
    reader: str = ""  # the importer that read this version (the record's format, or generic)

    def entries(self) -> list[ImportedEntry]:
        """The entries an import keeps of this list: this version's, and the entries earlier
        versions had that this one does not, marked as no longer listed."""
        kept = list(self.diff.unlisted) if self.diff is not None else []
        return [*self.result.entries, *kept]


@dataclass
class Outcome:
    lists: list[ListFile]
    plan: ImportPlan
    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)


def _title_of(text: str, fallback: str) -> str:
    for line in text.splitlines():
        match = _HEADING.match(line)
        if match:
            return match.group(1)
    return fallback


def stored_name(name: str) -> str:
    """The name a list's copy gets in ``data/sources/``: the file's own, unless that would make it
    a record (``.yml``, ``.yaml``: importing ``seed-000.yml`` must not replace the record of list
    seed-000), a temporary file (``.tmp``) or a hidden one, or hold control characters."""
    name = strip_controls(name).strip().lstrip(".") or "list"
    if name.lower().endswith((".yml", ".yaml", ".tmp")):
        name += ".txt"
    return name


# File names that say nothing of which list a file is: its folder (or repository) names it.
_GENERIC_STEMS = frozenset(
    {"readme", "index", "list", "papers", "paper", "awesome", "main", "docs"}
)


def _origin_of(path: Path, origin: Origin | None) -> Origin:
    """Where the list is read from: as given (repository, commit, path, URL), else its file."""
    if origin is not None and (origin.repository or origin.url):
        if origin.repository and not origin.path:
            return origin.model_copy(update={"path": path.name})
        return origin
    return Origin(path=strip_controls(str(path)))


def _same_list(source: Source, origin: Origin, path: Path, root: Path) -> bool:
    """Whether ``source`` is the list read from ``path`` (at ``origin``)."""
    known = source.origin
    if known is None:
        # A seed list: its file is stored beside its record.
        return _resolved(path) == _resolved(root / SOURCES.folder / source.file)
    if origin.repository and known.repository:
        return (known.repository.rstrip("/").lower(), known.path) == (
            origin.repository.rstrip("/").lower(),
            origin.path,
        )
    if origin.url and known.url:
        return known.url == origin.url
    return bool(known.path) and _resolved(Path(known.path or "")) == _resolved(path)


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def _new_id(path: Path, origin: Origin) -> str:
    """An id for a new list: its file's name, or its folder's or repository's when the file's
    name is generic (two ``README.md`` lists are two lists)."""
    name = slug(path.stem)
    if name in _GENERIC_STEMS or not name:
        if origin.repository:
            name = slug(origin.repository.rstrip("/").rsplit("/", 1)[-1]) or name
        else:
            name = slug(_resolved(path).parent.name) or name
    return name if KEY_RE.match(name) else f"list-{name}".rstrip("-")


def _source_id(
    path: Path, wanted: str | None, cat: Catalogue, origin: Origin
) -> tuple[str, Source | None]:
    if wanted is not None:
        if not KEY_RE.match(wanted):
            raise UsageError(f"--source {wanted!r}: use lower-case letters, digits and hyphens")
        return wanted, cat.sources.get(wanted)
    for source in cat.sources.values():
        if _same_list(source, origin, path, cat.root):
            return source.id, source
    sid = _new_id(path, origin)
    if sid in cat.sources:  # another list: taking it for that one would replace its entries
        raise UsageError(
            f"{path}: list {sid!r} is already imported from {_where(cat.sources[sid])}: pass"
            f" --source {sid} to import this file as its new version, or --source NEW-ID"
        )
    return sid, None


def _where(source: Source) -> str:
    origin = source.origin
    if origin is None:
        return source.file
    if origin.repository:
        return f"{origin.repository} ({origin.path})"
    return origin.url or origin.path or source.file


def _within_limit(path: Path, max_mb: int) -> None:
    try:
        size = path.stat().st_size
    except OSError:
        return  # reading it says what is wrong
    if size > max_mb * 1024 * 1024:
        raise UsageError(
            f"{path}: {size / 1024 / 1024:.1f} MB, more than the {max_mb} MB a list may have"
            f" (a list this size takes minutes and gigabytes of memory to read): split it, or"
            f" pass --max-size {int(size / 1024 / 1024) + 1} to read it whole"
        )


def read_list(
    path: Path,
    fmt: str,
    wanted: str | None,
    cat: Catalogue,
    origin: Origin | None = None,
    max_mb: int | None = None,
) -> ListFile:
    """Parse one list file as the source it is: known by ``--source``, by its origin (a seed by
    its stored file), else a new list. A file over ``max_mb`` MB (``MAX_LIST_MB`` when not
    given) is refused before it is read."""
    _within_limit(path, max_mb or MAX_LIST_MB)
    where = _origin_of(path, origin)
    sid, source = _source_id(path, wanted, cat, where)
    text = importers.read_list_text(path)
    if fmt != "auto":
        importer = importers.get(fmt)
    elif source is not None:
        importer = importers.get(source.format)
        generic = importers.get("generic")
        if importer.sniff(text) < generic.sniff(text):
            # The list changed its layout since (a seed list reformatted): its recorded format no
            # longer fits, the generic reader does. The record keeps its format for rendering.
            importer = generic
    else:
        importer = importers.for_new_list(text)
    if source is None:
        title = _title_of(text, strip_controls(path.stem)).strip() or sid
        source = Source(
            id=sid, file=stored_name(path.name), title=title, format=importer.name, origin=where
        )
    elif _moved(source, where, origin is not None, path, cat.root):
        # A newer version of a known list, read from where it is now.
        source = source.model_copy(update={"origin": where})
    # Relative links are made absolute from where the list lives, when its record says so.
    result = importer.read(text, sid, cat.venues.values(), base=link_base(source.origin))
    diff = diff_source(cat, sid, result.entries) if sid in cat.sources else None
    return ListFile(path, source, sid not in cat.sources, result, diff, importer.name)


def _moved(source: Source, where: Origin, given: bool, path: Path, root: Path) -> bool:
    """Whether a known list's record should name a new origin: one given on the command line,
    or the file it was last read from (a repository origin stays unless another is given)."""
    if source.origin == where or _is_stored(source, path, root):
        return False
    known = source.origin
    return given or known is None or not (known.repository or known.url)


def _is_stored(source: Source, path: Path, root: Path) -> bool:
    """A seed list read from its stored file (which stays its origin)."""
    return source.origin is None and _resolved(path) == _resolved(
        root / SOURCES.folder / source.file
    )


def list_report(item: ListFile, result: ImportPlan) -> ListReport:
    """What became of every line of a list in an import (see ``list_report``)."""
    sid = item.source.id
    imported = sum(
        1
        for records in (result.papers.values(), result.code.values())
        for record in records
        for entry in record.sources
        if entry.source == sid and entry.listed
    )
    lines = len(split_lines(importers.read_list_text(item.path)))
    reader = item.reader or item.source.format
    return ListReport(str(item.path), sid, reader, lines, item.result, imported)


def plan(cat: Catalogue, lists: Sequence[ListFile], added: dt.date) -> ImportPlan:
    entries: list[ImportedEntry] = [
        without_prose(e, item.source) for item in lists for e in item.entries()
    ]
    progress.step(f"matching {len(entries):,} entries with the catalogue's records")
    return plan_import(cat, entries, [item.source.id for item in lists], added)


def planned_catalogue(cat: Catalogue, lists: Sequence[ListFile], result: ImportPlan) -> Catalogue:
    """The catalogue as the import will leave it (records, venues and the lists' sources)."""
    sources = {**cat.sources, **{item.source.id: item.source for item in lists}}
    venues = {**cat.venues, **{v.id: v for v in result.venues}}
    return Catalogue(
        root=cat.root,
        papers=result.papers,
        code=result.code,
        categories=cat.categories,
        venues=venues,
        sources=sources,
        decisions=cat.decisions,
    )


def _stage_record(change: Transaction, record: BaseModel, collection: Collection[Any]) -> bool:
    """Stage a record's canonical file when its text differs from what is on disk."""
    rel = f"{collection.folder}/{collection.key_of(record)}{SUFFIX}"
    text = to_yaml(record)
    try:
        if (change.root / rel).read_text(encoding="utf-8") == text:
            return False
    except (OSError, UnicodeDecodeError):
        pass
    change.write(rel, text)
    return True


def apply(cat: Catalogue, lists: Sequence[ListFile], result: ImportPlan) -> Outcome:
    """Check the planned catalogue, then write what changed as one transaction (nothing at all if
    a check fails): every file is staged first and moved into place only when all are, so that
    an import killed at any moment leaves the catalogue as it was or, once the next command has
    completed it, as it will be (see ``core.transaction``). The caller holds the project's lock
    from loading the catalogue to here, so that two imports never interleave."""
    planned = planned_catalogue(cat, lists, result)
    progress.step("checking the records")
    errors = [d for d in run_checks(planned) if d.severity is Severity.ERROR]
    if errors:
        raise DataError(errors)
    outcome = Outcome(list(lists), result)
    root = cat.root
    change = Transaction(root)
    try:
        _stage(change, lists, result, cat.sources)
        for collection, keys in ((PAPERS, result.removed_papers), (CODE, result.removed_code)):
            for key in keys:
                change.remove(f"{collection.folder}/{key}{SUFFIX}")
        change.commit()
    except BaseException:
        change.abandon()
        raise
    outcome.written = [root / rel for rel in change.writes]
    outcome.removed = [root / rel for rel in change.removals]
    return outcome


def _stage(
    change: Transaction, lists: Sequence[ListFile], result: ImportPlan, known: dict[str, Source]
) -> None:
    for item in lists:
        # Lists are read where they are: only their records are written (the seed lists stay
        # stored as they were). A known list's record changes when its origin does.
        if item.is_new or item.source != known.get(item.source.id):
            _stage_record(change, item.source, SOURCES)
    for venue in result.venues:
        _stage_record(change, venue, VENUES)
    total = len(result.papers) + len(result.code)
    done = 0
    for collection, records in ((PAPERS, result.papers), (CODE, result.code)):
        for key in sorted(records):
            progress.step("staging changed records", done, total)
            _stage_record(change, records[key], collection)
            done += 1
