"""Shared helpers of the hostile-input tests: the command line run in-process on a copy of the
data, and a Hypothesis profile that is the same on every machine (no example database; a fixed
seed in CI)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from catalogue.cli import run

ROOT = Path(__file__).resolve().parents[2]

settings.register_profile(
    "security",
    database=None,
    derandomize=os.environ.get("CI") == "true",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("security")


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str


Cli = Callable[..., Ran]


# The papers a small copy of the data keeps (with every category, venue and source list).
KEPT_PAPERS = ("hinton2015distilling.yml", "romero2015fitnets.yml")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A small copy of the repository's data/ in a fresh folder (the project): every category,
    venue, source list and decision, two papers and no code records."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("papers", "code"))
    (data / "papers").mkdir()
    (data / "code").mkdir()
    for name in KEPT_PAPERS:
        shutil.copy(ROOT / "data" / "papers" / name, data / "papers" / name)
    return tmp_path


@pytest.fixture
def cli(project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    """``catalogue ARGS`` in the project, as the console script runs it (``run`` is where the
    package's errors become messages and exit codes: anything else escaping it is a traceback)."""
    monkeypatch.chdir(project)

    def call(*args: str) -> Ran:
        capsys.readouterr()
        code = run(list(args))
        captured = capsys.readouterr()
        return Ran(code, captured.out, captured.err)

    return call


def child_env() -> dict[str, str]:
    """The environment of a child process: it imports the package from this checkout, the one
    the tests import, not whichever one is installed."""
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path, "PYTHONUNBUFFERED": "1"}


def spawn(project: Path, *args: str, wait: float | None = None) -> subprocess.Popen[str]:
    """The console script, started in ``project`` as a separate process (for concurrency and
    kill -9); ``wait``: the seconds it may wait for the project's lock."""
    env = child_env()
    if wait is not None:
        env["CATALOGUE_LOCK_WAIT"] = str(wait)
    return subprocess.Popen(
        [sys.executable, "-m", "catalogue", *args],
        cwd=project,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen[str], timeout: float = 120) -> Ran:
    """Wait for a process started by ``spawn`` (killing it after ``timeout`` seconds)."""
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        raise AssertionError(f"still running after {timeout}s:\n{err}") from None
    return Ran(process.returncode, out, err)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by relative path, with its bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
