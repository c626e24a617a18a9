"""The fields an entry of a list is read into, and what reading it knows about its place."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ...core.identity import IdentityKey
from ...core.models import Identifiers, Link
from . import EntryKind
from ._venues import Lexicon


@dataclass
class Fields:
    kind: EntryKind = "paper"
    title: str | None = None
    title_original: str | None = None
    alias: str | None = None
    authors: list[str] = field(default_factory=list)
    authors_text: str | None = None
    venue: str | None = None
    venue_text: str | None = None
    year: int | None = None
    date: str | None = None
    links: list[Link] = field(default_factory=list)
    identifiers: Identifiers = field(default_factory=Identifiers)
    tags: list[str] = field(default_factory=list)
    summary: str | None = None
    datasets: list[str] = field(default_factory=list)
    networks: list[str] = field(default_factory=list)
    framework: str | None = None
    note: str | None = None
    title_link: str | None = None  # URL of the link the title is written as
    ids: list[IdentityKey] = field(default_factory=list)
    bad_links: list[str] = field(default_factory=list)


_CODE_SECTION_RE = re.compile(
    r"\b(?:code|implementations?|librar(?:y|ies)|frameworks?|tools?|toolkits?|repositor(?:y|ies)"
    r"|packages?)\b",
    re.I,
)


@dataclass(frozen=True)
class Context:
    lexicon: Lexicon
    surname_first: bool = False
    section: tuple[str, ...] = ()
    section_year: int | None = None
    section_venue: str | None = None
    base: str | None = None  # the address relative links are read against (``_relative``)
    # Reading a table cell under a ``Title`` header: the whole cell is the title, no names first.
    title_cell: bool = False
    # The list writes ``Title by Authors`` (``_sections.by_authors``).
    by_authors: bool = False
    # The list writes a venue in brackets in front of its titles (``_sections.lead_groups``).
    lead_groups: bool = False
    # The list writes ``KDD 14 Title``, venue and year first (``_paper_lines.venue_years_first``).
    venue_years: bool = False
    # The list writes ``Names: Title`` (``_sections.names_colon``).
    names_colon: bool = False
    # The list writes ``Names. Title. Venue`` (``_citation.names_sentence``).
    names_sentence: bool = False
    # The list writes ``[Name](…): what it is`` (``_name_colons.name_descriptions``).
    name_descriptions: bool = False

    @property
    def code_section(self) -> bool:
        """The section is named for code or tools (``## Open-source Frameworks``)."""
        return bool(_CODE_SECTION_RE.search(" ".join(self.section)))


def entry_values(fields: Fields) -> dict[str, Any]:
    """The values of a source entry ``fields`` gives, those left empty dropped (no blank tag
    stops an import)."""
    values = {
        "title": fields.title,
        "title_original": fields.title_original,
        "alias": fields.alias,
        "authors": fields.authors,
        "authors_text": fields.authors_text,
        "venue": fields.venue,
        "year": fields.year,
        "venue_text": fields.venue_text,
        "date": fields.date,
        "links": fields.links,
        "identifiers": fields.identifiers,
        "tags": [t for t in fields.tags if t.strip()],
        "summary": fields.summary,
        "datasets": fields.datasets,
        "networks": fields.networks,
        "framework": fields.framework,
        "note": fields.note,
    }
    return {k: v for k, v in values.items() if v not in (None, "", [])}
