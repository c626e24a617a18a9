"""The weekly enrichment workflow, run as GitHub runs its steps: the services are the local
stand-ins of tests/enrich, the remote is a bare repository on disk (git's ``insteadOf`` sends the
push there), and ``gh`` is a stand-in that records what it was asked to do."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from tests.enrich.conftest import settings_text
from tests.enrich.services import Services, running

REPO = Path(__file__).resolve().parents[2]
WORKFLOW = yaml.safe_load((REPO / ".github/workflows/enrich.yml").read_text())
ENRICH = {s.get("name"): s for s in WORKFLOW["jobs"]["enrich"]["steps"]}
PROPOSE = WORKFLOW["jobs"]["propose"]
PUSH_STEP = next(s for s in PROPOSE["steps"] if "run" in s)
SLUG = "owner/catalogue"
TOKEN = "t0ken"


def test_least_privilege_and_a_weekly_schedule() -> None:
    jobs = WORKFLOW["jobs"]
    assert jobs["enrich"]["permissions"] == {"contents": "read"}
    assert PROPOSE["permissions"] == {"contents": "write", "pull-requests": "write"}
    assert PROPOSE["needs"] == "enrich"
    # The writing job runs none of the project's code: no set-up, no `catalogue`.
    assert "catalogue" not in json.dumps(PROPOSE["steps"]).replace("catalogue.git", "")
    [schedule] = WORKFLOW[True]["schedule"]  # YAML 1.1 reads `on` as true
    *_, day, month, weekday = schedule["cron"].split()
    assert (day, month) == ("*", "*") and weekday.isdigit()
    assert "refs/heads/${BRANCH}" in PUSH_STEP["run"] and "main" not in PUSH_STEP["run"]


def bash(script: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-e", "-c", script],
        cwd=cwd,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def git(*args: str, cwd: Path) -> str:
    done = subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout


FAKE_GH = """#!/usr/bin/env python3
import json, os, sys
with open(os.environ["GH_LOG"], "a") as log:
    log.write(json.dumps(sys.argv[1:]) + "\\n")
if sys.argv[1:3] == ["pr", "list"]:
    print(os.environ.get("OPEN_PR", ""))
