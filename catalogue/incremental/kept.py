"""Values kept in one file between runs, by key: the parse cache and the fragments both.

The file is ``marshal`` (fast, and unlike pickle it cannot run code when read) holding a format,
a version and the entries. A file of another format or version is read as empty, and so is a
damaged one: whatever is kept here can always be made again, only more slowly. Only the entries
used in a run are saved, so the file does not grow with records long gone, and a run that used
exactly what it read writes nothing.
"""

from __future__ import annotations

import marshal
from pathlib import Path
from typing import Any

from ..core.yamlio import write_atomic

FORMAT = 2


class KeptValues:
    """Values by ``bytes`` key, read from and saved to ``path`` (None: kept for this run only).

    ``version`` names what made the values (the code, or the YAML reader): values kept by
    another version are not read."""

    def __init__(self, path: Path | None, version: str):
        self.path = path
        self.version = version
        self._old: dict[bytes, Any] = {}
        self._new: dict[bytes, Any] = {}
        self.hits = self.misses = 0
        if path is not None and path.is_file():
            try:
                stored = marshal.loads(path.read_bytes())
                if stored.get("format") == FORMAT and stored.get("version") == version:
                    entries = stored["entries"]
                    self._old = entries if isinstance(entries, dict) else {}
            except (EOFError, ValueError, TypeError, KeyError, AttributeError):
                self._old = {}

    def get(self, key: bytes) -> Any | None:
        found = self._new.get(key)
        if found is None:
            found = self._old.get(key)
            if found is None:
                self.misses += 1
                return None
            self._new[key] = found
        self.hits += 1
        return found

    def put(self, key: bytes, value: Any) -> Any:
        """Keep ``value`` (plain data that ``marshal`` can write) and return it."""
        self._new[key] = value
        return value

    def save(self) -> None:
        """Write the entries used in this run, when they differ from those read."""
        if self.path is None or self._new == self._old:
            return
        document = {"format": FORMAT, "version": self.version, "entries": self._new}
        write_atomic(self.path, marshal.dumps(document), durable=False)
