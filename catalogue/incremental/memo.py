"""Derived values kept between builds, keyed by digests of what they are made from.

A build makes the same things again and again from records that did not change: a paper's BibTeX
entry, its card on the website, its row in the downloads. A ``Memo`` keeps such values in a file
beside the parse cache, each under a key that digests every input of the value (the record files'
digests from ``Catalogue.digests``, and whatever else the value shows). A changed input is a new
key, so a stale value is never found; the whole memo is dropped when the code that makes the values
(the package, its templates, the installed distributions, Python) changed. Only entries used in a
run are saved, so the file does not grow with records long gone.
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..core.yamlio import write_atomic
from ..outputs.templating import TEMPLATES

FORMAT = 1
PACKAGE = Path(__file__).resolve().parents[1]  # the whole catalogue package


def key(*parts: str | bytes) -> bytes:
    """One digest of ``parts`` (each length-prefixed, so that ("ab", "c") != ("a", "bc"))."""
    digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        raw = part.encode() if isinstance(part, str) else part
        digest.update(len(raw).to_bytes(8, "little") + raw)
    return digest.digest()


def source_files(folder: Path, skip: Iterable[str] = ()) -> list[Path]:
    """Files under ``folder`` that code, templates or a site are made from, by path: not in
    ``__pycache__``, nor in the top-level folders ``skip`` (outputs) or starting with a dot (a
    build's staging folders beside its outputs)."""
    if not folder.is_dir():
        return []
    left_out = frozenset(skip)
    found: list[Path] = []
    for path in folder.rglob("*"):
        parts = path.relative_to(folder).parts
        if parts[0] in left_out or parts[0].startswith(".") or "__pycache__" in parts:
            continue
        if path.is_file():
            found.append(path)
    return sorted(found)


def installed() -> list[str]:
    """The installed distributions, by the names of their metadata folders on ``sys.path``
    (``pydantic-2.14.3.dist-info``): names and versions, without parsing 150 metadata files."""
    found: set[str] = set()
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        found.update(n for n in names if n.endswith((".dist-info", ".egg-info")))
    return sorted(found)


def tree_version(*roots: Path, skip: Iterable[str] = ()) -> bytes:
    """A digest of the ``source_files`` under ``roots``: their paths and bytes."""
    parts: list[str | bytes] = []
    for number, root in enumerate(roots):
        for path in source_files(root, skip):
            parts += [f"{number}/{path.relative_to(root).as_posix()}", path.read_bytes()]
    return key(*parts)


@functools.cache
def code_version() -> str:
    """A digest of everything besides the data that shapes derived values (once per process)."""
    parts = [f"format {FORMAT}", sys.version, *installed(), tree_version(PACKAGE, TEMPLATES)]
    return key(*parts).hex()


class Memo:
    """Values by key, read from and saved to ``path`` (None: remember within this run only)."""

    def __init__(self, path: Path | None, version: str | None = None):
        self.path = path
        self.version = version if version is not None else code_version()
        self._old: dict[bytes, Any] = {}
        self._new: dict[bytes, Any] = {}
        self.hits = self.misses = 0
        if path is not None and path.is_file():
            try:
                stored = marshal.loads(path.read_bytes())
                if stored.get("format") == FORMAT and stored.get("version") == self.version:
                    entries = stored["entries"]
                    self._old = entries if isinstance(entries, dict) else {}
            except (EOFError, ValueError, TypeError, KeyError, AttributeError):
                self._old = {}  # a damaged memo is only a slower build

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
        """Remember ``value`` (plain data that ``marshal`` can write) and return it."""
        self._new[key] = value
        return value

    def save(self) -> None:
        """Write the entries used in this run, when they differ from those read."""
        if self.path is None or self._new == self._old:
            return
        document = {"format": FORMAT, "version": self.version, "entries": self._new}
        write_atomic(self.path, marshal.dumps(document), durable=False)
