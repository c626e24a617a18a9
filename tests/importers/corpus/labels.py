"""Label files of the import corpus: read, checked and turned into comparable values.

A label file says what a careful person finds in one list (see README.md beside this file). It is
checked strictly when read, because a wrong label is worse than none: every problem names the file
and the entry's line, and the scorer refuses to score with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

KINDS = ("paper", "code", "talk")
ROLES = ("paper", "pdf", "code", "data", "project", "citation", "video", "slides", "blog", "other")
# The schemes of catalogue.core.identity: arXiv, DOI and the publishers' own ids in URLs.
SCHEMES = ("arxiv", "doi", "openreview", "cvf", "pmlr", "neurips", "aaai", "ieee", "acl", "pii")
ENTRY_KEYS = {"line", "kind", "title", "authors", "et_al", "year", "venue", "identifiers", "links"}
FILE_KEYS = {"list", "complete", "entry_count", "non_entries", "entries"}
_ARXIV_RE = re.compile(r"^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/\d{7})$")
_DOI_RE = re.compile(r"^10\.\d{4,9}/\S+$")

Pair = tuple[str, str]


class LabelError(Exception):
    """A label file that cannot be trusted; the message names the file and line."""


@dataclass(frozen=True)
class Label:
    """One labelled entry: what the importer should give for the entry starting at ``line``."""

    line: int
    kind: str
    title: str
    authors: tuple[str, ...]
    et_al: bool
    year: int | None
    venue: str | None
    identifiers: frozenset[Pair]
    links: frozenset[Pair]  # (role, url)


@dataclass(frozen=True)
class LabelFile:
    path: Path
    list_name: str
    complete: bool
    entry_count: int
    non_entries: frozenset[int]
    entries: tuple[Label, ...]


def _fail(path: Path, message: str, line: int | None = None) -> LabelError:
    where = f" (entry at line {line})" if line is not None else ""
    return LabelError(f"{path}{where}: {message}")


def _identifiers(path: Path, line: int, raw: Any) -> frozenset[Pair]:
    if raw is None:
        return frozenset()
    if not isinstance(raw, dict) or not raw:
        raise _fail(path, "identifiers must be a mapping of scheme to id (omit it when none)", line)
    pairs: set[Pair] = set()
    for scheme, value in raw.items():
        if scheme not in SCHEMES:
            raise _fail(path, f"unknown identifier scheme {scheme!r}: use one of {SCHEMES}", line)
        values = value if isinstance(value, list) else [value]
        for item in values:
            if not isinstance(item, str) or not item.strip():
                raise _fail(path, f"{scheme} must be text (quote it: '1503.02531')", line)
            if scheme == "arxiv" and not _ARXIV_RE.match(item):
                raise _fail(path, f"arxiv {item!r} is not an id without version", line)
            if scheme == "doi" and (item != item.lower() or not _DOI_RE.match(item)):
                raise _fail(path, f"doi {item!r} must be a lower-case bare DOI", line)
            pairs.add((scheme, item))
    return frozenset(pairs)


def _links(path: Path, line: int, raw: Any) -> frozenset[Pair]:
    if raw is None:
        return frozenset()
    if not isinstance(raw, list):
        raise _fail(path, "links must be a list of {role, url}", line)
    pairs: set[Pair] = set()
    for link in raw:
        if not isinstance(link, dict) or set(link) != {"role", "url"}:
            raise _fail(path, f"a link needs exactly role and url: {link!r}", line)
        role, url = link["role"], link["url"]
        if role not in ROLES:
            raise _fail(path, f"unknown link role {role!r}: use one of {ROLES}", line)
        if not isinstance(url, str) or not re.match(r"^https?://\S+$", url):
            raise _fail(path, f"link url {url!r} is not an http(s) URL without spaces", line)
        if (role, url) in pairs:
            raise _fail(path, f"link {url} listed twice", line)
        pairs.add((role, url))
    return frozenset(pairs)


def _label(path: Path, raw: Any) -> Label:
    if not isinstance(raw, dict) or not isinstance(raw.get("line"), int) or raw["line"] < 1:
        raise _fail(path, f"an entry needs a 1-based line: {raw!r}")
    line: int = raw["line"]
    unknown = set(raw) - ENTRY_KEYS
    missing = {"kind", "title", "authors", "year", "venue"} - set(raw)
    if unknown or missing:
        raise _fail(path, f"unknown keys {sorted(unknown)}, missing keys {sorted(missing)}", line)
    if raw["kind"] not in KINDS:
        raise _fail(path, f"kind {raw['kind']!r} is not one of {KINDS}", line)
    title = raw["title"]
    if not isinstance(title, str) or not title.strip() or title != title.strip():
        raise _fail(path, "title must be non-empty text without outer spaces", line)
    if title.endswith(".") and not title.endswith(".."):
        raise _fail(path, "titles are labelled without a trailing full stop", line)
    authors = raw["authors"]
    if not isinstance(authors, list) or not all(isinstance(a, str) and a for a in authors):
        raise _fail(path, "authors must be a list of names ([] when none)", line)
    year = raw["year"]
    if year is not None and (not isinstance(year, int) or not 1900 <= year <= 2100):
        raise _fail(path, f"year {year!r} must be a number or null", line)
    venue = raw["venue"]
    if venue is not None and (not isinstance(venue, str) or not venue.strip()):
        raise _fail(path, "venue must be text or null", line)
    et_al = raw.get("et_al", False)
    if not isinstance(et_al, bool):
        raise _fail(path, "et_al must be true or false", line)
    return Label(
        line=line,
        kind=raw["kind"],
        title=title,
        authors=tuple(authors),
        et_al=et_al,
        year=year,
        venue=venue,
        identifiers=_identifiers(path, line, raw.get("identifiers")),
        links=_links(path, line, raw.get("links")),
    )


def load(path: Path) -> LabelFile:
    """Read and check one label file; raises ``LabelError`` naming what is wrong."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise _fail(path, f"cannot read it: {error}") from None
    if not isinstance(raw, dict) or set(raw) != FILE_KEYS:
        keys = sorted(raw) if isinstance(raw, dict) else type(raw).__name__
        raise _fail(path, f"a label file has exactly the keys {sorted(FILE_KEYS)}, not {keys}")
    if not isinstance(raw["list"], str) or "/" in raw["list"] or not raw["list"].endswith(".md"):
        raise _fail(path, "list must be the list's file name, such as flhonker.md")
    if not isinstance(raw["complete"], bool) or not isinstance(raw["entry_count"], int):
        raise _fail(path, "complete must be true or false and entry_count a number")
    non_entries = raw["non_entries"] or []
    if not isinstance(non_entries, list) or not all(isinstance(n, int) for n in non_entries):
        raise _fail(path, "non_entries must be a list of line numbers")
    entries = tuple(_label(path, item) for item in raw["entries"] or [])
    lines = [label.line for label in entries]
    if len(set(lines)) != len(lines):
        raise _fail(path, "two entries start on the same line")
    clash = set(lines) & set(non_entries)
    if clash:
        raise _fail(path, f"lines {sorted(clash)} are both entries and non-entries")
    if raw["complete"] and raw["entry_count"] != len(entries):
        raise _fail(path, f"complete, but entry_count {raw['entry_count']} != {len(entries)}")
    if raw["entry_count"] < len(entries):
        raise _fail(path, f"entry_count {raw['entry_count']} is below the {len(entries)} labelled")
    return LabelFile(
        path=path,
        list_name=raw["list"],
        complete=raw["complete"],
        entry_count=raw["entry_count"],
        non_entries=frozenset(non_entries),
        entries=tuple(sorted(entries, key=lambda label: label.line)),
    )


def check_against_text(labels: LabelFile, text: str) -> None:
    """Every labelled line exists in the list and is not blank (catches shifted line numbers)."""
    lines = text.split("\n")
    for line in sorted({label.line for label in labels.entries} | labels.non_entries):
        if line > len(lines) or not lines[line - 1].strip():
            raise _fail(labels.path, f"line {line} of {labels.list_name} is blank or past its end")
