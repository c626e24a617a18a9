"""`serve`: preview the website locally while editing the data or the site's templates."""

from __future__ import annotations

import logging
from pathlib import Path

import click

from ..core.errors import UsageError
from . import main
from .context import Context, project_option


@main.command()
@click.option(
    "-a",
    "--dev-addr",
    "address",
    default="127.0.0.1:8000",
    show_default=True,
    help="Address to serve on, as host:port.",
)
@project_option("Folder holding site/ (the MkDocs project).")
@click.pass_obj
def serve(ctx: Context, address: str, project: Path) -> None:
    """Build the website and serve it, rebuilding when data/ or the site's sources change."""
    from ..outputs.site import SiteLayout
    from ..outputs.site.preview import run

    host, _, port = address.rpartition(":")
    if not host or not port.isdigit():
        raise UsageError(f"--dev-addr {address!r}: write it as host:port, e.g. 127.0.0.1:8000")
    layout = SiteLayout(project)
    if not layout.config_file.is_file():
        raise UsageError(
            f"{layout.config_file} not found: run from the repository, or pass --project"
        )
    # MkDocs reports progress through logging; show it as the `mkdocs serve` command would.
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    mkdocs_log = logging.getLogger("mkdocs")
    level = mkdocs_log.level
    mkdocs_log.addHandler(handler)
    mkdocs_log.setLevel(logging.INFO)
    click.echo(f"serving the site on http://{address}/ (Ctrl+C stops)", err=True)
    try:
        run(ctx.data_dir, layout, address)
    finally:
        mkdocs_log.removeHandler(handler)
        mkdocs_log.setLevel(level)
