"""Benchmark: every stage of the build on synthetic catalogues of 1k, 10k and 100k papers.

Catalogues come from benchmarks/synthetic.py and are kept under ``.cache/bench/`` (keyed by size,
seed and the generator's own digest), since writing 100,000 records takes a while. Loading, the
stages and whole builds each run in a fresh Python process per size, as commands do. Every stage
is timed ``--repeat`` times, keeping the fastest run (the machine may be busy: the minimum is the
run least disturbed by other work) and the highest peak memory. Memory is the process's peak
resident set (``VmHWM``), reset before every run by writing 5 to ``/proc/self/clear_refs``; it
includes what was already loaded (the catalogue). ``--report FILE`` prints an earlier ``--json``.

    .venv/bin/python benchmarks/stages.py [--sizes 1000,10000,100000] [--repeat 3]
        [--skip-mkdocs] [--json FILE] [--seed 7] [--regenerate] [--report FILE]

Stages: bare libyaml parse of the same files (``yaml.load`` with ``CSafeLoader``: the floor);
load and validate without a cache (cold), with the parse cache and nothing changed (warm), and
after one file changed; check; dedupe (as ``catalogue dedupe``); the build's README, BibTeX,
site-pages and ``mkdocs build`` stages, each from clean outputs and as if it ran alone (each makes
the BibTeX entries it shows, which a whole build makes once); and the whole ``catalogue build``
cold (no parse cache, no outputs), again with nothing changed (its outputs skipped, see
catalogue/buildstamp.py), and after one file changed. Goals: issue 8.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import itertools
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import generate  # noqa: E402
from catalogue import build as recipe  # noqa: E402
from catalogue.core import identity  # noqa: E402
from catalogue.core.store import COLLECTIONS, PAPERS, iter_files, load  # noqa: E402
from catalogue.incremental.collector import collector_paused, long_lived  # noqa: E402
from catalogue.ingest import author_lines as authors  # noqa: E402
from catalogue.ingest import dedupe  # noqa: E402
from catalogue.ingest.dedupe_report import build_report  # noqa: E402
from catalogue.ingest.reconcile import analyse  # noqa: E402
from catalogue.outputs.context import BuildContext  # noqa: E402
from catalogue.outputs.readme import BEGIN, END  # noqa: E402

BENCH_DIR = ROOT / ".cache" / "bench"
README = f"# Synthetic catalogue\n\nHand-written intro.\n\n{BEGIN}\n{END}\n\nHand-written end.\n"
OUTPUTS = ("README.md", "bib", "site/docs", "site/public")
MKDOCS_LIMIT = 10_000
Step = Callable[[BuildContext], object]  # mkdocs build is measured up to this size (issue 8)


# ---------------------------------------------------------------------------- memory and timing


def _rss_kb(field_name: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field_name + ":"):
                return int(line.split()[1])
    return 0


def _reset_peak() -> bool:
    """Start a new peak-memory window; False where the kernel does not allow it."""
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
        return True
    except OSError:
        return False


def _peak_kb(reset_works: bool) -> int:
    if reset_works:
        return _rss_kb("VmHWM")
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # the whole process so far


@dataclass
class Measure:
    seconds: float  # the fastest run
    runs: list[float]
    peak_mb: float  # highest peak resident set during a run
    start_mb: float  # resident set before the first run
    extra: dict[str, float] = field(default_factory=dict)


class Bench:
    """Times stages of one catalogue and keeps the measurements by stage name."""

    def __init__(self, repeat: int):
        self.repeat = repeat
        self.found: dict[str, Measure] = {}

    def time(
        self, name: str, run: Callable[[], object], setup: Callable[[int], None] = lambda _: None
    ) -> Measure:
        """Time ``run`` ``repeat`` times (``setup(i)`` before each, untimed)."""
        runs: list[float] = []
        peak = 0
        gc.collect()
        start = _rss_kb("VmRSS")
        for i in range(self.repeat):
            setup(i)
            gc.collect()
            works = _reset_peak()
            begin = time.perf_counter()
            run()
            runs.append(time.perf_counter() - begin)
            peak = max(peak, _peak_kb(works))
        found = self.found[name] = Measure(min(runs), runs, peak / 1024, start / 1024)
        print(f"  {name:<30} {found.seconds:9.3f} s {found.peak_mb:7.0f} MB", file=sys.stderr)
        return found


# ---------------------------------------------------------------------------- the catalogue tree


def _generator_tag() -> str:
    digest = hashlib.blake2b((ROOT / "benchmarks/synthetic.py").read_bytes(), digest_size=4)
    return digest.hexdigest()


def tree(n: int, seed: int, regenerate: bool) -> Path:
    """The project folder of a synthetic catalogue of ``n`` papers, generated once and kept."""
    base = BENCH_DIR / f"n{n}-s{seed}-g{_generator_tag()}"
    for old in BENCH_DIR.glob(f"n{n}-s{seed}-g*"):
        if old != base:  # written by an earlier version of the generator
            shutil.rmtree(old)
    if regenerate:
        shutil.rmtree(base, ignore_errors=True)
    if not (base / "data").is_dir():
        print(f"generating {n} papers into {base} …", file=sys.stderr, flush=True)
        staging = base.with_name(base.name + ".partial")
        shutil.rmtree(staging, ignore_errors=True)
        generate(staging / "data", n, seed)
        base.mkdir(parents=True, exist_ok=True)
        (staging / "data").rename(base / "data")
        shutil.rmtree(staging)
    return base


def _files(data: Path) -> list[Path]:
    return [path for collection in COLLECTIONS for path in iter_files(data, collection)]


class Edits:
    """Changes one paper file in turn (a fresh summary each time) and puts it back after.

    The original is kept beside the tree first, so an interrupted run is repaired by the next."""

    def __init__(self, base: Path):
        self.backup = base / "edited.orig"
        self.path = next(iter_files(base / "data", PAPERS))
        self.restore()
        self.original = self.path.read_bytes()

    def change(self, i: int) -> None:
        if not self.backup.exists():
            self.backup.write_bytes(self.original + b"\0" + str(self.path).encode())
        # Synthetic titles are plain words, so a word can be added to the title's line.
        head, sep, rest = self.original.decode().partition("\ntitle: ")
        line, _, tail = rest.partition("\n")
        self.path.write_text(f"{head}{sep}{line} edited{i}\n{tail}")

    def restore(self) -> None:
        if self.backup.exists():
            raw, _, name = self.backup.read_bytes().rpartition(b"\0")
            Path(name.decode()).write_bytes(raw)
            self.backup.unlink()


def clean_outputs(project: Path, which: tuple[str, ...] = OUTPUTS) -> None:
    for name in which:
        path = project / name
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
    if "README.md" in which:
        (project / "README.md").write_text(README)


def prepare_project(base: Path) -> Path:
    """The project around the data: the README skeleton and the repository's MkDocs sources."""
    project = base
    shutil.rmtree(project / "site", ignore_errors=True)
    shutil.copytree(
        ROOT / "site", project / "site", ignore=shutil.ignore_patterns("docs", "public")
    )
    clean_outputs(project)
    return project


