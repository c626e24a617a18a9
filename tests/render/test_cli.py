"""`catalogue render` writes README.md and bib/ only when they change; `--check` writes nothing."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from ..processes import catalogue

ROOT = Path(__file__).resolve().parents[2]

FILES = {
    "categories/foundations.yml": "id: foundations\ntitle: Foundations\norder: 1\n",
    "categories/features.yml": "id: features\ntitle: Features\norder: 2\n",
    "venues/iclr.yml": (
        "id: iclr\nshort: ICLR\nname: International Conference on Learning Representations\n"
        "kind: conference\n"
    ),
    "papers/romero2015fitnets.yml": (
        "key: romero2015fitnets\ntitle: 'FitNets: Hints for Thin Deep Nets'\n"
        "authors:\n- Adriana Romero\n- Yoshua Bengio\nyear: 2015\nvenue: iclr\n"
        "identifiers:\n  arxiv: '1412.6550'\n"
        "links:\n- kind: arxiv\n  url: https://arxiv.org/abs/1412.6550\n"
        "categories:\n- features\n"
    ),
    "papers/hinton2015distilling.yml": (
        "key: hinton2015distilling\ntitle: Distilling the Knowledge in a Neural Network\n"
        "authors:\n- Geoffrey Hinton\nyear: 2015\ncategories:\n- foundations\n"
    ),
}
README = "# Hand-written\n\n<!-- catalogue:begin -->\n<!-- catalogue:end -->\n\nFooter.\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for name, text in FILES.items():
        path = tmp_path / "data" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (tmp_path / "README.md").write_text(README, encoding="utf-8")
    return tmp_path


def cli(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return catalogue(*args, cwd=project)


def snapshot(project: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(project)): p.read_bytes()
        for p in sorted(project.rglob("*"))
        if p.is_file() and not {"data", ".cache"} & set(p.parts)
    }


def test_render_then_check_then_render_again(project: Path) -> None:
    assert cli(project, "render", "--check").returncode == 1
    first = cli(project, "render")
    assert first.returncode == 0, first.stderr
    files = snapshot(project)
    assert set(files) == {
        "README.md",
        "bib/all.bib",
        "bib/by-category/features.bib",
        "bib/by-category/foundations.bib",
    }
    readme = files["README.md"].decode()
    assert readme.startswith("# Hand-written\n\n<!-- catalogue:begin -->\n")
    assert readme.endswith("<!-- catalogue:end -->\n\nFooter.\n")
    assert "[FitNets: Hints for Thin Deep Nets](https://arxiv.org/abs/1412.6550)" in readme
    check = cli(project, "render", "--check")
    assert check.returncode == 0, check.stderr
    again = cli(project, "render")
    assert "0 of 4 rendered files changed" in again.stderr
    assert snapshot(project) == files
    assert not list(project.rglob("*.tmp"))


def test_check_names_each_stale_file_and_writes_nothing(project: Path) -> None:
    assert cli(project, "render").returncode == 0
    paper = project / "data/papers/romero2015fitnets.yml"
    paper.write_text(paper.read_text().replace("Thin Deep Nets", "Thin Nets"), encoding="utf-8")
    (project / "bib/by-category/removed.bib").write_text("@misc{x,\n}\n")
    before = snapshot(project)
    check = cli(project, "render", "--check")
    assert check.returncode == 1
    stale = sorted(line.split(":", 1)[0] for line in check.stderr.splitlines() if "[stale]" in line)
    assert stale == [
        "README.md",
        "bib/all.bib",
        "bib/by-category/features.bib",
        "bib/by-category/removed.bib",
    ]
    assert snapshot(project) == before
    fixed = cli(project, "render")
    assert fixed.returncode == 0
    assert not (project / "bib/by-category/removed.bib").exists()
    assert cli(project, "render", "--check").returncode == 0


def test_readme_without_markers_is_a_data_error_and_left_alone(project: Path) -> None:
    (project / "README.md").write_text("# No markers\n", encoding="utf-8")
    done = cli(project, "render")
    assert done.returncode == 1
    assert "README.md:1:1: error:" in done.stderr and "Traceback" not in done.stderr
    assert (project / "README.md").read_text() == "# No markers\n"
    assert not (project / "bib").exists()


def test_usage_errors(project: Path) -> None:
    assert cli(project, "render", "--style", "comma-authors").returncode == 2  # no --source
    assert cli(project, "render", "-o", "x.md").returncode == 2


def test_build_writes_the_same_files_as_render(project: Path) -> None:
    assert cli(project, "render").returncode == 0
    rendered = snapshot(project)
    (project / "README.md").write_text(README, encoding="utf-8")
    for path in (project / "bib").rglob("*.bib"):
        path.unlink()
    built = cli(project, "build", "--no-site")
    assert built.returncode == 0, built.stderr
    assert {k: v for k, v in snapshot(project).items() if k in rendered} == rendered
