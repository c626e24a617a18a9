"""The library API: what the commands do, callable from Python, printing nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from catalogue import api
from catalogue.core.errors import DataError, Severity, UsageError

README = "# A list\n\nBy hand.\n\n<!-- catalogue:begin -->\n<!-- catalogue:end -->\n\nThe end.\n"


@pytest.fixture
def project(data: Path) -> Path:
    (data.parent / "README.md").write_text(README, encoding="utf-8")
    return data.parent


def test_load_and_check_report_findings_without_printing(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalogue = api.load(data, cache=False)
    assert list(catalogue.papers) == ["romero2015fitnets"]
    assert api.check(catalogue).ok and api.check(catalogue, strict=True).ok
    (data / "categories/surveys.yml").write_text("id: surveys\ntitle: Surveys\n")
    report = api.check(api.load(data, cache=False))
    assert report.ok  # an empty category is a warning: only strict fails on it
    strict = api.check(api.load(data, cache=False), strict=True)
    assert not strict.ok and [d.severity for d in strict.failing] == [Severity.WARNING]
    assert capsys.readouterr() == ("", "")


def test_load_raises_every_problem(data: Path) -> None:
    (data / "papers/romero2015fitnets.yml").write_text("key: romero2015fitnets\ntitle: [x\n")
    with pytest.raises(DataError) as raised:
        api.load(data)
    assert [d.code for d in raised.value.diagnostics] == ["yaml"]


def test_render_writes_then_checks_clean(project: Path) -> None:
    catalogue = api.load(project / "data")
    stale = api.render(catalogue, project, check=True)
    assert Path("README.md") in stale.changed and not (project / "bib").exists()
    written = api.render(catalogue, project)
    assert sorted(written.changed) == sorted(written.files)
    assert "FitNets" in (project / "README.md").read_text(encoding="utf-8")
    assert api.render(catalogue, project, check=True).changed == []
    assert api.render(catalogue, project).changed == []  # nothing to write again


def test_export_is_what_render_writes(project: Path) -> None:
    catalogue = api.load(project / "data")
    api.render(catalogue, project)
    assert api.export(catalogue, "bibtex") == (project / "bib/all.bib").read_bytes()
    part = (project / "bib/by-category/foundations.bib").read_bytes()
    assert api.export(catalogue, "bibtex", "foundations") == part
    document = json.loads(api.export(catalogue, "json"))
    assert [p["key"] for p in document["papers"]] == ["romero2015fitnets"]


@pytest.mark.parametrize(
    ("fmt", "category", "message"),
    [("yaml", None, "unknown export format 'yaml'"), ("json", "nowhere", "unknown category")],
)
def test_export_refuses_unknown_formats_and_categories(
    data: Path, fmt: str, category: str | None, message: str
) -> None:
    with pytest.raises(UsageError, match=message):
        api.export(api.load(data), fmt, category)


def test_build_without_the_site_makes_every_file(project: Path) -> None:
    stages: list[str] = []
    api.build(project / "data", project, site=False, progress=stages.append)
    assert stages == ["check", "render-readme", "export-bibtex", "site-pages", "site"]
    assert (project / "bib/all.bib").is_file() and (project / "site/docs/index.md").is_file()
    assert not (project / "site/public").exists()
    again = api.build(project / "data", project, site=False)
    assert again.up_to_date and again.written == []


def test_build_stops_at_a_failing_check(project: Path) -> None:
    (project / "data/categories/surveys.yml").write_text("id: surveys\ntitle: Surveys\n")
    with pytest.raises(DataError):
        api.build(project / "data", project, site=False)  # strict by default
    assert not (project / "bib").exists()
    api.build(project / "data", project, site=False, strict=False)
    assert (project / "bib/all.bib").is_file()
