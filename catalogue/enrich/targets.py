"""Which papers enrichment looks up, by which identifiers, and for which missing fields."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..core import identity
from ..core.errors import UsageError
from ..core.models import LinkKind, Paper

# Fields `--missing` may name, in the order reports list them. ``repository`` is the state of
# code records' GitHub repositories (refreshed, not only filled).
PAPER_FIELDS = ("authors", "abstract", "venue", "year", "doi", "pdf")
FIELDS = (*PAPER_FIELDS, "repository")
ARXIV_DOI_PREFIX = "10.48550/arxiv."  # arXiv's own DOIs (DataCite): the arXiv id says as much


def parse_fields(text: str | None) -> frozenset[str]:
    """``--missing authors,abstract``; every field when not given."""
    if text is None:
        return frozenset(FIELDS)
    asked = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [name for name in asked if name not in FIELDS]
    if unknown or not asked:
        raise UsageError(
            f"--missing {text!r}: name fields separated by commas, out of {', '.join(FIELDS)}"
        )
    return frozenset(asked)


@dataclass(frozen=True)
class Target:
    """One paper to look up: its identifiers, and the wanted fields it lacks."""

    key: str
    paper: Paper
    arxiv: str | None
    doi: str | None
    missing: frozenset[str]


def paper_ids(paper: Paper) -> tuple[str | None, str | None]:
    """The paper's arXiv id and DOI, from its identifiers, else from its links."""
    arxiv, doi = paper.identifiers.arxiv, paper.identifiers.doi
    for link in paper.links:
        arxiv = arxiv or identity.arxiv_id(link.url)
        found = identity.doi(link.url)
        if found and not found.startswith(ARXIV_DOI_PREFIX):
            doi = doi or found
    return arxiv, doi


def missing_fields(paper: Paper, wanted: frozenset[str]) -> frozenset[str]:
    arxiv, _ = paper_ids(paper)
    empty = {
        "authors": not paper.authors,
        "abstract": paper.abstract is None,
        "venue": paper.venue is None,
        "year": paper.year is None,
        "doi": paper.identifiers.doi is None,
        # An arXiv paper's PDF is one click away already; others may have an open copy.
        "pdf": arxiv is None and not any(link.kind is LinkKind.PDF for link in paper.links),
    }
    return frozenset(name for name in PAPER_FIELDS if name in wanted and empty[name])


def select(papers: dict[str, Paper], keys: Sequence[str], wanted: frozenset[str]) -> list[Target]:
    """The papers to look up, by key: those named (all when none are), talks left out, each with
    the wanted fields it lacks; papers that lack none are not asked about."""
    unknown = [key for key in keys if key not in papers]
    if unknown:
        raise UsageError(f"no paper {unknown[0]!r} in the catalogue: give record keys")
    chosen: Iterable[str] = keys or sorted(papers)
    targets = []
    for key in chosen:
        paper = papers[key]
        if paper.kind != "paper":
            continue
        missing = missing_fields(paper, wanted)
        if missing:
            arxiv, doi = paper_ids(paper)
            targets.append(Target(key, paper, arxiv, doi, missing))
    return targets
