"""`catalogue serve`: MkDocs' live preview, with the pages generated again on every rebuild.

MkDocs rebuilds when a watched file changes (the data, the site's templates and assets, the
generated pages) and calls the ``on_config`` hook first; the hook reloads the catalogue, writes the
pages that changed and hands over the navigation, which follows the category tree. MkDocs loads
hooks from a file path (``serve_hook.py``), so the settings live here, in the package.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ...core.errors import DataError
from ...core.lock import project_lock
from ...core.store import load
from ...defaults import template_dirs
from ..context import BuildContext
from . import Generated, generate
from .builder import layer_theme, serve
from .paths import SiteLayout
from .shell import write_paper_pages

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

HOOK = Path(__file__).with_name("serve_hook.py")
log = logging.getLogger("mkdocs.catalogue")


@dataclass
class _Preview:
    data_dir: Path
    layout: SiteLayout
    # Every paper page's parts (see ``paper_pages``), written after each build.
    papers: dict[str, bytes]
    # The command generated the pages just before the first build: no need to do it twice.
    fresh: bool = True


_current: _Preview | None = None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    preview = _current
    if preview is None:
        return config
    layer_theme(config, preview.layout)  # the project's overrides over the shipped ones
    if preview.fresh:
        preview.fresh = False
        return config
    try:
        generated = _generate(preview.data_dir, preview.layout)
    except DataError as exc:
        for diagnostic in exc.diagnostics:
            log.error(str(diagnostic))
        log.error("the data has errors: the preview keeps the last good pages")
        return config
    config.nav = generated.nav
    preview.papers = generated.papers
    return config


def _generate(data_dir: Path, layout: SiteLayout) -> Generated:
    with project_lock(data_dir):  # the pages are written as a build writes them: one at a time
        return generate(BuildContext(load(data_dir), layout.project_dir), layout)


def on_post_build(config: MkDocsConfig) -> None:
    """The paper pages, which MkDocs does not make (see ``shell``)."""
    if _current is not None:
        write_paper_pages(Path(config.site_dir), _current.papers)


def run(data_dir: Path, layout: SiteLayout, address: str) -> None:
    """Generate the pages, then serve them until interrupted (raises DataError first if bad)."""
    global _current
    generated = _generate(data_dir, layout)
    _current = _Preview(data_dir, layout, generated.papers)
    templates = [folder / "site" for folder in template_dirs(layout.project_dir)]
    watch = [data_dir, *templates, layout.assets_dir, layout.manual_dir]
    serve(layout, generated.nav, address, HOOK, [str(p) for p in watch if p.exists()])
