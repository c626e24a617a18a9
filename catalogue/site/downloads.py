"""The files readers download from the site: all.bib, one .bib per category, catalogue.json.

Each paper's BibTeX is computed once (it also fills the paper's card) and the files are put
together from those entries, in the order and form of ``catalogue.bibtex.catalogue_to_bibtex``
(a test holds them byte-equal), instead of encoding every entry again for every file.
``catalogue.json`` is what `catalogue export --format json` writes.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..bibtex import paper_to_bibtex
from ..exporters.json import catalogue_to_json
from ..render.tree import papers_under
from ..store import Catalogue
from . import paths


@dataclass(frozen=True)
class Download:
    path: str  # inside docs/
    title: str
    papers: int
    text: str


def bibtex_entries(catalogue: Catalogue) -> dict[str, str]:
    """Every paper's BibTeX entry, by key."""
    return {key: paper_to_bibtex(catalogue.papers[key], catalogue) for key in catalogue.papers}


def downloads(catalogue: Catalogue, entries: dict[str, str]) -> list[Download]:
    everything = [entries[key] for key in sorted(catalogue.papers)]
    found = [
        Download(
            f"{paths.DOWNLOADS_DIR}/all.bib", "All papers", len(everything), "\n".join(everything)
        )
    ]
    for category_id in sorted(catalogue.categories):
        papers = papers_under(catalogue.papers, catalogue.categories, category_id)
        if papers:
            text = "\n".join(entries[p.key] for p in papers)
            title = catalogue.categories[category_id].title
            found.append(
                Download(f"{paths.DOWNLOADS_DIR}/{category_id}.bib", title, len(papers), text)
            )
    found.append(
        Download(
            f"{paths.DOWNLOADS_DIR}/catalogue.json",
            "Every paper, code link, category and venue",
            len(catalogue.papers),
            catalogue_to_json(catalogue),
        )
    )
    return found
