"""A polite HTTP client for metadata services: one paced queue per service, Retry-After honoured.

arXiv asks for at most one request every three seconds and Crossref limits requests per second; both
answer 429 (or 503) with ``Retry-After`` when pushed. Every request to a service waits for that
service's throttle, which is shared by the whole process and, through a small stamp file, by
consecutive runs (a shell loop of ``catalogue add`` stays polite too). A ``Retry-After`` moves the
service's next allowed time, so no other request jumps the queue while we wait.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import requests

from ..core.errors import NetworkError
from ..core.yamlio import write_atomic
from .retry_after import retry_after

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_BODY = 8 * 1024 * 1024  # a metadata answer is a few KB; refuse to buffer a runaway body


@dataclass(frozen=True)
class Answer:
    """A service's answer, read in full (metadata answers are small)."""

    status: int
    body: bytes
    content_type: str


@dataclass(frozen=True)
class Service:
    """One remote service as the client sees it."""

    name: str  # for messages: "arXiv", "Crossref"
    base_url: str
    min_interval: float
    timeout: float = 30.0
    retries: int = 3
    max_wait: float = 120.0


class Throttle:
    """The next moment a service may be asked, shared by threads and (via ``stamp``) processes."""

    def __init__(self, stamp: Path | None) -> None:
        self._lock = threading.Lock()
        self._not_before = 0.0
        self._stamp = stamp
        # An interval the service announced itself (Crossref's X-Rate-Limit-* headers).
        self.announced = 0.0

    def wait(self, interval: float, cap: float, sleep: Callable[[float], None]) -> None:
        """Block until the service may be asked, then book the next slot ``interval`` later.

        Another run's stamp is believed for at most ``cap`` seconds: a stamp far in the future
        (a changed clock) must not stall us."""
        with self._lock:
            now = time.time()
            not_before = max(self._not_before, min(self._read_stamp(), now + cap))
            if not_before > now:
                sleep(not_before - now)
            self._book(time.time() + max(interval, self.announced))

    def announce(self, interval: float) -> None:
        """The service stated its own rate limit: keep to it from now on."""
        with self._lock:
            self.announced = interval
            self._book(max(self._not_before, time.time() + interval))

    def hold(self, seconds: float) -> None:
        """Keep every request to the service back for ``seconds`` (a Retry-After)."""
        with self._lock:
            self._book(max(self._not_before, time.time() + seconds))

    def _book(self, moment: float) -> None:
        self._not_before = moment
        if self._stamp is not None:
            # Pacing across runs is a courtesy: a read-only checkout still works without it.
            with contextlib.suppress(OSError):
                write_atomic(self._stamp, f"{moment:.3f}\n")

    def _read_stamp(self) -> float:
        if self._stamp is None:
            return 0.0
        try:
            return float(self._stamp.read_text(encoding="ascii"))
        except (OSError, ValueError):
            return 0.0


# One throttle per service endpoint (and stamp file) in the process.
_THROTTLES: dict[tuple[str, Path | None], Throttle] = {}
_THROTTLES_LOCK = threading.Lock()


def throttle_for(service: Service, stamp_dir: Path | None) -> Throttle:
    stamp = stamp_dir / f"{service.name.lower()}.next" if stamp_dir else None
    with _THROTTLES_LOCK:
        return _THROTTLES.setdefault((service.base_url, stamp), Throttle(stamp))


def rate_limit_interval(headers: Mapping[str, str]) -> float | None:
    """Crossref states its limit as ``X-Rate-Limit-Limit: 50`` per ``X-Rate-Limit-Interval: 1s``."""
    limit, interval = headers.get("X-Rate-Limit-Limit"), headers.get("X-Rate-Limit-Interval")
    if not limit or not interval or not limit.isdigit() or int(limit) == 0:
        return None
    seconds = interval.strip().removesuffix("s")
    try:
        return float(seconds) / int(limit)
    except ValueError:
        return None


class PoliteSession:
    """GET requests to metadata services, paced, retried and identified by a user agent."""

    def __init__(
        self,
        user_agent: str,
        stamp_dir: Path | None = None,
        sleep: Callable[[float], None] = time.sleep,
        notify: Callable[[str], None] = lambda _: None,
    ) -> None:
        self._session = requests.Session()
        self._notify = notify  # tells a waiting person why nothing seems to happen
        self._session.headers["User-Agent"] = user_agent
        self._stamp_dir = stamp_dir
        self._sleep = sleep

    def close(self) -> None:
        self._session.close()

    def get(self, service: Service, url: str, params: Mapping[str, str], accept: str) -> Answer:
        """The service's answer with a status below 500 other than 429; retries the rest.

        Raises ``NetworkError`` naming the service and what to do when it cannot be had.
        """
        throttle = throttle_for(service, self._stamp_dir)
        problem = ""
        for attempt in range(service.retries + 1):
            throttle.wait(service.min_interval, service.max_wait, self._sleep)
            try:
                response = self._fetch(service, url, params, accept)
            except requests.Timeout:
                problem = f"{service.name} did not answer within {service.timeout:g} s"
                throttle.hold(_backoff(attempt, service))
                continue
            except requests.RequestException as exc:
                problem = f"cannot reach {service.name} at {url}: {_reason(exc)}"
                throttle.hold(_backoff(attempt, service))
                continue
            answer, headers = response
            announced = rate_limit_interval(headers)
            if announced is not None:
                throttle.announce(min(announced, service.max_wait))
            if answer.status not in RETRY_STATUSES:
                return answer
            wait = retry_after(headers.get("Retry-After"), time.time())
            problem = f"{service.name} answered HTTP {answer.status}"
            if wait is not None and wait > service.max_wait:
                raise NetworkError(
                    f"{problem} and asks us to wait {wait:.0f} s (Retry-After), longer than the"
                    f" {service.max_wait:g} s we wait: nothing was written; try again later"
                )
            pause = wait if wait is not None else _backoff(attempt, service)
            if attempt < service.retries:
                self._notify(f"{problem}; trying again in {pause:.1f} s")
            throttle.hold(pause)
        attempts = service.retries + 1
        raise NetworkError(
            f"{problem} ({attempts} attempt{'s' if attempts > 1 else ''}): nothing was written;"
            " check the connection or try again later"
        )

    def _fetch(
        self, service: Service, url: str, params: Mapping[str, str], accept: str
    ) -> tuple[Answer, Mapping[str, str]]:
        response = self._session.get(
            url,
            params=dict(params),
            headers={"Accept": accept},
            timeout=(min(10.0, service.timeout), service.timeout),
            stream=True,
        )
        with response:
            body = bytearray()
            for chunk in response.iter_content(64 * 1024):
                body += chunk
                if len(body) > MAX_BODY:
                    raise NetworkError(
                        f"{service.name} sent more than {MAX_BODY // 2**20} MB for one paper:"
                        " check the service's base URL"
                    )
        content_type = response.headers.get("Content-Type", "")
        return Answer(response.status_code, bytes(body), content_type), response.headers


def _backoff(attempt: int, service: Service) -> float:
    """Without a Retry-After: the service's own interval, doubled at each attempt, capped."""
    return min(service.max_wait, service.min_interval * 2.0 ** (attempt + 1))


def _reason(exc: requests.RequestException) -> str:
    text = str(exc.args[0]) if exc.args else str(exc)
    for known in ("Connection refused", "Name or service not known", "Connection reset"):
        if known in text:
            return known.lower()
    return text[:200]
