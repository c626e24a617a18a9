"""From an HTTP answer (or the failure to get one) to a class: ok, moved, blocked, dead, error.

Publishers and social sites answer bots with 401, 403, 429, 999 or a challenge page: those links
are "blocked", not "dead". Only 404, 410 and a host that does not exist prove a link dead.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import requests

from ..net.retry_after import retry_after as parse_retry_after
from .results import LinkClass

PERMANENT = frozenset({301, 308})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
DEAD = frozenset({404, 410})
BLOCKED = frozenset({401, 403, 429, 451, 999})
# Answers worth asking again after a pause.
RETRY = frozenset({429, 500, 502, 503, 504, 520, 521, 522, 523, 524})

# Bot walls: vendors' challenge pages, recognised by a header or by words early in the page.
_CHALLENGE_HEADERS = ("cf-mitigated", "x-amzn-waf-action", "x-datadome")
_CHALLENGE_MARKERS = (
    b"challenge-platform",
    b"cf-chl",
    b"just a moment...",
    b"attention required",
    b"captcha",
    b"_incapsula_resource",
    b"ddos-guard",
    b"please enable js",
    b"enable javascript and cookies",
)
_CHALLENGE_STATUSES = frozenset({202, 403, 429, 503})


@dataclass(frozen=True)
class Answer:
    """What one request got back: the status, the headers, and the first bytes of a GET body."""

    status: int
    headers: Mapping[str, str]
    body: bytes = b""
    method: str = "HEAD"


def is_challenge(answer: Answer) -> bool:
    if any(name in answer.headers for name in _CHALLENGE_HEADERS):
        return True
    if answer.status not in _CHALLENGE_STATUSES:
        return False
    sample = answer.body[:16_384].lower()
    return any(marker in sample for marker in _CHALLENGE_MARKERS)


def head_is_trusted(answer: Answer) -> bool:
    """HEAD answers are believed only when they say ok or redirect; the rest is asked by GET.

    Servers refuse HEAD (405, 501), answer it with 403/404 while GET works, or serve a challenge
    page whose words only a body shows.
    """
    return 200 <= answer.status < 400 and answer.status != 202


def final_class(answer: Answer) -> tuple[LinkClass, str]:
    """Class and a short reason for the last answer of a chain (not a redirect)."""
    status = answer.status
    if is_challenge(answer):
        return LinkClass.BLOCKED, f"{status} with a bot challenge page"
    if 200 <= status < 300:
        return LinkClass.OK, f"{status}"
    if status in DEAD:
        return LinkClass.DEAD, f"{status} {'Not Found' if status == 404 else 'Gone'}"
    if status in BLOCKED:
        return LinkClass.BLOCKED, f"{status}: the server refuses automated clients"
    if status >= 500:
        return LinkClass.ERROR, f"{status}: server error"
    return LinkClass.ERROR, f"{status}: unexpected answer"


def retry_after(headers: Mapping[str, str], now: float) -> float | None:
    """Seconds that an answer's ``Retry-After`` asks for (requests' headers ignore case)."""
    return parse_retry_after(headers.get("retry-after"), now)


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """The exception and everything it wraps (requests wraps urllib3, which wraps socket)."""
    seen: set[int] = set()
    stack = [exc]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        stack.extend(e for e in (current.__cause__, current.__context__) if e is not None)
        reason = getattr(current, "reason", None)
        if isinstance(reason, BaseException):
            stack.append(reason)
        stack.extend(arg for arg in current.args if isinstance(arg, BaseException))


@dataclass(frozen=True)
class Failure:
    """A request that got no answer: the class it leads to, why, and whether to try again."""

    outcome: LinkClass
    note: str
    transient: bool


def failure_of(exc: BaseException) -> Failure:
    for cause in _causes(exc):
        if isinstance(cause, socket.gaierror):
            if cause.errno in (socket.EAI_NONAME, getattr(socket, "EAI_NODATA", -5)):
                return Failure(LinkClass.DEAD, "unknown host: the name does not resolve", False)
            return Failure(LinkClass.ERROR, f"name lookup failed: {cause.strerror}", True)
        if isinstance(cause, ssl.SSLError | requests.exceptions.SSLError):
            return Failure(LinkClass.ERROR, f"TLS failure: {_short(cause)}", False)
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return Failure(LinkClass.ERROR, "timed out connecting", True)
    if isinstance(exc, requests.exceptions.Timeout):
        return Failure(LinkClass.ERROR, "timed out waiting for an answer", True)
    for cause in _causes(exc):
        if isinstance(cause, ConnectionResetError):
            return Failure(LinkClass.ERROR, "connection reset by the server", True)
        if isinstance(cause, ConnectionRefusedError):
            return Failure(LinkClass.ERROR, "connection refused", True)
    if isinstance(
        exc, requests.exceptions.ConnectionError | requests.exceptions.ChunkedEncodingError
    ):
        return Failure(LinkClass.ERROR, f"connection failed: {_short(exc)}", True)
    return Failure(LinkClass.ERROR, f"request failed: {_short(exc)}", False)


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."
