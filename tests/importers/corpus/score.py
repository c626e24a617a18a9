"""Score the list importer against the labelled corpus (README.md beside this file says how).

Run ``python -m tests.importers.corpus.score [-v] [--shared DIR] [NAME...]``: it imports every
labelled list through ``catalogue.ingest.importers.parse_file(path, "auto", source_id)``, prints
one row per list (recall, junk, accuracy of each field) and the total, and exits 1 when the total
is under the goals. Nothing here reads the importer's internals: the labels are the oracle.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from catalogue.core.errors import CatalogueError
from catalogue.core.identity import paper_identity
from catalogue.ingest.importers import ImportedEntry, parse_file

from .labels import Label, LabelError, LabelFile, Pair, check_against_text, load

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
SHARED_DEFAULT = Path("/work/shared/lists")
FIELDS = ("kind", "title", "authors", "year", "venue", "ids", "links")
GOAL_RECALL, GOAL_FIELD = 0.99, 0.97


# --- normalising the two sides ------------------------------------------------------------------

_QUOTES = str.maketrans(
    {c: "'" for c in "\u2018\u2019\u201a\u201b\u2032"}
    | {c: '"' for c in "\u201c\u201d\u201e\u201f\u2033"}
    | {c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"}
)


def norm_title(title: str | None) -> str:
    """NFKC, curly quotes and dashes folded, spaces collapsed; case kept."""
    text = unicodedata.normalize("NFKC", title or "").translate(_QUOTES)
    return " ".join(text.split())


def norm_author(name: str) -> str:
    """Names compared without case, dots and extra spaces."""
    text = unicodedata.normalize("NFKC", name).casefold().replace(".", " ")
    return " ".join(text.split())


def _venue_key(text: str) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text).casefold())


class VenueLexicon:
    """Venue names (id, short, name, aliases of each ``data/venues/`` record) to the record id."""

    def __init__(self, folder: Path):
        self.ids: dict[str, str] = {}
        for path in sorted(folder.glob("*.yml")):
            record = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            names = [record.get("id"), record.get("short"), record.get("name")]
            for name in [*names, *(record.get("aliases") or [])]:
                if isinstance(name, str) and _venue_key(name):
                    self.ids.setdefault(_venue_key(name), f"venue:{record['id']}")

    def resolve(self, text: str | None) -> str | None:
        """The venue's record id, else its normalised text (None stays None)."""
        if text is None or not text.strip():
            return None
        key = _venue_key(text)
        return self.ids.get(key, key)


def link_role(kind: str, url: str) -> str:
    """The label role of an importer's link kind: ``arxiv`` and ``doi`` are paper pages,
    except arXiv PDFs, which are PDFs; other kinds keep their name."""
    if kind == "arxiv":
        parts = urlsplit(url)
        is_pdf = parts.path.startswith("/pdf/") or parts.path.endswith(".pdf")
        return "pdf" if is_pdf else "paper"
    return "paper" if kind == "doi" else kind


@dataclass(frozen=True)
class Got:
    """What the importer gave for one entry, in the labels' terms."""

    line: int
    end_line: int
    kind: str
    title: str | None
    authors: tuple[str, ...]
    year: int | None
    venue: str | None
    identifiers: frozenset[Pair]
    links: frozenset[Pair]


def _written(url: str, text: str) -> bool:
    return url in text or url in html.unescape(text) or url.replace("_", "\\_") in text


def _identifier_pairs(entry: object) -> set[Pair]:
    """Identifiers an entry carries in fields of their own, if the model has any."""
    found = getattr(entry, "identifiers", None)
    if found is None:
        return set()
    values = found if isinstance(found, dict) else found.model_dump()
    pairs: set[Pair] = set()
    for scheme, value in values.items():
        for item in value if isinstance(value, list) else [value]:
            if not item:
                continue
            if scheme == "other":  # "openreview:SkgpBJrtvS"
                scheme_name, _, item = str(item).partition(":")
                pairs.add((scheme_name, item))
            else:
                pairs.add((scheme, str(item)))
    return pairs


