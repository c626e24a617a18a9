"""`conflicts`: what the rules could not settle, each with a proposal and the command for it."""

from __future__ import annotations

import json

import click

from ..core.errors import DataError
from . import main
from .context import Context


def _lines(conflict: object) -> list[str]:
    from ..ingest.conflicts import Conflict

    assert isinstance(conflict, Conflict)
    about = conflict.field or "works"
    lines = [f"{conflict.id}  {conflict.kind} ({about}): {', '.join(conflict.records)}"]
    for n, said in enumerate(conflict.values, 1):
        value = ", ".join(said.value) if isinstance(said.value, list) else said.value
        where = f"{said.record}: " if conflict.field is None and said.record else ""
        lines.append(f"  {n}. {where}{value}  <- {', '.join(said.refs) or 'the record'}")
    proposal = conflict.proposal
    shown = ", ".join(f"{k}: {v}" for k, v in proposal.values.items())
    lines.append(f"  proposed: {proposal.verdict}{' (' + shown + ')' if shown else ''};")
    lines.append(f"    {proposal.reason}")
    lines.append(f"  accept:   {conflict.command}")
    return lines


@main.command()
@click.option("--json", "json_out", is_flag=True, help="One stable JSON document on stdout.")
@click.option("--check", is_flag=True, help="Exit 1 when any conflict is open.")
@click.pass_obj
def conflicts(ctx: Context, json_out: bool, check: bool) -> None:
    """List the open conflicts, each with a proposed resolution and its command.

    Each names its records, the list entries behind each value, the values, a proposal and the
    `catalogue decide` command that accepts it."""
    from ..ingest.conflicts import conflicts_of

    found = conflicts_of(ctx.load())
    if json_out:
        document = {"open": len(found), "conflicts": [c.as_dict() for c in found]}
        click.echo(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        for conflict in found:
            click.echo("\n".join(_lines(conflict)) + "\n")
        click.echo(f"{len(found)} open conflict{'s' if len(found) != 1 else ''}")
    if check and found:
        raise DataError([])  # the listing above says why; the exit code says the rest
