"""Progress of long work (reading a large list, matching its entries), told to whoever listens.

The library only says where it is (``step``); a command that wants a progress display listens
(``listening``) and decides what to print. Nobody listening costs one lookup per call.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

# (stage, done, total): total is 0 when the stage does not know how much there is.
Listener = Callable[[str, int, int], None]

_listener: ContextVar[Listener | None] = ContextVar("progress_listener", default=None)

# A display's first line comes after SHOW_AFTER seconds of work, then one every SHOW_EVERY
# seconds, and one at each new stage.
SHOW_AFTER = 2.0
SHOW_EVERY = 5.0


def step(stage: str, done: int = 0, total: int = 0) -> None:
    """Where the work is: ``done`` of ``total`` units of ``stage`` (``reading list.md``)."""
    listener = _listener.get()
    if listener is not None:
        listener(stage, done, total)


@contextmanager
def listening(listener: Listener) -> Iterator[None]:
    """Send the progress of the work done inside to ``listener``."""
    token = _listener.set(listener)
    try:
        yield
    finally:
        _listener.reset(token)


class Display:
    """A listener that prints a line now and then, and only once the work has run for a while:
    a short import prints nothing, a long one says where it is every ``every`` seconds."""

    def __init__(self, say: Callable[[str], None]) -> None:
        self.say = say
        self.after = SHOW_AFTER
        self.every = SHOW_EVERY
        self.start = time.monotonic()
        self.last: float | None = None
        self.stage = ""

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        new_stage = stage != self.stage
        self.stage = stage
        if now - self.start < self.after:
            return
        if not new_stage and self.last is not None and now - self.last < self.every:
            return
        self.last = now
        self.say(f"{stage}: {_count(done, total)}, {_clock(now - self.start)} so far")


def _count(done: int, total: int) -> str:
    if not total:
        return f"{done:,}" if done else "started"
    return f"{done:,} of {total:,} ({100 * done // total}%)"


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes}:{secs:02d}"
