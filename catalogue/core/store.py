"""The YAML store: every record under ``data/`` in, canonical record files out.

One file per record, grouped in one folder per collection. Loading reports every problem of the run
(not only the first), each located at ``path:line:column``.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from ..incremental.kept import KeptValues
from ..incremental.parsecache import as_json, parse_cache
from ..incremental.parsecache import digest as file_digest
from .errors import DataError, Diagnostic, Severity
from .models import (
    PATTERN_HINTS,
    Category,
    CodeLink,
    Decision,
    Paper,
    Source,
    Venue,
    control_hint,
)
from .yamlio import Parsed, ParseFailed, dump, parse, write_atomic

R = TypeVar("R", bound=BaseModel)


@dataclass(frozen=True)
class Collection(Generic[R]):
    """A kind of record: the folder it lives in, its model and the field that names it."""

    name: str
    folder: str
    model: type[R]
    key_field: str
    # Base name of the collection's JSON Schema in ``schema/`` (``paper`` -> paper.schema.json).
    schema: str = ""

    def key_of(self, record: BaseModel) -> str:
        return str(getattr(record, self.key_field))


PAPERS = Collection("papers", "papers", Paper, "key", "paper")
CODE = Collection("code", "code", CodeLink, "key", "code")
CATEGORIES = Collection("categories", "categories", Category, "id", "category")
VENUES = Collection("venues", "venues", Venue, "id", "venue")
SOURCES = Collection("sources", "sources", Source, "id", "source")
DECISIONS = Collection("decisions", "decisions", Decision, "id", "decision")
COLLECTIONS: tuple[Collection[Any], ...] = (CATEGORIES, VENUES, SOURCES, PAPERS, CODE, DECISIONS)
BY_MODEL: dict[type[BaseModel], Collection[Any]] = {c.model: c for c in COLLECTIONS}

SUFFIX = ".yml"
# The JSON Schemas of the record files (written by `catalogue schema`), beside data/.
SCHEMA_FOLDER = "schema"


@dataclass
class Origin:
    """Where a record was read from. Positions of its values are found only when a message
    needs one: the file is parsed again then, which keeps loading fast for the common case."""

    # The file's path as text: a ``Path`` per record costs loading a tenth of its time.
    file: str
    _parsed: Parsed | None = None

    @property
    def path(self) -> Path:
        return Path(self.file)

    @property
    def name(self) -> str:
        return os.path.basename(self.file)

    def position(self, *loc: str | int) -> tuple[int, int]:
        if self._parsed is None or not self._parsed.positions:
            try:
                self._parsed = parse(self.path.read_bytes(), self.file)
            except (OSError, ParseFailed):
                return (1, 1)
        return self._parsed.position(loc)


@dataclass
class Catalogue:
    root: Path
    papers: dict[str, Paper] = field(default_factory=dict)
    code: dict[str, CodeLink] = field(default_factory=dict)
    categories: dict[str, Category] = field(default_factory=dict)
    venues: dict[str, Venue] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    decisions: dict[str, Decision] = field(default_factory=dict)
    # Kept apart from the records: (collection name, key) -> where it came from.
    origins: dict[tuple[str, str], Origin] = field(default_factory=dict)
    # (collection name, key) -> digest of the record file's bytes: what derived-output caches
    # (see ``memo``) key on, so that an edited record is made again and no other.
    digests: dict[tuple[str, str], bytes] = field(default_factory=dict)

    def records(self, collection: Collection[R]) -> dict[str, R]:
        return getattr(self, collection.name)  # type: ignore[no-any-return]

    def origin(self, collection: Collection[Any], key: str) -> Origin | None:
        return self.origins.get((collection.name, key))

    def locate(
        self, collection: Collection[Any], key: str, *loc: str | int
    ) -> tuple[str, int, int]:
        """``(path, line, column)`` of a value of a record, or of its would-be file."""
        origin = self.origin(collection, key)
        if origin is None:
            return str(record_path(self.root, collection, key)), 1, 1
        line, column = origin.position(*loc)
        return str(origin.path), line, column


def record_path(root: Path, collection: Collection[Any], key: str) -> Path:
    return root / collection.folder / f"{key}{SUFFIX}"


def _display(path: Path | str) -> str:
    """Paths in messages as the user gave them (relative stays relative)."""
    return str(path)


def validation_diagnostics(exc: ValidationError, path: str, parsed: Parsed) -> list[Diagnostic]:
    out = []
    for error in exc.errors(include_url=False):
        loc = tuple(error["loc"])
        line, column = parsed.position(loc)
        where = ".".join(str(part) for part in loc) or "record"
        message = error["msg"]
        if error["type"] == "string_pattern_mismatch":
            # A control character is named whatever the field's grammar (see models.TEXT_PATTERN).
            pattern = str(error.get("ctx", {}).get("pattern"))
            message = control_hint(error.get("input")) or PATTERN_HINTS.get(pattern, message)
        if error["type"] == "extra_forbidden":
            message = "unknown field: remove it or check its spelling"
        elif error["type"] == "missing":
            message = "required field is missing: add it"
        out.append(
            Diagnostic.at(path, f"{where}: {message}", code="schema", line=line, column=column)
        )
    return out


def load_record(
    path: Path, collection: Collection[R], raw: bytes | None = None, cache: KeptValues | None = None
) -> R:
    """Load one record file; raise ``DataError`` with every problem found in it.

    With a ``cache``, content seen before is not parsed again. Positions are worked out only when
    something is wrong; ``Origin`` finds them on demand otherwise."""
    return _read_record(path, collection, raw, cache)[0]


def _read_record(
    path: Path | str, collection: Collection[R], raw: bytes | None, cache: KeptValues | None
) -> tuple[R, bytes]:
    """The record in ``path`` and the digest of the file's bytes."""
    shown = _display(path)
    try:
        if raw is None:
            with open(path, "rb") as handle:
                raw = handle.read()
    except OSError as exc:
        raise DataError([Diagnostic.at(shown, f"cannot read: {exc.strerror}", code="io")]) from None
    key = file_digest(raw)
    cached = cache.get(key) if cache else None
    if cached is not None:
        try:
            return collection.model.model_validate_json(cached), key
        except ValidationError:
            pass  # the models changed since: parse again, to place each error
    try:
        data = parse(raw, shown, positions=False).data
    except ParseFailed as exc:
        raise DataError([exc.diagnostic]) from None
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else "a single value"
        raise DataError(
            [
                Diagnostic.at(
                    shown,
                    f"expected a mapping of fields (key: value) for one {collection.model.__name__}"
                    f" record, found {kind}: one file holds one record",
                    code="shape",
                )
            ]
        )
    try:
        record = collection.model.model_validate(data)
    except ValidationError as exc:
        located = parse(raw, shown)  # parse again, with positions, to place each error
        raise DataError(validation_diagnostics(exc, shown, located)) from None
    if cache and (encoded := as_json(data)) is not None:
        cache.put(key, encoded)
    return record, key


