"""Importers turn a foreign list (Markdown, BibTeX, …) into entries, chosen from a registry by name.

An importer reads text and returns an ``ImportResult``: the entries it found, each a
``SourceEntry`` (what the list said, with its line) plus the kind of record it describes, and the
lines it skipped with a reason, so that no line of a list goes unaccounted for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from ...core.errors import DataError, Diagnostic, UsageError
from ...core.models import KEY_RE, SourceEntry, Venue, strip_controls
from ...core.registry import import_modules, names, pick

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
    # The line names a link or an identifier: it may be a lost entry, so reports list it first.
    looks_like_entry: bool = False


@dataclass(frozen=True)
class ImportWarning:
    """Something of an entry the importer could not keep as typed data (e.g. a relative link)."""

    line: int
    message: str


@dataclass
class ImportResult:
    entries: list[ImportedEntry] = field(default_factory=list)
    skipped: list[SkippedLine] = field(default_factory=list)
    # Lines that are part of an entry or a heading: with `skipped`, every line is accounted for.
    consumed: set[int] = field(default_factory=set)
    warnings: list[ImportWarning] = field(default_factory=list)


@dataclass(frozen=True)
class Importer:
    name: str
    description: str
    parse: Callable[..., ImportResult]  # (text, source id[, venues, base]) -> result
    # How well this importer fits a text, 0..1; `--format auto` picks the highest.
    sniff: Callable[[str], float]
    # Whether ``parse`` takes the catalogue's venue records (its venue lexicon) as a third
    # argument and the address relative links are read against (``_relative``) as ``base``;
    # importers of fixed formats read venues as written and leave relative links out.
    uses_venues: bool = False

    def read(
        self,
        text: str,
        source: str,
        venues: Iterable[Venue] | None = None,
        base: str | None = None,
    ) -> ImportResult:
        if self.uses_venues:
            return self.parse(text, source, venues, base=base)
        return self.parse(text, source)


IMPORTERS: dict[str, Importer] = {}


def register(importer: Importer) -> Importer:
    if importer.name in IMPORTERS:
        raise ValueError(f"importer {importer.name!r} registered twice")
    IMPORTERS[importer.name] = importer
    return importer


def get(name: str) -> Importer:
    _load_builtin()
    return pick(IMPORTERS, name, "import format", besides="auto")


def scores(text: str) -> list[tuple[float, str]]:
    """How well each importer fits ``text``, best first (ties broken by name, so stable)."""
    _load_builtin()
    found = [(importer.sniff(text), name) for name, importer in IMPORTERS.items()]
    return sorted(found, key=lambda pair: (-pair[0], pair[1]))


def detect(text: str) -> Importer:
    """The importer for ``--format auto``: the one whose sniff scores highest."""
    ranked = scores(text)
    if not ranked or ranked[0][0] <= 0:
        raise UsageError(
            f"cannot tell the format of this list (no importer recognises its entries):"
            f" pass --format with one of {names(IMPORTERS)}"
        )
    return IMPORTERS[ranked[0][1]]


def for_new_list(text: str) -> Importer:
    """The importer of ``--format auto`` for a list the catalogue has no record of: the generic
    reader, built for layouts nobody here has seen (the seed formats serve the seed files their
    records name), or the BibTeX importer for a BibTeX file."""
    found = detect(text)
    return found if found.name == "bibtex" else get("generic")


def read_list_text(path: Path) -> str:
    """The text of a list file (UTF-8, a byte-order mark dropped, control characters and bidi
    overrides stripped: no record may hold them), or a clear error."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: is a folder, not a list file") from None
    except OSError as error:
        raise UsageError(f"{path}: cannot read it ({error.strerror})") from None
    try:
        return strip_controls(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        message = f"not UTF-8 (byte 0x{data[error.start]:02x}): save the list as UTF-8"
        raise DataError(
            [Diagnostic.at(path, message, code="encoding", line=line, column=column)]
        ) from None


def parse_file(path: Path | str, format_name: str, source_id: str) -> ImportResult:
    """Read a list file and parse it with the named importer (``auto``: see ``for_new_list``)."""
    if not KEY_RE.match(source_id):
        raise UsageError(
            f"source id {source_id!r} is not a valid id: use lower-case letters and digits,"
            " optionally split by single hyphens (e.g. seed-005)"
        )
    text = read_list_text(Path(path))
    importer = for_new_list(text) if format_name == "auto" else get(format_name)
    return importer.read(text, source_id)


def _load_builtin() -> None:
    """Import the modules that register the built-in importers (each registers itself)."""
    import_modules(__name__, __path__)
