"""What every command shares: where the data is, how findings are printed, common options.

Kept light (click and the package's errors only): every command imports it, and ``catalogue
--help`` should not pay for the models, YAML or templates.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar, cast

import click

from .. import api
from ..core.errors import Diagnostic, Severity
from ..incremental.collector import long_lived

if TYPE_CHECKING:
    from ..core.store import Catalogue

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2


@dataclass
class Context:
    data_dir: Path
    cache: bool = True

    def cache_file(self) -> Path | None:
        """The parse cache, beside which derived values are kept too (None: ``--no-cache``)."""
        return api.cache_file(self.data_dir) if self.cache else None

    def load(self) -> Catalogue:
        """The catalogue, kept for the whole command (see ``incremental.collector``)."""
        from ..core import transaction

        if transaction.pending(self.data_dir):
            with self.writing():  # an interrupted import is completed or undone first
                pass
        return long_lived(lambda: api.load(self.data_dir, cache=self.cache))

    def writing(self) -> AbstractContextManager[None]:
        """The project's lock, held by a command while it writes (see ``core.lock``)."""
        from ..core.lock import project_lock

        return project_lock(self.data_dir, say=lambda line: click.echo(line, err=True))


def writes(unless: tuple[str, ...] = (), only_if: str | None = None) -> Callable[[F], F]:
    """Mark a command that writes: it holds the project's lock while it runs, unless one of the
    options ``unless`` names (``check_only``, ``dry_run``) makes this run read-only, or the
    option ``only_if`` names is off. Put it right above the command's function."""

    def wrap(func: F) -> F:
        @functools.wraps(func)
        def run(ctx: Context, *args: Any, **kwargs: Any) -> Any:
            read_only = any(kwargs.get(flag) for flag in unless)
            if only_if is not None and not kwargs.get(only_if):
                read_only = True
            if read_only:
                return func(ctx, *args, **kwargs)
            with ctx.writing():
                return func(ctx, *args, **kwargs)

        return cast(F, run)

    return wrap


def shows_progress(func: F) -> F:
    """Mark a command whose long runs say where they are on stderr (see ``core.progress``: a
    short run prints nothing more)."""

    @functools.wraps(func)
    def run(*args: Any, **kwargs: Any) -> Any:
        from ..core import progress

        with progress.listening(progress.Display(lambda line: click.echo(line, err=True))):
            return func(*args, **kwargs)

    return cast(F, run)


def report(diagnostics: list[Diagnostic], *, quiet_info: bool = True) -> None:
    """Print findings to stderr, one per line, then a one-line count."""
    shown = [d for d in diagnostics if not (quiet_info and d.severity is Severity.INFO)]
    for diagnostic in shown:
        click.echo(str(diagnostic), err=True)
    counts = Counter(d.severity for d in diagnostics)
    if diagnostics:
        parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in Severity if counts[s]]
        click.echo(", ".join(parts), err=True)


def fail() -> NoReturn:
    """End the command with the data-error exit code, its findings already printed."""
    raise click.exceptions.Exit(EXIT_DATA)


def project_option(help: str) -> Callable[[F], F]:
    """``--project``: the repository folder a command works in; the current one by default."""
    return click.option(
        "--project",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path("."),
        show_default=True,
        help=help,
    )


def output_option(help: str) -> Callable[[F], F]:
    """``-o/--output``: a file for a command's document (see ``emit``)."""
    return click.option(
        "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None, help=help
    )


def emit(text: str | bytes, output: Path | None) -> None:
    """A command's document: on standard output, or written atomically to ``output``."""
    if output is None:
        click.echo(text, nl=False)
    else:
        from ..core.yamlio import write_atomic

        write_atomic(output, text)
        click.echo(f"wrote {output}", err=True)
