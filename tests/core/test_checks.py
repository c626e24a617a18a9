"""Cross-record checks: each finding has a code, a severity and the line of the field at fault."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from catalogue.core import store
from catalogue.core.checks import run_checks
from catalogue.core.errors import Severity, failing

PAPER = "papers/romero2015fitnets.yml"


def findings(root: Path) -> list[tuple[str, int, str, Severity]]:
    found = run_checks(store.load(root))
    return [
        (str(Path(d.path).relative_to(root)), d.line, d.code, d.severity)
        for d in found
        if d.severity is not Severity.INFO
    ]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_clean_catalogue_has_no_findings(data: Path) -> None:
    assert findings(data) == []


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        (PAPER, "- foundations", "- online", (PAPER, 14, "unknown-category", Severity.ERROR)),
        (PAPER, "venue: iclr", "venue: icml", (PAPER, 7, "unknown-venue", Severity.ERROR)),
        (PAPER, "source: seed-x", "source: seed-y", (PAPER, 16, "unknown-source", Severity.ERROR)),
        (
            "code/fitnets-theano.yml",
            "paper: romero2015fitnets",
            "paper: romero2015fitnet",
            ("code/fitnets-theano.yml", 5, "missing-paper", Severity.ERROR),
        ),
    ],
)
def test_unknown_references(data: Path, file: str, old: str, new: str, expected: tuple) -> None:
    edit(data / file, old, new)
    assert expected in findings(data)


def test_file_name_must_match_key(data: Path) -> None:
    (data / PAPER).rename(data / "papers/fitnets.yml")
    assert findings(data) == [("papers/fitnets.yml", 1, "file-name", Severity.ERROR)]


@pytest.mark.parametrize("ident", ["arxiv", "doi"])
def test_shared_identifier(data: Path, ident: str) -> None:
    if ident == "doi":
        edit(data / PAPER, "  arxiv: '1412.6550'", "  doi: 10.1000/xyz")
    twin = data / "papers/romero2015fitnetsb.yml"
    shutil.copy(data / PAPER, twin)
    edit(twin, "key: romero2015fitnets\n", "key: romero2015fitnetsb\n")
    edit(twin, "title: 'FitNets: Hints for Thin Deep Nets'", "title: Another title")
    assert findings(data) == [
        ("papers/romero2015fitnetsb.yml", 9, "shared-identifier", Severity.ERROR)
    ]


def test_empty_category_warns_and_strict_fails(data: Path) -> None:
    (data / "categories/surveys.yml").write_text("id: surveys\ntitle: Surveys\n")
    found = run_checks(store.load(data))
    assert [(d.code, d.severity) for d in found] == [("empty-category", Severity.WARNING)]
    assert failing(found, strict=False) == []
    assert len(failing(found, strict=True)) == 1


def test_parent_of_a_used_category_is_not_empty(data: Path) -> None:
    (data / "categories/basics.yml").write_text("id: basics\ntitle: Basics\n")
    edit(
        data / "categories/foundations.yml",
        "title: Foundations\n",
        "title: Foundations\nparent: basics\n",
    )
    assert findings(data) == []


def test_category_cycle(data: Path) -> None:
    edit(
        data / "categories/foundations.yml",
        "title: Foundations\n",
        "title: Foundations\nparent: foundations\n",
    )
    assert ("categories/foundations.yml", 3, "category-cycle", Severity.ERROR) in findings(data)


def test_uncategorised_paper_warns(data: Path) -> None:
    edit(data / PAPER, "categories:\n- foundations\n", "")
    assert ("papers/romero2015fitnets.yml", 1, "uncategorised", Severity.WARNING) in findings(data)


def test_same_title_twice_warns_unless_decided_different(data: Path) -> None:
    twin = data / "papers/romero2015hints.yml"
    shutil.copy(data / PAPER, twin)
    edit(twin, "key: romero2015fitnets\n", "key: romero2015hints\n")
    edit(twin, "  arxiv: '1412.6550'\n", "  arxiv: '1412.6551'\n")
    edit(twin, "url: https://arxiv.org/abs/1412.6550\n", "url: https://arxiv.org/abs/1412.6551\n")
    edit(
        twin,
        "title: 'FitNets: Hints for Thin Deep Nets'",
        "title: FITNETS -- hints for thin deep nets",
    )
    assert findings(data) == [("papers/romero2015hints.yml", 2, "same-title", Severity.WARNING)]
    (data / "decisions").mkdir()
    (data / "decisions/two-fitnets.yml").write_text(
        "id: two-fitnets\nverdict: different\nrecords:\n- romero2015fitnets\n- romero2015hints\n"
    )
    assert findings(data) == []
