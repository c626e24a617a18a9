"""Rendering the catalogue into text outputs: the README region, source-list styles.

Submodules: ``tree`` (category order), ``markdown`` (shared Markdown helpers), ``readme`` (the
generated README region and its size fallback), ``styles`` (a source list in its own format) and
``outputs`` (which files `catalogue render` writes, and the staleness check).
"""