def iter_names(root: Path, collection: Collection[Any]) -> list[str]:
    """The paths of ``iter_files`` as text, in the same order."""
    folder = root / collection.folder
    if not folder.is_dir():
        return []
    # By name (the order of paths in one folder); the suffix as ``Path.suffix`` has it.
    names = sorted(n for n in os.listdir(folder) if os.path.splitext(n)[1] in (".yml", ".yaml"))
    return [os.path.join(folder, n) for n in names]


def iter_files(root: Path, collection: Collection[Any]) -> Iterator[Path]:
    """The record files of a collection under ``root``, by name."""
    yield from map(Path, iter_names(root, collection))


def load(root: Path, cache_file: Path | None = None) -> Catalogue:
    """Load every record under ``root``; raise ``DataError`` listing every problem found.

    ``cache_file``: where to keep the parse cache (see ``parsecache``); None parses everything.
    Loading makes many objects and no reference cycles: a caller that loads a large catalogue
    pauses the cyclic collector meanwhile (see ``incremental.collector``; the CLI and ``build``
    do)."""
    if not root.is_dir():
        raise DataError([Diagnostic.at(_display(root), "data folder not found", code="io")])
    catalogue = Catalogue(root=root)
    problems = _load_into(catalogue, parse_cache(cache_file) if cache_file else None)
    if problems:
        raise DataError(problems)
    return catalogue


