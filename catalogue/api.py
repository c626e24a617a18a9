"""The library, as a Python user calls it: load, check, import, build, render and export.

    from catalogue import api

    catalogue = api.load("data")
    report = api.check(catalogue, strict=True)
    for finding in report.diagnostics:
        print(finding)
    api.build("data", project_dir=".")
    bibtex = api.export(catalogue, "bibtex", category="model-compression")

Each function raises the package's own exceptions (``core.errors``: ``DataError`` with every
finding, ``UsageError`` for a wrong argument) and prints nothing; the command line is a thin
layer over these functions that turns results into messages and exceptions into exit codes. The
collector policy of a whole run (``incremental.collector``) is the caller's: the command line and
``build`` set it, these functions leave it alone. Modules are imported inside the functions, so a
command pays only for the code it runs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .core.errors import Diagnostic, UsageError, failing

if TYPE_CHECKING:
    from .build import BuildResult
    from .core.models import Origin
    from .core.store import Catalogue
    from .ingest.dedupe_report import DedupeReport
    from .ingest.lists import ListFile, Outcome
    from .ingest.reconcile import ImportPlan


def cache_file(data_dir: Path | str) -> Path:
    """Where the parse cache of ``data_dir`` lives (``.cache/`` beside it); derived values that
    builds keep are kept beside it."""
    from .core.store import default_cache_file

    return default_cache_file(Path(data_dir))


def load(data_dir: Path | str = "data", *, cache: bool = True) -> Catalogue:
    """Every record under ``data_dir``; raise ``DataError`` listing every problem found.

    ``cache``: keep parsed records beside the data (only files whose bytes changed are parsed
    again; every record is validated either way)."""
    from .core.store import load as load_records

    return load_records(Path(data_dir), cache_file(data_dir) if cache else None)


@dataclass(frozen=True)
class CheckReport:
    """Every finding of the checks, and which of them fail under the severity policy."""

    diagnostics: list[Diagnostic]
    failing: list[Diagnostic]

    @property
    def ok(self) -> bool:
        return not self.failing


def check(
    catalogue: Catalogue, *, strict: bool = False, kept_beside: Path | None = None
) -> CheckReport:
    """Run every check; ``strict`` fails warnings too. ``kept_beside`` (a parse cache file):
    keep what is costly to work out per record (title keys) beside it for the next run."""
    from .core.checks import run_checks
    from .outputs.context import BuildContext

    context = BuildContext(catalogue, kept_beside=kept_beside)
    found = run_checks(catalogue, context.fragments("check"))
    context.save()
    return CheckReport(found, failing(found, strict=strict))


@dataclass(frozen=True)
class ImportReport:
    """The lists read, the import planned from them, and what was written (None: a dry run)."""

    lists: list[ListFile]
    plan: ImportPlan
    outcome: Outcome | None


def plan_import(
    catalogue: Catalogue,
    paths: Sequence[Path],
    *,
    fmt: str = "auto",
    source: str | None = None,
    added: dt.date | None = None,
    origin: Origin | None = None,
    max_mb: int | None = None,
) -> ImportReport:
    """Read list files and plan their import into the catalogue, writing nothing.

    ``fmt``: an importer's name, or ``auto``; ``source``: the list's id (one path only);
    ``added``: the date new records get (today when left out); ``origin``: where the list lives
    (a repository, commit and path, or a URL; one path only); ``max_mb``: the largest list file
    read (``ingest.lists.MAX_LIST_MB`` by default)."""
    from .ingest.lists import plan, read_list

    if source is not None and len(paths) != 1:
        raise UsageError("--source names the list of one PATH: import lists one at a time")
    if origin is not None and len(paths) != 1:
        raise UsageError("--repository/--url name the origin of one PATH: import it alone")
    lists = [read_list(Path(path), fmt, source, catalogue, origin, max_mb) for path in paths]
    ids = [item.source.id for item in lists]
    if len(set(ids)) != len(ids):
        raise UsageError(f"two PATHs are the same list ({', '.join(ids)}): give each once")
    return ImportReport(lists, plan(catalogue, lists, added or dt.date.today()), None)


def apply_import(catalogue: Catalogue, planned: ImportReport) -> Outcome:
    """Write a planned import: the planned catalogue is checked as a whole first, and nothing
    is written when a check fails (``DataError``)."""
    from .ingest.lists import apply

    return apply(catalogue, planned.lists, planned.plan)


def import_lists(
    catalogue: Catalogue,
    paths: Sequence[Path],
    *,
    fmt: str = "auto",
    source: str | None = None,
    added: dt.date | None = None,
    dry_run: bool = False,
) -> ImportReport:
    """Import list files into the catalogue's folder, merged with the records there (see
    ``plan_import``); ``dry_run`` writes nothing."""
    planned = plan_import(catalogue, paths, fmt=fmt, source=source, added=added)
    if dry_run:
        return planned
    return ImportReport(planned.lists, planned.plan, apply_import(catalogue, planned))


def dedupe(catalogue: Catalogue) -> DedupeReport:
    """How list entries cluster into records, which merged, and every conflict found."""
    from .ingest.dedupe_report import dedupe_report

    return dedupe_report(catalogue)


def build(
    data_dir: Path | str = "data",
    project_dir: Path | str = ".",
    *,
    strict: bool = True,
    site: bool = True,
    cache: bool = True,
    progress: Callable[[str], None] = lambda _: None,
) -> BuildResult:
    """Check the data, then make every output (README, BibTeX, the website) in
    ``project_dir``; raise ``DataError`` when a check fails (``strict``: warnings too).
    ``site=False`` stops before MkDocs builds the HTML. ``progress`` hears each stage's name."""
    from .build import BuildSettings
    from .build import build as run_build

    settings = BuildSettings(
        data_dir=Path(data_dir),
        project_dir=Path(project_dir),
        strict=strict,
        site=site,
        cache_file=cache_file(data_dir) if cache else None,
    )
    return run_build(settings, progress)


