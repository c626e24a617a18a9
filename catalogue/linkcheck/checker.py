"""Checking one URL: HEAD first, GET when HEAD is not to be believed, redirects followed by hand.

Each worker thread has its own ``requests.Session`` (connection reuse without sharing a session
between threads) on the package's one transport (``catalogue.net.transport``): every request has
an overall deadline, and reaches only addresses the policy allows. Every request takes its host's
turn from the limiter. GET bodies are streamed and closed after a few kilobytes: enough to
recognise a challenge page, never a whole PDF.

The host of every hop is resolved and checked before it is asked: a link, or a redirect, to an
internal address (``localhost``, 169.254.169.254, a private range) is refused without a request,
and where such a redirect leads is never written into a report.
"""

from __future__ import annotations

import http.client
import itertools
import random
import threading
import time
from urllib.parse import urljoin, urlsplit

import requests
import urllib3

from ..net import transport
from ..net.guard import AddressPolicy, AddressRefused
from .classify import (
    PERMANENT,
    REDIRECTS,
    RETRY,
    Answer,
    Failure,
    failure_of,
    final_class,
    head_is_trusted,
    retry_after,
)
from .config import Limits
from .limiter import Limiter
from .resolve import Resolver
from .results import Hop, LinkClass, LinkResult

_NETWORK_ERRORS = (
    requests.RequestException,
    urllib3.exceptions.HTTPError,
    http.client.HTTPException,
    OSError,
)
_CHUNK = 8192


def host_of(url: str) -> str:
    """The politeness key: host and port, so that servers on two ports count as two hosts."""
    return urlsplit(url).netloc.lower().rsplit("@", 1)[-1]


def hostname_of(url: str) -> str | None:
    """The URL's host name, or None when the URL cannot be read (``https://arxiv.org[]/x``)."""
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises on a port that is not a number
        return parts.hostname
    except ValueError:
        return None


def refused_note(why: str) -> str:
    return (
        f"not checked: {why}; internal addresses are never requested (a network may be allowed"
        " under allow_addresses in linkcheck.yml)"
    )


class _Stalled(Exception):
    """The request's overall deadline passed before its answer was complete."""


class Checker:
    def __init__(
        self,
        limits: Limits,
        limiter: Limiter,
        *,
        hosts: int = 64,
        rng: random.Random | None = None,
        policy: AddressPolicy | None = None,
        resolver: Resolver | None = None,
    ):
        self.limits = limits
        self.limiter = limiter
        self.policy = policy or AddressPolicy()
        self.resolver = resolver or Resolver()
        self._pools = max(10, min(hosts, 512))
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._lock = threading.Lock()
        self._rng = rng or random.Random()
        self.requests = 0

    def session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            # One pool per host the run visits, one connection each: a worker has one request
            # in flight at a time, and evicting pools would throw away warm connections.
            session = transport.new_session(self.limits.user_agent, pools=self._pools, per_pool=1)
            session.headers["Accept"] = "text/html,application/xhtml+xml,*/*;q=0.8"
            self._local.session = session
            with self._lock:
                self._sessions.append(session)
        return session

    def close(self) -> None:
        with self._lock:
            for session in self._sessions:
                session.close()
            self._sessions.clear()

    def check(self, url: str, *, held: bool = False) -> LinkResult:
        """The verdict on ``url``; ``held`` when the caller already took its host's turn."""
        chain: list[Hop] = []
        visits: dict[str, int] = {url: 1}
        current = url
        name = hostname_of(url)
        if not name:
            return _result(url, LinkClass.ERROR, "malformed URL: its host cannot be read", chain)
        why = self.resolver.refusal(name, self.policy)
        if why is not None:
            return _result(url, LinkClass.ERROR, refused_note(why), chain)
        for _ in range(self.limits.max_redirects + 1):
            got, retries = self._ask(current, held=held)
            held = False
            if isinstance(got, Failure):
                return LinkResult(
                    url=url, outcome=got.outcome, note=_after(got.note, retries, chain), chain=chain
                )
            chain.append(Hop(url=current, status=got.status, method=got.method))
            location = got.headers.get("location")
            if got.status not in REDIRECTS or not location:
                return _verdict(url, chain, got, retries, self.limits.retry_after_cap)
            try:
                current = urljoin(current, location.strip())
                name = hostname_of(current) if urlsplit(current).scheme in ("http", "https") else ""
            except ValueError:
                name = None
            if name == "":
                return _result(url, LinkClass.ERROR, f"redirects to a non-web URL {current}", chain)
            if name is None:
                return _result(url, LinkClass.ERROR, "redirects to a malformed URL", chain)
            why = self.resolver.refusal(name, self.policy)
            if why is not None:
                # Where an internal redirect leads is the runner's network: never reported.
                note = f"redirect not followed: {why} (its target is not shown)"
                return _result(url, LinkClass.ERROR, note, chain)
            # A second visit may carry a cookie the first one set; a third is a loop.
            visits[current] = visits.get(current, 0) + 1
            if visits[current] > 2:
                return _result(url, LinkClass.ERROR, f"redirect loop back to {current}", chain)
        return _result(
            url, LinkClass.ERROR, f"more than {self.limits.max_redirects} redirects", chain
        )

    def _ask(self, url: str, *, held: bool) -> tuple[Answer | Failure, int]:
        """One answer for ``url`` (no redirect followed), retrying what is worth retrying."""
        host = host_of(url)
        method, retries, not_before = "HEAD", 0, 0.0
        while True:
            got: Answer | Failure
            try:
                with self.limiter.slot(host, held=held, not_before=not_before):
                    got = self._send(method, url)
            except _Stalled:
                note = f"no complete answer within {self.limits.deadline:g} s (the server stalls)"
                got = Failure(LinkClass.ERROR, note, transient=False)
            except AddressRefused as exc:
                got = Failure(LinkClass.ERROR, refused_note(exc.why), transient=False)
            except ValueError:
                # requests reads a redirect's Location even when it does not follow it.
                got = Failure(LinkClass.ERROR, "redirects to a malformed URL", transient=False)
            except _NETWORK_ERRORS as exc:
                got = failure_of(exc)
            held = False
            if isinstance(got, Answer) and method == "HEAD" and not head_is_trusted(got):
                method = "GET"
                if got.status not in RETRY:
                    not_before = 0.0
                    continue
            if not _worth_retry(got) or retries >= self.limits.retries:
                return got, retries
            delay = self._delay(got, retries)
            if delay is None:
                return got, retries
            not_before = time.monotonic() + delay
            if isinstance(got, Answer) and "retry-after" in got.headers:
                self.limiter.defer(host, not_before)  # the whole host asked for a pause
            retries += 1

    def _delay(self, got: Answer | Failure, retries: int) -> float | None:
        """Seconds before the next attempt; None when the server asks for more than the cap."""
        if isinstance(got, Answer):
            asked = retry_after(got.headers, time.time())
            if asked is not None:
                return asked if asked <= self.limits.retry_after_cap else None
        # Exponential backoff with "equal jitter": never less than half the step, so that a pause
        # stays a pause, and workers that failed together do not retry together.
        step = min(self.limits.backoff * 2.0**retries, self.limits.retry_after_cap)
        return step / 2 + self._rng.uniform(0, step / 2)

    def _send(self, method: str, url: str) -> Answer:
        with self._lock:
            self.requests += 1
        timeout = (self.limits.connect_timeout, self.limits.read_timeout)
        with transport.scope(self.limits.deadline, self.policy) as request:
            try:
                response = self.session().request(
                    method, url, allow_redirects=False, stream=True, timeout=timeout
                )
            except _NETWORK_ERRORS:
                if request.expired:
                    raise _Stalled from None
                raise
            if request.expired:
                # The connection was cut while the headers dripped in, and http.client took the
                # end of the stream for the end of the headers: this is no answer.
                response.close()
                raise _Stalled
            return self._answer(method, response, request)

    def _answer(self, method: str, response: requests.Response, request: transport.Scope) -> Answer:
        ended = method == "HEAD" or response.status_code in (204, 304)
        body = b""
        try:
            if not ended:
                body, ended = self._read_some(response.raw)
        finally:
            if ended and not request.expired:
                response.raw.release_conn()  # the body is over: keep the connection warm
            else:
                response.close()  # drops the connection: the rest of the body is never read
        return Answer(response.status_code, response.headers, body, method)

    def _read_some(self, raw: urllib3.BaseHTTPResponse) -> tuple[bytes, bool]:
        """The first ``body_bytes`` of a body within ``body_seconds``; and whether it ended."""
        limit, size = self.limits.body_bytes, 0
        parts: list[bytes] = []
        deadline = time.monotonic() + self.limits.body_seconds
        try:
            while size < limit and time.monotonic() < deadline:
                chunk = raw.read1(min(_CHUNK, limit - size), decode_content=True)
                if not chunk:
                    return b"".join(parts), True
                parts.append(chunk)
                size += len(chunk)
        except _NETWORK_ERRORS:
            pass  # the status line already said what we need; a stalled body does not change it
        return b"".join(parts), False


def _worth_retry(got: Answer | Failure) -> bool:
    return got.status in RETRY if isinstance(got, Answer) else got.transient


def _after(note: str, retries: int, chain: list[Hop]) -> str:
    if retries:
        note += f" (after {retries} {'retry' if retries == 1 else 'retries'})"
    if chain:
        note += f", after {len(chain)} redirect{'s' if len(chain) > 1 else ''}"
    return note


def _result(url: str, outcome: LinkClass, note: str, chain: list[Hop]) -> LinkResult:
    status = chain[-1].status if chain else None
    return LinkResult(url=url, outcome=outcome, note=note, status=status, chain=chain)


def _verdict(url: str, chain: list[Hop], answer: Answer, retries: int, cap: float) -> LinkResult:
    outcome, note = final_class(answer)
    note = _after(note, retries, chain[:-1])
    asked = retry_after(answer.headers, time.time()) if answer.status in RETRY else None
    if asked is not None and asked > cap:
        note += f"; it asked for a {asked:.0f}s pause, more than the {cap:.0f}s cap"
    if outcome is not LinkClass.OK or chain[0].status not in PERMANENT:
        return _result(url, outcome, note, chain)
    # The new address is where the permanent redirects lead; temporary ones after it are the
    # site's business (a login hop, a mirror) and must not be written into the records.
    moved_to = url
    for hop, following in itertools.pairwise(chain):
        if hop.status not in PERMANENT:
            break
        moved_to = following.url
    if _to_home_page(url, moved_to):
        note = f"permanent redirect to the site's home page {moved_to}: check it by hand"
        return LinkResult(
            url=url, outcome=LinkClass.MOVED, note=note, status=answer.status, chain=chain
        )
    return LinkResult(
        url=url,
        outcome=LinkClass.MOVED,
        note=f"moved permanently to {moved_to}",
        status=answer.status,
        chain=chain,
        new_url=moved_to,
    )


def _to_home_page(old: str, new: str) -> bool:
    """A deep link sent to the bare front page is a removed page (a "soft 404"), not a move."""
    old_path, new_path = urlsplit(old).path, urlsplit(new).path
    return new_path in ("", "/") and old_path not in ("", "/")