# ---------------------------------------------------------------------------- the stages


def bare_parse(files: list[Path]) -> None:
    for path in files:
        yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)


def _counting_titles() -> list[int]:
    """Count title comparisons in dedupe (a wrapper around the real function)."""
    count = [0]
    real = dedupe.similar_titles

    def counted(a: str, b: str) -> bool:
        count[0] += 1
        return real(a, b)

    dedupe.similar_titles = counted
    return count


def _cold_caches() -> None:
    """Empty the normalisers' caches, which a new process starts without."""
    for module in (identity, authors):
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


def load_stages(base: Path, bench: Bench) -> None:
    data, cache = base / "data", base / "parse.marshal"
    files = _files(data)
    bench.time("parse (libyaml floor)", lambda: bare_parse(files))
    bench.time("load cold", lambda: load(data)).extra["files"] = len(files)
    cache.unlink(missing_ok=True)
    load(data, cache)  # prime the parse cache
    bench.time("load warm, nothing changed", lambda: load(data, cache))
    edits = Edits(base)
    try:
        bench.time("load warm, one changed", lambda: load(data, cache), edits.change)
    finally:
        edits.restore()


def _settings(base: Path, mkdocs: bool) -> recipe.BuildSettings:
    project = prepare_project(base)
    return recipe.BuildSettings(
        data_dir=base / "data", project_dir=project, site=mkdocs, cache_file=base / "parse.marshal"
    )


