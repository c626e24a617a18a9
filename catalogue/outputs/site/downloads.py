"""The files readers download from the site: all.bib, one .bib per category, catalogue.json.

Each paper's BibTeX is computed once (it also fills the paper's card) and the files are put
together from those entries by ``catalogue.bibtex.bibtex_files``, as `catalogue render` writes
``bib/`` (a test holds them byte-equal to ``catalogue_to_bibtex``), instead of encoding every
entry again for every file.
``catalogue.json`` is what `catalogue export --format json` writes. With a ``Memo``, entries and
the JSON's parts are kept between builds, keyed by the digests of the record files they show.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from ...core.models import Paper
from ...core.store import PAPERS, VENUES, Catalogue
from ...core.tree import count_under
from ...incremental.memo import Memo
from ..bibtex import bibtex_files, paper_to_bibtex
from ..exporters.json import catalogue_json
from . import paths


@dataclass(frozen=True)
class Download:
    path: str  # inside docs/
    title: str
    papers: int
    data: bytes


def _entry_key(paper: Paper, catalogue: Catalogue) -> bytes | None:
    """What an entry is made from: the paper's file and its venue's (None: a file without a
    digest). The digests themselves, 16 bytes each, make the key: no two inputs read the same."""
    own = catalogue.digests.get((PAPERS.name, paper.key))
    if own is None or paper.venue not in catalogue.venues:
        return b"bibtex " + own if own is not None else None
    venue = catalogue.digests.get((VENUES.name, paper.venue or ""))
    return b"bibtex " + own + venue if venue is not None else None


def bibtex_entries(catalogue: Catalogue, memo: Memo | None = None) -> dict[str, str]:
    """Every paper's BibTeX entry, by key; ``memo`` keeps them between builds."""
    if memo is None:
        return {key: paper_to_bibtex(paper, catalogue) for key, paper in catalogue.papers.items()}
    entries: dict[str, str] = {}
    for key, paper in catalogue.papers.items():
        found = _entry_key(paper, catalogue)
        entry: str | None = memo.get(found) if found is not None else None
        if entry is None:
            entry = paper_to_bibtex(paper, catalogue)
            if found is not None:
                memo.put(found, entry)
        entries[key] = entry
    return entries


def _counts(catalogue: Catalogue) -> dict[str, int]:
    """Every category's number of papers, sub-categories included: the entries in its file."""
    filings = Counter(tuple(paper.categories) for paper in catalogue.papers.values())
    return count_under(filings, catalogue.categories)


def downloads(
    catalogue: Catalogue,
    entries: dict[str, str],
    memo: Memo | None = None,
    paper_keys: Mapping[str, bytes | None] | None = None,
) -> list[Download]:
    """The files; ``memo`` and ``paper_keys`` as for ``catalogue_json``."""
    everything, by_category = bibtex_files(catalogue, entries)
    found = [
        Download(
            f"{paths.DOWNLOADS_DIR}/all.bib",
            "All papers",
            len(catalogue.papers),
            everything.encode("utf-8"),
        )
    ]
    counts = _counts(catalogue)
    for category_id, text in by_category.items():
        title = catalogue.categories[category_id].title
        found.append(
            Download(
                f"{paths.DOWNLOADS_DIR}/{category_id}.bib",
                title,
                counts[category_id],
                text.encode("utf-8"),
            )
        )
    found.append(
        Download(
            f"{paths.DOWNLOADS_DIR}/catalogue.json",
            "Every paper, code link, category and venue",
            len(catalogue.papers),
            catalogue_json(catalogue, memo=memo, paper_keys=paper_keys),
        )
    )
    return found
