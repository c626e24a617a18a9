"""The website: MkDocs (Material) pages generated from the catalogue, then built.

``generate`` computes every file of ``site/docs/`` from a loaded catalogue and writes those that
changed; ``build_html`` (in ``builder``) runs a strict MkDocs build of them into ``site/public/``.
Submodules: ``paths`` (where pages live), ``views`` and ``model`` (what the pages show), ``pages``
(the templates), ``chart``, ``browse_data``, ``downloads``, ``nav``, ``sync``, ``builder`` and
``preview`` (`catalogue serve`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ...core.store import Catalogue
from ...incremental.memo import Memo
from .builder import SiteError, build_html
from .downloads import bibtex_entries
from .manual import read_manual
from .model import SiteModel, build_model
from .nav import NavItem, navigation
from .pages import render_docs
from .paths import SiteLayout
from .sync import sync_tree


@dataclass
class Generated:
    model: SiteModel
    files: dict[str, bytes]
    nav: list[NavItem]
    changed: list[str]


def generate(
    catalogue: Catalogue,
    layout: SiteLayout,
    bibtex: dict[str, str] | None = None,
    memo: Memo | None = None,
) -> Generated:
    """Compute every page and file of the site and write the ones that changed into docs/.

    ``bibtex``: every paper's entry by key, when the caller has them already. ``memo``: the
    cards, list entries and download parts of earlier builds, by the digests of what they show
    (see ``catalogue.memo``); the files are the same with or without it."""
    model = build_model(catalogue, memo)
    entries = bibtex if bibtex is not None else bibtex_entries(catalogue, memo)
    files = render_docs(model, entries, layout.assets_dir, memo)
    manual = read_manual(layout.manual_dir)
    files.update(manual.files)
    changed = sync_tree(layout.docs_dir, files)
    return Generated(model, files, navigation(model, manual.pages), changed)


__all__ = ["Generated", "SiteError", "SiteLayout", "build_html", "generate"]