def build_stages(base: Path, bench: Bench, mkdocs: bool) -> None:
    """The build's stages one by one, each from clean outputs, on one loaded catalogue."""
    settings = _settings(base, mkdocs)
    project = settings.project_dir
    catalogue = long_lived(lambda: load(settings.data_dir, settings.cache_file))
    steps = dict(recipe.output_stages())
    # Each stage as if it ran alone: it makes the BibTeX it shows, and finds nothing an earlier
    # run kept (fragments kept for the run only).
    context = [BuildContext(catalogue, project)]

    def stage(
        name: str, func: Step, outputs: tuple[str, ...], before: Step | None = None
    ) -> Measure:
        def setup(_: int) -> None:
            clean_outputs(project, outputs)
            _cold_caches()
            context[0] = BuildContext(catalogue, project)
            if before is not None:  # what the stage needs of an earlier one, not timed
                before(context[0])

        def run() -> None:
            with collector_paused():  # as build() runs its stages
                func(context[0])

        return bench.time(name, run, setup)

    stage("check", lambda ctx: recipe.check(ctx, strict=True), ())
    count = _counting_titles()
    dedupe_run = bench.time(
        "dedupe",
        lambda: build_report(long_lived(lambda: analyse(catalogue))),
        lambda _: _cold_caches(),
    )
    dedupe_run.extra["title comparisons per run"] = count[0] / bench.repeat
    readme = stage("render README", steps["render-readme"], ("README.md",))
    readme.extra["README bytes"] = (project / "README.md").stat().st_size
    stage("export BibTeX", steps["export-bibtex"], ("bib",))
    pages = stage("render site pages", steps["site-pages"], ("site/docs",))
    pages.extra["search index bytes"] = (project / "site/docs/data/papers.js").stat().st_size
    if mkdocs:
        stage("mkdocs build", steps["site"], ("site/public",), before=steps["site-pages"])


def whole_build(base: Path, bench: Bench, mkdocs: bool) -> None:
    """`catalogue build` end to end: from nothing, again unchanged, again after one edit."""
    settings = _settings(base, mkdocs)
    assert settings.cache_file is not None
    cache_file = settings.cache_file

    def cold(_: int) -> None:
        clean_outputs(settings.project_dir)
        for stale in cache_file.parent.glob(cache_file.stem + "*"):  # parse cache, build stamp
            stale.unlink()

    def run() -> None:
        recipe.build(settings)

    bench.time("build cold", run, cold)
    bench.time("rebuild, nothing changed", run)
    edits = Edits(settings.project_dir)
    try:
        bench.time("rebuild, one changed", run, edits.change)
    finally:
        edits.restore()
    recipe.build(settings)  # leave outputs that match the data


# Each part runs in a fresh process, as a command would: memory left over from one part
# (a parse cache, freed models) does not slow the next one down or count in its peak.
PARTS: dict[str, Callable[[Path, Bench, bool], None]] = {
    "load": lambda base, bench, _: load_stages(base, bench),
    "stages": build_stages,
    "build": whole_build,
}


def worker(base: Path, part: str, repeat: int, mkdocs: bool) -> dict[str, Measure]:
    bench = Bench(repeat)
    PARTS[part](base, bench, mkdocs)
    return bench.found


# ---------------------------------------------------------------------------- report


def ratios(sizes: dict[int, dict[str, dict]]) -> dict[str, float]:  # type: ignore[type-arg]
    """The issue's "Done when" ratios, from the fastest run of each stage."""
    out: dict[str, float] = {}

    def t(n: int, stage: str) -> float:
        return float(sizes[n][stage]["seconds"])

    for n, stages in sizes.items():
        out[f"{n}: load cold / bare parse (goal <= 1.3)"] = t(n, "load cold") / t(
            n, "parse (libyaml floor)"
        )
        warm = t(n, "load warm, nothing changed")
        out[f"{n}: load warm nothing changed / cold (goal <= 0.2)"] = warm / t(n, "load cold")
        out[f"{n}: load one changed / nothing changed (goal ~1)"] = (
            t(n, "load warm, one changed") / warm
        )
        rebuild = t(n, "rebuild, nothing changed")
        out[f"{n}: rebuild nothing changed / build cold (goal <= 0.2)"] = rebuild / t(
            n, "build cold"
        )
        out[f"{n}: rebuild one changed / nothing changed (goal ~1)"] = (
            t(n, "rebuild, one changed") / rebuild
        )
        if "mkdocs build" in stages:
            site = t(n, "render site pages") + t(n, "mkdocs build")
            out[f"{n}: site build ms per paper (goal <= 1.5)"] = 1000 * site / n
        index = stages["render site pages"]["extra"]["search index bytes"]
        out[f"{n}: search index KB per paper (goal <= 0.2)"] = index / 1000 / n
        readme = stages["render README"]["extra"]["README bytes"]
        out[f"{n}: README KB (goal < 512)"] = readme / 1024
    ordered = sorted(sizes)
    for small, big in itertools.pairwise(ordered):
        # Whole builds include the MkDocs build only up to MKDOCS_LIMIT papers.
        same_recipe = ("mkdocs build" in sizes[small]) == ("mkdocs build" in sizes[big])
        for stage in sizes[big]:
            if stage in sizes[small] and (same_recipe or "build" not in stage):
                label = f"{big}/{small}: {stage} (goal <= {1.1 * big / small:g})"
                out[label] = t(big, stage) / t(small, stage)
    return out