"""


@pytest.fixture
def services() -> Iterator[Services]:
    with running() as fake:
        fake.rate_remaining = 5000  # the workflow sends its token: 5,000 requests an hour
        yield fake


@pytest.fixture
def checkout(tmp_path: Path, services: Services) -> Path:
    """A clone with the project's data, README and bib, its venv, and settings aimed at the
    stand-ins; pushed to a bare 'origin' on disk."""
    work = tmp_path / "work"
    work.mkdir()
    for name in ("data", "bib", "templates"):
        shutil.copytree(REPO / name, work / name)
    for name in ("README.md", "mkdocs.yml"):
        if (REPO / name).exists():
            shutil.copy(REPO / name, work / name)
    (work / "site").mkdir()
    shutil.copy(REPO / "site/mkdocs.yml", work / "site/mkdocs.yml")
    (work / "catalogue.yml").write_text(settings_text(services.url), encoding="utf-8")
    git("init", "--quiet", "--initial-branch=main", cwd=work)
    git("add", "--all", cwd=work)
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "base", cwd=work)
    (work / ".venv").symlink_to(Path(sys.executable).parents[1])
    bare = tmp_path / "origin.git"
    git("clone", "--quiet", "--bare", str(work), str(bare), cwd=tmp_path)
    return work


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    (bin_dir / "gh").write_text(FAKE_GH)
    (bin_dir / "gh").chmod(0o755)
    remote = f"https://x-access-token:{TOKEN}@github.com/{SLUG}.git"
    return {
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "GH_LOG": str(tmp_path / "gh.log"),
        "GH_TOKEN": TOKEN,
        "GH_REPO": SLUG,
        "BASE": "main",
        "FOUND": str(tmp_path / "artifact"),
        "BRANCH": PROPOSE["env"]["BRANCH"],
        "TITLE": PROPOSE["env"]["TITLE"],
        # Send the push to the bare repository on disk instead of github.com.
        "GIT_CONFIG_COUNT": "1",
        "GIT_CONFIG_KEY_0": f"url.{tmp_path / 'origin.git'}.insteadOf",
        "GIT_CONFIG_VALUE_0": remote,
        "GITHUB_TOKEN": "",
        "GITHUB_STEP_SUMMARY": str(tmp_path / "step-summary.md"),
        "CATALOGUE_OFFLINE": "",
        **extra,
    }


def _run_enrich_job(work: Path, tmp_path: Path) -> None:
    env = _env(tmp_path)
    for name in (
        "Fill missing fields and refresh repository states",
        "Check the upstream lists",
        "Regenerate the README list and BibTeX",
        "Keep the changes as a patch",
    ):
        done = bash(ENRICH[name]["run"], work, env)
        assert done.returncode == 0, (name, done.stderr)
    artifact = tmp_path / "artifact"
    artifact.mkdir(exist_ok=True)
    for name in ("changes.patch", "pr-body.md"):
        shutil.copy(work / name, artifact / name)


def _calls(tmp_path: Path) -> list[list[str]]:
    log = tmp_path / "gh.log"
    return [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []


def _fresh_clone(tmp_path: Path, name: str) -> Path:
    clone = tmp_path / name
    git("clone", "--quiet", str(tmp_path / "origin.git"), str(clone), cwd=tmp_path)
    return clone


def test_one_pull_request_with_the_changes_and_a_summary(
    checkout: Path, tmp_path: Path, services: Services
) -> None:
    _run_enrich_job(checkout, tmp_path)
    assert (tmp_path / "artifact/changes.patch").stat().st_size > 0
    main_before = git("rev-parse", "main", cwd=tmp_path / "origin.git")
    clone = _fresh_clone(tmp_path, "runner")
    done = bash(PUSH_STEP["run"], clone, _env(tmp_path, OPEN_PR=""))
    assert done.returncode == 0, done.stderr
    bare = tmp_path / "origin.git"
    assert git("rev-parse", "main", cwd=bare) == main_before  # no push to main
    changed = git("diff", "--name-only", "main", PROPOSE["env"]["BRANCH"], cwd=bare).split()
    assert "data/papers/anon2016learning.yml" in changed
    assert "data/sources/service-arxiv.ids" in changed
    assert "README.md" in changed  # authors filled show in the generated list
    assert _calls(tmp_path)[-1] == [
        "pr",
        "create",
        "--base",
        "main",
        "--head",
        "automation/weekly-enrichment",
        "--title",
        "Weekly enrichment: metadata and repository states",
        "--body-file",
        str(tmp_path / "artifact/pr-body.md"),
    ]
    body = (tmp_path / "artifact/pr-body.md").read_text()
    assert body.startswith("## Enrichment\n") and "- Values filled: " in body
    assert "\n## Upstream lists\n" in body and "seed\\-001: not checked" in body
    assert (tmp_path / "step-summary.md").read_text() == body


def test_an_open_pull_request_is_updated_not_duplicated(
    checkout: Path, tmp_path: Path, services: Services
) -> None:
    _run_enrich_job(checkout, tmp_path)
    clone = _fresh_clone(tmp_path, "runner")
    done = bash(PUSH_STEP["run"], clone, _env(tmp_path, OPEN_PR="17"))
    assert done.returncode == 0, done.stderr
    assert _calls(tmp_path)[-1][:3] == ["pr", "edit", "17"]
    assert not any(call[:2] == ["pr", "create"] for call in _calls(tmp_path))


def test_nothing_to_propose_pushes_nothing(
    checkout: Path, tmp_path: Path, services: Services
) -> None:
    artifact = tmp_path / "artifact"
    artifact.mkdir()
    (artifact / "changes.patch").write_text("")
    (artifact / "pr-body.md").write_text("## Enrichment\n")
    clone = _fresh_clone(tmp_path, "runner")
    done = bash(PUSH_STEP["run"], clone, _env(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "Nothing to propose" in done.stdout
    assert _calls(tmp_path) == []
    assert git("branch", "--list", cwd=tmp_path / "origin.git").split() == ["*", "main"]
