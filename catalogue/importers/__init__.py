"""Importers turn a foreign list (Markdown, BibTeX, …) into entries, chosen from a registry by name.

An importer reads text and returns an ``ImportResult``: the entries it found, each a
``SourceEntry`` (what the list said, with its line) plus the kind of record it describes, and the
lines it skipped with a reason, so that no line of a list goes unaccounted for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from ..errors import UsageError
from ..models import SourceEntry

EntryKind = Literal["paper", "talk", "code"]


@dataclass(frozen=True)
class ImportedEntry:
    kind: EntryKind
    entry: SourceEntry


@dataclass(frozen=True)
class SkippedLine:
    line: int
    text: str
    reason: str


@dataclass
class ImportResult:
    entries: list[ImportedEntry] = field(default_factory=list)
    skipped: list[SkippedLine] = field(default_factory=list)
    # Lines that are part of an entry or a heading: with `skipped`, every line is accounted for.
    consumed: set[int] = field(default_factory=set)


@dataclass(frozen=True)
class Importer:
    name: str
    description: str
    parse: Callable[[str, str], ImportResult]  # (text, source id) -> result
    # How well this importer fits a text, 0..1; `--format auto` picks the highest.
    sniff: Callable[[str], float]


IMPORTERS: dict[str, Importer] = {}


def register(importer: Importer) -> Importer:
    if importer.name in IMPORTERS:
        raise ValueError(f"importer {importer.name!r} registered twice")
    IMPORTERS[importer.name] = importer
    return importer


def get(name: str) -> Importer:
    _load_builtin()
    if name not in IMPORTERS:
        known = ", ".join(sorted(IMPORTERS)) or "none"
        raise UsageError(f"unknown import format {name!r}: choose one of {known}, or auto")
    return IMPORTERS[name]


def _load_builtin() -> None:
    """Import the modules that register the built-in importers (each registers itself)."""
    import importlib
    import pkgutil

    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")
