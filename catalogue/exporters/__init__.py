"""Exporters write the whole catalogue (or one category of it) in one format, chosen by name."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..errors import UsageError
from ..store import Catalogue


@dataclass(frozen=True)
class Exporter:
    name: str
    suffix: str
    # (catalogue, category id or None) -> the document's text
    export: Callable[[Catalogue, str | None], str]


EXPORTERS: dict[str, Exporter] = {}


def register(exporter: Exporter) -> Exporter:
    EXPORTERS[exporter.name] = exporter
    return exporter


def get(name: str) -> Exporter:
    _load_builtin()
    if name not in EXPORTERS:
        known = ", ".join(sorted(EXPORTERS)) or "none"
        raise UsageError(f"unknown export format {name!r}: choose one of {known}")
    return EXPORTERS[name]


def _load_builtin() -> None:
    import importlib
    import pkgutil

    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")
