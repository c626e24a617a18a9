"""The typed records of the catalogue.

Every record file under ``data/`` validates into exactly one of these models; nothing untyped
passes the loader. Models forbid unknown fields so that a typo in a field name is an error that
names the line, not a silently ignored value.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
)

# Keys are citation-style: lower-case ASCII letters and digits, optionally split by single
# hyphens, starting with a letter (e.g. ``hinton2015distilling``). A key never changes once written:
# URLs, anchors and BibTeX citations are built from it.
KEY_PATTERN = r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"
KEY_RE = re.compile(KEY_PATTERN)

MIN_YEAR = 1900
MAX_YEAR = 2100

# Characters no record may hold: C0 controls but tab and newline, DEL, C1 controls, and the
# bidirectional embeddings, overrides and isolates (U+202A-E, U+2066-9) that make text read
# differently than it is stored ("Trojan Source"). Imports strip them (see ``strip_controls``).
_CONTROLS = r"\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
CONTROLS_RE = re.compile(f"[{_CONTROLS}]")
# Text: no control character anywhere; also marks the error so that the message can name it.
TEXT_PATTERN = f"^[^{_CONTROLS}]*$"

# Patterns are checked by pydantic's own (Rust) regex engine, without a call into Python per
# value, and are written so that JSON Schema (for editors), Rust and Python read them alike:
# ASCII classes spelled out (``\d`` is Unicode in Rust and Python), no look-around, no inline flags.
# ``PATTERN_HINTS`` says in words what a mismatch means.

# A host: a name of ASCII letters and digits, with hyphens and underscores inside its dot-split
# labels (a URI's host is ASCII: an international name is written in its ``xn--`` form, which
# also keeps look-alike letters out), or an IPv6 address in brackets. IPv4 addresses read as
# names of digits. No user part (``https://arxiv.org@evil.example``), no brackets, no spaces.
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?"
_H16 = "[0-9A-Fa-f]{1,4}"
_IPV6 = "|".join(
    [
        f"(?:{_H16}:){{7}}{_H16}",
        f"(?:{_H16}:){{1,7}}:",
        *(f"(?:{_H16}:){{1,{7 - n}}}(?::{_H16}){{1,{n}}}" for n in range(1, 7)),
        f":(?::{_H16}){{1,7}}",
        "::",
    ]
)
HOST_PATTERN = f"(?:{_LABEL}(?:\\.{_LABEL})*\\.?|\\[(?:{_IPV6})\\])"
# After the host: a port, then path, query and fragment without spaces, controls, bidi marks or
# backslashes (which browsers read as ``/``, so that the host they see is not the host checked).
# Quotes, angle brackets and braces are left to each output's escaping, which the tests try.
_NOT_IN_TEXT = r"\s\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_URL_REST = rf"[^{_NOT_IN_TEXT}\\]"
_PORT = r"(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])"
URL_PATTERN = f"^[Hh][Tt][Tt][Pp][Ss]?://{HOST_PATTERN}(?::{_PORT})?(?:[/?#]{_URL_REST}*)?$"
# New style ``YYMM.NNNNN`` (month 01-12), old style ``archive(.SC)/YYMMNNN``.
ARXIV_PATTERN = (
    r"^(?:[0-9]{2}(?:0[1-9]|1[0-2])\.[0-9]{4,5}|[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?/[0-9]{7})$"
)
# ``10.<registrant>/<suffix>``: a suffix may hold almost any printable character (``<``, ``;``,
# ``(`` …), but never space, a control, a bidi mark, a brace or a backslash (BibTeX reads those).
DOI_PATTERN = rf"^10\.[0-9]{{4,9}}(?:\.[0-9]+)*/[^{_NOT_IN_TEXT}{{}}\\]+$"
ARXIV_RE = re.compile(ARXIV_PATTERN)
DOI_RE = re.compile(DOI_PATTERN)
# A file name in one folder: no separator, no leading dot (hidden, ``..``), no controls.
FILE_NAME_PATTERN = f"^[^./\\\\{_CONTROLS}][^/\\\\{_CONTROLS}]*$"

PATTERN_HINTS = {
    KEY_PATTERN: "must be lower-case letters and digits, words joined by single hyphens, starting"
    " with a letter (such as hinton2015distilling)",
    URL_PATTERN: "must be an http:// or https:// URL: a valid host name or address (no brackets,"
    " spaces or user part), then no spaces, backslashes or control characters (percent-encode"
    " them)",
    ARXIV_PATTERN: "must be an arXiv id without version, such as 1503.02531 or hep-th/9901001",
    DOI_PATTERN: "must be a DOI such as 10.1109/cvpr.2019.00409 (no URL prefix; no spaces, braces,"
    " backslashes or control characters)",
    FILE_NAME_PATTERN: "must be a plain file name in the same folder (no slashes, not starting with"
    " a dot, no control characters)",
}


def _check_doi(value: str) -> str:
    if value != value.lower():
        raise ValueError("must be a lower-case DOI such as 10.1109/cvpr.2019.00409 (no URL prefix)")
    return value


def control_hint(value: object) -> str | None:
    """What is wrong with text that holds a control character, naming the first one."""
    found = CONTROLS_RE.search(value) if isinstance(value, str) else None
    if found is None:
        return None
    char = found.group()
    name = unicodedata.name(char, "control character")
    return (
        f"holds U+{ord(char):04X} ({name}) at character {found.start() + 1}: control characters"
        " and bidirectional overrides are not allowed, remove it"
    )


def strip_controls(text: str) -> str:
    """``text`` without control characters: those that are whitespace (vertical tab, form feed,
    NEL …) become a space, the rest go. Tab, newline and carriage return stay."""
    if not CONTROLS_RE.search(text):
        return text
    return CONTROLS_RE.sub(_replacement, text)


def _replacement(match: re.Match[str]) -> str:
    char = match.group()
    return char if char == "\r" else " " if char.isspace() else ""


Key = Annotated[str, StringConstraints(pattern=KEY_PATTERN, min_length=2, max_length=80)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, pattern=TEXT_PATTERN)]
# Text kept exactly as written (no stripping, may be empty), still free of control characters.
Verbatim = Annotated[str, StringConstraints(pattern=TEXT_PATTERN)]
Year = Annotated[int, Field(ge=MIN_YEAR, le=MAX_YEAR)]
Line = Annotated[int, Field(ge=1)]

Url = Annotated[str, StringConstraints(pattern=URL_PATTERN)]
ArxivId = Annotated[str, StringConstraints(pattern=ARXIV_PATTERN)]
Doi = Annotated[str, StringConstraints(pattern=DOI_PATTERN), AfterValidator(_check_doi)]
FileName = Annotated[str, StringConstraints(pattern=FILE_NAME_PATTERN, max_length=255)]


class Record(BaseModel):
    # Only field names are interned when records are read from the parse cache's JSON: interning
    # every short value too made validation a fifth slower (measured on 10,000 papers).
    model_config = ConfigDict(
        extra="forbid", frozen=False, validate_assignment=False, cache_strings="keys"
    )


class LinkKind(StrEnum):
    PAPER = "paper"
    PDF = "pdf"
    ARXIV = "arxiv"
    DOI = "doi"
    CODE = "code"
    VIDEO = "video"
    SLIDES = "slides"
    PROJECT = "project"
    NOTES = "notes"
    # Added for lists of unknown layout (issue 12): a dataset, a BibTeX or citation file, a post.
    DATA = "data"
    CITATION = "citation"
    BLOG = "blog"
    OTHER = "other"


class Link(Record):
    kind: LinkKind
    url: Url
    label: Text | None = None


class Identifiers(Record):
    arxiv: ArxivId | None = None
    doi: Doi | None = None
    # Stable ids parsed from publisher URLs (e.g. ``openreview:SkgpBJrtvS``); used for matching.
    other: list[Text] = Field(default_factory=list)


class SourceEntry(Record):
    """What one source list said about a record, as that list said it.

    The record's own fields hold the curated values; each entry here keeps the facts of one list
    (its wording, its links and their labels, its section) with the file and line they came from, so
    that nothing a list said is lost and the list can be rendered again in its own style.
    """

    source: Key
    line: Line
    end_line: Line | None = None
    section: list[Text] = Field(default_factory=list)
    title: Text | None = None
    # The title exactly as the list wrote it, where the catalogue repaired it (e.g. mojibake).
    title_original: Verbatim | None = None
    # A short name the list puts before the title, e.g. ``(FitNets) Fitnets Hints for …``.
    alias: Text | None = None
    authors: list[Text] = Field(default_factory=list)
    authors_text: Verbatim | None = None
    venue: Text | None = None
    year: Year | None = None
    # Venue and year exactly as the list wrote them together (``2022 JMI``, ``NIPS 2014``).
    venue_text: Verbatim | None = None
    date: Text | None = None
    links: list[Link] = Field(default_factory=list)
    # Identifiers the entry names in its text or its links (``arXiv:1503.02531`` as plain text
    # too), so that an entry without a link to its paper still names it (added for issue 12).
    identifiers: Identifiers = Field(default_factory=Identifiers)
    tags: list[Text] = Field(default_factory=list)
    summary: Text | None = None
    datasets: list[Text] = Field(default_factory=list)
    networks: list[Text] = Field(default_factory=list)
    framework: Text | None = None
    note: Verbatim | None = None
    # The paper's abstract as a scholarly service gave it (entries of sources of format
    # ``service``, written by `catalogue enrich`); lists have none.
    abstract: Text | None = None
    # False once a newer version of the list no longer has the entry: the record keeps it, and
    # it still says what that list said (added for issue 12).
    listed: bool = True


class Paper(Record):
    key: Key
    kind: Literal["paper", "talk"] = "paper"
    title: Text
    authors: list[Text] = Field(default_factory=list)
    year: Year | None = None
    venue: Key | None = None
    date: dt.date | None = None
    identifiers: Identifiers = Field(default_factory=Identifiers)
    links: list[Link] = Field(default_factory=list)
    categories: list[Key] = Field(default_factory=list)
    tags: list[Text] = Field(default_factory=list)
    summary: Text | None = None
    # The paper's own abstract (from a metadata service or by hand); the summary is a list's gloss.
    abstract: Text | None = None
    datasets: list[Text] = Field(default_factory=list)
    networks: list[Text] = Field(default_factory=list)
    # Day the record entered the catalogue: drives "latest additions" without a clock at build time.
    added: dt.date | None = None
    sources: list[SourceEntry] = Field(default_factory=list)

    @property
    def primary_url(self) -> str | None:
        """The link a title should point at: the paper page, else PDF, arXiv, DOI, anything."""
        order = [LinkKind.PAPER, LinkKind.PDF, LinkKind.ARXIV, LinkKind.DOI, LinkKind.VIDEO]
        for kind in order:
            for link in self.links:
                if link.kind == kind:
                    return link.url
        return self.links[0].url if self.links else None

    def urls(self) -> list[str]:
        seen: dict[str, None] = {}
        for link in self.links:
            seen.setdefault(link.url, None)
        for entry in self.sources:
            for link in entry.links:
                seen.setdefault(link.url, None)
        return list(seen)


class RepositoryState(StrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"  # read-only: kept, but no longer maintained
    MISSING = "missing"  # deleted, made private, or never there


YearMonth = Annotated[str, StringConstraints(pattern=r"^\d{4}-(?:0[1-9]|1[0-2])$")]


class Repository(Record):
    """A code record's repository as its host's API last described it (`catalogue enrich`).

    Only what changes seldom is kept, so that a weekly refresh rewrites few files: the stars are
    rounded to two significant figures and the last push is a month."""

    host: Literal["github"] = "github"
    state: RepositoryState
    # Where the repository lives now, when it was renamed or moved to another owner.
    moved_to: Url | None = None
    licence: Text | None = None  # SPDX identifier, e.g. MIT
    stars: int | None = Field(default=None, ge=0)
    pushed: YearMonth | None = None  # year and month of the last push


class CodeLink(Record):
    key: Key
    url: Url
    title: Text
    framework: Text | None = None
    language: Text | None = None
    # The paper this code implements; libraries and stand-alone implementations have none.
    paper: Key | None = None
    official: bool | None = None
    links: list[Link] = Field(default_factory=list)
    repository: Repository | None = None
    sources: list[SourceEntry] = Field(default_factory=list)


class Category(Record):
    id: Key
    title: Text
    description: Text | None = None
    parent: Key | None = None
    order: int = 0
    # Rules for papers whose source gives no section: a title containing any keyword joins.
    keywords: list[Text] = Field(default_factory=list)
    # Section headings of source lists that map onto this category.
    aliases: list[Text] = Field(default_factory=list)


class VenueKind(StrEnum):
    CONFERENCE = "conference"
    JOURNAL = "journal"
    WORKSHOP = "workshop"
    PREPRINT = "preprint"
    OTHER = "other"


class Venue(Record):
    id: Key
    short: Text
    name: Text
    kind: VenueKind
    aliases: list[Text] = Field(default_factory=list)


class Origin(Record):
    """Where a source list lives, so that it can be read again where it is: a repository with the
    commit and path of the version imported, or a URL, or the file it was read from. Lists other
    than the seeds are never copied into ``data/`` (added for issue 12)."""

    repository: Url | None = None
    commit: Text | None = None
    path: Text | None = None
    url: Url | None = None


class Source(Record):
    """A source list that the catalogue imported. The seed lists are stored beside their records
    (``file``); any other list is read where its ``origin`` says, and ``file`` is its name."""

    id: Key
    file: FileName
    title: Text
    format: Key
    url: Url | None = None
    description: Text | None = None
    origin: Origin | None = None


class DecidedValues(Record):
    """Values a curator chose for one record's fields; a field left out is not decided."""

    kind: Literal["paper", "talk"] | None = None
    title: Text | None = None
    authors: list[Text] | None = None
    year: Year | None = None
    venue: Key | None = None
    date: dt.date | None = None
    arxiv: ArxivId | None = None
    doi: Doi | None = None
    categories: list[Key] | None = None

    def chosen(self) -> dict[str, object]:
        """The decided fields and their values, in model order."""
        return {
            name: getattr(self, name) for name in type(self).model_fields if name in self.decided
        }

    @property
    def decided(self) -> frozenset[str]:
        return frozenset(n for n in self.model_fields_set if getattr(self, n) is not None)


