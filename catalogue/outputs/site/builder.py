"""Run MkDocs over the generated pages: a strict build with zero warnings, or a local preview.

The navigation follows the category tree, which is data, so it is handed to MkDocs as a
configuration override instead of being written into ``site/mkdocs.yml``. The build goes to a
fresh folder beside ``site/public`` and replaces it only when it succeeded, so a failed build
never leaves a half-written site behind. Given the record of the last build, only the pages that
changed since are built again (``incremental`` says when that gives the very same site).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ...core.errors import CatalogueError
from . import paths
from .lean import drop_unused
from .nav import NavItem
from .paths import SiteLayout
from .shell import ShellError, write_paper_pages, write_sitemap

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from .incremental import Watch

# Material prints an end-of-life notice on import (the README's website section says what it
# means for this project); the build's own output stays about the build.
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

log = logging.getLogger(__name__)


class SiteError(CatalogueError):
    """MkDocs refused the site or warned about it (exit code 1)."""


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.levelname.lower()}: {record.getMessage()}")


@contextmanager
def _warnings() -> Iterator[_Collect]:
    """Collect what MkDocs logs at WARNING and above (and keep it off the terminal)."""
    logger = logging.getLogger("mkdocs")
    handler = _Collect()
    logger.addHandler(handler)
    propagate = logger.propagate
    logger.propagate = False
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _replace(new: Path, target: Path) -> None:
    old = target.with_name(f".{target.name}-old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)


@contextmanager
def _source_date(day: dt.date | None) -> Iterator[None]:
    """MkDocs dates the sitemap (and the gzip header of its copy) with the day of the build,
    unless ``SOURCE_DATE_EPOCH`` says otherwise: the same data would give a new site every day.
    The date is the data's own (the newest ``added`` day), unless the caller's environment set
    one already (e.g. CI with the commit's time); no date at all is the epoch."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    moment = dt.datetime.combine(day, dt.time(), dt.UTC) if day else None
    os.environ["SOURCE_DATE_EPOCH"] = str(int(moment.timestamp()) if moment else 0)
    try:
        yield
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]


def build_html(
    layout: SiteLayout,
    nav: list[NavItem],
    changed: Iterable[str] = (),
    state_file: Path | None = None,
    day: dt.date | None = None,
    papers: Mapping[str, bytes] | None = None,
) -> Path:
    """``mkdocs build --strict`` into ``site/public``; raise ``SiteError`` on any warning.

    With ``state_file`` (the record the last successful build left, see ``incremental``), only
    the pages that changed since are built again, when that gives the very same site; else, and
    without it, every page. ``changed``: files of ``docs/`` the caller rewrote since. ``day``:
    the date the sitemap gives the pages (see ``_source_date``). ``papers``: every paper
    page's parts by key (see ``paper_pages``), put into the theme's page after MkDocs built."""
    with _source_date(day):
        return _build_html(layout, nav, changed, state_file, papers or {})


def _build_html(
    layout: SiteLayout,
    nav: list[NavItem],
    changed: Iterable[str],
    state_file: Path | None,
    papers: Mapping[str, bytes],
) -> Path:
    from . import incremental

    if not layout.config_file.is_file():
        raise SiteError(f"{layout.config_file}: not found: the MkDocs project is missing")
    staging = layout.public_dir.with_name(f".{layout.public_dir.name}-new")
    shutil.rmtree(staging, ignore_errors=True)
    if state_file is None:
        _finish(staging, _build(layout, nav, staging, None), papers)
        _replace(staging, layout.public_dir)
        return layout.public_dir
    inputs = incremental.site_sources_digest(layout, nav)
    docs = incremental.file_stats(layout.docs_dir)  # as MkDocs will read them, or older
    record = incremental.read_record(state_file)
    plan = incremental.plan(layout, nav, inputs, docs, changed, record)
    kind = "full build" if plan.pages is None else "incremental build"
    log.info("%s: %s", kind, plan.reason)
    # The paper pages' shell is not kept in the site: MkDocs renders it in every build.
    pages = None if plan.pages is None else sorted({*plan.pages, paths.SHELL})
    watch = _build(layout, nav, staging, pages)
    if watch.entangled and pages is not None:  # a page it skipped may show a changed one
        shutil.rmtree(staging, ignore_errors=True)
        watch = _build(layout, nav, staging, None)
    _finish(staging, watch, papers)
    _replace(staging, layout.public_dir)
    public = incremental.file_stats(layout.public_dir)
    incremental.write_record(state_file, incremental.Record(inputs, docs, public, watch.entangled))
    return layout.public_dir