def _load_into(catalogue: Catalogue, cache: KeptValues | None) -> list[Diagnostic]:
    """Every record under the catalogue's root into it; the problems found, in file order."""
    root = catalogue.root
    problems: list[Diagnostic] = []
    for collection in COLLECTIONS:
        records = catalogue.records(collection)
        for path in iter_names(root, collection):
            try:
                record, digest = _read_record(path, collection, None, cache)
            except DataError as exc:
                problems.extend(exc.diagnostics)
                continue
            key = collection.key_of(record)
            if key in records:
                first = catalogue.origins[(collection.name, key)]
                line, column = Origin(path).position(collection.key_field)
                problems.append(
                    Diagnostic.at(
                        _display(path),
                        f"{collection.key_field} {key!r} is already used by {first.file}:"
                        " give this record another key",
                        code="duplicate-key",
                        line=line,
                        column=column,
                    )
                )
                continue
            records[key] = record
            catalogue.origins[(collection.name, key)] = Origin(path)
            catalogue.digests[(collection.name, key)] = digest
    if cache:
        cache.save()
    return problems


def default_cache_file(root: Path) -> Path:
    """The parse cache of a data folder: ``.cache/`` beside it, one file per folder."""
    tag = hashlib.blake2b(str(root.resolve()).encode(), digest_size=6).hexdigest()
    return root.resolve().parent / ".cache" / f"parse-{tag}.marshal"


def modeline(collection: Collection[Any]) -> str:
    """The first line of a record file: it names the file's JSON Schema, so that editors with the
    YAML language server (VS Code, Neovim, Helix, Zed …) complete and validate as people type.
    The path is relative to the record file, which sits in ``data/<folder>/``."""
    if not collection.schema:
        return ""
    schema = f"../../{SCHEMA_FOLDER}/{collection.schema}.schema.json"
    return f"# yaml-language-server: $schema={schema}\n"


def to_yaml(record: BaseModel) -> str:
    """The canonical text of a record: its schema modeline, then fields in model order, defaults
    left out."""
    collection = BY_MODEL.get(type(record))
    head = modeline(collection) if collection else ""
    return head + dump(record.model_dump(mode="json", exclude_defaults=True))


def save(root: Path, record: BaseModel) -> Path:
    """Write one record to its canonical file, atomically; return the path written."""
    collection = BY_MODEL[type(record)]
    path = record_path(root, collection, collection.key_of(record))
    write_atomic(path, to_yaml(record))
    return path


def format_files(root: Path, *, check: bool) -> tuple[list[Path], list[Diagnostic]]:
    """Rewrite record files canonically (with ``check``, only list those that differ)."""
    changed: list[Path] = []
    problems: list[Diagnostic] = []
    for collection in COLLECTIONS:
        for path in iter_files(root, collection):
            try:
                raw = path.read_bytes()
            except OSError as exc:  # a folder named like a record, a file that went away
                problems.append(Diagnostic.at(path, f"cannot read: {exc.strerror}", code="io"))
                continue
            try:
                record = load_record(path, collection, raw)
            except DataError as exc:
                problems.extend(exc.diagnostics)
                continue
            canonical = to_yaml(record).encode("utf-8")
            if canonical != raw:
                changed.append(path)
                if not check:
                    write_atomic(path, canonical)
    return changed, problems


__all__ = [
    "COLLECTIONS",
    "Catalogue",
    "Collection",
    "Origin",
    "Severity",
    "format_files",
    "load",
    "load_record",
    "record_path",
    "save",
    "to_yaml",
]
