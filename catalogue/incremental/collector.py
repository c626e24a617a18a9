"""Python's cyclic garbage collector paused while large acyclic structures are built.

The collector walks every tracked object each time the heap has grown by a quarter since its last
full pass. Loading 100,000 records creates tens of millions of objects, and those passes made the
load more than twice as slow as the work itself, and made it grow faster than the catalogue (the
numbers are in docs/speed.md). Records, their views and the outputs built from them hold no
reference cycles, so reference counting frees whatever they drop; any cyclic garbage made
meanwhile waits for the collector's next pass after the pause.

This is policy for a whole run, so only ``build`` and the command line set it; library functions
leave the collector alone (a Python user may want it otherwise).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection inside the block (nested blocks leave the outer one in charge)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def freeze_live_objects() -> None:
    """Leave every object alive now out of the collector's future passes (``gc.freeze``).

    Called once a catalogue is loaded: its records stay for the whole run and hold no cycles, yet
    the first full pass after a pause would walk every one of them, and later passes again.
    Frozen objects are still freed by reference counting when dropped; only cyclic garbage made
    before the call would outlive it, and loading makes none.
    """
    gc.freeze()


def long_lived(make: Callable[[], T]) -> T:
    """``make()`` with the collector paused, then everything alive left out of its later passes:
    for what stays the whole run and holds no cycles (a loaded catalogue, an import's analysis,
    whose first full pass would otherwise walk every candidate and cluster)."""
    with collector_paused():
        made = make()
        freeze_live_objects()
    return made