def _build(layout: SiteLayout, nav: list[NavItem], staging: Path, pages: list[str] | None) -> Watch:
    """Build into ``staging``: every page, or (``pages``) those files over the current site."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    from . import incremental

    watch = incremental.Watch()
    with _warnings() as found:
        try:
            config = load_config(
                str(layout.config_file),
                nav=nav,
                site_dir=str(staging.resolve()),
                strict=True,
                **_locations(layout),
            )
            layer_theme(config, layout)
            watch.site_url = config.site_url
            # A plugin sees only the pages a build reads (a search index of one page): with
            # any, every build is full.
            plugins = list(config.plugins)
            watch.plugins = plugins
            config.plugins["catalogue/watch"] = watch
            if pages is not None and plugins:
                log.info("full build instead: the MkDocs project uses plugins (%s)", plugins)
            if pages is None or plugins or not _linked(layout, staging, config, pages):
                build(config)
            else:
                config.plugins["catalogue/templates-kept"] = incremental.TemplatesKept()
                with incremental.fresh_inodes(), incremental.dirty_notice_dropped():
                    build(config, dirty=True)
        except MkDocsException as exc:
            found.messages.append(f"error: {exc}")
    if found.messages:
        shutil.rmtree(staging, ignore_errors=True)
        detail = "\n".join(f"  {m}" for m in found.messages)
        raise SiteError(f"mkdocs build --strict failed for {layout.config_file}:\n{detail}")
    return watch


def _finish(staging: Path, watch: Watch, papers: Mapping[str, bytes]) -> None:
    """What MkDocs does not make (the paper pages, a sitemap that lists them too), and not what
    no page loads (see ``lean``)."""
    try:
        write_paper_pages(staging, papers)
    except ShellError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise SiteError(f"{paths.SHELL}: {exc}") from None
    write_sitemap(staging, watch.site_url)
    drop_unused(staging, watch.plugins)


def _linked(layout: SiteLayout, staging: Path, config: MkDocsConfig, pages: list[str]) -> bool:
    """Stage the current site as hard links, but for what the build must write anew."""
    from . import incremental

    try:
        incremental.link_copy(
            layout.public_dir, staging, incremental.outputs_to_replace(config, pages)
        )
    except OSError:  # no hard links here (another file system?): a full build instead
        shutil.rmtree(staging, ignore_errors=True)
        return False
    return True


def _locations(layout: SiteLayout) -> dict[str, str]:
    """Where the pages are, when the MkDocs configuration is the shipped one (its ``docs_dir``
    would point into the package)."""
    return {} if layout.own_config else {"docs_dir": str(layout.docs_dir.resolve())}


def layer_theme(config: MkDocsConfig, layout: SiteLayout) -> None:
    """The theme's templates looked for in the configuration's ``custom_dir``, then the
    project's overrides, then the shipped ones, then the theme itself."""
    custom = [config.theme.custom_dir] if config.theme.custom_dir else []
    ordered = [*custom, *(str(d) for d in layout.overrides_dirs), *config.theme.dirs]
    seen: set[Path] = set()
    dirs = []
    for folder in ordered:
        resolved = Path(folder).resolve()
        if resolved not in seen:
            seen.add(resolved)
            dirs.append(folder)
    config.theme.dirs = dirs


def serve(
    layout: SiteLayout, nav: list[NavItem], address: str, hook: Path, watch: list[str]
) -> None:
    """``mkdocs serve`` on the generated project; ``hook`` regenerates pages on each rebuild."""
    from mkdocs.commands.serve import serve as mkdocs_serve
    from mkdocs.exceptions import MkDocsException

    try:
        mkdocs_serve(
            str(layout.config_file),
            livereload=True,
            watch=watch,
            dev_addr=address,
            nav=nav,
            hooks=[str(hook.resolve())],
            **_locations(layout),
        )
    except MkDocsException as exc:
        raise SiteError(str(exc)) from None
