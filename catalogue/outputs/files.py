"""Files kept in the repository (the README, ``bib/``): written when they change, or checked.

Outputs are computed in memory first; writing touches only files whose bytes change (each written
atomically), and the check compares bytes without writing anything. Files that match an output's
``leftovers`` pattern and that no output claims (the BibTeX file of a removed category) count as
stale and are deleted on writing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..core.yamlio import write_atomic


@dataclass(frozen=True)
class OutputFile:
    path: Path  # relative to the project folder
    data: bytes


def _orphans(project_dir: Path, files: list[OutputFile], leftovers: Iterable[str]) -> list[Path]:
    claimed = {output.path for output in files}
    found = {path.relative_to(project_dir) for p in leftovers for path in project_dir.glob(p)}
    return sorted(path for path in found if path not in claimed and (project_dir / path).is_file())


def _new_bytes(project_dir: Path, output: OutputFile) -> bytes | None:
    """The output's bytes when its file does not hold them already, else None."""
    path = project_dir / output.path
    try:
        # A size that differs says so without reading (the BibTeX files run to megabytes).
        if path.stat().st_size == len(output.data) and path.read_bytes() == output.data:
            return None
    except FileNotFoundError:
        pass
    return output.data


def stale(project_dir: Path, files: list[OutputFile], leftovers: Iterable[str] = ()) -> list[Path]:
    """Files missing or different, and leftover files nothing produces."""
    changed = [o.path for o in files if _new_bytes(project_dir, o) is not None]
    return sorted([*changed, *_orphans(project_dir, files, leftovers)])


def write(project_dir: Path, files: list[OutputFile], leftovers: Iterable[str] = ()) -> list[Path]:
    """Write the files that changed and delete leftovers; return the paths touched."""
    touched = []
    for output in files:
        data = _new_bytes(project_dir, output)
        if data is not None:
            write_atomic(project_dir / output.path, data)
            touched.append(output.path)
    for orphan in _orphans(project_dir, files, leftovers):
        (project_dir / orphan).unlink()
        touched.append(orphan)
    return touched
