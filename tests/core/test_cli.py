"""The CLI: exit codes 0 / 1 / 2, messages on stderr, never a traceback."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from catalogue.cli import run

from ..processes import catalogue

PAPER = "papers/romero2015fitnets.yml"


def cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return catalogue("--data", str(data), *args)


def test_check_clean_exits_0(data: Path) -> None:
    done = cli(data, "check", "--strict")
    assert done.returncode == 0, done.stderr
    assert "ok: 1 papers, 1 code links, 1 categories, 1 venues" in done.stderr


def test_bad_data_exits_1_with_located_message_and_no_traceback(data: Path) -> None:
    (data / PAPER).write_bytes(b"key: romero2015fitnets\ntitle: [oops\n")
    (data / "venues/iclr.yml").write_bytes(b"\xff\xfe")
    done = cli(data, "check")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert any(line.startswith(f"{data / PAPER}:3:1: error: invalid YAML") for line in lines)
    assert any(
        line.startswith(f"{data / 'venues/iclr.yml'}:1:1: error: not UTF-8") for line in lines
    )
    assert lines[-1] == "2 errors"


def test_warnings_fail_only_with_strict(data: Path) -> None:
    (data / "categories/surveys.yml").write_text("id: surveys\ntitle: Surveys\n")
    assert cli(data, "check").returncode == 0
    strict = cli(data, "check", "--strict")
    assert strict.returncode == 1
    assert "warning: category 'surveys' has no papers" in strict.stderr


@pytest.mark.parametrize(
    "args", [["check", "--bogus"], ["no-such-command"], ["export", "--format", "nope"]]
)
def test_usage_errors_exit_2(data: Path, args: list[str]) -> None:
    done = cli(data, *args)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr


def test_missing_data_folder_exits_1(tmp_path: Path) -> None:
    done = cli(tmp_path / "nowhere", "check")
    assert done.returncode == 1
    assert "data folder not found" in done.stderr


def test_fmt_check_then_fmt(data: Path) -> None:
    path = data / PAPER
    assert run(["--data", str(data), "fmt"]) == 0  # the fixture is written without modelines
    canonical = path.read_bytes()
    path.write_bytes(canonical.replace(b"year: 2015\n", b"year:   2015\n"))
    assert run(["--data", str(data), "fmt", "--check"]) == 1
    assert path.read_bytes() != canonical  # --check writes nothing
    assert run(["--data", str(data), "fmt"]) == 0
    assert path.read_bytes() == canonical
    assert run(["--data", str(data), "fmt", "--check"]) == 0


def test_fmt_refuses_invalid_files_and_leaves_them(data: Path) -> None:
    path = data / PAPER
    path.write_bytes(b"key: romero2015fitnets\n")
    assert run(["--data", str(data), "fmt"]) == 1
    assert path.read_bytes() == b"key: romero2015fitnets\n"
