"""A polite HTTP client for remote services: one paced queue per service, Retry-After honoured,
an overall deadline per request, answers kept in a cache for a while, and an offline mode.

arXiv asks for at most one request every three seconds and Crossref limits requests per second; both
answer 429 (or 503) with ``Retry-After`` when pushed, and GitHub says in ``X-RateLimit-*`` headers
when its hourly allowance runs out. Every request to a service waits for that service's throttle,
which is shared by the whole process and, through a small stamp file, by consecutive runs (a shell
loop of ``catalogue add`` stays polite too). A ``Retry-After`` or an exhausted allowance moves the
service's next allowed time, so no other request jumps the queue while we wait.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import requests

from ..core.errors import NetworkError
from ..core.yamlio import write_atomic
from . import transport
from .cache import Answer, ResponseCache, request_key
from .guard import AddressPolicy, AddressRefused
from .retry_after import retry_after
from .transport import new_session

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# Statuses a service uses when a request allowance is used up (GitHub: 403 or 429).
LIMITED = frozenset({403, 429})
MAX_BODY = 8 * 1024 * 1024  # a metadata answer is a few KB; refuse to buffer a runaway body


@dataclass(frozen=True)
class Service:
    """One remote service as the client sees it."""

    name: str  # for messages and cache folders: "arXiv", "Crossref", "OpenAlex", "GitHub"
    base_url: str
    min_interval: float
    timeout: float = 30.0  # for one read of the socket
    retries: int = 3
    max_wait: float = 120.0
    deadline: float = 60.0  # for a whole request: connect, headers and body together
    cache_seconds: float = 0.0
    # Sent with every request to this service only (a token, an API version).
    headers: Mapping[str, str] = field(default_factory=dict)
    # Said when the service's allowance runs out (e.g. how a token raises it).
    limit_hint: str = ""
    # The addresses requests may reach; None for the services' own APIs, which the settings name.
    policy: AddressPolicy | None = None


class Throttle:
    """The next moment a service may be asked, shared by threads and (via ``stamp``) processes."""

    def __init__(self, stamp: Path | None) -> None:
        self._lock = threading.Lock()
        self._not_before = 0.0
        self._stamp = stamp
        # An interval the service announced itself (Crossref's X-Rate-Limit-* headers).
        self.announced = 0.0
        # When an allowance the service said is used up comes back (GitHub's X-RateLimit-*).
        self.exhausted_until = 0.0

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

    def finish(self, interval: float) -> None:
        """A request is over (answered or failed): the next may leave ``interval`` after now.

        Counted from the end of a request as well as from its start, so that a request held up on
        its way out (a busy machine between booking and sending) never brings the next one closer
        than ``interval`` to it at the service."""
        with self._lock:
            self._book(max(self._not_before, time.time() + max(interval, self.announced)))

    def announce(self, interval: float) -> None:
        """The service stated its own rate limit: keep to it from now on."""
        with self._lock:
            self.announced = interval
            self._book(max(self._not_before, time.time() + interval))

    def exhaust(self, until: float) -> None:
        with self._lock:
            self.exhausted_until = until

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


def allowance_wait(headers: Mapping[str, str], now: float) -> float | None:
    """Seconds until an exhausted allowance comes back (GitHub's ``X-RateLimit-Remaining: 0`` with
    ``X-RateLimit-Reset`` in epoch seconds); None while requests remain or nothing is said."""
    remaining, reset = headers.get("X-RateLimit-Remaining"), headers.get("X-RateLimit-Reset")
    if remaining is None or remaining.strip() != "0" or not reset or not reset.strip().isdigit():
        return None
    return max(0.0, float(reset) - now)


class PoliteSession:
    """GET requests to remote services, paced, retried, cached and identified by a user agent."""

    def __init__(
        self,
        user_agent: str,
        stamp_dir: Path | None = None,
        sleep: Callable[[float], None] = time.sleep,
        notify: Callable[[str], None] = lambda _: None,
        cache: ResponseCache | None = None,
    ) -> None:
        self._session = new_session(user_agent)
        self._notify = notify  # tells a waiting person why nothing seems to happen
        self._stamp_dir = stamp_dir
        self._sleep = sleep
        self.cache = cache or ResponseCache(None)
        self.sent: Counter[str] = Counter()  # requests that left, per service

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> PoliteSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, service: Service, url: str, params: Mapping[str, str], accept: str) -> Answer:
        """The service's answer with a status below 500 other than 429; retries the rest.

        A fresh answer in the cache is used without a request. Raises ``NetworkError`` naming the
        service and what to do when the answer cannot be had.
        """
        key = request_key("GET", url, dict(params), accept)
        cached = self.cache.get(service.name, key, service.cache_seconds)
        if cached is not None:
            return cached
        if self.cache.offline:
            raise NetworkError(
                f"offline: {service.name}'s answer to {_shown(url, params)} is not in the cache;"
                " run without --offline (or CATALOGUE_OFFLINE) to ask the service"
            )
        answer = self._ask(service, url, params, accept)
        self.cache.put(service.name, key, answer)
        return answer

    def _ask(self, service: Service, url: str, params: Mapping[str, str], accept: str) -> Answer:
        throttle = throttle_for(service, self._stamp_dir)
        problem = ""
        for attempt in range(service.retries + 1):
            left = throttle.exhausted_until - time.time()
            if left > service.max_wait:  # the answer before said so: asking would be refused
                raise _used_up(service, left)
            throttle.wait(service.min_interval, service.max_wait, self._sleep)
            self.sent[service.name] += 1
            got = self._attempt(service, url, params, accept, throttle)
            if isinstance(got, str):  # no answer: why
                problem = got
                throttle.hold(_backoff(attempt, service))
                continue
            answer, headers = got
            exhausted = _heed_allowance(service, answer, headers, throttle)
            if answer.status not in RETRY_STATUSES and not (
                exhausted is not None and answer.status in LIMITED
            ):
                return answer
            wait = retry_after(headers.get("Retry-After"), time.time())
            problem = f"{service.name} answered HTTP {answer.status}"
            if wait is not None and wait > service.max_wait:
                raise NetworkError(
                    f"{problem} and asks us to wait {wait:.0f} s (Retry-After), longer than the"
                    f" {service.max_wait:g} s we wait: nothing was written; try again later"
                )
            pause = wait if wait is not None else exhausted or _backoff(attempt, service)
            if attempt < service.retries:
                self._notify(f"{problem}; trying again in {pause:.1f} s")
            throttle.hold(pause)
        attempts = service.retries + 1
        raise NetworkError(
            f"{problem} ({attempts} attempt{'s' if attempts > 1 else ''}): nothing was written;"
            " check the connection or try again later"
        )

    def _attempt(
        self,
        service: Service,
        url: str,
        params: Mapping[str, str],
        accept: str,
        throttle: Throttle,
    ) -> tuple[Answer, Mapping[str, str]] | str:
        """One request: the answer and its headers, or why there is none (worth another try).
        An address the settings keep us from asking fails at once."""
        try:
            answer, headers = self._fetch(service, url, params, accept)
        except _Stalled:
            return (
                f"{service.name} did not answer in full within {service.deadline:g} s"
                " (the deadline for one request)"
            )
        except AddressRefused as exc:
            raise NetworkError(
                f"{service.name} at {url} is not asked: {exc.why}, an internal address"
                " (allow its network in the settings to ask it)"
            ) from None
        except requests.Timeout:
            return f"{service.name} did not answer within {service.timeout:g} s"
        except requests.RequestException as exc:
            return f"cannot reach {service.name} at {url}: {_reason(exc)}"
        throttle.finish(service.min_interval)
        return answer, headers

    def _fetch(
        self, service: Service, url: str, params: Mapping[str, str], accept: str
    ) -> tuple[Answer, Mapping[str, str]]:
        with transport.scope(service.deadline, service.policy) as request:
            try:
                response = self._session.get(
                    url,
                    params=dict(params),
                    headers={"Accept": accept, **service.headers},
                    timeout=(min(10.0, service.timeout), service.timeout),
                    stream=True,
                    allow_redirects=True,
                )
                with response:
                    body = _read_body(response, service)
            except (requests.RequestException, OSError):
                if request.expired:
                    raise _Stalled from None
                raise
            if request.expired:  # the body ended early because the deadline shut it
                raise _Stalled
        content_type = response.headers.get("Content-Type", "")
        return Answer(response.status_code, body, content_type), response.headers


class _Stalled(Exception):
    """The request's overall deadline passed before its answer was complete."""


