"""The website: MkDocs (Material) pages generated from the catalogue, then built.

``generate`` computes every file of ``site/docs/`` from a loaded catalogue and writes those that
changed; ``build_html`` (in ``builder``) runs a strict MkDocs build of them into ``site/public/``.
Submodules: ``paths`` (where pages live), ``views`` and ``model`` (what the pages show), ``pages``
(the templates), ``chart``, ``browse_data``, ``downloads``, ``nav``, ``sync``, ``builder`` and
``preview`` (`catalogue serve`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..context import BuildContext
from .builder import SiteError, build_html
from .manual import read_manual
from .model import SiteModel, build_model
from .nav import NavItem, navigation
from .pages import render_docs
from .paths import SiteLayout
from .settings import SiteSettings
from .sync import sync_tree


@dataclass
class Generated:
    model: SiteModel
    files: dict[str, bytes]
    nav: list[NavItem]
    changed: list[str]
    # Every paper page's parts by key, for ``build_html`` (see ``paper_pages``).
    papers: dict[str, bytes]


def generate(ctx: BuildContext, layout: SiteLayout) -> Generated:
    """Compute every page and file of the site and write the ones that changed into docs/.

    What earlier builds kept (cards, list entries, download parts: the context's fragments)
    is used where what it shows did not change; the files are the same without it."""
    model = build_model(ctx.catalogue, ctx.fragments("site"))
    settings = SiteSettings.read(layout.config_file)
    docs = render_docs(ctx, model, layout.assets_dir, settings)
    files = docs.files
    manual = read_manual(layout.manual_dir)
    files.update(manual.files)
    changed = sync_tree(layout.docs_dir, files)
    return Generated(model, files, navigation(model, manual.pages), changed, docs.papers)


__all__ = ["Generated", "SiteError", "SiteLayout", "build_html", "generate"]
