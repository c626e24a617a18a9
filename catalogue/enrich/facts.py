"""What one scholarly service says about one work: the common shape every service's answer is read
into before enrichment compares it with a record."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Facts:
    """A service's facts about one work, with what identifies the work at that service."""

    service: str  # the settings name: "arxiv", "crossref", "openalex"
    ident: str  # the work's id at the service: "1503.02531", "10.1109/…", "W2963…"
    title: str | None = None
    authors: tuple[str, ...] = ()
    year: int | None = None
    # Names of where it appeared, best first; ``year`` is the year that goes with the first.
    venue_names: tuple[str, ...] = ()
    doi: str | None = None
    arxiv: str | None = None
    abstract: str | None = None
    pdf: str | None = None  # an open-access PDF
    # Things worth telling a person (a withdrawn paper, a title match), not record values.
    notes: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """How messages name the source of a value: ``arXiv 1503.02531``."""
        return f"{SERVICE_LABELS.get(self.service, self.service)} {self.ident}"


SERVICE_LABELS = {"arxiv": "arXiv", "crossref": "Crossref", "openalex": "OpenAlex"}
