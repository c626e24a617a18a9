"""Real BibTeX readers accept the export: Debian's `bibtex` with plain.bst, and bibtexparser."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import bibtexparser
import pytest
from pylatexenc.latex2text import LatexNodes2Text

from catalogue import api
from catalogue.core.checks import CHECKS
from catalogue.core.store import Catalogue, load

from .conftest import make_catalogue
from .test_entries import CASES

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def real() -> Catalogue:
    return load(ROOT / "data")


def tricky() -> Catalogue:
    return make_catalogue(*(case.values[0] for case in CASES))


def run_bibtex(text: str, folder: Path) -> tuple[int, str]:
    binary = shutil.which("bibtex")
    assert binary, "Debian's bibtex is missing: run scripts/system-deps.sh"
    (folder / "all.bib").write_text(text, encoding="utf-8")
    (folder / "cite.aux").write_text("\\citation{*}\n\\bibstyle{plain}\n\\bibdata{all}\n")
    done = subprocess.run(
        [binary, "cite"], cwd=folder, capture_output=True, text=True, timeout=60, check=False
    )
    return done.returncode, (folder / "cite.blg").read_text(encoding="utf-8", errors="replace")


def incomplete_without_authors(catalogue: Catalogue) -> set[str]:
    return {Path(d.path).stem for d in CHECKS["incomplete"](catalogue) if "no authors" in d.message}


def warnings_and_errors(log: str) -> tuple[list[str], list[str]]:
    warnings = re.findall(r"^Warning--(.*)$", log, flags=re.MULTILINE)
    errors = [line for line in log.splitlines() if "error message" in line or "---" in line]
    return warnings, errors


@pytest.mark.bibtex
@pytest.mark.parametrize("which", ["data", "tricky"])
def test_bibtex_accepts_export(which: str, real: Catalogue, tmp_path: Path) -> None:
    catalogue = real if which == "data" else tricky()
    code, log = run_bibtex(api.export(catalogue, "bibtex").decode(), tmp_path)
    warnings, errors = warnings_and_errors(log)
    assert errors == [], log
    no_authors = {key for key, paper in catalogue.papers.items() if not paper.authors}
    if which == "data":  # the records bibtex may warn about are those `check -v` calls incomplete
        assert no_authors == incomplete_without_authors(catalogue)
    allowed = {f"empty author in {key}" for key in no_authors}
    unexpected = [w for w in warnings if w not in allowed]
    assert unexpected == [], log
    assert code in (0, 1), log  # 2 and up: errors
    bbl = (tmp_path / "cite.bbl").read_text(encoding="utf-8")
    assert bbl.count("\\bibitem{") == len(catalogue.papers)


@pytest.mark.bibtex
def test_bibtex_reports_a_broken_file(tmp_path: Path) -> None:
    """The checks above can fail: a brace-unbalanced entry is an error in the log."""
    _, log = run_bibtex("@misc{x,\n  title = {a \\{ b}\n}\n", tmp_path)
    assert warnings_and_errors(log)[1]


@pytest.mark.parametrize("which", ["data", "tricky"])
def test_bibtexparser_reads_it_back(which: str, real: Catalogue) -> None:
    catalogue = real if which == "data" else tricky()
    library = bibtexparser.parse_string(api.export(catalogue, "bibtex").decode())
    assert library.failed_blocks == []
    assert [e.key for e in library.entries] == sorted(catalogue.papers)
    decode = LatexNodes2Text().latex_to_text
    for entry in library.entries:
        paper = catalogue.papers[entry.key]
        fields = entry.fields_dict
        assert ("eprint" in fields) == bool(paper.identifiers.arxiv)
        if paper.identifiers.arxiv:
            assert fields["eprint"].value == paper.identifiers.arxiv
            assert fields["archivePrefix"].value == "arXiv"
        if paper.identifiers.doi:
            assert fields["doi"].value == paper.identifiers.doi
        if paper.primary_url and "{" not in paper.primary_url:
            assert fields["url"].value == paper.primary_url
        title = " ".join(paper.title.split())
        if not set(title) & set("{}^"):  # the decoder drops braces and turns ^ into a modifier
            assert decode(fields["title"].value) == title
        authors = (
            [decode(a) for a in fields["author"].value.split(" and ")] if paper.authors else []
        )
        assert len(authors) == len(paper.authors)


def test_every_category_export_is_a_subset(real: Catalogue) -> None:
    everything = api.export(real, "bibtex").decode()
    for category in real.categories:
        part = api.export(real, "bibtex", category).decode()
        for entry in part.split("\n@"):
            assert entry.strip("@\n") in everything
