"""What a metadata service told us about one paper, before it becomes a record."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.models import Link


@dataclass(frozen=True)
class FoundPaper:
    service: str  # "arXiv" or "Crossref", for messages
    title: str
    authors: list[str]
    year: int
    # Names the service gives for where the paper appeared, best first (journal reference,
    # container title, event); matched against data/venues/.
    venue_names: list[str] = field(default_factory=list)
    arxiv: str | None = None
    doi: str | None = None
    links: list[Link] = field(default_factory=list)
    abstract: str | None = None


def missing_fields(title: str, authors: list[str], year: int | None) -> list[str]:
    """The fields without which no useful record can be written."""
    wanted = {"title": bool(title), "authors": bool(authors), "year": year is not None}
    return [name for name, present in wanted.items() if not present]
