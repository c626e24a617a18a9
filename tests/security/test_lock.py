"""One writer at a time per project (issue 15, items 2 and 3): a second writer waits for the
first or stops naming it; a lock left by a killed writer is taken over; what an interrupted
writer left behind (temporary files) is cleaned by the next one, and git ignores it meanwhile."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import ROOT, Cli, child_env, finish, spawn

LOCK = ".cache/catalogue.lock"
# Holds the project's lock as a writing command would, until its standard input closes.
HOLDER = """
import sys
from pathlib import Path
from catalogue.core.lock import project_lock
with project_lock(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.read()
"""


def _hold(project: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(project / "data"), "catalogue-test-holder"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


# Every command that writes, with what it needs in the project.
WRITERS = [
    ("fmt",),
    ("import", "list.md"),
    ("render",),
    ("schema",),
    ("build", "--no-site", "--no-strict"),
    ("decide", "somekey", "--field", "year", "--value", "2020"),
    ("enrich", "--offline"),
]
LIST = "# L\n\n## S\n\n" + "".join(
    f"- [A paper on distillation {i}](https://example.org/{i}), Ann Author, 2019\n"
    for i in range(3)
)


def _prepare(project: Path) -> None:
    (project / "list.md").write_text(LIST, encoding="utf-8")
    (project / "README.md").write_bytes((ROOT / "README.md").read_bytes())


@pytest.mark.parametrize("args", WRITERS, ids=[a[0] for a in WRITERS])
def test_a_second_writer_stops_naming_the_first(project: Path, args: tuple[str, ...]) -> None:
    _prepare(project)
    before = sorted(p for p in (project / "data").rglob("*"))
    holder = _hold(project)
    try:
        ran = finish(spawn(project, *args, wait=0))
    finally:
        holder.communicate("")
    assert ran.code == 1, ran.err
    assert "Traceback" not in ran.err
    assert f"pid {holder.pid} (" in ran.err and "catalogue-test-holder" in ran.err, ran.err
    assert "is writing this project" in ran.err
    assert sorted(p for p in (project / "data").rglob("*")) == before


def test_a_second_writer_waits_for_the_first(project: Path) -> None:
    holder = _hold(project)
    writer = spawn(project, "fmt", wait=60)
    assert writer.stderr is not None
    first = writer.stderr.readline()  # the writer cannot go on: its first word is that it waits
    assert first.startswith(f"waiting for pid {holder.pid} ("), first
    time.sleep(0.5)
    assert writer.poll() is None, "the writer did not wait"
    holder.communicate("")
    ran = finish(writer)
    assert ran.code == 0, first + ran.err


def test_readers_do_not_wait(project: Path) -> None:
    holder = _hold(project)
    try:
        for args in (("check",), ("fmt", "--check"), ("import", "--dry-run", "nothing.md")):
            ran = finish(spawn(project, *args, wait=0), timeout=60)
            assert "is writing this project" not in ran.err, (args, ran.err)
    finally:
        holder.communicate("")


def test_a_stale_lock_is_taken_over(project: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock = project / LOCK
    lock.parent.mkdir(parents=True, exist_ok=True)
    lock.write_text(f"{dead.pid}\ncatalogue import big.md\n2026-01-01T00:00:00+00:00\n")
    ran = finish(spawn(project, "fmt", wait=0))
    assert ran.code == 0, ran.err
    assert f"took over the stale lock of pid {dead.pid} (catalogue import big.md" in ran.err
    assert lock.read_text() == ""  # released: it names no holder


TEMPORARY = [
    "data/papers/.hinton2015distilling.yml.a1b2c3d4.tmp",
    "data/sources/.seed-000.yml.zz_9xk0q.tmp",
    "bib/.all.bib.abcdefgh.tmp",
    ".README.md.k2j4h5g6.tmp",
]


def test_temporary_files_of_a_killed_write_go_at_the_next_writer(cli: Cli, project: Path) -> None:
    for name in TEMPORARY:
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text("half a record")
    keep = project / "data/papers/.notes.tmp"  # not a name atomic writes make: not ours
    keep.write_text("mine")
    assert cli("check").code == 0  # readers leave them
    assert all((project / name).exists() for name in TEMPORARY)
    ran = cli("fmt")
    assert ran.code == 0, ran.err
    assert [name for name in TEMPORARY if (project / name).exists()] == []
    assert "removed 4 temporary file(s)" in ran.err
    assert keep.exists()


@pytest.mark.parametrize(
    "name",
    [*TEMPORARY, "data/.staging/0a1b/files/papers/x.yml", "data/.staging/0a1b/plan.json"],
)
def test_git_ignores_what_an_interrupted_writer_leaves(name: str) -> None:
    done = subprocess.run(["git", "check-ignore", "--no-index", "-q", name], cwd=ROOT, check=False)
    assert done.returncode == 0, f"git does not ignore {name}"


def test_the_lock_is_reentrant_and_released(project: Path) -> None:
    from catalogue.core.lock import held, project_lock

    data = project / "data"
    with project_lock(data):
        with project_lock(data):
            assert held(data)
        assert held(data)
        assert (project / LOCK).read_text().startswith(f"{os.getpid()}\n")
    assert not held(data)
    assert (project / LOCK).read_text() == ""
