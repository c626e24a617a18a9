"""Make a folder hold exactly a given set of files, touching only what changed.

The generated pages are computed in memory first, then written: a file whose bytes are already
right is left alone (so `mkdocs serve` rebuilds only for real changes), and files that no page
claims any more (a removed category) are deleted.
"""

from __future__ import annotations

import os
from pathlib import Path

from ...core.yamlio import write_atomic

# Files are compared a piece at a time: reading tens of megabytes whole into fresh memory costs
# more than comparing them (the pieces reuse the same few blocks).
_PIECE = 1 << 16


def holds(path: Path, data: bytes) -> bool:
    """Whether the file at ``path`` holds exactly ``data``."""
    try:
        with open(path, "rb") as handle:
            if os.fstat(handle.fileno()).st_size != len(data):
                return False
            pos = 0
            while piece := handle.read(_PIECE):
                if piece != data[pos : pos + len(piece)]:
                    return False
                pos += len(piece)
            return pos == len(data)
    except OSError:
        return False


def sync_tree(root: Path, files: dict[str, bytes]) -> list[str]:
    """Write ``files`` (relative POSIX paths) under ``root``; return those changed or removed."""
    touched: list[str] = []
    for name in sorted(files):
        path = root / name
        if not holds(path, files[name]):
            # Atomic but not flushed to disk: ``docs/`` is the build's own input, made again by
            # every build (a flush per file was a third of writing ten thousand papers' pages).
            write_atomic(path, files[name], durable=False)
            touched.append(name)
    if root.is_dir():
        for path in sorted(root.rglob("*"), reverse=True):
            name = path.relative_to(root).as_posix()
            if path.is_file() and name not in files:
                path.unlink()
                touched.append(name)
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return touched
