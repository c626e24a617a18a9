"""Two writers at once (issue 15, items 2 and 3), 20 trials each.

Before the project lock, two `catalogue build` at once both exited 0 with most of site/public
missing, and the next build called that site up to date; two imports at once both exited 0 and
one list's provenance was lost. Each trial here starts both commands together and checks what
they leave.
"""

from __future__ import annotations

import os
import shutil
import signal
import time
from pathlib import Path

import pytest

from catalogue.build import BuildResult, BuildSettings, build
from catalogue.core.store import default_cache_file, load

from .conftest import ROOT, Ran, finish, spawn

TRIALS = 20
BUILD = ("build", "--no-strict")


def _site_files(project: Path) -> list[str]:
    public = project / "site" / "public"
    return sorted(p.relative_to(public).as_posix() for p in public.rglob("*") if p.is_file())


@pytest.fixture
def site_project(project: Path) -> Path:
    """The small project with the MkDocs project and README a build needs, built once."""
    shutil.copytree(
        ROOT / "site", project / "site", ignore=shutil.ignore_patterns("docs", "public", ".*")
    )
    (project / "README.md").write_bytes((ROOT / "README.md").read_bytes())
    ran = finish(spawn(project, *BUILD))
    assert ran.code == 0, ran.err
    return project


def _next_build(project: Path) -> BuildResult:
    data = project / "data"
    settings = BuildSettings(data, project, strict=False, cache_file=default_cache_file(data))
    return build(settings)


def _retitle(project: Path, trial: int) -> None:
    """An edit that every output shows, so that each trial's builds have work to do."""
    path = project / "data/papers/romero2015fitnets.yml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines = [
        f"title: 'FitNets: Hints for Thin Deep Nets, trial {trial}'\n"
        if line.startswith("title:")
        else line
        for line in lines
    ]
    path.write_text("".join(lines), encoding="utf-8")


def test_two_builds_at_once_leave_a_whole_site(site_project: Path) -> None:
    complete = _site_files(site_project)
    assert "index.html" in complete
    for trial in range(TRIALS):
        _retitle(site_project, trial)
        if trial % 2:
            runs = _one_paused_in_its_site_stage(site_project)
        else:
            first, second = spawn(site_project, *BUILD), spawn(site_project, *BUILD)
            runs = [finish(first), finish(second)]
        assert [r.code for r in runs] == [0, 0], [r.err for r in runs]
        assert _site_files(site_project) == complete, f"trial {trial}"
        page = (site_project / "site/public/index.html").read_text(encoding="utf-8")
        assert "<html" in page
        # The next build may call the outputs up to date only because they are.
        assert _next_build(site_project).up_to_date, f"trial {trial}"
        assert _site_files(site_project) == complete


def _one_paused_in_its_site_stage(project: Path) -> list[Ran]:
    """The worst moment, made likely: the first build is stopped (SIGSTOP) while MkDocs writes
    its staging folder, and the second starts then. A second build that waits for the lock says
    so first; one that does not wait runs to its end while the first is stopped."""
    first = spawn(project, *BUILD)
    staging = project / "site" / ".public-new"  # where MkDocs writes before the swap
    deadline = time.monotonic() + 120
    while first.poll() is None and time.monotonic() < deadline:
        if len(list(staging.rglob("*.html"))) >= 3:  # MkDocs is writing pages
            break
    os.kill(first.pid, signal.SIGSTOP)
    try:
        second = spawn(project, *BUILD)
        assert second.stderr is not None
        said = second.stderr.readline()
        if said.startswith("waiting for"):
            os.kill(first.pid, signal.SIGCONT)
            ran = finish(second)
            return [finish(first), Ran(ran.code, ran.out, said + ran.err)]
        ran = finish(second)
        return [Ran(ran.code, ran.out, said + ran.err), finish(first)]
    finally:
        if first.returncode is None:  # not reaped yet: never leave it stopped
            os.kill(first.pid, signal.SIGCONT)


def _list(name: str, count: int) -> str:
    """A list of the same papers as the other list (so that both write the same records)."""
    lines = [f"# {name}", "", "## Papers", ""]
    lines += [
        f"- [Paper on distillation number {i}](https://example.org/paper/{i}),"
        f" Ann Author, {2000 + i % 20}"
        for i in range(count)
    ]
    return "\n".join(lines) + "\n"


def test_two_imports_at_once_keep_both_lists(project: Path, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    pristine = tmp_path_factory.mktemp("pristine")
    shutil.copytree(project / "data", pristine / "data")
    lists = {"alpha": 20, "beta": 20}
    for trial in range(TRIALS):
        shutil.rmtree(project / "data")
        shutil.copytree(pristine / "data", project / "data")
        for name, count in lists.items():
            (project / f"{name}.md").write_text(_list(name, count), encoding="utf-8")
        started = [spawn(project, "import", f"{name}.md") for name in lists]
        runs = [finish(p) for p in started]
        assert [r.code for r in runs] == [0, 0], [r.err for r in runs]
        catalogue = load(project / "data")
        assert set(lists) <= set(catalogue.sources), f"trial {trial}"
        kept = {name: 0 for name in lists}
        for paper in catalogue.papers.values():
            for entry in paper.sources:
                if entry.source in kept:
                    kept[entry.source] += 1
        assert kept == lists, f"trial {trial}: provenance lost"
