"""Code records' repository state from the GitHub API: what is kept (and what is rounded so that
it changes seldom), a moved repository followed to its new name, a gone one, and how the link
check reports them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from catalogue.core.models import Repository, RepositoryState
from catalogue.core.store import load
from catalogue.enrich.repositories import round_stars

from .conftest import Enrich, snapshot
from .services import Services

LINKS_ARGS = ("--github", "--markdown", "report.md")
KEYS = ("kd-lib", "intellabs-distiller", "knowledge-distillation-zoo", "mnist-distill")


def test_states_are_read_and_kept(project: Path, enrich: Enrich, services: Services) -> None:
    done = enrich(*KEYS)
    assert done.code == 0, done.err
    code = load(project / "data").code
    assert {key: code[key].repository for key in KEYS} == {
        "kd-lib": Repository(
            state=RepositoryState.ACTIVE, licence="MIT", stars=610, pushed="2024-03"
        ),
        "intellabs-distiller": Repository(
            state=RepositoryState.ARCHIVED, licence="Apache-2.0", stars=4400, pushed="2023-04"
        ),
        "knowledge-distillation-zoo": Repository(
            state=RepositoryState.ACTIVE,
            moved_to="https://github.com/new-owner/Knowledge-Distillation-Zoo",
            stars=1600,
            pushed="2022-11",
        ),
        "mnist-distill": Repository(state=RepositoryState.MISSING),
    }
    # The moved repository was asked once by its old name and once where the 301 led.
    paths = [s.path for s in services.seen if s.service == "github"]
    assert "/github/repos/AberHu/Knowledge-Distillation-Zoo".lower() in [p.lower() for p in paths]
    assert "/github/repositories/1003" in paths
    assert "kd-lib: repository active, ~610 stars, last push 2024-03, MIT" in done.err
    assert "4 repositories changed" in done.err
    # Only the code records changed; the papers were not asked about.
    assert services.count("arxiv") == services.count("openalex") == 0


def test_a_refresh_rewrites_only_what_really_changed(
    project: Path, enrich: Enrich, services: Services
) -> None:
    assert enrich(*KEYS).code == 0
    first = snapshot(project / "data")
    services.github["sforaidl/kd_lib"]["stargazers_count"] = 608  # still ~610
    again = enrich(*KEYS)
    assert again.code == 0 and snapshot(project / "data") == first
    assert "0 repositories changed" in again.err and "wrote 0 files" in again.err
    services.github["sforaidl/kd_lib"]["archived"] = True
    third = enrich(*KEYS)
    assert "1 repositories changed" in third.err
    changed = {k for k, v in snapshot(project / "data").items() if first.get(k) != v}
    assert changed == {"code/kd-lib.yml"}


def test_dry_run_writes_nothing(project: Path, enrich: Enrich, services: Services) -> None:
    before = snapshot(project / "data")
    done = enrich(*KEYS, "--dry-run")
    assert done.code == 0
    assert "dry run: 4 records would change, nothing was written" in done.err
    assert snapshot(project / "data") == before


def test_the_link_check_reports_the_recorded_states(
    project: Path, enrich: Enrich, services: Services, tmp_path: Path
) -> None:
    assert enrich(*KEYS).code == 0
    # A catalogue of the four code records only, whose host is listed as blocked: no request
    # (nor a name look-up) leaves the machine; the findings come from the records alone.
    small = tmp_path / "small"
    (small / "data/code").mkdir(parents=True)
    for key in KEYS:
        name = f"code/{key}.yml"
        (small / "data" / name).write_bytes((project / "data" / name).read_bytes())
    (small / "linkcheck.yml").write_text(
        "blocked:\n- host: github.com\n  reason: not asked in the tests\n", encoding="utf-8"
    )
    done = subprocess.run(
        [sys.executable, "-m", "catalogue", "--no-cache", "links", *LINKS_ARGS],
        cwd=small,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"PATH": "/usr/bin:/bin", "NO_PROXY": "*"},
    )
    err = done.stderr
    assert done.returncode == 0, err  # the states are reported; they fail nothing
    assert "Traceback" not in err
    assert (
        "data/code/intellabs-distiller.yml:" in err
        and ": info: archived repository: https://github.com/IntelLabs/distiller" in err
    )
    assert ": warning: missing repository: https://github.com/akamaus/mnist-distill" in err
    assert (
        "moved repository: https://github.com/AberHu/Knowledge-Distillation-Zoo ->"
        " https://github.com/new-owner/Knowledge-Distillation-Zoo (GitHub API" in err
    )
    assert "::warning file=data/code/mnist-distill.yml" in done.stdout
    assert "title=Missing repository::" in done.stdout
    report = (small / "report.md").read_text()
    assert "## Repositories (GitHub API)" in report and "mnist-distill" in report


@pytest.mark.parametrize(
    ("count", "kept"), [(0, 0), (87, 87), (99, 99), (100, 100), (1234, 1200), (56_789, 57_000)]
)
def test_stars_keep_two_significant_figures(count: int, kept: int) -> None:
    assert round_stars(count) == kept


def test_the_code_page_marks_archived_moved_and_gone_repositories() -> None:
    from catalogue.core.models import CodeLink
    from catalogue.outputs.templating import environment

    macros = environment().get_template("site/_macros.html.j2").module
    plain = CodeLink(key="kd-lib", url="https://github.com/a/b", title="KD <Lib>")
    assert macros.code_line(plain) == '<a href="https://github.com/a/b">KD &lt;Lib&gt;</a>'
    states = {
        "active": Repository(state=RepositoryState.ACTIVE, stars=610),
        "archived": Repository(state=RepositoryState.ARCHIVED),
        "missing": Repository(state=RepositoryState.MISSING),
        "moved": Repository(state=RepositoryState.ACTIVE, moved_to='https://github.com/c/"d"'),
    }
    shown = {
        name: macros.code_line(plain.model_copy(update={"repository": repo}))
        for name, repo in states.items()
    }
    assert shown["active"] == macros.code_line(plain)  # nothing a reader needs to know
    assert shown["archived"].endswith('title="Read-only: no longer maintained">archived</span>')
    assert shown["missing"].endswith(">gone</span>")
    assert shown["moved"].endswith(
        '<a class="kd-badge" href="https://github.com/c/%22d%22" title="The repository was'
        ' renamed or moved">moved</a>'
    )
