"""Real HTTP servers on 127.0.0.1 that stand in for remote hosts, with faults on chosen paths.

Each ``Site`` listens on its own port (a "host" to the checker) and records what it saw: requests
per method and path, the most requests it served at once, bytes sent, connections opened, and
whether a long body was sent to the end.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Route = Callable[["Handler"], None]


@dataclass
class Gauge:
    """Requests in progress, and the most seen at once (one per site, one shared by all)."""

    current: int = 0
    most: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def enter(self) -> None:
        with self.lock:
            self.current += 1
            self.most = max(self.most, self.current)

    def leave(self) -> None:
        with self.lock:
            self.current -= 1


@dataclass
class Stats:
    requests: Counter[tuple[str, str]] = field(default_factory=Counter)
    times: dict[str, list[float]] = field(default_factory=dict)
    starts: list[float] = field(default_factory=list)
    bytes_sent: Counter[str] = field(default_factory=Counter)
    finished: Counter[str] = field(default_factory=Counter)
    dropped: Counter[str] = field(default_factory=Counter)
    connections: int = 0
    gauge: Gauge = field(default_factory=Gauge)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def total(self) -> int:
        return sum(self.requests.values())

    def count(self, path: str, method: str | None = None) -> int:
        return sum(n for (m, p), n in self.requests.items() if p == path and method in (None, m))


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # otherwise each keep-alive answer waits ~40 ms (Nagle)
    server: _Server
    _gauges: list[Gauge]

    def setup(self) -> None:
        super().setup()
        with self.site.stats.lock:
            self.site.stats.connections += 1

    @property
    def site(self) -> Site:
        return self.server.site

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self._serve()

    def do_HEAD(self) -> None:
        self._serve()

    def _serve(self) -> None:
        stats, path = self.site.stats, self.path.split("?")[0]
        now = time.monotonic()
        with stats.lock:
            stats.requests[(self.command, path)] += 1
            stats.times.setdefault(path, []).append(now)
            stats.starts.append(now)
        self._gauges = [stats.gauge, *self.site.shared]
        for gauge in self._gauges:
            gauge.enter()
        try:
            self.site.route(path)(self)
        finally:
            self._done()

    def _done(self) -> None:
        """The request stops counting as in progress, before its answer leaves: the client cannot
        start its next request before this, so the gauges never over-count a correct client."""
        for gauge in self._gauges:
            gauge.leave()
        self._gauges = []

    def answer(
        self, status: int, body: bytes = b"ok", headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self._done()
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
            self.site.stats.bytes_sent[self.path] += len(body)

    def stream(self, size: int, chunk: int, pause: float = 0.0) -> None:
        """Send ``size`` bytes in chunks; record how far it got before the client hung up."""
        # A fixed send buffer: what the kernel accepts is then close to what the client read,
        # instead of megabytes queued by buffer auto-tuning.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 64 * 1024)
        self.send_response(200)
        self.send_header("Content-Type", "application/pdf")
        self.send_header("Content-Length", str(size))
        self._done()
        self.end_headers()
        block, sent = b"x" * chunk, 0
        try:
            while sent < size:
                part = block[: size - sent]
                self.wfile.write(part)
                sent += len(part)
                with self.site.stats.lock:
                    self.site.stats.bytes_sent[self.path] += len(part)
                if pause:
                    time.sleep(pause)
            self.site.stats.finished[self.path] += 1
        except OSError:
            self.site.stats.dropped[self.path] += 1
            self.close_connection = True

    def reset(self) -> None:
        """Close the connection with a TCP reset (SO_LINGER 0), before any answer."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    site: Site

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # faults are on purpose here


class Site:
    def __init__(
        self, routes: dict[str, Route], shared: tuple[Gauge, ...] = (), host: str = "127.0.0.1"
    ):
        self.routes = routes
        self.shared = shared
        self.stats = Stats()
        self.host = host
        self.server = _Server((host, 0), Handler)
        self.server.site = self
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def route(self, path: str) -> Route:
        if path in self.routes:
            return self.routes[path]
        prefix = "/" + path.strip("/").split("/")[0] + "/"
        return self.routes.get(prefix, lambda h: h.answer(404, b"not here"))

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
