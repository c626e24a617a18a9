"""A parse cache keyed by file content, so a rebuild parses only the files that changed.

It maps each record file to the digest of its bytes and the plain data its YAML gave. A file whose
bytes differ from the digest is parsed again; validation always runs, so a change of the models
never meets stale records. The cache holds only plain types, stored with ``marshal`` (fast, and
unlike pickle it cannot run code when read).
"""

from __future__ import annotations

import hashlib
import marshal
from pathlib import Path
from typing import Any

from .yamlio import write_atomic

# Bump when the YAML converter's output for the same bytes changes.
FORMAT = 1


def digest(raw: bytes) -> bytes:
    return hashlib.blake2b(raw, digest_size=16).digest()


class ParseCache:
    def __init__(self, path: Path | None):
        self.path = path
        self._old: dict[str, tuple[bytes, Any]] = {}
        self._new: dict[str, tuple[bytes, Any]] = {}
        self.hits = self.misses = 0
        if path is not None and path.is_file():
            try:
                stored = marshal.loads(path.read_bytes())
                if isinstance(stored, dict) and stored.get("format") == FORMAT:
                    self._old = stored["entries"]
            except (EOFError, ValueError, TypeError, KeyError):
                self._old = {}  # a damaged cache is only a slower run

    def get(self, name: str, raw: bytes) -> tuple[bytes, Any | None]:
        """``(digest, data)``: data is None when this content has not been parsed before."""
        key = digest(raw)
        found = self._old.get(name)
        if found is not None and found[0] == key:
            self.hits += 1
            self._new[name] = found
            return key, found[1]
        self.misses += 1
        return key, None

    def put(self, name: str, key: bytes, data: Any) -> None:
        self._new[name] = (key, data)

    def save(self) -> None:
        """Keep the entries of this run only (deleted files drop out); write if anything changed."""
        if self.path is None or self._new == self._old:
            return
        write_atomic(self.path, marshal.dumps({"format": FORMAT, "entries": self._new}))
