"""Benchmark (issue 15, item 4): ``catalogue import`` of a list repeating one entry n times.

For each size, writes a list of n identical entries, copies ``data/`` to a temporary folder and
runs ``catalogue import`` there in a fresh process, then prints its wall-clock time, CPU time,
peak memory (the child's own maximum resident set), how it ended and how many progress lines it
printed on stderr. ``--big-mb`` adds one list of about that many MB (the same entry repeated),
imported as the command is given it (the size limit refuses it) and, with ``--big-allowed``,
with ``--max-size`` raised to read it.

    .venv/bin/python benchmarks/import_repeated.py [--sizes 1000 10000 100000] [--big-mb 50]
        [--checkout PATH] [--timeout 900] [--memory-gb 8]

``--checkout`` runs another checkout's code (a worktree of an older commit) on its own data, for
before/after numbers; ``--timeout`` and ``--memory-gb`` bound each run (an address-space limit:
a run that needs more ends with an out-of-memory error instead of taking the machine down).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

LINE = (
    "- Distilling the Knowledge in a Neural Network. Geoffrey Hinton, Oriol Vinyals, Jeff Dean."
    " NIPS Workshop 2015. [[paper]](https://arxiv.org/abs/1503.02531)"
    " [[code]](https://github.com/peterliht/knowledge-distillation-pytorch)\n"
)


@dataclass
class Run:
    label: str
    entries: int
    megabytes: float
    wall: float
    cpu: float
    peak_mb: float
    ended: str
    progress_lines: int


def write_list(folder: Path, copies: int) -> Path:
    path = folder / f"repeated-{copies}.md"
    with path.open("w", encoding="utf-8") as out:
        out.write("# A list that repeats itself\n\n")
        for _ in range(copies):
            out.write(LINE)
    return path


def _limits(memory_gb: float) -> None:
    limit = int(memory_gb * 1024**3)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def one_import(
    checkout: Path, path: Path, extra: list[str], timeout: float, memory_gb: float, label: str
) -> Run:
    with tempfile.TemporaryDirectory(prefix="bench-repeated-") as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(checkout / "data", data)
        env = {**os.environ, "PYTHONPATH": str(checkout)}
        command = [sys.executable, "-m", "catalogue", "--data", str(data), "import"]
        command += ["--date", "2026-01-01", *extra, str(path)]
        err_path = Path(tmp) / "stderr.txt"
        with err_path.open("w") as err:
            start = time.perf_counter()
            child = subprocess.Popen(
                command,
                cwd=tmp,  # not the checkout: its folder must not shadow PYTHONPATH
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=err,
                preexec_fn=lambda: _limits(memory_gb),
            )
            status, usage, ended = _wait(child, timeout)
            wall = time.perf_counter() - start
        stderr = err_path.read_text(errors="replace")
    if ended == "":
        ended = _ending(status, stderr, memory_gb)
    copies = sum(1 for _ in path.open(encoding="utf-8")) - 2
    return Run(
        label,
        copies,
        path.stat().st_size / 1024 / 1024,
        wall,
        usage.ru_utime + usage.ru_stime,
        usage.ru_maxrss / 1024,
        ended,
        sum(1 for line in stderr.splitlines() if line.endswith("so far")),
    )


def _wait(
    child: subprocess.Popen[bytes], timeout: float
) -> tuple[int, resource.struct_rusage, str]:
    """The child's exit status and its own resource use (``wait4``: this child alone)."""
    deadline = time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            child.returncode = os.waitstatus_to_exitcode(status)
            return child.returncode, usage, ""
        if time.monotonic() > deadline:
            child.kill()
            _, status, usage = os.wait4(child.pid, 0)
            child.returncode = -9
            return -9, usage, f"killed after {timeout:.0f} s"
        time.sleep(0.2)


def _ending(code: int, stderr: str, memory_gb: float) -> str:
    if code == 0:
        return "ok"
    if "MemoryError" in stderr or "Cannot allocate memory" in stderr:
        return f"out of memory (limit {memory_gb:g} GB)"
    last = stderr.strip().splitlines()[-1] if stderr.strip() else ""
    return f"exit {code}: {last[:110]}"


def supports_max_size(checkout: Path) -> bool:
    source = checkout / "catalogue" / "cli" / "importing.py"
    return source.exists() and "--max-size" in source.read_text(encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", nargs="*", type=int, default=[1000, 10000, 100000])
    parser.add_argument("--big-mb", type=float, default=0, help="add a list of about this size")
    parser.add_argument(
        "--big-allowed", action="store_true", help="also import the big list with --max-size"
    )
    parser.add_argument("--checkout", type=Path, default=ROOT)
    parser.add_argument("--timeout", type=float, default=900)
    parser.add_argument("--memory-gb", type=float, default=8)
    args = parser.parse_args()
    checkout = args.checkout.resolve()
    runs: list[Run] = []
    print(f"checkout {checkout}; timeout {args.timeout:g} s, memory limit {args.memory_gb:g} GB")
    print(
        f"{'list':<24} {'entries':>8} {'MB':>6} {'wall s':>8} {'cpu s':>8} {'peak MB':>8}"
        f" {'progress':>8}  ended"
    )
    with tempfile.TemporaryDirectory(prefix="bench-lists-") as tmp:
        jobs = [(f"{n:,} repeated", n, []) for n in args.sizes]
        if args.big_mb:
            big = int(args.big_mb * 1024 * 1024 / len(LINE.encode()))
            jobs.append((f"{args.big_mb:g} MB", big, []))
            if args.big_allowed and supports_max_size(checkout):
                allow = ["--max-size", str(int(args.big_mb) + 1)]
                jobs.append((f"{args.big_mb:g} MB --max-size", big, allow))
        for label, copies, extra in jobs:
            path = write_list(Path(tmp), copies)
            run = one_import(checkout, path, extra, args.timeout, args.memory_gb, label)
            runs.append(run)
            print(
                f"{run.label:<24} {run.entries:>8,} {run.megabytes:>6.1f} {run.wall:>8.1f}"
                f" {run.cpu:>8.1f} {run.peak_mb:>8.0f} {run.progress_lines:>8}  {run.ended}",
                flush=True,
            )


if __name__ == "__main__":
    main()