def got(imported: ImportedEntry, text: str | None = None) -> Got:
    """The imported entry in the labels' terms. Given the list's ``text``, a link whose URL the
    list never writes (one the importer made from an identifier in the text, such as
    ``arXiv:1503.02531``) counts for the identifiers but not among the links: the labels hold
    only the links a list has."""
    entry = imported.entry
    written = [link for link in entry.links if text is None or _written(link.url, text)]
    links = frozenset((link_role(str(link.kind), link.url), link.url) for link in written)
    ids = _identifier_pairs(entry)
    for link in entry.links:
        identity = paper_identity(link.url)
        if identity is not None:
            ids.add((identity.scheme, identity.value))
    return Got(
        line=entry.line,
        end_line=entry.end_line or entry.line,
        kind=imported.kind,
        title=entry.title,
        authors=tuple(entry.authors),
        year=entry.year,
        venue=entry.venue,
        identifiers=frozenset(ids),
        links=links,
    )


# --- comparing -----------------------------------------------------------------------------------


def compare(label: Label, entry: Got, venues: VenueLexicon) -> dict[str, tuple[object, object]]:
    """The fields on which ``entry`` differs from ``label``: name -> (expected, got)."""
    pairs: dict[str, tuple[object, object]] = {
        "kind": (label.kind, entry.kind),
        "title": (norm_title(label.title), norm_title(entry.title)),
        "authors": (
            [norm_author(a) for a in label.authors],
            [norm_author(a) for a in entry.authors],
        ),
        "year": (label.year, entry.year),
        "venue": (venues.resolve(label.venue), venues.resolve(entry.venue)),
        "ids": (sorted(label.identifiers), sorted(entry.identifiers)),
        "links": (sorted(label.links), sorted(entry.links)),
    }
    return {name: pair for name, pair in pairs.items() if pair[0] != pair[1]}


def match(labels: Sequence[Label], entries: Sequence[Got]) -> dict[int, Got]:
    """Label line -> the imported entry whose lines hold it; each imported entry serves one label
    (so an import that runs two entries together loses one). An entry starting on the label's
    line is preferred, else the one starting nearest before it."""
    used: set[int] = set()
    found: dict[int, Got] = {}
    for label in labels:
        holding = [
            (i, e)
            for i, e in enumerate(entries)
            if e.line <= label.line <= e.end_line and i not in used
        ]
        if holding:
            index, entry = max(holding, key=lambda pair: pair[1].line)
            used.add(index)
            found[label.line] = entry
    return found


@dataclass
class ListScore:
    name: str
    labelled: int = 0
    matched: int = 0
    junk: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    problems: list[str] = field(default_factory=list)  # one line per miss, for -v
    note: str | None = None

    def add(self, other: ListScore) -> None:
        self.labelled += other.labelled
        self.matched += other.matched
        self.junk += other.junk
        for name in FIELDS:
            self.right[name] += other.right[name]

    def rate(self, name: str) -> float | None:
        if name == "recall":
            return self.matched / self.labelled if self.labelled else None
        return self.right[name] / self.matched if self.matched else None

    def failures(self) -> list[str]:
        """The goals this score misses, in words (empty when it meets them all)."""
        missed = []
        if (self.rate("recall") or 0) < GOAL_RECALL:
            missed.append(f"recall under {GOAL_RECALL:.0%}")
        if self.junk:
            missed.append(f"{self.junk} junk entries")
        missed += [
            f"{n} under {GOAL_FIELD:.0%}" for n in FIELDS if (self.rate(n) or 0) < GOAL_FIELD
        ]
        return missed


def score_list(labels: LabelFile, entries: Iterable[Got], venues: VenueLexicon) -> ListScore:
    entries = sorted(entries, key=lambda e: (e.line, e.end_line))
    result = ListScore(labels.list_name, labelled=len(labels.entries))
    found = match(labels.entries, entries)
    result.matched = len(found)
    for entry in entries:
        if entry.line in labels.non_entries:
            result.junk += 1
            result.problems.append(f"{entry.line}: junk: a non-entry became {entry.title!r}")
    if labels.complete:
        claimed = {id(e) for e in found.values()}
        for entry in entries:
            if id(entry) not in claimed and entry.line not in labels.non_entries:
                result.junk += 1
                result.problems.append(f"{entry.line}: junk: no label for {entry.title!r}")
    for label in labels.entries:
        entry = found.get(label.line)
        if entry is None:
            result.problems.append(f"{label.line}: missed: {label.title!r}")
            continue
        wrong = compare(label, entry, venues)
        for name in FIELDS:
            result.right[name] += name not in wrong
        for name, (expected, given) in wrong.items():
            result.problems.append(f"{label.line}: {name}: expected {expected!r}, got {given!r}")
    return result


