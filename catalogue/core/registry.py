"""Registries that fill themselves: every module of a package registers what it defines on import.

Used by the importers, the exporters and the command line, so that a new format or command is one
new module and no list elsewhere to keep in step.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Container, Iterable, Mapping
from typing import TypeVar

from .errors import UsageError

T = TypeVar("T")


def import_modules(package: str, path: Iterable[str], *, leave_out: Container[str] = ()) -> None:
    """Import the modules of ``package`` found on ``path`` (its ``__path__``), except private
    (``_name``) ones and those in ``leave_out``."""
    for info in pkgutil.iter_modules(path):
        if not info.name.startswith("_") and info.name not in leave_out:
            importlib.import_module(f"{package}.{info.name}")


def names(registry: Mapping[str, object]) -> str:
    """The registered names for a message: sorted, comma-separated, ``none`` when empty."""
    return ", ".join(sorted(registry)) or "none"


def pick(registry: Mapping[str, T], name: str, what: str, *, besides: str = "") -> T:
    """``registry[name]``, else a usage error that lists the choices; ``besides`` names one more
    that is no entry of the registry (``auto``)."""
    if name not in registry:
        more = f", or {besides}" if besides else ""
        raise UsageError(f"unknown {what} {name!r}: choose one of {names(registry)}{more}")
    return registry[name]
