"""The website as an output: its pages under ``site/docs/``, then MkDocs' build of them.

Two build steps: ``site-pages`` computes every page and writes those that changed; ``site`` runs
a strict MkDocs build into ``site/public/`` (only the pages that changed, when the record of the
last build beside the parse cache allows; see ``incremental``). ``build --no-site`` stops after
the pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..context import BuildContext
from ..registry import Step
from . import Generated, build_html, generate
from .paths import SiteLayout


class SiteOutput:
    name = "site"

    def steps(self) -> Sequence[Step]:
        return [("site-pages", self.pages), ("site", self.html)]

    def pages(self, ctx: BuildContext) -> list[Path]:
        """The pages, downloads and data under site/docs/ (only changed files written)."""
        generated = generated_pages(ctx)
        return [SiteLayout(ctx.project_dir).docs_dir] if generated.changed else []  # one line

    def html(self, ctx: BuildContext) -> list[Path]:
        """`mkdocs build --strict` of site/docs/ into site/public/; any warning fails it."""
        if not ctx.html:
            return []
        layout = SiteLayout(ctx.project_dir)
        generated = generated_pages(ctx)
        added = [p.added for p in ctx.catalogue.papers.values() if p.added]
        day = max(added, default=None)  # the sitemap's date: the data's, not the clock's
        state = ctx.beside_cache(".site.json")
        built = build_html(layout, generated.nav, generated.changed, state, day, generated.papers)
        return [built]


def generated_pages(ctx: BuildContext) -> Generated:
    """The pages of this build (generated and written once, by the first step that asks)."""
    return ctx.shared("site pages", lambda: generate(ctx, SiteLayout(ctx.project_dir)))


OUTPUT = SiteOutput()
