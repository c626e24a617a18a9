"""The files readers download from the site: all.bib, one .bib per category, catalogue.json.

Each paper's BibTeX is computed once (it also fills the paper's card) and the files are put
together from those entries, in the order and form of ``catalogue.bibtex.catalogue_to_bibtex``
(a test holds them byte-equal), instead of encoding every entry again for every file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..bibtex import paper_to_bibtex
from ..render.tree import papers_under
from ..store import COLLECTIONS, Catalogue
from . import paths

JSON_FORMAT = 1


@dataclass(frozen=True)
class Download:
    path: str  # inside docs/
    title: str
    papers: int
    text: str


def bibtex_entries(catalogue: Catalogue) -> dict[str, str]:
    """Every paper's BibTeX entry, by key."""
    return {key: paper_to_bibtex(catalogue.papers[key], catalogue) for key in catalogue.papers}


def catalogue_json(catalogue: Catalogue) -> str:
    """Every record of every collection, as the YAML files hold them, ordered by key.

    One record per line: readable, diffable, and written by the json module's fast C encoder
    (which indented output does not use).
    """
    parts = [f'{{"format": {JSON_FORMAT}']
    for collection in COLLECTIONS:
        records = catalogue.records(collection)
        lines = [
            json.dumps(
                records[key].model_dump(mode="json", exclude_defaults=True), ensure_ascii=False
            )
            for key in sorted(records)
        ]
        body = "[\n" + ",\n".join(lines) + "\n]" if lines else "[]"
        parts.append(f"{json.dumps(collection.name)}: {body}")
    return ",\n".join(parts) + "}\n"


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
            "Every record",
            len(catalogue.papers),
            catalogue_json(catalogue),
        )
    )
    return found
