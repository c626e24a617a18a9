"""The files `catalogue render` keeps in the repository, and whether they are up to date.

Outputs are computed in memory first; writing touches only files whose bytes change (each written
atomically), and the check compares bytes without writing anything. Files under ``bib/`` that no
output claims (a category that was removed) count as stale and are deleted on render.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import DataError, Diagnostic
from ..core.store import Catalogue
from ..core.tree import count_under
from ..core.yamlio import write_atomic
from ..incremental.memo import Memo
from .bibtex import bibtex_files
from .readme import render_readme, site_url

README = Path("README.md")
BIB_DIR = Path("bib")
BIB_ALL = BIB_DIR / "all.bib"
BIB_CATEGORIES = BIB_DIR / "by-category"


@dataclass(frozen=True)
class Output:
    path: Path  # relative to the project folder
    text: str


def bibtex_outputs(catalogue: Catalogue, entries: Mapping[str, str] | None = None) -> list[Output]:
    """``bib/all.bib`` and one file per category that has papers (sub-categories included).

    ``entries``: every paper's entry by key, when the caller has them already."""
    everything, by_category = bibtex_files(catalogue, entries)
    found = [Output(BIB_ALL, everything)]
    for category, text in by_category.items():
        found.append(Output(bib_path(category), text))
    return found


def bib_path(category: str) -> Path:
    return BIB_CATEGORIES / f"{category}.bib"


def bib_names(catalogue: Catalogue) -> dict[str, str]:
    """Category id -> its BibTeX file, for the categories ``bibtex_outputs`` writes one for
    (those with papers), without making any BibTeX."""
    filings = Counter(tuple(paper.categories) for paper in catalogue.papers.values())
    totals = count_under(filings, catalogue.categories)
    return {category: bib_path(category).as_posix() for category in totals if totals[category]}


def readme_output(catalogue: Catalogue, project_dir: Path, memo: Memo | None = None) -> Output:
    """The README with its generated region; ``memo`` keeps list lines between builds."""
    path = project_dir / README
    try:
        current = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(
            [Diagnostic.at(path, f"cannot read the README: {exc.strerror}", code="readme")]
        ) from None
    names = bib_names(catalogue)
    text = render_readme(current, catalogue, names, site_url(project_dir), memo=memo)
    return Output(README, text)


def all_outputs(catalogue: Catalogue, project_dir: Path) -> list[Output]:
    return [readme_output(catalogue, project_dir), *bibtex_outputs(catalogue)]


def _orphans(project_dir: Path, outputs: list[Output]) -> list[Path]:
    claimed = {output.path for output in outputs}
    folder = project_dir / BIB_DIR
    if not folder.is_dir() or not any(o.path.parts[:1] == BIB_DIR.parts for o in outputs):
        return []
    return sorted(
        path.relative_to(project_dir)
        for path in folder.rglob("*.bib")
        if path.relative_to(project_dir) not in claimed
    )


def _new_bytes(project_dir: Path, output: Output) -> bytes | None:
    """The output's bytes when its file does not hold them already, else None."""
    data = output.text.encode("utf-8")
    path = project_dir / output.path
    try:
        # A size that differs says so without reading (the BibTeX files run to megabytes).
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return None
    except FileNotFoundError:
        pass
    return data


def stale(project_dir: Path, outputs: list[Output]) -> list[Path]:
    """Outputs whose file is missing or different, and leftover files nothing produces."""
    changed = [o.path for o in outputs if _new_bytes(project_dir, o) is not None]
    return sorted([*changed, *_orphans(project_dir, outputs)])


def write(project_dir: Path, outputs: list[Output]) -> list[Path]:
    """Write the outputs that changed and delete leftovers; return the paths touched."""
    touched = []
    for output in outputs:
        data = _new_bytes(project_dir, output)
        if data is not None:
            write_atomic(project_dir / output.path, data)
            touched.append(output.path)
    for orphan in _orphans(project_dir, outputs):
        (project_dir / orphan).unlink()
        touched.append(orphan)
    return touched
