"""The transport every request of the package goes through: an overall deadline per request and
the address policy, enforced on the sockets themselves.

``requests`` bounds each socket operation (connect, then every read), never a request as a whole:
a server that sends a header line every 4 s, or a body byte every 5 s, keeps a client waiting for
ever without one read timing out. Here each request runs in a ``Scope``: the connections it uses
are registered with it, and a single watchdog thread shuts their sockets down when the scope's
deadline passes, whatever phase the request is in (TLS handshake, headers, body). The blocked read
then returns at once and the caller learns from ``scope.expired`` why.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from .guard import AddressPolicy


class Scope:
    """One request's deadline, its address policy, and the sockets it has touched."""

    def __init__(self, seconds: float, policy: AddressPolicy | None) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds
        self.policy = policy
        self.expired = False
        self._done = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()

    def attach(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            if self.expired:
                _shut(sock)
            elif not any(s is sock for s in self._sockets):
                self._sockets.append(sock)

    def expire(self) -> None:
        with self._lock:
            if self._done:
                return
            self.expired = True
            for sock in self._sockets:
                _shut(sock)

    def close(self) -> None:
        with self._lock:
            self._done = True
            self._sockets.clear()


def _shut(sock: socket.socket) -> None:
    """Shut a socket down from another thread: a read blocked on it returns at once. The plain
    socket's method, also for TLS sockets: the TLS layer then sees the connection end."""
    with contextlib.suppress(OSError):  # already closed, or never connected
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _Watchdog:
    """One daemon thread that expires scopes when their time comes."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, Scope]] = []
        self._order = itertools.count()
        self._thread: threading.Thread | None = None

    def watch(self, scope: Scope) -> None:
        with self._cond:
            heapq.heappush(self._heap, (scope.at, next(self._order), scope))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="http-deadlines", daemon=True
                )
                self._thread.start()
            self._cond.notify()

    def _run(self) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                while self._heap and self._heap[0][0] <= now:
                    heapq.heappop(self._heap)[2].expire()
                self._cond.wait(self._heap[0][0] - now if self._heap else None)


_WATCHDOG = _Watchdog()
_CURRENT = threading.local()


def current() -> Scope | None:
    return getattr(_CURRENT, "scope", None)


@contextmanager
def scope(seconds: float, policy: AddressPolicy | None = None) -> Iterator[Scope]:
    """Run the requests of the ``with`` block (in this thread) under one deadline and policy.

    Reading a streamed body belongs inside the block too: the deadline covers it."""
    outer = current()
    inner = Scope(seconds, policy)
    _WATCHDOG.watch(inner)
    _CURRENT.scope = inner
    try:
        yield inner
    finally:
        inner.close()
        _CURRENT.scope = outer


class _Scoped:
    """Connection behaviour shared by HTTP and HTTPS: register sockets with the current scope, and
    check the connected peer against its policy (unless a proxy stands between)."""

    sock: socket.socket | None
    proxy: Any

    def _new_conn(self) -> socket.socket:
        sock: socket.socket = super()._new_conn()  # type: ignore[misc]
        active = current()
        if active is not None:
            active.attach(sock)
            if active.policy is not None and getattr(self, "proxy", None) is None:
                try:
                    active.policy.check_peer(sock)
                except BaseException:
                    sock.close()
                    raise
        return sock

    def getresponse(self) -> Any:
        active = current()
        if active is not None:
            active.attach(self.sock)  # a kept-alive connection joins this request's scope
        return super().getresponse()  # type: ignore[misc]


class _HTTPConnection(_Scoped, HTTPConnection):
    pass


class _HTTPSConnection(_Scoped, HTTPSConnection):
    pass


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


_POOLS = {"http": _HTTPPool, "https": _HTTPSPool}


class ScopedAdapter(HTTPAdapter):
    """``HTTPAdapter`` whose connections take part in the current ``scope``."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = _POOLS
        return manager


def new_session(user_agent: str, *, pools: int = 10, per_pool: int = 10) -> requests.Session:
    """A session whose requests honour ``scope``; no retries below ours."""
    session = requests.Session()
    adapter = ScopedAdapter(pool_connections=pools, pool_maxsize=per_pool, max_retries=0)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = user_agent
    return session
