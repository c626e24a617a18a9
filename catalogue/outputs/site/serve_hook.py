"""MkDocs hook file for `catalogue serve` (MkDocs loads hooks by path): see ``preview``."""

from catalogue.outputs.site.preview import on_config, on_post_build

__all__ = ["on_config", "on_post_build"]
