"""Many record files changed as one: staged first, committed in one step, completed after a crash.

An import writes hundreds of files; killed half-way, it must leave the catalogue as it was or as it
will be, never a mixture that `check` accepts. A ``Transaction`` writes every new file into a
staging folder inside the data folder (``.staging/<id>/files/``, on the same file system, so that
moving a file into place is one rename), then commits by writing its plan (which files to move
and which to remove) atomically: before the plan exists nothing in the catalogue has changed, and
after it exists the change is decided. Then it moves the files into place and removes the folder.

``recover`` runs before any other writer starts (``lock.project_lock``) and before a command
reads records (``pending``): a transaction with a plan is completed (every step can be done
again), one without is thrown away. Git ignores ``.staging/``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

STAGING = ".staging"
PLAN = "plan.json"
FILES = "files"


def staging_dir(root: Path) -> Path:
    return root / STAGING


def pending(root: Path) -> bool:
    """Whether an interrupted transaction (or its empty folder) waits to be completed or thrown
    away."""
    return staging_dir(root).exists()


def _relative(rel: str) -> str:
    parts = Path(rel).parts
    if not parts or Path(rel).is_absolute() or ".." in parts or parts[0] == STAGING:
        raise ValueError(f"not a path inside the data folder: {rel!r}")
    return Path(rel).as_posix()


@dataclass
class Transaction:
    """File writes and removals under ``root``, applied all together by ``commit``."""

    root: Path
    writes: list[str] = field(default_factory=list)
    removals: list[str] = field(default_factory=list)
    folder: Path = field(init=False)

    def __post_init__(self) -> None:
        self.folder = staging_dir(self.root) / uuid.uuid4().hex
        (self.folder / FILES).mkdir(parents=True)

    def write(self, rel: str, data: str | bytes) -> None:
        """Stage the new content of ``root/rel``."""
        rel = _relative(rel)
        target = self.folder / FILES / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        os.chmod(target, 0o644)
        self.writes.append(rel)

    def remove(self, rel: str) -> None:
        self.removals.append(_relative(rel))

    def commit(self) -> None:
        """Make the change decided (the plan, written atomically), then carry it out."""
        if not self.writes and not self.removals:
            shutil.rmtree(self.folder, ignore_errors=True)
            return
        if hasattr(os, "sync"):
            os.sync()  # the staged files reach the disk before the plan that names them
        plan = {"write": self.writes, "remove": self.removals}
        tmp = self.folder / f".{PLAN}.tmp"
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(plan, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.folder / PLAN)  # the commit point
        _carry_out(self.root, self.folder)

    def abandon(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _carry_out(root: Path, folder: Path) -> None:
    """Move every staged file into place and remove what the plan removes; each step can be done
    again after a crash (a file already moved is no longer staged)."""
    plan = json.loads((folder / PLAN).read_text(encoding="utf-8"))
    for rel in plan["write"]:
        staged = folder / FILES / rel
        if staged.exists():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged, root / rel)
    for rel in plan["remove"]:
        (root / rel).unlink(missing_ok=True)
    shutil.rmtree(folder)
    with contextlib.suppress(OSError):  # another transaction's folder, or already gone
        staging_dir(root).rmdir()


def recover(root: Path) -> list[str]:
    """Complete every committed transaction under ``root`` and throw the others away; call it
    holding the project's lock. Returns one line per transaction, saying what was done."""
    done: list[str] = []
    folder = staging_dir(root)
    if not folder.is_dir():
        return done
    for entry in sorted(folder.iterdir()):
        if (entry / PLAN).is_file():
            try:
                _carry_out(root, entry)
            except (OSError, ValueError, KeyError) as exc:
                done.append(f"could not complete the interrupted change in {entry}: {exc}")
                continue
            done.append(f"completed an interrupted change ({entry.name})")
        else:
            shutil.rmtree(entry, ignore_errors=True)
            done.append(f"threw away an interrupted change, never committed ({entry.name})")
    with contextlib.suppress(OSError):
        folder.rmdir()
    return done
