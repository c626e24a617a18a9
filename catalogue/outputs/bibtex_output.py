"""The BibTeX output: ``bib/all.bib`` and one file per category, the export, the site's downloads.

Every paper's entry is made once per build (``entries``, from ``bibtex.paper_to_bibtex``, kept
between builds as a fragment), and every file is put together from those entries in one pass
(``texts``): the files in ``bib/``, `catalogue export --format bibtex` (all papers, or one
category's with its sub-categories) and the site's downloads are the same bytes.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..core.store import Catalogue
from ..core.tree import count_under, file_by_category
from .context import BuildContext
from .files import OutputFile, write
from .registry import Step

BIB_DIR = Path("bib")
BIB_ALL = BIB_DIR / "all.bib"
BIB_CATEGORIES = BIB_DIR / "by-category"


@dataclass(frozen=True)
class BibTexts:
    everything: str
    # Category id -> its papers' entries (sub-categories included), for those that have papers,
    # by id.
    by_category: dict[str, str]


def entries(ctx: BuildContext) -> dict[str, str]:
    """Every paper's entry, by key (made once per build, and kept between builds)."""
    return ctx.shared("bibtex entries", lambda: _entries(ctx))


def _entries(ctx: BuildContext) -> dict[str, str]:
    from .bibtex import paper_to_bibtex  # pylatexenc: only for outputs that show BibTeX

    catalogue = ctx.catalogue
    fragments = ctx.fragments("bibtex")
    return {
        key: fragments.get(
            "entry", fragments.paper(key), functools.partial(paper_to_bibtex, paper, catalogue)
        )
        for key, paper in catalogue.papers.items()
    }


def texts(ctx: BuildContext) -> BibTexts:
    """Every file's text (made once per build)."""
    return ctx.shared("bibtex texts", lambda: assemble(ctx.catalogue, entries(ctx)))


def assemble(catalogue: Catalogue, entries: Mapping[str, str]) -> BibTexts:
    """Every file's text from one ordering of the papers (by key) and one pass over them."""
    keys = sorted(catalogue.papers)
    ordered = [entries[key] for key in keys]
    filed_in = (catalogue.papers[key].categories for key in keys)
    filed = file_by_category(zip(filed_in, ordered, strict=True), catalogue.categories)
    by_category = {c: "\n".join(filed[c]) for c in sorted(filed) if filed[c]}
    return BibTexts("\n".join(ordered), by_category)


def bib_path(category: str) -> Path:
    return BIB_CATEGORIES / f"{category}.bib"


def bib_names(catalogue: Catalogue) -> dict[str, str]:
    """Category id -> its BibTeX file, for the categories that get one (those with papers),
    without making any BibTeX."""
    filings = Counter(tuple(paper.categories) for paper in catalogue.papers.values())
    totals = count_under(filings, catalogue.categories)
    return {category: bib_path(category).as_posix() for category in totals if totals[category]}


class BibtexOutput:
    name = "bibtex"
    suffix = ".bib"
    # BibTeX files under bib/ that no category claims (a removed one) are deleted.
    leftovers = ("bib/**/*.bib",)

    def steps(self) -> Sequence[Step]:
        return [("export-bibtex", self.write)]

    def files(self, ctx: BuildContext) -> list[OutputFile]:
        found = texts(ctx)
        files = [OutputFile(BIB_ALL, found.everything.encode("utf-8"))]
        for category, text in found.by_category.items():
            files.append(OutputFile(bib_path(category), text.encode("utf-8")))
        return files

    def write(self, ctx: BuildContext) -> list[Path]:
        touched = write(ctx.project_dir, self.files(ctx), self.leftovers)
        return [ctx.project_dir / path for path in touched]

    def document(self, ctx: BuildContext, category: str | None = None) -> bytes:
        found = texts(ctx)
        text = found.everything if category is None else found.by_category.get(category, "")
        return text.encode("utf-8")


OUTPUT = BibtexOutput()
