"""Importing list files into ``data/``: which list a file is, parsing it, and writing the plan.

The plan is checked as a whole before any file is written, so a failed import leaves ``data/`` as
it was; each file is then written atomically, and only files whose text changes are touched.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ..core.checks import run_checks
from ..core.errors import DataError, Severity, UsageError
from ..core.keys import slug
from ..core.models import KEY_RE, Source, strip_controls
from ..core.store import CODE, PAPERS, SOURCES, Catalogue, Collection, record_path, save, to_yaml
from ..core.yamlio import write_atomic
from . import importers
from .importers import ImportedEntry, ImportResult
from .importers._markdown import split_lines
from .list_report import ListReport
from .reconcile import ImportPlan, plan_import

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")


@dataclass(frozen=True)
class ListFile:
    path: Path
    source: Source
    is_new: bool
    result: ImportResult


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


def _source_id(path: Path, wanted: str | None, cat: Catalogue) -> tuple[str, Source | None]:
    if wanted is not None:
        if not KEY_RE.match(wanted):
            raise UsageError(f"--source {wanted!r}: use lower-case letters, digits and hyphens")
        return wanted, cat.sources.get(wanted)
    for source in cat.sources.values():
        if source.file == stored_name(path.name):
            return source.id, source
    name = slug(path.stem)
    sid = name if KEY_RE.match(name) else f"list-{name}".rstrip("-")
    if sid in cat.sources:  # another file: taking it for that list would replace its entries
        raise UsageError(
            f"{path}: list {sid!r} is already imported from {cat.sources[sid].file}: pass"
            f" --source {sid} to import this file as its new version, or --source NEW-ID"
        )
    return sid, None


def read_list(path: Path, fmt: str, wanted: str | None, cat: Catalogue) -> ListFile:
    """Parse one list file as the source it is (known by ``--source`` or its file name)."""
    sid, source = _source_id(path, wanted, cat)
    text = importers.read_list_text(path)
    if fmt != "auto":
        importer = importers.get(fmt)
    elif source is not None:
        importer = importers.get(source.format)
    else:
        importer = importers.for_new_list(text)
    if source is None:
        title = _title_of(text, strip_controls(path.stem)).strip() or sid
        source = Source(id=sid, file=stored_name(path.name), title=title, format=importer.name)
    result = importer.read(text, sid, cat.venues.values())
    return ListFile(path, source, sid not in cat.sources, result)


def list_report(item: ListFile, result: ImportPlan) -> ListReport:
    """What became of every line of a list in an import (see ``list_report``)."""
    sid = item.source.id
    imported = sum(
        1
        for records in (result.papers.values(), result.code.values())
        for record in records
        for entry in record.sources
        if entry.source == sid
    )
    lines = len(split_lines(importers.read_list_text(item.path)))
    return ListReport(str(item.path), sid, item.source.format, lines, item.result, imported)


def plan(cat: Catalogue, lists: Sequence[ListFile], added: dt.date) -> ImportPlan:
    entries: list[ImportedEntry] = [e for item in lists for e in item.result.entries]
    return plan_import(cat, entries, [item.source.id for item in lists], added)


def _planned(cat: Catalogue, lists: Sequence[ListFile], result: ImportPlan) -> Catalogue:
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


def _changed(root: Path, record: BaseModel, collection: Collection[Any]) -> bool:
    path = record_path(root, collection, collection.key_of(record))
    try:
        return path.read_text(encoding="utf-8") != to_yaml(record)
    except OSError:
        return True


def apply(cat: Catalogue, lists: Sequence[ListFile], result: ImportPlan) -> Outcome:
    """Check the planned catalogue, then write what changed (nothing at all if a check fails)."""
    planned = _planned(cat, lists, result)
    errors = [d for d in run_checks(planned) if d.severity is Severity.ERROR]
    if errors:
        raise DataError(errors)
    outcome = Outcome(list(lists), result)
    root = cat.root
    for item in lists:
        # The catalogue keeps the list it was built from, beside the list's record.
        target = root / SOURCES.folder / item.source.file
        if not target.exists() or target.read_bytes() != item.path.read_bytes():
            write_atomic(target, item.path.read_bytes())
            outcome.written.append(target)
        if item.is_new:
            outcome.written.append(save(root, item.source))
    for venue in result.venues:
        outcome.written.append(save(root, venue))
    for collection, records in ((PAPERS, result.papers), (CODE, result.code)):
        for key in sorted(records):
            if _changed(root, records[key], collection):
                outcome.written.append(save(root, records[key]))
    for collection, keys in ((PAPERS, result.removed_papers), (CODE, result.removed_code)):
        for key in keys:
            path = record_path(root, collection, key)
            path.unlink(missing_ok=True)
            outcome.removed.append(path)
    return outcome
