"""The choice of layout (items or blocks) from the document alone (see ``_units``): both walks
are made (``_walk.Walker``), and the chosen one kept."""

from __future__ import annotations

from ._document import Block
from ._index_cells import index_pointers
from ._units import Event, Unit
from ._walk import Walker
from ._works import linkless


def _walks(blocks: list[Block], lines: list[str], no_links: bool) -> tuple[bool, list[Event]]:
    """The layout chosen from the document alone (True for the block layout, see the module
    notes), and the walk in it: both layouts are walked to choose, so the chosen walk is kept
    rather than made a third time (a third of a long list's reading)."""
    walker = Walker(blocks, lines, False, no_links)
    in_blocks = walker.in_block_layout()
    by_items = walker.run()
    by_blocks = in_blocks.run()
    items = [e for e in by_items if isinstance(e, Unit) and e.kind != "row"]
    groups = [e for e in by_blocks if isinstance(e, Unit) and e.kind == "block"]
    if not groups:
        return False, by_items
    multi = sum(1 for g in groups if len({p.kind for p in g.pieces}) > 1)
    if len(groups) >= 0.8 * len(items) and multi >= 0.5 * len(groups):
        return True, by_blocks
    return False, by_items


def events(blocks: list[Block], lines: list[str]) -> tuple[list[Event], bool]:
    layout, walked = _walks(blocks, lines, linkless(blocks))
    return index_pointers(walked), layout
