"""`add`: one new paper record from an arXiv id or a DOI, in one command.

The catalogue is checked for the paper before and after the look-up (by identifier, then by title),
so a paper is never added twice; the one new file is written atomically after every check passed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click
from pydantic import ValidationError

from ..core.errors import DataError, Diagnostic, UsageError
from ..core.models import Link, LinkKind
from ..core.store import PAPERS, Catalogue, record_path, to_yaml
from ..core.yamlio import write_atomic
from ..lookup import lookup, parse_paper_id
from ..lookup.config import find_config, load_settings, stamp_folder
from ..lookup.draft import already_there, draft_paper, find_existing, validate_in
from ..lookup.ids import PaperId
from . import main
from .context import Context, report


def _check_categories(categories: tuple[str, ...], catalogue: Catalogue) -> None:
    unknown = [c for c in categories if c not in catalogue.categories]
    if unknown:
        known = ", ".join(sorted(catalogue.categories)) or "none"
        raise UsageError(f"unknown category {unknown[0]!r}: choose one of {known}")


def _check_code_url(url: str | None) -> None:
    if url is None:
        return
    try:
        Link(kind=LinkKind.CODE, url=url)
    except ValidationError:
        raise UsageError(f"--code {url!r} is not an http:// or https:// URL") from None


@main.command()
@click.argument("identifier")
@click.option(
    "--category",
    "categories",
    multiple=True,
    help="Category id to place the paper in (repeatable); default: the category rules.",
)
@click.option("--code", default=None, help="URL of the paper's code, added as a code link.")
@click.option(
    "--config",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Settings file [default: $CATALOGUE_CONFIG, else catalogue.yml beside the data folder].",
)
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
    arxiv_url: str | None,
    crossref_url: str | None,
    dry_run: bool,
) -> None:
    """Add the paper IDENTIFIER (arXiv id or URL, DOI or doi.org URL) as a new record."""
    paper_id = parse_paper_id(identifier)
    _check_code_url(code)
    catalogue = ctx.load()
    _check_categories(categories, catalogue)
    existing = find_existing(catalogue, [paper_id])
    if existing:
        raise already_there(catalogue, existing)

    config_path = find_config(ctx.data_dir, config)
    overrides = {"arxiv": arxiv_url, "crossref": crossref_url}
    settings = load_settings(
        config_path, base_urls={name: url for name, url in overrides.items() if url}
    )
    click.echo(f"looking up {paper_id} …", err=True)
    found = lookup(
        paper_id,
        settings,
        stamp_folder(config_path, settings),
        notify=lambda message: click.echo(message, err=True),
    )
    found_ids = [PaperId("arxiv", found.arxiv)] if found.arxiv else []
    found_ids += [PaperId("doi", found.doi)] if found.doi else []
    existing = find_existing(catalogue, found_ids, found.title)
    if existing:
        raise already_there(catalogue, existing)

    draft = draft_paper(found, catalogue, list(categories), code, dt.date.today())
    findings = validate_in(catalogue, draft.paper)
    for warning in draft.warnings:
        click.echo(f"warning: {warning}", err=True)
    report(findings)
    text = to_yaml(draft.paper)
    if dry_run:
        click.echo(text, nl=False)
        return
    path = record_path(ctx.data_dir, PAPERS, draft.paper.key)
    if path.exists():  # written by someone else since the catalogue was loaded
        raise DataError(
            [Diagnostic.at(path, "a record file appeared here meanwhile: run again", code="race")]
        )
    write_atomic(path, text)
    click.echo(f"added {draft.paper.key}: {path}", err=True)
    click.echo("next: `catalogue check --strict`, then commit the file", err=True)
