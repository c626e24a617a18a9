"""`categories`: papers per category, and the list headings no category reaches yet."""

from __future__ import annotations

import json

import click

from ..core.errors import DataError
from . import main
from .context import Context


@main.command()
@click.option("--unmapped", is_flag=True, help="List the list headings no category reaches.")
@click.option("--json", "json_out", is_flag=True, help="One stable JSON document on stdout.")
@click.option("--check", is_flag=True, help="Exit 1 when a heading is unmapped.")
@click.pass_obj
def categories(ctx: Context, unmapped: bool, json_out: bool, check: bool) -> None:
    """Papers per category, and the list headings no category reaches yet.

    With --unmapped, the section headings of the source lists that no category's aliases or
    keywords reach, so that a curator maps each one once."""
    from ..ingest.headings import heading_uses
    from ..ingest.headings import unmapped as unmapped_of

    cat = ctx.load()
    missing = unmapped_of(heading_uses(cat))
    if unmapped:
        _echo_unmapped(missing, json_out)
    else:
        _echo_counts(cat, len(missing), json_out)
    if check and missing:
        raise DataError([])  # the listing above says why; the exit code says the rest


def _echo_unmapped(missing: list, json_out: bool) -> None:
    """The headings no category reaches, with how many entries each holds and where."""
    if json_out:
        rows = [
            {
                "heading": u.heading,
                "entries": u.entries,
                "sources": sorted(u.sources),
                "example": u.example,
            }
            for u in missing
        ]
        click.echo(json.dumps({"unmapped": rows}, indent=2, ensure_ascii=False))
        return
    for u in missing:
        click.echo(
            f"{u.heading}\t{u.entries} entries\t{', '.join(sorted(u.sources))}\te.g. {u.example}"
        )
    click.echo(
        f"{len(missing)} unmapped heading{'s' if len(missing) != 1 else ''}: add each to"
        " the aliases of a category in data/categories/ (of general.yml if it names no"
        " topic)",
        err=True,
    )


def _echo_counts(cat, unmapped: int, json_out: bool) -> None:
    """Papers per category, most first, and how many papers only the fallback category holds."""
    from ..ingest import categorize

    counts = {cid: 0 for cid in cat.categories}
    only_general = 0
    for paper in cat.papers.values():
        for cid in paper.categories:
            counts[cid] = counts.get(cid, 0) + 1
        only_general += paper.categories == [categorize.FALLBACK]
    if json_out:
        document = {
            "papers": len(cat.papers),
            "only_general": only_general,
            "categories": counts,
            "unmapped_headings": unmapped,
        }
        click.echo(json.dumps(document, indent=2, sort_keys=True))
        return
    for cid in sorted(counts, key=lambda c: (-counts[c], c)):
        click.echo(f"{counts[cid]:6d}  {cid}")
    click.echo(
        f"{only_general} of {len(cat.papers)} papers only in {categorize.FALLBACK};"
        f" {unmapped} unmapped heading(s)"
    )
