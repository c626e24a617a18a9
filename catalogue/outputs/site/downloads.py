"""The files readers download from the site: all.bib, one .bib per category, catalogue.json.

They are the BibTeX and JSON outputs' own documents (see ``outputs.registry``): the same bytes as
`catalogue export` and ``bib/``, made along the same path, once per build.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ...core.store import Catalogue
from ...core.tree import count_under
from ..context import BuildContext
from ..registry import exported
from . import paths


@dataclass(frozen=True)
class Download:
    path: str  # inside docs/
    title: str
    papers: int
    data: bytes


def _counts(catalogue: Catalogue) -> dict[str, int]:
    """Every category's number of papers, sub-categories included: the entries in its file."""
    filings = Counter(tuple(paper.categories) for paper in catalogue.papers.values())
    return count_under(filings, catalogue.categories)


def downloads(ctx: BuildContext) -> list[Download]:
    catalogue = ctx.catalogue
    bibtex = exported("bibtex")
    found = [
        Download(
            f"{paths.DOWNLOADS_DIR}/all.bib",
            "All papers",
            len(catalogue.papers),
            bibtex.document(ctx),
        )
    ]
    counts = _counts(catalogue)
    for category_id in sorted(c for c, n in counts.items() if n):
        found.append(
            Download(
                f"{paths.DOWNLOADS_DIR}/{category_id}.bib",
                catalogue.categories[category_id].title,
                counts[category_id],
                bibtex.document(ctx, category_id),
            )
        )
    found.append(
        Download(
            f"{paths.DOWNLOADS_DIR}/catalogue.json",
            "Every paper, code link, category and venue",
            len(catalogue.papers),
            exported("json").document(ctx),
        )
    )
    return found