def table(sizes: dict[int, dict[str, dict]]) -> str:  # type: ignore[type-arg]
    names: list[str] = []
    for stages in sizes.values():
        names += [s for s in stages if s not in names]
    head = f"{'stage':<30}" + "".join(f"{f'{n:,} papers':>24}" for n in sizes)
    lines = [head, f"{'':<30}" + f"{'seconds   peak MB':>24}" * len(sizes)]
    for name in names:
        row = f"{name:<30}"
        for stages in sizes.values():
            m = stages.get(name)
            row += f"{m['seconds']:>14.3f}{m['peak_mb']:>10.0f}" if m else f"{'-':>24}"
        lines.append(row)
    return "\n".join(lines)


def run_size(n: int, args: argparse.Namespace) -> dict:  # type: ignore[type-arg]
    base = tree(n, args.seed, args.regenerate)
    mkdocs = not args.skip_mkdocs and n <= MKDOCS_LIMIT
    print(f"measuring {n:,} papers ({args.repeat} runs of each stage) …", file=sys.stderr)
    load_before = os.getloadavg()[0]
    stages = {}
    for part in PARTS:
        command = [sys.executable, __file__, "--worker", str(base), "--part", part]
        command += ["--repeat", str(args.repeat)] + ([] if mkdocs else ["--skip-mkdocs"])
        done = subprocess.run(command, stdout=subprocess.PIPE, check=True, text=True)
        stages.update(json.loads(done.stdout))
    return {"stages": stages, "load average": [load_before, os.getloadavg()[0]]}


def report(per_size: dict[int, dict[str, dict]], repeat: int) -> dict[str, float]:  # type: ignore[type-arg]
    found = ratios(per_size)
    print(table(per_size))
    print(f"\nfastest of {repeat} runs; peak MB = process peak resident set during the stage")
    for label, value in found.items():
        print(f"{label:<72} {value:8.3f}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="Comma-separated.")
    parser.add_argument("--repeat", type=int, default=3, help="Runs per stage; the fastest counts.")
    parser.add_argument("--skip-mkdocs", action="store_true")
    parser.add_argument("--json", type=Path, help="Also write the results here.")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--regenerate", action="store_true", help="Write the catalogues again.")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)  # a tree: time it
    parser.add_argument("--part", choices=list(PARTS), help=argparse.SUPPRESS)
    parser.add_argument("--report", type=Path, help="Print the table of an earlier --json.")
    args = parser.parse_args()
    if args.worker:
        measured = worker(args.worker, args.part, args.repeat, not args.skip_mkdocs)
        print(json.dumps({name: asdict(m) for name, m in measured.items()}))
        return
    if args.report:
        earlier = json.loads(args.report.read_text())
        report({int(n): stages for n, stages in earlier["sizes"].items()}, earlier["repeat"])
        return
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",")]
    runs = {n: run_size(n, args) for n in sizes}
    per_size = {n: r["stages"] for n, r in runs.items()}
    found = report(per_size, args.repeat)
    if args.json:
        document = {
            "repeat": args.repeat,
            "cpus": os.cpu_count(),
            "load average (before, after) per size": {
                n: r["load average"] for n, r in runs.items()
            },
            "sizes": per_size,
            "ratios": found,
        }
        args.json.write_text(json.dumps(document, indent=2) + "\n")


if __name__ == "__main__":
    main()
