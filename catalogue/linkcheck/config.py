"""``linkcheck.yml``: limits, time-to-live per class, severities and the hosts known to block.

Loaded through the positioned YAML parser and a pydantic model, so a mistake in the file is
reported as ``linkcheck.yml:line:column`` like a mistake in a record.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
)

from ..core.errors import DataError, Diagnostic, Severity, UsageError
from ..core.store import validation_diagnostics
from ..core.yamlio import ParseFailed, parse
from ..net.guard import AddressPolicy, Network
from .results import LinkClass

DEFAULT_PATH = Path("linkcheck.yml")

HostName = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, to_lower=True, pattern=r"^[A-Za-z0-9.-]+(?::\d{1,5})?$", min_length=1
    ),
]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3)]
Seconds = Annotated[float, Field(ge=0, le=3600)]
Hours = Annotated[float, Field(ge=0, le=24 * 365)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Limits(Strict):
    """How hard the checker may push: globally, per host, and per request."""

    # Requests in flight at once, over all hosts; and to any one host.
    workers: int = Field(default=32, ge=1, le=256)
    per_host: int = Field(default=4, ge=1, le=64)
    # Least time between two request starts to one host.
    host_interval: Seconds = 0.05
    connect_timeout: float = Field(default=5.0, gt=0, le=120)
    read_timeout: float = Field(default=15.0, gt=0, le=300)
    # The most one request may take, connect, headers and body together: a server that drips
    # its answer a byte at a time is cut off here, and the run still ends with its report.
    deadline: float = Field(default=30.0, gt=0, le=600)
    # Extra attempts after a 429, a 5xx or a timeout; the first pause, doubled each time; the
    # longest pause a server may ask for with Retry-After before the checker gives up on it.
    retries: int = Field(default=2, ge=0, le=10)
    backoff: Seconds = 1.0
    retry_after_cap: Seconds = 60.0
    max_redirects: int = Field(default=10, ge=0, le=50)
    # How much of a GET body is read (enough to recognise a challenge page), and for how long.
    body_bytes: int = Field(default=16_384, ge=0, le=1 << 20)
    body_seconds: Seconds = 5.0
    user_agent: str = "kd-paper-catalogue-linkcheck/0.1 (checks the links of a paper list)"


class HostRule(Strict):
    """Gentler (or faster) limits for one host and its sub-domains."""

    host: HostName
    per_host: int | None = Field(default=None, ge=1, le=64)
    host_interval: Seconds | None = None
    reason: Reason | None = None


class BlockedHost(Strict):
    """A host that answers bots with refusals: its links are reported blocked, never requested."""

    host: HostName
    reason: Reason


class TimeToLive(Strict):
    """Hours a result stays in the cache, per class: long for ok, short for failures."""

    ok: Hours = 14 * 24
    moved: Hours = 7 * 24
    blocked: Hours = 3 * 24
    dead: Hours = 24
    error: Hours = 6

    def seconds(self, outcome: LinkClass) -> float:
        return float(getattr(self, outcome.value)) * 3600


SeverityName = Literal["error", "warning", "info"]


class Severities(Strict):
    """How much each class matters: errors fail the run, warnings fail it under ``--strict``."""

    moved: SeverityName = "warning"
    blocked: SeverityName = "warning"
    dead: SeverityName = "error"
    error: SeverityName = "warning"

    def of(self, outcome: LinkClass) -> Severity | None:
        if outcome is LinkClass.OK:
            return None
        return Severity(getattr(self, outcome.value))


class LinkcheckConfig(Strict):
    limits: Limits = Limits()
    # Internal addresses (loopback, private, link-local, cloud metadata) are never requested,
    # since records come from pull requests; list here the networks that may be (tests do).
    allow_addresses: list[Network] = []
    hosts: list[HostRule] = []
    blocked: list[BlockedHost] = []
    ttl_hours: TimeToLive = TimeToLive()
    severity: Severities = Severities()

    def policy(self) -> AddressPolicy:
        return AddressPolicy.allowing(self.allow_addresses)

    def blocked_reason(self, hostname: str, netloc: str) -> str | None:
        for entry in self.blocked:
            if _matches(entry.host, hostname, netloc):
                return entry.reason
        return None

    def host_limits(self, hostname: str, netloc: str) -> tuple[int, float]:
        """``(in flight, interval)`` for one host: its most specific rule, else the defaults."""
        per_host, interval = self.limits.per_host, self.limits.host_interval
        rules = [r for r in self.hosts if _matches(r.host, hostname, netloc)]
        for rule in sorted(rules, key=lambda r: len(r.host)):
            per_host = rule.per_host if rule.per_host is not None else per_host
            interval = rule.host_interval if rule.host_interval is not None else interval
        return per_host, interval


def _matches(rule: str, hostname: str, netloc: str) -> bool:
    """A rule names a host and its sub-domains; with a port it names that one server only."""
    if ":" in rule:
        return rule == netloc
    return hostname == rule or hostname.endswith("." + rule)


def load_config(path: Path | None) -> LinkcheckConfig:
    """The configuration in ``path`` (the defaults when the default file is absent)."""
    if path is None:
        if not DEFAULT_PATH.is_file():
            return LinkcheckConfig()
        path = DEFAULT_PATH
    shown = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read link-check configuration {shown}: {exc.strerror}") from None
    try:
        parsed = parse(raw, shown)
    except ParseFailed as exc:
        raise DataError([exc.diagnostic]) from None
    try:
        config = LinkcheckConfig.model_validate(parsed.data)
    except ValidationError as exc:
        raise DataError(validation_diagnostics(exc, shown, parsed)) from None
    problems = []
    for name in ("hosts", "blocked"):
        seen: dict[str, int] = {}
        for index, entry in enumerate(getattr(config, name)):
            if entry.host in seen:
                line, column = parsed.position((name, index, "host"))
                problems.append(
                    Diagnostic.at(
                        shown,
                        f"{name}: host {entry.host!r} is listed twice (first as entry"
                        f" {seen[entry.host] + 1}): keep one",
                        code="duplicate-host",
                        line=line,
                        column=column,
                    )
                )
            seen.setdefault(entry.host, index)
    if problems:
        raise DataError(problems)
    return config
