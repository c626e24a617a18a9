"""Answers of metadata services kept on disk for a while, so that a second run asks nothing.

One small JSON file per request (``<folder>/<service>/<digest>.json``), written atomically: a run
that is killed loses at most the answer it was writing. Only definite answers are kept (200, and
404 "no such record"); failures are always asked again. In offline mode every kept answer counts,
however old, and a miss is an error instead of a request.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..core.yamlio import write_atomic

KEPT_STATUSES = frozenset({200, 404})
FORMAT = 1


@dataclass(frozen=True)
class Answer:
    """A service's answer, read in full (metadata answers are small)."""

    status: int
    body: bytes
    content_type: str
    from_cache: bool = False


def request_key(method: str, url: str, params: dict[str, str], accept: str) -> str:
    """The request as the cache knows it: credentials never take part (nor are they stored)."""
    query = "&".join(f"{k}={v}" for k, v in sorted(params.items()))
    return f"{method} {url}?{query} accept={accept}"


class ResponseCache:
    def __init__(
        self,
        folder: Path | None,
        *,
        offline: bool = False,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.folder = folder
        self.offline = offline
        self._clock = clock
        self.hits = 0
        self.misses = 0

    def _path(self, service: str, key: str) -> Path | None:
        if self.folder is None:
            return None
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
        return self.folder / service.lower() / f"{digest}.json"

    def get(self, service: str, key: str, ttl_seconds: float) -> Answer | None:
        """The kept answer while it is fresh (any age when offline); None otherwise."""
        path = self._path(service, key)
        if path is None:
            return None
        try:
            entry = json.loads(path.read_bytes())
            if entry.get("format") != FORMAT or entry.get("key") != key:
                raise ValueError("another request's entry")
            fresh = self._clock() - float(entry["fetched"]) <= ttl_seconds
            answer = Answer(
                int(entry["status"]),
                base64.b64decode(entry["body"]),
                str(entry["content_type"]),
                from_cache=True,
            )
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1
            return None  # absent or damaged: ask again
        if not (fresh or self.offline):
            self.misses += 1
            return None
        self.hits += 1
        return answer

    def put(self, service: str, key: str, answer: Answer) -> None:
        path = self._path(service, key)
        if path is None or self.offline or answer.status not in KEPT_STATUSES:
            return
        entry = {
            "format": FORMAT,
            "key": key,
            "fetched": round(self._clock(), 3),
            "status": answer.status,
            "content_type": answer.content_type,
            "body": base64.b64encode(answer.body).decode("ascii"),
        }
        # A cache is a courtesy: a read-only checkout still works without it.
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, json.dumps(entry, sort_keys=True), durable=False)
