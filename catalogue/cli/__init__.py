"""The command line: a thin layer over the package.

Commands live in small modules beside this one and register on ``main``. The package raises its own
exceptions; ``run`` is the one place that turns them into messages and exit codes:
0 clean, 1 data (or network) errors, 2 usage errors.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..core.errors import CatalogueError, DataError, UsageError
from ..core.registry import import_modules
from .context import Context, report

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--data",
    "data_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("data"),
    show_default=True,
    help="Folder holding the record files.",
)
@click.option(
    "--no-cache", is_flag=True, help="Parse every record file again (ignore .cache/parse-*)."
)
@click.pass_context
def main(ctx: click.Context, data_dir: Path, no_cache: bool) -> None:
    """Keep a curated paper catalogue: check, format, import, render and publish it."""
    ctx.obj = Context(data_dir=data_dir, cache=not no_cache)


# Import every module of this package: each adds its own commands to ``main``.
import_modules(__name__, __path__, leave_out={"context"})


def run(argv: list[str] | None = None) -> int:
    try:
        main.main(args=argv, prog_name="catalogue", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return EXIT_DATA
    except click.ClickException as exc:
        exc.show()
        return EXIT_USAGE
    except UsageError as exc:
        click.echo(f"error: {exc}", err=True)
        return EXIT_USAGE
    except DataError as exc:
        report(exc.diagnostics)
        return EXIT_DATA
    except CatalogueError as exc:
        click.echo(f"error: {exc}", err=True)
        return EXIT_DATA
    except BrokenPipeError:  # e.g. `catalogue dedupe | head`
        return EXIT_OK
    return EXIT_OK


def entry() -> None:
    sys.exit(run())


__all__ = ["EXIT_DATA", "EXIT_OK", "EXIT_USAGE", "entry", "main", "run"]
