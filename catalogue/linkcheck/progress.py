"""Progress while checking: a bar on a terminal, plain lines in CI logs and pipes."""

from __future__ import annotations

import os
import sys
import threading
import time
from collections import Counter
from typing import TextIO

from .results import LinkClass, LinkResult

_WIDTH = 24


def wants_bar(stream: TextIO) -> bool:
    """A redrawn bar only where a person watches a terminal; CI logs get plain lines."""
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


class Progress:
    def __init__(self, total: int = 0, stream: TextIO | None = None, *, bar: bool | None = None):
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.bar = wants_bar(self.stream) if bar is None else bar
        self.done = 0
        self.counts: Counter[LinkClass] = Counter()
        self._lock = threading.Lock()
        self._drawn = 0.0
        self._every = 1
        self.start(total)

    def start(self, total: int) -> None:
        """Set how many URLs the run will check (those the cache does not answer)."""
        self.total = total
        # Plain mode prints a count about every tenth of the way, and every bad URL as it comes.
        self._every = max(1, total // 10)

    def update(self, result: LinkResult) -> None:
        with self._lock:
            self.done += 1
            self.counts[result.outcome] += 1
            if self.bar:
                now = time.monotonic()
                if now - self._drawn >= 0.1 or self.done == self.total:
                    self._drawn = now
                    self._draw()
                return
            if result.outcome is not LinkClass.OK:
                self._line(f"{result.outcome.value}: {result.url} ({result.note})")
            if self.done % self._every == 0 or self.done == self.total:
                self._line(f"checked {self.done}/{self.total}")

    def _draw(self) -> None:
        filled = _WIDTH * self.done // max(1, self.total)
        counts = " ".join(f"{c.value} {self.counts[c]}" for c in LinkClass if self.counts[c])
        text = f"\r[{'#' * filled}{'-' * (_WIDTH - filled)}] {self.done}/{self.total} {counts}"
        self.stream.write(text + "\x1b[K")
        self.stream.flush()

    def _line(self, text: str) -> None:
        self.stream.write(text + "\n")
        self.stream.flush()

    def close(self) -> None:
        with self._lock:
            if self.bar and self.done:
                self.stream.write("\n")
                self.stream.flush()