def _read_body(response: requests.Response, service: Service) -> bytes:
    body = bytearray()
    for chunk in response.iter_content(64 * 1024):
        body += chunk
        if len(body) > MAX_BODY:
            raise NetworkError(
                f"{service.name} sent more than {MAX_BODY // 2**20} MB for one request:"
                " check the service's base URL"
            )
    return bytes(body)


def _used_up(service: Service, seconds: float) -> NetworkError:
    return NetworkError(
        f"{service.name}'s request allowance is used up until {_clock(seconds)} ({seconds:.0f} s"
        f" from now), longer than the {service.max_wait:g} s we wait: nothing was written; try"
        " again later" + service.limit_hint
    )


def _shown(url: str, params: Mapping[str, str]) -> str:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"{url}?{query}" if query else url


def _clock(seconds_from_now: float) -> str:
    return time.strftime("%H:%M:%S UTC", time.gmtime(time.time() + seconds_from_now))


def _heed_allowance(
    service: Service, answer: Answer, headers: Mapping[str, str], throttle: Throttle
) -> float | None:
    """Pace later requests by what the answer's headers announce: an interval between requests,
    and an allowance used up until a time (its wait returned, None when none is announced)."""
    announced = rate_limit_interval(headers)
    if announced is not None:
        throttle.announce(min(announced, service.max_wait))
    exhausted = allowance_wait(headers, time.time())
    throttle.exhaust(time.time() + exhausted if exhausted is not None else 0.0)
    if exhausted is not None:
        if exhausted > service.max_wait and answer.status in LIMITED:
            raise _used_up(service, exhausted)
        throttle.hold(min(exhausted, service.max_wait))
    return exhausted


def _backoff(attempt: int, service: Service) -> float:
    """Without a Retry-After: the service's own interval, doubled at each attempt, capped."""
    return min(service.max_wait, service.min_interval * 2.0 ** (attempt + 1))


def _reason(exc: requests.RequestException) -> str:
    text = str(exc.args[0]) if exc.args else str(exc)
    for known in ("Connection refused", "Name or service not known", "Connection reset"):
        if known in text:
            return known.lower()
    return text[:200]
