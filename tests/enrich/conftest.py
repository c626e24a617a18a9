"""A copy of the real catalogue (or a small one), settings pointing every service at the local
stand-ins, and a runner for `catalogue enrich`."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from catalogue.cli import run

from .services import Services, running

REPO = Path(__file__).resolve().parents[2]
CONTACT = "curators@example.org"


def settings_text(base: str, **service: object) -> str:
    """Fast settings: no pause between requests, one retry, a short deadline, no cache."""
    values = {
        "min_interval": 0,
        "timeout": 2,
        "retries": 1,
        "max_wait": 3,
        "deadline": 1.5,
        **service,
    }
    extra = "".join(f"    {k}: {v}\n" for k, v in values.items())
    paths = {
        "arxiv": "/arxiv/api/query",
        "crossref": "/crossref",
        "openalex": "/openalex",
        "github": "/github",
    }
    services = "".join(f"  {name}:\n    base_url: {base}{p}\n{extra}" for name, p in paths.items())
    return (
        f"contact: {CONTACT}\nlookup:\n{services}  github_token_interval: 0\n"
        "  stamp_dir: ''\n  cache_dir: ''\n"
    )


@pytest.fixture
def services() -> Iterator[Services]:
    with running() as fake:
        yield fake


@pytest.fixture
def project(tmp_path: Path, services: Services, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the repository's catalogue with its settings aimed at the stand-ins."""
    shutil.copytree(REPO / "data", tmp_path / "data")
    (tmp_path / "catalogue.yml").write_text(settings_text(services.url), encoding="utf-8")
    for variable in ("CATALOGUE_CONFIG", "CATALOGUE_OFFLINE", "GITHUB_TOKEN", "CATALOGUE_CONTACT"):
        monkeypatch.delenv(variable, raising=False)
    return tmp_path


@dataclass
class Outcome:
    code: int
    err: str
    out: str


Enrich = Callable[..., Outcome]


@pytest.fixture
def enrich(project: Path, capsys: pytest.CaptureFixture[str]) -> Enrich:
    def run_enrich(*args: str) -> Outcome:
        capsys.readouterr()
        settings = str(project / "catalogue.yml")
        code = run(
            ["--data", str(project / "data"), "--no-cache", "enrich", "--config", settings, *args]
        )
        captured = capsys.readouterr()
        return Outcome(code, captured.err, captured.out)

    return run_enrich


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }
