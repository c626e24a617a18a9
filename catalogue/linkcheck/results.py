"""The typed values link checking passes along: where a URL stands, and what checking it found."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class LinkClass(StrEnum):
    """What a link check concluded; the order is the order of reports (worst first)."""

    DEAD = "dead"
    ERROR = "error"
    BLOCKED = "blocked"
    MOVED = "moved"
    OK = "ok"

    @property
    def rank(self) -> int:
        return list(LinkClass).index(self)


class Hop(BaseModel):
    """One request of a redirect chain and the status it answered."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    url: str
    status: int
    method: str


class LinkResult(BaseModel):
    """The verdict on one URL. Everything here is stable for the same answers (no timings)."""

    model_config = ConfigDict(extra="forbid")

    url: str
    outcome: LinkClass
    note: str
    status: int | None = None
    # The redirect chain, first request first; empty when no answer came.
    chain: list[Hop] = []
    # For a permanent redirect: the URL to write instead (None when it should not be rewritten).
    new_url: str | None = None


@dataclass(frozen=True, order=True)
class Occurrence:
    """Where a URL is written: a record field (collection, key, field path) or a line of a list."""

    path: str
    line: int
    column: int
    # The URL exactly as written there (it may carry a #fragment the check leaves off).
    written: str
    collection: str | None = None
    key: str | None = None
    loc: tuple[str | int, ...] = ()


@dataclass
class Target:
    """One distinct URL to check, and every place that writes it."""

    url: str
    occurrences: list[Occurrence] = field(default_factory=list)


@dataclass(frozen=True)
class Checked:
    target: Target
    result: LinkResult
    from_cache: bool = False


@dataclass
class LinkReport:
    """Every checked URL, worst first, with how the run went."""

    checked: list[Checked]
    requests: int = 0
    seconds: float = 0.0
    fixed: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.checked.sort(key=lambda c: (c.result.outcome.rank, c.target.url))

    def count(self, outcome: LinkClass) -> int:
        return sum(1 for c in self.checked if c.result.outcome is outcome)

    @property
    def from_cache(self) -> int:
        return sum(1 for c in self.checked if c.from_cache)
