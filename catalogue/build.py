"""The whole chain, as a recipe of named stages: load, check, then every output.

Each stage is a function of the loaded catalogue and the build settings; stages that produce files
write them atomically. New outputs add a stage here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .core.checks import failing, run_checks
from .core.errors import DataError, Diagnostic
from .core.store import Catalogue, load
from .incremental.buildstamp import Stamp
from .incremental.collector import collector_paused
from .incremental.memo import Memo

if TYPE_CHECKING:
    from .outputs.site.nav import NavItem


@dataclass
class BuildSettings:
    data_dir: Path
    project_dir: Path = Path(".")
    strict: bool = True
    site: bool = True
    cache_file: Path | None = None


@dataclass
class BuildResult:
    catalogue: Catalogue
    diagnostics: list[Diagnostic] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    # The website's navigation (it follows the category tree), from site-pages for site.
    site_nav: list[NavItem] | None = None
    # The files of site/docs/ that site-pages wrote or removed, for an incremental site build.
    site_changed: list[str] = field(default_factory=list)
    # Nothing the outputs are made from changed since the last build: only load and check ran.
    up_to_date: bool = False
    # Every paper's BibTeX entry by key, made once for the stages that show or write it.
    bibtex: dict[str, str] | None = None
    # Where memos live (``<parse cache>.<name>.marshal``); None keeps them for this run only.
    memo_base: Path | None = None
    memos: dict[str, Memo] = field(default_factory=dict)

    def memo(self, name: str) -> Memo:
        """The memo called ``name`` (see ``memo``): values kept between builds by input digest."""
        if name not in self.memos:
            base = self.memo_base
            path = base.with_name(f"{base.stem}.{name}.marshal") if base else None
            self.memos[name] = Memo(path)
        return self.memos[name]

    def bibtex_entries(self) -> dict[str, str]:
        if self.bibtex is None:
            from .outputs.site.downloads import bibtex_entries

            self.bibtex = bibtex_entries(self.catalogue, self.memo("bibtex"))
        return self.bibtex


Stage = Callable[[BuildResult, BuildSettings], None]


def stage_check(result: BuildResult, settings: BuildSettings) -> None:
    result.diagnostics = run_checks(result.catalogue, result.memo("check"))
    bad = failing(result.diagnostics, strict=settings.strict)
    if bad:
        raise DataError(bad)


def stage_render_readme(result: BuildResult, settings: BuildSettings) -> None:
    from .outputs.files import readme_output, write

    readme = readme_output(result.catalogue, settings.project_dir, result.memo("readme"))
    result.written += [settings.project_dir / p for p in write(settings.project_dir, [readme])]


def stage_export_bibtex(result: BuildResult, settings: BuildSettings) -> None:
    from .outputs.files import bibtex_outputs, write

    outputs = bibtex_outputs(result.catalogue, result.bibtex_entries())
    result.written += [settings.project_dir / p for p in write(settings.project_dir, outputs)]


def stage_site_pages(result: BuildResult, settings: BuildSettings) -> None:
    """The website's pages, downloads and data under site/docs/ (only changed files written)."""
    from .outputs.site import SiteLayout, generate

    layout = SiteLayout(settings.project_dir)
    generated = generate(
        result.catalogue, layout, result.bibtex_entries(), result.memo("site-pages")
    )
    result.site_nav = generated.nav
    result.site_changed = generated.changed
    if generated.changed:  # one line for the folder, not one per page
        result.written.append(layout.docs_dir)


def stage_site(result: BuildResult, settings: BuildSettings) -> None:
    """`mkdocs build --strict` of site/docs/ into site/public/; any warning fails the build."""
    from .outputs.site import SiteLayout, build_html

    if settings.site and result.site_nav is not None:
        # Beside the parse cache, the record that lets the next build redo only changed pages.
        cache = settings.cache_file
        state = cache.with_name(cache.stem + ".site.json") if cache else None
        layout = SiteLayout(settings.project_dir)
        added = [p.added for p in result.catalogue.papers.values() if p.added]
        day = max(added, default=None)  # the sitemap's date: the data's, not the clock's
        built = build_html(layout, result.site_nav, result.site_changed, state, day)
        result.written.append(built)


# The recipe. Stages run in this order; each may rely on the ones before it.
STAGES: list[tuple[str, Stage]] = [
    ("check", stage_check),
    ("render-readme", stage_render_readme),
    ("export-bibtex", stage_export_bibtex),
    ("site-pages", stage_site_pages),
    ("site", stage_site),
]


# Stages that run even when the outputs are up to date (see ``buildstamp``).
ALWAYS = frozenset({"check"})


def _stamp(settings: BuildSettings) -> Stamp | None:
    """The record of the last build, kept beside the parse cache (none without a cache)."""
    if settings.cache_file is None:
        return None
    path = settings.cache_file.with_name(settings.cache_file.stem + ".build.json")
    flags = (f"strict={settings.strict}", f"site={settings.site}")
    return Stamp(path, settings.data_dir, settings.project_dir, flags)


def build(settings: BuildSettings, progress: Callable[[str], None] = lambda _: None) -> BuildResult:
    import time

    start = time.perf_counter()
    stamp = _stamp(settings)
    catalogue = load(settings.data_dir, settings.cache_file)
    # From the bytes loaded: an edit made while the build runs is a change next time.
    inputs = stamp.inputs(catalogue.digests) if stamp else ""
    result = BuildResult(catalogue=catalogue, memo_base=settings.cache_file)
    result.up_to_date = stamp is not None and stamp.fresh(inputs)
    if stamp and not result.up_to_date:
        stamp.clear()
    result.timings["load"] = time.perf_counter() - start
    for name, stage in STAGES:
        if result.up_to_date and name not in ALWAYS:
            continue
        progress(name)
        start = time.perf_counter()
        with collector_paused():  # large acyclic structures: see heap
            stage(result, settings)
        result.timings[name] = time.perf_counter() - start
    for memo in result.memos.values():
        memo.save()
    if stamp and not result.up_to_date:
        stamp.save(inputs)
    return result
