"""Benchmark: importing one list into a copy of the catalogue, as ``catalogue import`` does.

Copies ``data/`` to a temporary folder, then runs ``catalogue import LIST`` there in a fresh
process ``--repeat`` times (each on a fresh copy) and prints the fastest wall-clock time, the time
spent reading the list alone, and the entries found. Goal (issue 12): ``flhonker.md`` into the
current catalogue in under 5 s on these machines.

    .venv/bin/python benchmarks/importing.py [LIST ...] [--repeat 3] [--dry-run] [--source ID]

Without a LIST it imports ``flhonker.md`` from the shared development lists (``../shared/lists``
beside the repository, or ``$SHARED_LISTS``); the list is read where it is, never copied in.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from catalogue.ingest.importers import parse_file  # noqa: E402

GOAL_SECONDS = 5.0


def shared_lists() -> Path:
    return Path(os.environ.get("SHARED_LISTS", ROOT.parent.parent / "shared" / "lists"))


def default_list() -> Path:
    for base in (shared_lists(), Path("/work/shared/lists")):
        if (base / "flhonker.md").exists():
            return base / "flhonker.md"
    raise SystemExit("no list given and flhonker.md not found: pass a LIST")


def one_import(path: Path, dry_run: bool, source: str | None) -> float:
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(ROOT / "data", data)
        command = [sys.executable, "-m", "catalogue", "--data", str(data), "import"]
        command += ["--date", "2026-01-01", *(["--dry-run"] if dry_run else []), str(path)]
        # A list the catalogue already holds (flhonker.md since issue 13) needs a source id:
        # by default a new one, so that every entry is matched against the records it made.
        name = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")
        command += ["--source", source or f"bench-{name}"]
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"import failed ({done.returncode}):\n{done.stderr[-2000:]}")
        return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("lists", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dry-run", action="store_true", help="plan the import, write nothing")
    parser.add_argument(
        "--source", help="source id to import as (default: bench-<name>; one LIST only)"
    )
    args = parser.parse_args()
    lists = args.lists or [default_list()]
    print(f"{'list':32} {'entries':>8} {'read s':>8} {'import s':>9}  goal {GOAL_SECONDS} s")
    for path in lists:
        start = time.perf_counter()
        result = parse_file(path, "auto", "bench")
        read = time.perf_counter() - start
        runs = range(max(1, args.repeat))
        best = min(one_import(path, args.dry_run, args.source) for _ in runs)
        mark = "ok" if best < GOAL_SECONDS else "SLOW"
        print(f"{path.name:32} {len(result.entries):8d} {read:8.3f} {best:9.2f}  {mark}")


if __name__ == "__main__":
    main()
