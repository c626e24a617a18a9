"""Politeness: how many requests may be in flight to each host, and how often one may start.

One condition variable guards every host's gate. The dispatcher hands a worker the next URL whose
host is ready, so a worker never sits waiting on a busy host while another host could be served;
follow-up requests (a GET after a HEAD, a redirect, a retry) wait for their host's gate.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

HostLimits = Callable[[str], tuple[int, float]]


@dataclass
class _Gate:
    limit: int
    interval: float
    in_flight: int = 0
    next_start: float = 0.0


class Limiter:
    def __init__(self, limits: HostLimits, clock: Callable[[], float] = time.monotonic):
        self._limits = limits
        self.clock = clock
        self._gates: dict[str, _Gate] = {}
        self.cond = threading.Condition()

    def _gate(self, host: str) -> _Gate:
        gate = self._gates.get(host)
        if gate is None:
            gate = self._gates[host] = _Gate(*self._limits(host))
        return gate

    def wait_time(self, host: str, now: float) -> float | None:
        """Seconds until ``host`` may start a request; None while it is full. Hold ``cond``."""
        gate = self._gate(host)
        if gate.in_flight >= gate.limit:
            return None
        return max(0.0, gate.next_start - now)

    def take(self, host: str, now: float) -> None:
        """Start a request to ``host`` now. Hold ``cond`` and check ``wait_time`` first."""
        gate = self._gate(host)
        gate.in_flight += 1
        gate.next_start = now + gate.interval

    def acquire(self, host: str, not_before: float = 0.0) -> None:
        with self.cond:
            while True:
                now = self.clock()
                wait = self.wait_time(host, now)
                if wait is not None:
                    wait = max(wait, not_before - now)
                    if wait <= 0:
                        self.take(host, now)
                        return
                self.cond.wait(wait)

    def release(self, host: str) -> None:
        with self.cond:
            self._gate(host).in_flight -= 1
            self.cond.notify_all()

    def defer(self, host: str, until: float) -> None:
        """Start nothing on ``host`` before ``until`` (a server asked us to wait)."""
        with self.cond:
            gate = self._gate(host)
            gate.next_start = max(gate.next_start, until)

    @contextmanager
    def slot(self, host: str, *, held: bool = False, not_before: float = 0.0) -> Iterator[None]:
        """One request's turn on ``host``; ``held`` when the dispatcher already took it."""
        if not held:
            self.acquire(host, not_before)
        try:
            yield
        finally:
            self.release(host)


class Dispatcher:
    """The queue of URLs, grouped by host, served round-robin to whichever host is ready."""

    def __init__(self, limiter: Limiter, items: list[tuple[str, str]]):
        self._limiter = limiter
        self._pending: OrderedDict[str, deque[str]] = OrderedDict()
        for url, host in items:
            self._pending.setdefault(host, deque()).append(url)

    def next(self) -> tuple[str, str] | None:
        """The next ``(url, host)`` with its host's turn taken, or None when all are handed out."""
        limiter = self._limiter
        with limiter.cond:
            while self._pending:
                now = limiter.clock()
                soonest: float | None = None
                for host, urls in self._pending.items():
                    wait = limiter.wait_time(host, now)
                    if wait is None:
                        continue
                    if wait <= 0:
                        limiter.take(host, now)
                        url = urls.popleft()
                        if urls:
                            self._pending.move_to_end(host)
                        else:
                            del self._pending[host]
                        return url, host
                    soonest = wait if soonest is None else min(soonest, wait)
                limiter.cond.wait(soonest)
            return None

    def stop(self) -> None:
        """Hand out nothing more (on an interrupt): waiting workers leave at once."""
        with self._limiter.cond:
            self._pending.clear()
            self._limiter.cond.notify_all()
