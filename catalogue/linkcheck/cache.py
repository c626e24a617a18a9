"""The results of earlier runs, on disk, each trusted for its class's time-to-live.

The cache is disposable: an unreadable or outdated file is ignored (and said so), never fatal.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from ..core.yamlio import write_atomic
from .config import TimeToLive
from .results import LinkResult

DEFAULT_PATH = Path(".cache/linkcheck.json")
VERSION = 1


class Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    checked_at: float
    result: LinkResult


class CacheFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    entries: dict[str, Entry]


class Cache:
    def __init__(self, path: Path, ttl: TimeToLive, *, read: bool = True):
        self.path = path
        self.ttl = ttl
        self.entries: dict[str, Entry] = {}
        self.problem: str | None = None
        if read:
            self._read()

    def _read(self) -> None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as exc:
            self.problem = f"cannot read the link cache {self.path}: {exc.strerror}; ignoring it"
            return
        try:
            data = CacheFile.model_validate_json(raw)
        except ValidationError:
            self.problem = f"the link cache {self.path} is unreadable; ignoring it"
            return
        if data.version == VERSION:
            self.entries = data.entries

    def fresh(self, url: str, now: float | None = None) -> LinkResult | None:
        """The cached result for ``url`` if its class's time-to-live has not run out."""
        entry = self.entries.get(url)
        if entry is None:
            return None
        age = (time.time() if now is None else now) - entry.checked_at
        if 0 <= age < self.ttl.seconds(entry.result.outcome):
            return entry.result
        return None

    def put(self, result: LinkResult, now: float | None = None) -> None:
        checked_at = time.time() if now is None else now
        self.entries[result.url] = Entry(checked_at=checked_at, result=result)

    def save(self, now: float | None = None) -> None:
        """Write the cache atomically, leaving out what has expired."""
        now = time.time() if now is None else now
        kept = {
            url: entry
            for url, entry in sorted(self.entries.items())
            if now - entry.checked_at < self.ttl.seconds(entry.result.outcome)
        }
        data = CacheFile(version=VERSION, entries=kept).model_dump(mode="json")
        write_atomic(self.path, json.dumps(data, indent=1, ensure_ascii=False) + "\n")
