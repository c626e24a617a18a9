"""Exporters write the whole catalogue (or one category of it) in one format, chosen by name."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...core.registry import import_modules, pick
from ...core.store import Catalogue


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
    return pick(EXPORTERS, name, "export format")


def _load_builtin() -> None:
    """Import the modules that register the built-in exporters (each registers itself)."""
    import_modules(__name__, __path__)
