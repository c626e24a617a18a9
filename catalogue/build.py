"""The whole chain, as a recipe of named stages: load, check, then every output.

The outputs come from the registry (``outputs.registry``), each with its named steps, in order;
a new output is one new module there and nothing here. Stages that write files write them
atomically. This is one of the two places (with the command line) that set the collector policy
(see ``incremental.collector``): the records stay for the whole build and hold no cycles.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .core.checks import run_checks
from .core.errors import DataError, Diagnostic, failing
from .core.lock import project_lock
from .core.store import Catalogue, load
from .incremental.buildstamp import Stamp
from .incremental.collector import collector_paused, long_lived
from .outputs.context import BuildContext
from .outputs.registry import outputs


@dataclass
class BuildSettings:
    data_dir: Path
    project_dir: Path = Path(".")
    strict: bool = True
    site: bool = True
    cache_file: Path | None = None


@dataclass
class BuildResult:
    context: BuildContext
    diagnostics: list[Diagnostic] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    # Nothing the outputs are made from changed since the last build: only load and check ran.
    up_to_date: bool = False

    @property
    def catalogue(self) -> Catalogue:
        return self.context.catalogue


Stage = Callable[[BuildContext], list[Path]]


def check(ctx: BuildContext, strict: bool) -> list[Diagnostic]:
    """Every check's findings; raise ``DataError`` with those that fail the build."""
    found = run_checks(ctx.catalogue, ctx.fragments("check"))
    bad = failing(found, strict=strict)
    if bad:
        raise DataError(bad)
    return found


def output_stages() -> list[tuple[str, Stage]]:
    """Every output's steps, in the registry's order: the stages after ``check``."""
    return [step for output in outputs() for step in output.steps()]


def _stamp(settings: BuildSettings) -> Stamp | None:
    """The record of the last build, kept beside the parse cache (none without a cache)."""
    if settings.cache_file is None:
        return None
    path = settings.cache_file.with_name(settings.cache_file.stem + ".build.json")
    flags = (f"strict={settings.strict}", f"site={settings.site}")
    return Stamp(path, settings.data_dir, settings.project_dir, flags)


@contextmanager
def _timed(result: BuildResult, name: str) -> Iterator[None]:
    """A stage: timed, with the collector paused (large acyclic structures)."""
    start = time.perf_counter()
    with collector_paused():
        yield
    result.timings[name] = time.perf_counter() - start


def build(settings: BuildSettings, progress: Callable[[str], None] = lambda _: None) -> BuildResult:
    # One writer at a time per project (see core.lock): two builds at once would share the
    # site's staging folder, and the second's build record would vouch for a damaged site.
    with project_lock(settings.data_dir):
        return _build(settings, progress)


def _build(settings: BuildSettings, progress: Callable[[str], None]) -> BuildResult:
    start = time.perf_counter()
    stamp = _stamp(settings)
    catalogue = long_lived(lambda: load(settings.data_dir, settings.cache_file))
    # From the bytes loaded: an edit made while the build runs is a change next time.
    inputs = stamp.inputs(catalogue.digests) if stamp else ""
    ctx = BuildContext(catalogue, settings.project_dir, settings.cache_file, html=settings.site)
    result = BuildResult(ctx)
    result.up_to_date = stamp is not None and stamp.fresh(inputs)
    if stamp and not result.up_to_date:
        stamp.clear()
    result.timings["load"] = time.perf_counter() - start
    progress("check")
    with _timed(result, "check"):
        result.diagnostics = check(ctx, settings.strict)
    for name, stage in [] if result.up_to_date else output_stages():
        progress(name)
        with _timed(result, name):
            result.written += stage(ctx)
    ctx.save()
    if stamp and not result.up_to_date:
        stamp.save(inputs)
    return result
