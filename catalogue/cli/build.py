"""`build`: the whole chain from data/ to every output and the website."""

from __future__ import annotations

import click

from .. import api
from . import main
from .context import Context, writes


@main.command(name="build")
@click.option("--no-strict", is_flag=True, help="Let warnings pass (errors still fail).")
@click.option("--no-site", is_flag=True, help="Render and export, but do not build the website.")
@click.pass_obj
@writes()
def build_command(ctx: Context, no_strict: bool, no_site: bool) -> None:
    """Check the data, render the README and site pages, export BibTeX/JSON, build the site."""
    result = api.build(
        ctx.data_dir,
        ".",
        strict=not no_strict,
        site=not no_site,
        cache=ctx.cache,
        progress=lambda name: click.echo(f"· {name}", err=True),
    )
    if result.up_to_date:
        click.echo("outputs up to date: nothing they are made from changed", err=True)
    for path in result.written:
        click.echo(f"wrote {path}", err=True)
    total = sum(result.timings.values())
    click.echo(f"built: {len(result.catalogue.papers)} papers in {total:.2f}s", err=True)
