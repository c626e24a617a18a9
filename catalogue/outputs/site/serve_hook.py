"""MkDocs hook file for `catalogue serve` (MkDocs loads hooks by path): see ``preview``."""

from catalogue.outputs.site.preview import on_config

__all__ = ["on_config"]
