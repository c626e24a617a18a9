"""What every command shares: where the data is, and how findings are printed."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import click

from ..errors import Diagnostic, Severity
from ..store import Catalogue, default_cache_file, load


@dataclass
class Context:
    data_dir: Path
    cache: bool = True

    def load(self) -> Catalogue:
        return load(self.data_dir, default_cache_file(self.data_dir) if self.cache else None)


def report(diagnostics: list[Diagnostic], *, quiet_info: bool = True) -> None:
    """Print findings to stderr, one per line, then a one-line count."""
    shown = [d for d in diagnostics if not (quiet_info and d.severity is Severity.INFO)]
    for diagnostic in shown:
        click.echo(str(diagnostic), err=True)
    counts = Counter(d.severity for d in diagnostics)
    if diagnostics:
        parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in Severity if counts[s]]
        click.echo(", ".join(parts), err=True)
