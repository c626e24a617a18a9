"""The weekly link sweep's two steps, run as the workflow runs them: the sweep against links on a
local server, and the issue bookkeeping against a stand-in for the GitHub CLI that records what it
was asked to do."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
WORKFLOW = yaml.safe_load((REPO / ".github/workflows/link-sweep.yml").read_text())
JOB = WORKFLOW["jobs"]["sweep"]
STEPS = {step.get("name"): step for step in JOB["steps"]}


class _Handler(BaseHTTPRequestHandler):
    disable_nagle_algorithm = True

    def _answer(self) -> None:
        status = 200 if self.path == "/alive" else 404
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_HEAD = do_GET = _answer

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def bash(script: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    # GitHub runs `run:` scripts with `bash -e`.
    return subprocess.run(
        ["bash", "-e", "-c", script],
        cwd=cwd,
        env={**os.environ, **JOB["env"], **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def checkout(tmp_path: Path, url: str) -> Path:
    """A working copy: the project's venv, and a catalogue of one paper with one link."""
    work = tmp_path / "work"
    (work / "data/papers").mkdir(parents=True)
    (work / ".venv").symlink_to(Path(sys.executable).parents[1])
    (work / "data/papers/a2020b.yml").write_text(
        f"key: a2020b\ntitle: B\nlinks:\n- kind: paper\n  url: {url}\n", encoding="utf-8"
    )
    # The server is on 127.0.0.1, which the link check refuses unless told otherwise.
    (work / "linkcheck.yml").write_text("allow_addresses: [127.0.0.1]\n", encoding="utf-8")
    return work


@pytest.mark.parametrize(("path", "dead"), [("/alive", "0"), ("/gone", "1")])
def test_sweep_step_reports_dead_links(tmp_path: Path, server: str, path: str, dead: str) -> None:
    work = checkout(tmp_path, server + path)
    output = tmp_path / "github-output"
    done = bash(STEPS["Check every link"]["run"], work, {"GITHUB_OUTPUT": str(output)})
    assert done.returncode == 0, done.stderr
    assert output.read_text() == f"dead={dead}\n"
    report = (work / "link-report.md").read_text()
    assert (server + path in report) == (dead == "1")


def test_sweep_step_fails_when_the_run_breaks(tmp_path: Path, server: str) -> None:
    """Bad data also exits 1, but writes no report: the step fails instead of filing an issue."""
    work = checkout(tmp_path, server + "/alive")
    (work / "data/papers/a2020b.yml").write_text("key: [broken\n")
    output = tmp_path / "github-output"
    done = bash(STEPS["Check every link"]["run"], work, {"GITHUB_OUTPUT": str(output)})
    assert done.returncode == 2
    assert "invalid YAML" in done.stderr
    assert not output.exists()


FAKE_GH = """#!/usr/bin/env python3
import json, os, sys
with open(os.environ["GH_LOG"], "a") as log:
    log.write(json.dumps(sys.argv[1:]) + "\\n")
if sys.argv[1:3] == ["issue", "list"]:
    print(os.environ.get("OPEN_ISSUE", ""))
"""


def issue_step(tmp_path: Path, dead: str, open_issue: str, report: str) -> list[list[str]]:
    import json

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "gh").write_text(FAKE_GH)
    (bin_dir / "gh").chmod(0o755)
    (tmp_path / "link-report.md").write_text(report)
    log = tmp_path / "gh.log"
    env = {
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "GH_LOG": str(log),
        "OPEN_ISSUE": open_issue,
        "DEAD": dead,
    }
    done = bash(STEPS["Open, update or close the report issue"]["run"], tmp_path, env)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []


LIST = ["issue", "list", "--state", "open", "--label", "link-sweep", "--json", "number", "--jq"]


def test_dead_links_open_one_issue(tmp_path: Path) -> None:
    calls = issue_step(tmp_path, "1", "", "# Links\n\n1 dead\n")
    assert [c[: len(LIST)] for c in calls[:1]] == [LIST]
    assert calls[1][:2] == ["label", "create"]
    assert calls[2] == [
        "issue",
        "create",
        "--title",
        "Link sweep: dead links in the catalogue",
        "--label",
        "link-sweep",
        "--body-file",
        "issue-body.md",
    ]
    assert (tmp_path / "issue-body.md").read_text() == "# Links\n\n1 dead\n"


def test_dead_links_update_the_open_issue(tmp_path: Path) -> None:
    calls = issue_step(tmp_path, "1", "42", "report\n")
    assert calls[1:] == [["issue", "edit", "42", "--body-file", "issue-body.md"]]


def test_a_clean_sweep_closes_the_open_issue(tmp_path: Path) -> None:
    calls = issue_step(tmp_path, "0", "42", "")
    assert [c[:3] for c in calls[1:]] == [["issue", "close", "42"]]
    assert "found no dead link" in calls[1][-1]


def test_a_clean_sweep_without_an_issue_does_nothing(tmp_path: Path) -> None:
    assert [c[:2] for c in issue_step(tmp_path, "0", "", "")] == [["issue", "list"]]


def test_a_long_report_is_cut_to_fit_an_issue(tmp_path: Path) -> None:
    issue_step(tmp_path, "1", "7", "x" * 70_000)
    body = (tmp_path / "issue-body.md").read_text()
    assert body.startswith("x" * 60_000)
    assert body.endswith("(Report cut short; run `catalogue links` for all of it.)\n")
    assert len(body) < 65_536
