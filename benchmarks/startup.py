"""Benchmark: how long whole ``catalogue`` processes take to start, and what each imports.

Two commands, each a fresh process as a user runs it: ``catalogue --help`` and a warm
``catalogue check`` of a catalogue (its parse cache filled by one run first). Each is run
``--repeat`` times; the fastest run is kept (the least disturbed by other work on the machine)
with the median beside it, and the fewest CPU seconds a run took (user and system time, which
other work on a busy machine sways less than the wall clock). Then each runs once more under
``python -X importtime`` and the packages it imported are listed, each with the time spent
importing its own modules, largest first.

    .venv/bin/python benchmarks/startup.py [--project DIR] [--source DIR] [--repeat 10]
        [--json FILE]

``--project``: the folder the commands run in (its ``data/``; this repository by default).
``--source``: run the ``catalogue`` package of another source tree (an older revision unpacked
with ``git archive``, say) with this environment's dependencies, to compare before and after.
Goals (issue 14): ``--help`` <= 0.25 s, warm ``check`` <= 0.5 s; both took about 1.0 s and 1.5 s
when every command imported everything at start-up.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOALS = {"--help": 0.25, "check": 0.5}
# Run as the console script does (catalogue.cli:entry), from whichever tree is first on the path.
LAUNCH = "import sys; sys.argv[0] = 'catalogue'; from catalogue.cli import entry; entry()"
IMPORT_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)$")


@dataclass
class Command:
    name: str
    args: list[str]
    fastest: float
    median: float
    cpu: float  # the fewest CPU seconds (user + system) of a run: less swayed by a busy machine
    goal: float
    imports: list[tuple[str, float]]  # top-level package, seconds importing its modules


def environment(source: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONDEVMODE")}
    if source is not None:
        env["PYTHONPATH"] = str(source)
    return env


def run(args: list[str], cwd: Path, env: dict[str, str], *, extra: tuple[str, ...] = ()) -> str:
    done = subprocess.run(
        [sys.executable, *extra, "-c", LAUNCH, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        sys.exit(f"catalogue {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
    return done.stderr


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(
    args: list[str], cwd: Path, env: dict[str, str], repeat: int
) -> list[tuple[float, float]]:
    """Wall-clock and CPU seconds (user + system) of each run."""
    times = []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), cpu_of_children()
        run(args, cwd, env)
        times.append((time.perf_counter() - start, cpu_of_children() - cpu))
    return times


def imported_packages(args: list[str], cwd: Path, env: dict[str, str]) -> list[tuple[str, float]]:
    """The top-level packages one run imported, each with the import time of its own modules
    (their self times summed, so that a package is not charged for what it imports)."""
    stderr = run(args, cwd, env, extra=("-X", "importtime"))
    totals: dict[str, float] = {}
    for line in stderr.splitlines():
        match = IMPORT_LINE.match(line)
        if match is not None:
            package = match.group(4).split(".")[0]
            totals[package] = totals.get(package, 0.0) + int(match.group(1)) / 1e6
    return sorted(totals.items(), key=lambda item: -item[1])


def measure(project: Path, source: Path | None, repeat: int) -> list[Command]:
    env = environment(source)
    where = subprocess.run(
        [sys.executable, "-c", "import catalogue; print(catalogue.__file__)"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if source is not None and not Path(where).is_relative_to(source.resolve()):
        sys.exit(f"catalogue comes from {where}, not from {source}")
    print(f"catalogue from {where}; project {project}")
    run(["check"], project, env)  # fills the parse cache: the runs below are warm
    commands = []
    for name, args in (("--help", ["--help"]), ("check", ["check"])):
        times = timed(args, project, env, repeat)
        walls = [wall for wall, _ in times]
        commands.append(
            Command(
                name=name,
                args=args,
                fastest=min(walls),
                median=statistics.median(walls),
                cpu=min(cpu for _, cpu in times),
                goal=GOALS[name],
                imports=imported_packages(args, project, env),
            )
        )
    return commands


def interpreter_alone(env: dict[str, str], repeat: int) -> float:
    """The fastest ``python -c pass``: what any command pays before its first import."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], env=env, check=True)
        times.append(time.perf_counter() - start)
    return min(times)


def report(commands: list[Command], floor: float) -> None:
    print(f"python -c pass (the interpreter alone): {floor:.3f} s fastest")
    print(f"{'command':<22}{'fastest s':>10}{'median s':>10}{'CPU s':>8}{'goal s':>8}  met")
    for c in commands:
        met = "yes" if c.fastest <= c.goal else "no"
        name = f"catalogue {c.name}"
        print(f"{name:<22}{c.fastest:>10.3f}{c.median:>10.3f}{c.cpu:>8.3f}{c.goal:>8.2f}  {met}")
    for c in commands:
        print(f"\nimported by catalogue {c.name} (package: s importing its own modules):")
        for package, seconds in c.imports:
            if seconds >= 0.002:
                print(f"  {package:<24}{seconds:>8.3f}")
        small = sum(1 for _, seconds in c.imports if seconds < 0.002)
        print(f"  ({small} more under 0.002 s each)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=ROOT)
    parser.add_argument("--source", type=Path)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--json", type=Path)
    options = parser.parse_args()
    commands = measure(options.project.resolve(), options.source, options.repeat)
    floor = interpreter_alone(environment(options.source), options.repeat)
    report(commands, floor)
    if options.json:
        found = {"interpreter": floor, "commands": [asdict(c) for c in commands]}
        options.json.write_text(json.dumps(found, indent=2) + "\n")


if __name__ == "__main__":
    main()