@dataclass(frozen=True)
class Rendered:
    """The files ``render`` makes (relative to the project), and those written or stale."""

    files: list[Path]
    changed: list[Path]


def render(
    catalogue: Catalogue,
    project_dir: Path | str = ".",
    *,
    check: bool = False,
    kept_beside: Path | None = None,
) -> Rendered:
    """Write the files kept in the repository (the README's list and ``bib/``), only those
    whose bytes change; with ``check``, write nothing and report those out of date."""
    from .outputs.context import BuildContext
    from .outputs.files import stale, write
    from .outputs.registry import rendered

    project = Path(project_dir)
    context = BuildContext(catalogue, project, kept_beside)
    outputs = rendered()
    files = [file for output in outputs for file in output.files(context)]
    leftovers = [pattern for output in outputs for pattern in output.leftovers]
    paths = [file.path for file in files]
    if check:
        return Rendered(paths, stale(project, files, leftovers))
    changed = write(project, files, leftovers)
    context.save()
    return Rendered(paths, changed)


def export(catalogue: Catalogue, fmt: str, category: str | None = None) -> bytes:
    """Every paper (or those filed under ``category`` and below) as one document in ``fmt``
    (``bibtex``, ``json``), as UTF-8."""
    from .outputs.context import BuildContext
    from .outputs.registry import exported

    output = exported(fmt)
    if category is not None and category not in catalogue.categories:
        raise UsageError(f"unknown category {category!r}")
    return output.document(BuildContext(catalogue), category)


def render_source(
    catalogue: Catalogue,
    source_id: str,
    style: str | None = None,
    project_dir: Path | str = ".",
) -> str:
    """One source list again, in its own format or in ``style`` (the project's style templates
    over the shipped ones)."""
    from .outputs.styles import render_source as render_list
    from .outputs.templating import environment

    return render_list(catalogue, source_id, style, environment(Path(project_dir)))
