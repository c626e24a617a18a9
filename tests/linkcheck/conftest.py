"""Sites on 127.0.0.1 with one path per behaviour, and a configuration with short timeouts."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest

from catalogue.linkcheck.config import Limits, LinkcheckConfig

from .servers import Gauge, Handler, Route, Site

BIG = 10 * 1024 * 1024


def fast_config(**limits: object) -> LinkcheckConfig:
    """Short timeouts and pauses so that every fault costs a fraction of a second."""
    base: dict[str, object] = {
        "workers": 8,
        "per_host": 4,
        "host_interval": 0.0,
        "connect_timeout": 0.5,
        "read_timeout": 0.4,
        "retries": 1,
        "backoff": 0.05,
        "retry_after_cap": 3.0,
        "body_bytes": 16_384,
        "body_seconds": 0.3,
    }
    base.update(limits)
    # The sites serve on 127.0.0.1, which the link check refuses unless allowed.
    return LinkcheckConfig(limits=Limits.model_validate(base), allow_addresses=["127.0.0.0/8"])


def _first_then(status: int, headers: dict[str, str] | None = None) -> Route:
    """Answer ``status`` to the first request of the path, 200 to every later one."""

    def route(h: Handler) -> None:
        if h.site.stats.count(h.path) == 1:
            h.answer(status, b"wait", headers)
        else:
            h.answer(200)

    return route


def _retry_after_date(h: Handler) -> None:
    if h.site.stats.count(h.path) == 1:
        when = email.utils.formatdate(time.time() + 2, usegmt=True)
        h.answer(503, b"busy", {"Retry-After": when})
    else:
        h.answer(200)


def _head_refused(then: Route) -> Route:
    def route(h: Handler) -> None:
        if h.command == "HEAD":
            h.answer(405, b"")
        else:
            then(h)

    return route


def _challenge(h: Handler) -> None:
    body = b"<html><title>Just a moment...</title><script src='/cdn-cgi/challenge-platform/x'>"
    h.answer(403, b"" if h.command == "HEAD" else body)


def _redirect(status: int, location: str) -> Route:
    return lambda h: h.answer(status, b"", {"Location": location})


def _slow(seconds: float) -> Route:
    def route(h: Handler) -> None:
        time.sleep(seconds)
        h.answer(200)

    return route


def routes(other: str) -> dict[str, Route]:
    """The behaviours every site offers; ``other`` is another site's origin, for redirects."""
    return {
        "/": lambda h: h.answer(200, b"home"),
        "/ok": lambda h: h.answer(200),
        "/head-refused": _head_refused(lambda h: h.answer(200)),
        "/moved301": _redirect(301, f"{other}/ok"),
        "/moved308": _redirect(308, "/ok"),
        "/moved-then-temp": _redirect(301, "/temp302"),
        "/temp302": _redirect(302, "/ok"),
        "/to-home": _redirect(301, "/"),
        "/moved-to-gone": _redirect(301, "/gone410"),
        "/loop-a": _redirect(302, "/loop-b"),
        "/loop-b": _redirect(302, "/loop-a"),
        "/gone404": lambda h: h.answer(404, b"missing"),
        "/gone410": lambda h: h.answer(410, b"gone"),
        "/head-404": lambda h: h.answer(404 if h.command == "HEAD" else 200),
        "/forbidden": lambda h: h.answer(403, b"no"),
        "/li999": lambda h: h.answer(999, b""),
        "/challenge": _challenge,
        "/challenge-202": lambda h: h.answer(202, b"", {"cf-mitigated": "challenge"}),
        "/retry-once": _first_then(429, {"Retry-After": "1"}),
        "/retry-date": _retry_after_date,
        "/flaky503": _first_then(503),
        "/always429": lambda h: h.answer(429, b"slow down", {"Retry-After": "0"}),
        "/too-patient": lambda h: h.answer(429, b"", {"Retry-After": "3600"}),
        "/reset": lambda h: h.reset(),
        "/slow-head": _slow(1.5),
        "/slow-body": _head_refused(lambda h: h.stream(1_000_000, 100, pause=0.05)),
        "/big": _head_refused(lambda h: h.stream(BIG, 64 * 1024)),
        "/wait/": _slow(0.05),
    }


@dataclass
class Web:
    a: Site
    b: Site
    c: Site
    everyone: Gauge

    @property
    def sites(self) -> tuple[Site, ...]:
        return (self.a, self.b, self.c)


@contextmanager
def serving() -> Iterator[Web]:
    """Three sites, each redirecting to the next for the cross-host cases."""
    everyone = Gauge()
    a, b, c = (Site({}, (everyone,)) for _ in range(3))
    for site, other in ((a, b), (b, c), (c, a)):
        site.routes.update(routes(f"http://127.0.0.1:{other.port}"))
    try:
        yield Web(a, b, c, everyone)
    finally:
        for site in (a, b, c):
            site.close()


@pytest.fixture
def web() -> Iterator[Web]:
    with serving() as sites:
        yield sites


@pytest.fixture
def closed_port() -> int:
    """A port with nothing listening on it (bound, then released)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
