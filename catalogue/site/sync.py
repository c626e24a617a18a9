"""Make a folder hold exactly a given set of files, touching only what changed.

The generated pages are computed in memory first, then written: a file whose bytes are already
right is left alone (so `mkdocs serve` rebuilds only for real changes), and files that no page
claims any more (a removed category) are deleted.
"""

from __future__ import annotations

from pathlib import Path

from ..yamlio import write_atomic


def sync_tree(root: Path, files: dict[str, bytes]) -> list[str]:
    """Write ``files`` (relative POSIX paths) under ``root``; return those changed or removed."""
    touched: list[str] = []
    for name in sorted(files):
        path = root / name
        try:
            same = path.read_bytes() == files[name]
        except OSError:
            same = False
        if not same:
            write_atomic(path, files[name])
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