class Decision(Record):
    """A curator's ruling that the rules cannot make, honoured by every later import.

    ``same`` / ``different``: the works ``records`` names (record keys, or ``source-id:line`` for
    one list entry) are one work / different works. ``titles`` (one per ref: what each was called
    when decided) and ``identifiers`` (``arxiv:…``, ``doi:…``) let the ruling find the same works
    again when a list comes back with new line numbers, or another list names them.
    ``value``: ``records`` names one record, and ``values`` what a curator chose for its fields;
    imports keep those values and no conflict about them is listed again.
    """

    id: Key
    verdict: Literal["same", "different", "value"]
    records: list[Text] = Field(min_length=1)
    titles: list[Text] = Field(default_factory=list)
    identifiers: list[Text] = Field(default_factory=list)
    values: DecidedValues = Field(default_factory=DecidedValues)
    reason: Text | None = None

    @field_validator("records")
    @classmethod
    def _records_fit_verdict(cls, records: list[str], info: ValidationInfo) -> list[str]:
        verdict = info.data.get("verdict")
        if verdict == "value" and len(records) != 1:
            raise ValueError("a `value` decision names exactly one record (its key)")
        if verdict in ("same", "different") and len(records) < 2:
            raise ValueError(f"a `{verdict}` decision names at least two records or entries")
        if len(set(records)) != len(records):
            raise ValueError("names a record or entry twice")
        return records

    @field_validator("titles")
    @classmethod
    def _one_title_per_record(cls, titles: list[str], info: ValidationInfo) -> list[str]:
        records = info.data.get("records")
        if titles and records is not None and len(titles) != len(records):
            raise ValueError(
                f"gives {len(titles)} titles for {len(records)} records: one title per record"
                " (what it was called), in the same order, or none"
            )
        return titles

    @field_validator("values")
    @classmethod
    def _values_fit_verdict(cls, values: DecidedValues, info: ValidationInfo) -> DecidedValues:
        verdict = info.data.get("verdict")
        if verdict == "value" and not values.decided:
            raise ValueError("a `value` decision gives at least one field value")
        if verdict in ("same", "different") and values.decided:
            raise ValueError(f"a `{verdict}` decision gives no field values (use verdict: value)")
        return values
