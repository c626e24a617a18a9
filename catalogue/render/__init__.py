"""Rendering the catalogue into text outputs: the README region, source-list styles.

Submodules: ``tree`` (category order, and every category's papers in one pass), ``markdown``
(shared Markdown helpers), ``readme`` (the generated README region and its size fallback),
``readme_lines`` (one list line per paper, kept in a memo, and a floor under a line's size),
``styles`` (a source list in its own format) and ``outputs`` (which files `catalogue render`
writes, and the staleness check).
"""
