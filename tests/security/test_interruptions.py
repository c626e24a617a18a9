"""kill -9 during `catalogue import` at random moments (issue 15, item 3), 20 trials.

Before imports were staged, a killed import left part of its records (the source record among
them) in data/, and `check` accepted that catalogue. Now, whenever the kill lands, the catalogue
the next command reads is the one before the import or the one after it, byte for byte, and the
next writer leaves nothing of the interrupted one (no staging folder, no temporary file).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import time
from pathlib import Path

from catalogue.cli.context import Context
from catalogue.core.lock import project_lock

from .conftest import finish, snapshot, spawn

TRIALS = 20
ENTRIES = 300
IMPORT = ("import", "big.md", "--date", "2026-01-01")


def _big_list() -> str:
    rng = random.Random(15)
    words = "knowledge distillation teacher student compact transfer attention feature".split()
    lines = ["# A long list", "", "## Papers", ""]
    for i in range(ENTRIES):
        title = " ".join(rng.choice(words) for _ in range(6)).capitalize()
        lines.append(f"- [{title} {i}](https://example.org/p/{i}), Ann Author{i}, {2000 + i % 25}")
    return "\n".join(lines) + "\n"


def _data(project: Path) -> dict[str, bytes]:
    return {k: v for k, v in snapshot(project / "data").items() if not k.startswith(".staging/")}


def test_kill_9_at_any_moment_leaves_before_or_after(project: Path, tmp_path: Path) -> None:
    (project / "big.md").write_text(_big_list(), encoding="utf-8")
    pristine = tmp_path / "pristine"
    shutil.copytree(project / "data", pristine)
    before = _data(project)
    started = time.monotonic()
    ran = finish(spawn(project, *IMPORT))
    duration = time.monotonic() - started
    assert ran.code == 0, ran.err
    after = _data(project)
    assert len(after) > len(before) + ENTRIES // 2
    rng = random.Random(9)
    seen = {"before": 0, "after": 0, "completed": 0}
    for trial in range(TRIALS):
        shutil.rmtree(project / "data")
        shutil.copytree(pristine, project / "data")
        process = spawn(project, *IMPORT)
        if trial % 2:
            time.sleep(rng.uniform(0.2, duration))
        else:  # right after the commit point, while the files are moved into place
            _wait_for_commit(project, process)
            time.sleep(rng.uniform(0, 0.02))
        if process.poll() is None:  # (an import that already ended needs no kill)
            os.kill(process.pid, signal.SIGKILL)
        process.wait()
        if list((project / "data").glob(".staging/*/plan.json")):
            seen["completed"] += 1
        # The next command that reads the catalogue completes or undoes the import first.
        Context(project / "data", cache=False).load()
        state = _data(project)
        assert state in (before, after), f"trial {trial}: a mixture of before and after"
        seen["before" if state == before else "after"] += 1
        assert not (project / "data/.staging").exists()
        with project_lock(project / "data"):  # the next writer: temporary files go
            pass
        left = [name for name in snapshot(project / "data") if name.endswith(".tmp")]
        assert left == [], f"trial {trial}"
    # The kills landed before the commit, and after it with files still to move.
    assert seen["before"] > 0 and seen["completed"] > 0, seen


def _wait_for_commit(project: Path, process: subprocess.Popen[str]) -> None:
    """Until the import has committed (or ended: the move took less than one look)."""
    deadline = time.monotonic() + 120
    staging = project / "data" / ".staging"
    while process.poll() is None and time.monotonic() < deadline:
        try:
            if any(staging.glob("*/plan.json")):
                return
        except FileNotFoundError:  # the import removed its staging folder as it was looked at
            return
