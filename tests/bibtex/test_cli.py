"""`catalogue export --format bibtex`: to stdout, to a file, one category, bad category."""

from __future__ import annotations

import subprocess
from pathlib import Path

import bibtexparser

from ..processes import catalogue

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"


def cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return catalogue("--data", str(DATA), *args, cwd=cwd)


def test_export_to_stdout_and_file_agree(tmp_path: Path) -> None:
    out = cli("export", "--format", "bibtex")
    assert out.returncode == 0, out.stderr
    target = tmp_path / "all.bib"
    written = cli("export", "--format", "bibtex", "-o", str(target))
    assert written.returncode == 0, written.stderr
    assert target.read_text(encoding="utf-8") == out.stdout
    assert len(bibtexparser.parse_string(out.stdout).entries) == len(
        list(DATA.glob("papers/*.yml"))
    )


def test_export_one_category(tmp_path: Path) -> None:
    category = sorted(DATA.glob("categories/*.yml"))[0].stem
    out = cli("export", "--format", "bibtex", "--category", category)
    assert out.returncode == 0, out.stderr
    everything = cli("export", "--format", "bibtex").stdout
    keys = [e.key for e in bibtexparser.parse_string(out.stdout).entries]
    assert keys and set(keys) <= {e.key for e in bibtexparser.parse_string(everything).entries}


def test_unknown_category_is_a_usage_error(tmp_path: Path) -> None:
    target = tmp_path / "x.bib"
    out = cli("export", "--format", "bibtex", "--category", "no-such-category", "-o", str(target))
    assert out.returncode == 2
    assert "no-such-category" in out.stderr and "Traceback" not in out.stderr
    assert not target.exists()
