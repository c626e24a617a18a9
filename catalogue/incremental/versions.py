"""Digests of what shapes a build besides the data: the code, its templates, the packages.

Values kept between builds (see ``fragments``), the build stamp and the incremental site build
are all dropped when ``code_version`` changes: this package's code and templates, the installed
distributions or Python.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sys
from collections.abc import Iterable
from pathlib import Path

from ..defaults import TEMPLATES

FORMAT = 2  # of the values derived and their keys
PACKAGE = Path(__file__).resolve().parents[1]  # the whole catalogue package


def parts_digest(*parts: str | bytes) -> bytes:
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
    return parts_digest(*parts)


@functools.cache
def code_version() -> str:
    """A digest of everything besides the data that shapes derived values (once per process)."""
    parts = [f"format {FORMAT}", sys.version, *installed(), tree_version(PACKAGE, TEMPLATES)]
    return parts_digest(*parts).hex()
