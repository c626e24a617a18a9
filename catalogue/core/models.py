"""The typed records of the catalogue.

Every record file under ``data/`` validates into exactly one of these models; nothing untyped
passes the loader. Models forbid unknown fields so that a typo in a field name is an error that
names the line, not a silently ignored value.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

# Keys are citation-style: lower-case ASCII letters and digits, optionally split by single
# hyphens, starting with a letter (e.g. ``hinton2015distilling``). A key never changes once written:
# URLs, anchors and BibTeX citations are built from it.
KEY_PATTERN = r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"
KEY_RE = re.compile(KEY_PATTERN)

MIN_YEAR = 1900
MAX_YEAR = 2100

Key = Annotated[str, StringConstraints(pattern=KEY_PATTERN, min_length=2, max_length=80)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Year = Annotated[int, Field(ge=MIN_YEAR, le=MAX_YEAR)]
Line = Annotated[int, Field(ge=1)]

# Checked by pydantic's own (Rust) regex engine, without a call into Python per value: URLs are
# the most common value of all. ``PATTERN_HINTS`` says in words what a mismatch means.
URL_PATTERN = r"^[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#]+\S*$"  # (no inline flags: JSON Schema has none)
ARXIV_PATTERN = r"^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/\d{7})$"
_DOI_RE = re.compile(r"^10\.\d{4,9}/\S+$")

PATTERN_HINTS = {
    KEY_PATTERN: "must be lower-case letters and digits, words joined by single hyphens, starting"
    " with a letter (such as hinton2015distilling)",
    URL_PATTERN: "must be an http:// or https:// URL with a host and no spaces",
    ARXIV_PATTERN: "must be an arXiv id without version, such as 1503.02531 or hep-th/9901001",
}


def _check_doi(value: str) -> str:
    if value != value.lower() or not _DOI_RE.match(value):
        raise ValueError("must be a lower-case DOI such as 10.1109/cvpr.2019.00409 (no URL prefix)")
    return value


Url = Annotated[str, StringConstraints(pattern=URL_PATTERN)]
ArxivId = Annotated[str, StringConstraints(pattern=ARXIV_PATTERN)]
Doi = Annotated[str, AfterValidator(_check_doi)]


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
    title_original: str | None = None
    # A short name the list puts before the title, e.g. ``(FitNets) Fitnets Hints for …``.
    alias: Text | None = None
    authors: list[Text] = Field(default_factory=list)
    authors_text: str | None = None
    venue: Text | None = None
    year: Year | None = None
    # Venue and year exactly as the list wrote them together (``2022 JMI``, ``NIPS 2014``).
    venue_text: str | None = None
    date: Text | None = None
    links: list[Link] = Field(default_factory=list)
    tags: list[Text] = Field(default_factory=list)
    summary: Text | None = None
    datasets: list[Text] = Field(default_factory=list)
    networks: list[Text] = Field(default_factory=list)
    framework: Text | None = None
    note: str | None = None


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


class Source(Record):
    """A source list that the catalogue imported: the file is kept beside its record."""

    id: Key
    file: Text
    title: Text
    format: Key
    url: Url | None = None
    description: Text | None = None


class Decision(Record):
    """A curator's ruling on records that the deduplicator cannot decide alone."""

    id: Key
    verdict: Literal["same", "different"]
    # Record keys, or ``source-id:line`` for one entry of a source list.
    records: list[Text] = Field(min_length=2)
    reason: Text | None = None