# --- running the corpus --------------------------------------------------------------------------


def source_id(list_name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", Path(list_name).stem.casefold()).strip("-")
    return f"corpus-{slug}" if slug else "corpus"


def label_files(corpus: Path = HERE) -> list[Path]:
    return sorted((corpus / "labels").glob("*.yml")) + sorted((corpus / "shared").glob("*.yml"))


def list_path(label_file: Path, labels: LabelFile, shared: Path) -> Path:
    folder = label_file.parent.parent / "lists" if label_file.parent.name == "labels" else shared
    return folder / labels.list_name


def import_list(path: Path, text: str) -> tuple[list[Got], str | None]:
    """The importer's entries for one list; an importer error is a note, not a crash."""
    try:
        result = parse_file(path, "auto", source_id(path.name))
    except CatalogueError as error:
        return [], f"importer refused it: {error}"
    return [got(entry, text) for entry in result.entries], None


def score_file(label_file: Path, shared: Path, venues: VenueLexicon) -> ListScore:
    labels = load(label_file)
    path = list_path(label_file, labels, shared)
    prefix = "shared/" if label_file.parent.name == "shared" else ""
    if not path.is_file():
        return ListScore(prefix + labels.list_name, note=f"skipped: {path} is absent")
    text = path.read_text(encoding="utf-8-sig")
    check_against_text(labels, text)
    entries, note = import_list(path, text)
    result = score_list(labels, entries, venues)
    result.name, result.note = prefix + labels.list_name, note
    return result


@dataclass
class Report:
    lists: list[ListScore]
    total: ListScore

    @property
    def passed(self) -> bool:
        return not self.total.failures()

    def table(self, verbose: bool = False) -> str:
        return format_table(self.lists, self.total, verbose)


def shared_dir() -> Path:
    """Where the shared lists are: $CORPUS_SHARED_LISTS, else /work/shared/lists."""
    return Path(os.environ.get("CORPUS_SHARED_LISTS", SHARED_DEFAULT))


def score_corpus(
    corpus: Path = HERE, shared: Path | None = None, only: Sequence[str] = ()
) -> Report:
    shared = shared or shared_dir()
    venues = VenueLexicon(REPO / "data" / "venues")
    lists = []
    for label_file in label_files(corpus):
        if only and not any(name in label_file.stem for name in only):
            continue
        lists.append(score_file(label_file, shared, venues))
    total = ListScore("total")
    for one in lists:
        total.add(one)
    return Report(lists, total)


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


def format_table(lists: Sequence[ListScore], total: ListScore, verbose: bool = False) -> str:
    head = ["list", "labelled", "recall", "junk", *FIELDS]
    rows = [head]
    for one in [*lists, total]:
        if one.note and one.note.startswith("skipped"):
            rows.append([one.name, "-", "-", "-", *["-"] * len(FIELDS)])
            continue
        cells = [_cell(one.rate(name)) for name in FIELDS]
        rows.append([one.name, str(one.labelled), _cell(one.rate("recall")), str(one.junk), *cells])
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = [
        "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.insert(len(lines) - 1, lines[1])
    notes = [f"note: {one.name}: {one.note}" for one in lists if one.note]
    missed = total.failures()
    goals = f"goals (recall >= {GOAL_RECALL:.0%}, junk = 0, every field >= {GOAL_FIELD:.0%}): "
    lines += [*notes, goals + ("met" if not missed else "missed: " + ", ".join(missed))]
    if verbose:
        for one in lists:
            lines += [f"{one.name}:{problem}" for problem in one.problems]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.importers.corpus.score")
    parser.add_argument("names", nargs="*", help="score only label files whose name has this")
    parser.add_argument("--shared", type=Path, help=f"the shared lists (default {SHARED_DEFAULT})")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    try:
        report = score_corpus(HERE, args.shared, args.names)
    except LabelError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(report.table(args.verbose))
    return 0 if report.passed else 1


if __name__ == "__main__":
    sys.exit(main())
