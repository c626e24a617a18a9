"""One exception root and the diagnostics the library reports.

The library raises; only the CLI turns these into messages and exit codes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One finding about the data, located as precisely as the data allows."""

    path: str
    line: int
    column: int
    severity: Severity
    code: str
    message: str

    def __str__(self) -> str:
        return (
            f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.message} [{self.code}]"
        )

    @classmethod
    def at(
        cls,
        path: Path | str,
        message: str,
        *,
        code: str,
        line: int = 1,
        column: int = 1,
        severity: Severity = Severity.ERROR,
    ) -> Diagnostic:
        return cls(str(path), line, column, severity, code, message)


def failing(diagnostics: list[Diagnostic], *, strict: bool) -> list[Diagnostic]:
    """The findings that fail a run: errors, and with ``strict`` warnings too (the one severity
    policy: checks, builds and the link checker all ask here)."""
    bad = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    return [d for d in diagnostics if d.severity in bad]


class CatalogueError(Exception):
    """Root of every error the package raises on purpose."""


class UsageError(CatalogueError):
    """The command was called wrongly (exit code 2)."""


class DataError(CatalogueError):
    """The data is wrong; carries every diagnostic found, not only the first (exit code 1)."""

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = sorted(diagnostics)
        super().__init__("\n".join(str(d) for d in self.diagnostics))


class NetworkError(CatalogueError):
    """A remote service could not give what was asked (exit code 1)."""
