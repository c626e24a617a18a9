"""The command line: a thin layer over the library (``catalogue.api``).

Commands live in small modules beside this one and register on ``main``. ``COMMANDS`` names each
command's module and its one-line help, so that a run imports only the module of the command it
runs, and ``catalogue --help`` none (a test keeps the table in step with the modules). The package
raises its own exceptions; ``run`` is the one place that turns them into messages and exit codes:
0 clean, 1 data (or network) errors, 2 usage errors.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import click

from ..core.errors import CatalogueError, DataError, UsageError
from .context import EXIT_DATA, EXIT_OK, EXIT_USAGE, Context, report

# Command -> (its module in this package, the first line of its help).
COMMANDS: dict[str, tuple[str, str]] = {
    "add": (
        "add",
        "Add the paper IDENTIFIER (arXiv id or URL, DOI or doi.org URL) as a new record.",
    ),
    "build": (
        "build",
        "Check the data, render the README and site pages, export BibTeX/JSON, build the site.",
    ),
    "categories": (
        "categories",
        "Papers per category, and the list headings no category reaches yet.",
    ),
    "check": ("data", "Validate every record and the links between records."),
    "conflicts": (
        "conflicts",
        "List the open conflicts, each with a proposed resolution and its command.",
    ),
    "decide": (
        "decide",
        "Settle a conflict, or rule records one work or different works.",
    ),
    "dedupe": (
        "importing",
        "Show how list entries cluster into records, which merged, and every conflict found.",
    ),
    "enrich": (
        "enrich",
        "Fill what papers KEYS (all by default) lack from scholarly services; curators win.",
    ),
    "export": ("export", "Write all papers (or one category) in one format."),
    "fmt": (
        "data",
        "Rewrite record files in canonical form (stable key order, UTF-8, block style).",
    ),
    "import": (
        "importing",
        "Import list files (PATH...) into data/, merging them with what is there.",
    ),
    "links": (
        "links",
        "Check every link of the catalogue once: ok, moved, blocked, dead or error.",
    ),
    "render": (
        "render",
        "Regenerate the README list and bib/*.bib from the data (or check they are current).",
    ),
    "schema": (
        "schema",
        "Write the JSON Schema of each kind of record file (paper, code, category, …).",
    ),
    "sources": ("sources", "Source lists: check their upstream versions."),
    "serve": (
        "site",
        "Build the website and serve it, rebuilding when data/ or the site's sources change.",
    ),
}


class LazyGroup(click.Group):
    """A group that imports a command's module only when that command is asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(COMMANDS) | set(self.commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            importlib.import_module(f"{__name__}.{COMMANDS[cmd_name][0]}")
        if cmd_name not in self.commands:
            import_all()  # a command the table does not name (yet): look everywhere
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """As click lists commands, from the table for those not imported."""
        names = self.list_commands(ctx)
        if not names:
            return
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = []
        for name in names:
            command = self.commands.get(name)
            if command is not None:
                rows.append((name, command.get_short_help_str(limit)))
            else:
                rows.append((name, click.utils.make_default_short_help(COMMANDS[name][1], limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
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


def import_all() -> None:
    """Import every command module of this package (each adds its commands to ``main``)."""
    from ..core.registry import import_modules

    import_modules(__name__, __path__, leave_out={"context"})


def run(argv: list[str] | None = None) -> int:
    try:
        # Outside standalone mode, click returns the code of ``ctx.exit`` and ``Exit``.
        code = main.main(args=argv, prog_name="catalogue", standalone_mode=False)
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
    return code if isinstance(code, int) else EXIT_OK


def entry() -> None:
    sys.exit(run())


__all__ = ["EXIT_DATA", "EXIT_OK", "EXIT_USAGE", "entry", "main", "run"]
