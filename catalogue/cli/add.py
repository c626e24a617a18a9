"""`add`: one new paper record from an arXiv id or a DOI, in one command (``lookup.add``)."""

from __future__ import annotations

from pathlib import Path

import click

from ..lookup import Services, offline_from, open_session
from ..lookup.add import add_paper
from ..lookup.config import find_config, load_settings
from . import main
from .context import Context, report


def settings_options(f: click.decorators.FC) -> click.decorators.FC:
    """``--config`` and ``--offline``, shared by the commands that ask remote services."""
    f = click.option(
        "--offline",
        is_flag=True,
        default=None,
        help="Use only answers kept in the cache; ask no service [default: $CATALOGUE_OFFLINE].",
    )(f)
    return click.option(
        "--config",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="Settings file [default: $CATALOGUE_CONFIG, else catalogue.yml beside the data"
        " folder].",
    )(f)


def echo_err(message: str) -> None:
    click.echo(message, err=True)


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
    config_path = find_config(ctx.data_dir, config)
    overrides = {"arxiv": arxiv_url, "crossref": crossref_url}
    settings = load_settings(
        config_path, base_urls={name: url for name, url in overrides.items() if url}
    )
    offline = offline_from() if offline is None else offline
    session = open_session(settings, config_path, offline=offline, notify=echo_err)
    try:
        added = add_paper(
            catalogue,
            identifier,
            session,
            Services.from_settings(settings),
            categories=categories,
            code=code,
            dry_run=dry_run,
            notify=echo_err,
        )
    finally:
        session.close()
    for warning in added.warnings:
        echo_err(f"warning: {warning}")
    report(added.findings)
    if dry_run:
        click.echo(added.text, nl=False)
        return
    echo_err(f"added {added.paper.key}: {added.path}")
    echo_err("next: `catalogue check --strict`, then commit the file")
