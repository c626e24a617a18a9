"""The `bibtex` importer: entries with LaTeX decoded, identifiers verbatim, every line accounted."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalogue import api
from catalogue.core import store
from catalogue.core.models import Link, LinkKind, SourceEntry
from catalogue.ingest import importers
from catalogue.ingest.importers import ImportWarning, bibtex

FIXTURE = Path(__file__).parent / "fixtures/refs.bib"
REPO_DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="module")
def result() -> importers.ImportResult:
    return importers.parse_file(FIXTURE, "bibtex", "refs")


def test_entries_are_decoded_and_exact(result: importers.ImportResult) -> None:
    assert [e.kind for e in result.entries] == ["paper"] * 4
    assert [e.entry for e in result.entries] == [
        SourceEntry(
            source="refs",
            line=5,
            end_line=12,
            title="Relational Knowledge Distillation",
            authors=["Wonpyo Park", "Dongju Kim", "Yan Lu", "Minsu Cho"],
            venue="IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)",
            year=2019,
            links=[Link(kind=LinkKind.DOI, url="https://doi.org/10.1109/CVPR.2019.00409")],
            tags=["relational", "metric learning"],
        ),
        SourceEntry(
            source="refs",
            line=14,
            end_line=22,
            title="Distilling the Knowledge in a Neural Network",
            authors=["Geoffrey Hinton", "Oriol Vinyals", "Jeff Dean"],
            venue="arXiv",  # was: journal = {arXiv preprint arXiv:1503.02531}
            year=2015,
            links=[Link(kind=LinkKind.ARXIV, url="https://arxiv.org/abs/1503.02531")],
        ),
        SourceEntry(
            source="refs",
            line=25,
            end_line=30,
            title="Über Distillation – café & Co: α-KD",
            authors=["Bernhard Schölkopf", "Laurens van der Maaten"],
            links=[Link(kind=LinkKind.OTHER, url="https://example.org/talks/ueber-distillation")],
        ),
        SourceEntry(
            source="refs",
            line=39,
            end_line=46,
            title="FitNets: Hints for Thin Deep Nets",
            authors=[
                "Adriana Romero",
                "Nicolas Ballas",
                "Samira Ebrahimi Kahou",
                "Antoine Chassang",
                "Carlo Gatta",
                "Yoshua Bengio",
            ],
            venue="arXiv",  # was: journal = {CoRR}, volume = {abs/1412.6550}
            year=2014,
            links=[Link(kind=LinkKind.ARXIV, url="https://arxiv.org/abs/1412.6550")],
        ),
    ]
    assert result.warnings == [ImportWarning(25, "year 'n.d.' is not a year, left out")]


def test_every_line_is_accounted_for(result: importers.ImportResult) -> None:
    lines = FIXTURE.read_text(encoding="utf-8").split("\n")[:-1]
    skipped = {s.line: s.reason for s in result.skipped}
    assert not set(skipped) & result.consumed
    for number, text in enumerate(lines, 1):
        if text.strip():
            assert number in result.consumed or number in skipped, (number, text)
    assert skipped == {
        1: "a comment",
        31: "text outside any BibTeX entry",
        32: "not a valid BibTeX block: Expected comma after entry key, but found =",
        33: "not a valid BibTeX block: Expected comma after entry key, but found =",
        34: "text outside any BibTeX entry",
        35: "@misc{notitle} has no title",
        36: "citation key 'park2019relational' was already used on line 5",
        37: "citation key 'park2019relational' was already used on line 5",
        38: "citation key 'park2019relational' was already used on line 5",
    }
    assert {2, 3, 24} <= result.consumed  # @string, @preamble, @comment


def test_auto_detection_picks_bibtex_for_a_bib_file_only() -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    assert importers.detect(text).name == "bibtex"
    assert bibtex.sniff("# Awesome KD\n\n```bibtex\n@article{x, title={T}}\n```\n") < 0.5
    assert bibtex.sniff("- [Paper](https://x.org) 2019\n") == 0.0


def test_the_catalogues_own_bibtex_export_reads_back() -> None:
    """Titles, authors and years survive LaTeX encoding by the exporter and decoding here."""
    catalogue = store.load(REPO_DATA)
    result = bibtex.parse(api.export(catalogue, "bibtex").decode(), "export")
    assert not result.skipped
    back = {(e.entry.title, tuple(e.entry.authors), e.entry.year) for e in result.entries}
    papers = {(p.title, tuple(p.authors), p.year) for p in catalogue.papers.values()}
    assert back == papers
