"""`add`: one new paper record from an arXiv id or a DOI, in one command (``lookup.add``)."""

from __future__ import annotations

from pathlib import Path

import click

from ..lookup.add import add_paper
from . import main
from .context import Context, report, writes
from .remote import echo_err, remote, session, settings_options


@main.command()
@click.argument("identifier")
@click.option(
    "--category",
    "categories",
    multiple=True,
    help="Category id to place the paper in (repeatable); default: the category rules.",
)
@click.option("--code", default=None, help="URL of the paper's code, added as a code link.")
@settings_options
@click.option("--arxiv-url", default=None, help="Base URL of the arXiv API (overrides settings).")
@click.option("--crossref-url", default=None, help="Base URL of Crossref (overrides settings).")
@click.option("--dry-run", is_flag=True, help="Print the record instead of writing it.")
@click.pass_obj
@writes(unless=("dry_run",))
def add(
    ctx: Context,
    identifier: str,
    categories: tuple[str, ...],
    code: str | None,
    config: Path | None,
    offline: bool | None,
    arxiv_url: str | None,
    crossref_url: str | None,
    dry_run: bool,
) -> None:
    """Add the paper IDENTIFIER (arXiv id or URL, DOI or doi.org URL) as a new record."""
    catalogue = ctx.load()
    found = remote(ctx.data_dir, config, {"arxiv": arxiv_url, "crossref": crossref_url})
    with session(found, offline) as ask:
        added = add_paper(
            catalogue,
            identifier,
            ask,
            found.services,
            categories=categories,
            code=code,
            dry_run=dry_run,
            notify=echo_err,
        )
    for warning in added.warnings:
        echo_err(f"warning: {warning}")
    report(added.findings)
    if dry_run:
        click.echo(added.text, nl=False)
        return
    echo_err(f"added {added.paper.key}: {added.path}")
    echo_err("next: `catalogue check --strict`, then commit the file")
