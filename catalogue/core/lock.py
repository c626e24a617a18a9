"""One writer at a time per project: a lock file that names its holder.

Every command that writes (records, outputs, the site) holds the project's lock while it reads
what it will change and writes it, so that two of them never interleave: two builds would share
the site's staging folder, two imports would each drop the other's provenance. The lock is an
advisory ``flock`` on ``.cache/catalogue.lock`` beside the data folder: the kernel releases it
when its holder ends, however it ends (kill -9 included), so a lock is never left held by a
process that is gone. The file also holds the holder's pid, command and start time while it is
held: a second writer says whom it waits for; a file that names a holder when the lock is free
was left by a holder that was killed (a stale lock), and the next writer says it takes it over.

A second writer waits up to ``CATALOGUE_LOCK_WAIT`` seconds (default 300) for the lock, then
stops with a message naming the holder. The lock is re-entrant within a process: a command that
holds it may call library functions that take it too.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from . import transaction
from .errors import CatalogueError
from .yamlio import sweep_temporary

try:
    import fcntl
except ImportError:  # pragma: no cover  (Windows: no flock; the lock is then a no-op)
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = "catalogue.lock"
DEFAULT_WAIT = 300.0
_POLL = 0.1


class LockHeld(CatalogueError):
    """Another process holds the project's lock and did not release it in time."""


@dataclass(frozen=True)
class Holder:
    pid: int
    command: str
    since: str

    def __str__(self) -> str:
        return f"pid {self.pid} ({self.command}, since {self.since})"


def lock_file(data_dir: Path) -> Path:
    """The lock of the project whose data folder is ``data_dir`` (beside the parse cache)."""
    return data_dir.resolve().parent / ".cache" / LOCK_NAME


def read_holder(path: Path) -> Holder | None:
    """Who the lock file says holds (or last held) the lock."""
    try:
        pid, command, since = path.read_text(encoding="utf-8").split("\n")[:3]
        return Holder(int(pid), command, since)
    except (OSError, ValueError):
        return None


# This process's locks: path -> (open file, depth). Guarded by one re-entrant thread lock, so that
# threads of one process also take turns.
_held: dict[Path, tuple[int, int]] = {}
_threads = threading.RLock()


def _command() -> str:
    name = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else "python"
    words = [name, *sys.argv[1:]]
    return " ".join(words)[:200].replace("\n", " ")


def _wait_limit() -> float:
    try:
        return max(0.0, float(os.environ.get("CATALOGUE_LOCK_WAIT", DEFAULT_WAIT)))
    except ValueError:
        return DEFAULT_WAIT


def _try_lock(fd: int) -> bool:
    if fcntl is None:  # pragma: no cover
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
            return False
        raise
    return True


def _acquire(path: Path, say: Callable[[str], None]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + _wait_limit()
    told = False
    while not _try_lock(fd):
        holder = read_holder(path)
        if time.monotonic() >= deadline:
            os.close(fd)
            who = str(holder) if holder else "another process"
            raise LockHeld(
                f"another catalogue command is writing this project: {who} holds {path}."
                " Run this command again when it has finished (or set CATALOGUE_LOCK_WAIT to"
                " wait longer)"
            )
        if not told:
            say(f"waiting for {holder or 'another process'}: it holds {path}")
            told = True
        time.sleep(_POLL)
    stale = read_holder(path)  # the lock is free, yet the file names a holder: it was killed
    if stale is not None:
        say(f"took over the stale lock of {stale}, which ended without releasing it")
    since = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n{_command()}\n{since}\n".encode(), 0)
    return fd


@contextmanager
def project_lock(data_dir: Path, say: Callable[[str], None] = lambda _: None) -> Iterator[None]:
    """Hold the lock of the project whose data is in ``data_dir`` (waiting for it if need be).

    ``say`` receives one line when the lock is busy and when a stale one is taken over."""
    path = lock_file(data_dir)
    with _threads:
        fd, depth = _held.get(path, (-1, 0))
        if depth == 0:
            fd = _acquire(path, say)
        _held[path] = (fd, depth + 1)
        if depth == 0:
            _tidy(data_dir, say)
        try:
            yield
        finally:
            fd, depth = _held.pop(path)
            if depth > 1:
                _held[path] = (fd, depth - 1)
            else:
                # Emptied, not removed (a waiter may already have it open): a file that still
                # names a holder when the lock is free was left by a process that was killed.
                os.ftruncate(fd, 0)
                os.close(fd)  # releases the flock


# Committed folders beside the data that writers change through atomic writes.
_OUTPUT_FOLDERS = ("bib", "schema")


def _tidy(data_dir: Path, say: Callable[[str], None]) -> None:
    """What an interrupted writer left: a transaction to complete or throw away, temporary files
    of atomic writes. Only the holder of the lock may do this: no other writer is running."""
    for line in transaction.recover(data_dir):
        say(f"{data_dir}: {line}")
    project = data_dir.resolve().parent
    swept = sweep_temporary(data_dir)
    swept += sweep_temporary(project, recursive=False)
    for name in _OUTPUT_FOLDERS:
        swept += sweep_temporary(project / name)
    if swept:
        say(f"removed {len(swept)} temporary file(s) left by an interrupted write")


def held(data_dir: Path) -> bool:
    """Whether this process holds the project's lock."""
    with _threads:
        return lock_file(data_dir) in _held
