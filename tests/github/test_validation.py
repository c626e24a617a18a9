"""The repository's GitHub files validate against their published schemas (offline, with the
schemas check-jsonschema ships) and pass zizmor's audit with no medium or high finding."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
WORKFLOWS = sorted((REPO / ".github/workflows").glob("*.yml"))
FORMS = sorted(p for p in (REPO / ".github/ISSUE_TEMPLATE").glob("*.yml") if p.name != "config.yml")


def tool(name: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / name), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=REPO,
    )


def test_there_is_something_to_validate() -> None:
    assert [p.name for p in WORKFLOWS] == [
        "check.yml",
        "enrich.yml",
        "link-sweep.yml",
        "publish.yml",
    ]
    assert [p.name for p in FORMS] == ["propose-paper.yml"]


@pytest.mark.parametrize(
    ("schema", "files"),
    [("vendor.github-workflows", WORKFLOWS), ("vendor.github-issue-forms", FORMS)],
    ids=["workflows", "issue-forms"],
)
def test_files_meet_their_published_schema(schema: str, files: list[Path]) -> None:
    done = tool("check-jsonschema", "--builtin-schema", schema, *files)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_schema_check_does_reject_a_broken_workflow(tmp_path: Path) -> None:
    """The validation above can fail: a job without `runs-on` is refused."""
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  x:\n    steps:\n      - run: echo\n")
    done = tool("check-jsonschema", "--builtin-schema", "vendor.github-workflows", broken)
    assert done.returncode == 1


def zizmor_findings(*paths: Path) -> list[dict[str, object]]:
    done = tool("zizmor", "--offline", "--format", "json", "--no-exit-codes", *paths)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_zizmor_finds_nothing_of_medium_or_high_severity() -> None:
    findings = zizmor_findings(REPO / ".github", REPO / ".pre-commit-config.yaml")
    serious = [
        (f["ident"], f["determinations"]["severity"])  # type: ignore[index]
        for f in findings
        if f["determinations"]["severity"] in ("Medium", "High")  # type: ignore[index]
    ]
    assert serious == []


def test_zizmor_does_flag_the_mistakes_it_guards_against(tmp_path: Path) -> None:
    """An unpinned action and a checkout that keeps its credentials are reported."""
    folder = tmp_path / ".github/workflows"
    folder.mkdir(parents=True)
    (folder / "bad.yml").write_text(
        "on: push\npermissions: {}\njobs:\n  x:\n    runs-on: ubuntu-latest\n"
        "    permissions:\n      contents: read\n    steps:\n"
        "      - uses: actions/checkout@v4\n"
    )
    found = {f["ident"] for f in zizmor_findings(tmp_path / ".github")}
    assert {"unpinned-uses", "artipacked"} <= found


def test_pre_commit_configuration_is_valid() -> None:
    done = tool("pre-commit", "validate-config", REPO / ".pre-commit-config.yaml")
    assert done.returncode == 0, done.stdout + done.stderr
