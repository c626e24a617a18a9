"""What the GitHub files say: pinned actions, least privilege, commands that exist, and an issue
form whose fields are record fields."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import click
import pytest
import yaml

from catalogue.cli import main
from catalogue.core.models import Paper

REPO = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((REPO / ".github/workflows").glob("*.yml"))
# Full commit SHA, then the release it was taken from: `uses: owner/repo@<40 hex> # v1.2.3`.
PINNED = re.compile(r"^\s*(?:-\s+)?uses:\s+([\w.-]+/[\w./-]+)@([0-9a-f]{40}) # v\d+(?:\.\d+)*$")


class _AnyTags(yaml.SafeLoader):
    """mkdocs.yml may carry `!!python/name:` tags; their values do not matter here."""


_AnyTags.add_multi_constructor("", lambda loader, suffix, node: None)


def load(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit_with_its_version(path: Path) -> None:
    lines = [line for line in path.read_text().splitlines() if "uses:" in line]
    assert lines
    for line in lines:
        assert PINNED.match(line), f"{path.name}: not pinned to a full SHA with `# vX`: {line}"


def test_one_action_one_pin_across_workflows() -> None:
    pins: dict[str, set[str]] = {}
    for path in WORKFLOWS:
        for match in filter(None, map(PINNED.match, path.read_text().splitlines())):
            pins.setdefault(match.group(1), set()).add(match.group(2))
    assert {action: len(shas) for action, shas in pins.items()} == dict.fromkeys(pins, 1)


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_least_privilege(path: Path) -> None:
    workflow = load(path)
    assert workflow["permissions"] == {}, "the workflow grants nothing by default"
    for name, job in workflow["jobs"].items():
        assert "permissions" in job, f"job {name} states its permissions"
        assert "write-all" not in str(job["permissions"])
    for step in steps(workflow):
        if str(step.get("uses", "")).startswith("actions/checkout@"):
            assert step["with"]["persist-credentials"] is False


def test_only_the_jobs_that_need_it_may_write() -> None:
    writes = {
        (path.name, name, scope)
        for path in WORKFLOWS
        for name, job in load(path)["jobs"].items()
        for scope, level in job["permissions"].items()
        if level == "write"
    }
    assert writes == {
        ("publish.yml", "readme", "contents"),
        ("publish.yml", "deploy", "pages"),
        ("publish.yml", "deploy", "id-token"),
        ("link-sweep.yml", "sweep", "issues"),
        ("enrich.yml", "propose", "contents"),
        ("enrich.yml", "propose", "pull-requests"),
    }


def catalogue_calls() -> list[tuple[str, list[str]]]:
    """Every `.venv/bin/catalogue …` call in the workflows and the pre-commit hooks."""
    texts = [str(step.get("run", "")) for path in WORKFLOWS for step in steps(load(path))]
    hooks = load(REPO / ".pre-commit-config.yaml")["repos"][0]["hooks"]
    texts += [hook["entry"] for hook in hooks]
    calls = []
    for text in texts:
        for line in text.splitlines():
            if ".venv/bin/catalogue " in line:
                words = shlex.split(line.split(".venv/bin/catalogue ", 1)[1])
                calls.append((words[0], words[1:]))
    return calls


def test_workflows_call_commands_and_options_that_exist() -> None:
    calls = catalogue_calls()
    assert {name for name, _ in calls} >= {
        "fmt",
        "check",
        "schema",
        "render",
        "links",
        "enrich",
        "sources",
    }
    for name, args in calls:
        command = main.get_command(click.Context(main), name)
        if isinstance(command, click.Group):  # `catalogue sources check …`
            name = f"{name} {args[0]}"
            command, args = command.get_command(click.Context(command), args[0]), args[1:]
        assert isinstance(command, click.Command), f"no command `catalogue {name}`"
        known = {opt for param in command.params for opt in param.opts}
        for word in args:
            if word.startswith("--"):
                assert word in known, f"`catalogue {name}` has no option {word}"


def test_workflows_run_scripts_that_exist() -> None:
    for path in WORKFLOWS:
        for step in steps(load(path)):
            for script in re.findall(r"bash ((?:scripts|\.ci)/[\w./-]+)", str(step.get("run", ""))):
                assert (REPO / script).is_file(), f"{path.name} runs missing {script}"


def test_pages_upload_the_folder_the_site_builds_into() -> None:
    mkdocs = yaml.load((REPO / "site/mkdocs.yml").read_text(), Loader=_AnyTags)
    upload = next(
        s
        for s in steps(load(REPO / ".github/workflows/publish.yml"))
        if "upload-pages-artifact" in str(s.get("uses"))
    )
    assert upload["with"]["path"] == f"site/{mkdocs['site_dir']}"


def test_the_pull_request_check_covers_what_the_issue_asks() -> None:
    calls = {(name, *args) for name, args in catalogue_calls()}
    assert ("check", "--strict") in calls
    assert ("render", "--check") in calls
    assert ("links", "--changed-since", "origin/${BASE_REF}") in calls
    runs = " ".join(
        str(s.get("run", "")) for s in steps(load(REPO / ".github/workflows/check.yml"))
    )
    assert "bash .ci/run" in runs  # the whole test suite, as CI runs it


def test_issue_form_fields_map_onto_a_paper_record() -> None:
    form = load(REPO / ".github/ISSUE_TEMPLATE/propose-paper.yml")
    ids = [item["id"] for item in form["body"] if "id" in item]
    # Fields that are not record fields by name, and where they go.
    elsewhere = {"identifier": "identifiers", "code": "links", "checks": None}
    for field_id in ids:
        target = elsewhere.get(field_id, field_id)
        assert target is None or target in Paper.model_fields, field_id
    assert {"identifier", "title", "authors", "year", "venue", "categories"} <= set(ids)
