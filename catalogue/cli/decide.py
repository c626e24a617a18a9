"""`decide`: settle a conflict (or rule on records) with a decision in data/decisions/."""

from __future__ import annotations

import datetime as dt

import click

from ..core.errors import UsageError
from . import main
from .context import Context, writes


@main.command()
@click.argument("target", nargs=-1, required=True)
@click.option("--accept", "choice", flag_value="accept", help="Take the conflict's proposal.")
@click.option("--pick", type=int, default=None, help="Keep the conflict's value number N.")
@click.option("--value", default=None, help="Set this value (authors: 'A; B; C').")
@click.option(
    "--field", "field_name", default=None, help="With --value: set this field of record TARGET."
)
@click.option("--same", "choice", flag_value="same", help="The records or entries are one work.")
@click.option(
    "--different",
    "choice",
    flag_value="different",
    help="The records or entries are different works.",
)
@click.option("--reason", default=None, help="Why, in a sentence (kept in the decision).")
@click.option("--date", "date", default=None, help="Date records merged now get as `added`.")
@click.pass_obj
@writes()
def decide(
    ctx: Context,
    target: tuple[str, ...],
    choice: str | None,
    pick: int | None,
    value: str | None,
    field_name: str | None,
    reason: str | None,
    date: str | None,
) -> None:
    """Settle a conflict, or rule records one work or different works.

    TARGET is a conflict id from `catalogue conflicts`; with --same/--different the records or
    entries TARGET... (keys or source:line); with --field F --value V a record's key.

    The decision is written to data/decisions/ and honoured by every later import; the records
    it touches are brought in line at once."""
    from ..ingest import decide as deciding
    from ..ingest.conflicts import conflicts_of, find

    chosen = [
        c for c in (choice, "pick" if pick is not None else None, "value" if value else None) if c
    ]
    if len(chosen) != 1:
        raise UsageError("give one of --accept, --pick N, --value V, --same, --different")
    added = dt.date.fromisoformat(date) if date else dt.date.today()
    cat = ctx.load()
    conflict = find(conflicts_of(cat), target[0]) if len(target) == 1 else None
    if field_name is not None:
        if value is None or len(target) != 1:
            raise UsageError("--field sets a value of one record: give its key and --value")
        decision = deciding.pin(cat, target[0], field_name, value, reason)
    elif conflict is not None:
        ruling = deciding.Ruling(chosen[0], pick=pick, value=value, reason=reason)  # type: ignore[arg-type]
        decision = deciding.decision_for(cat, conflict, ruling)
    elif chosen[0] in ("same", "different"):
        decision = deciding.rule_on(cat, chosen[0], target, reason)  # type: ignore[arg-type]
    else:
        raise UsageError(
            f"{target[0]} is no open conflict: `catalogue conflicts` lists them (or name two"
            " records with --same or --different)"
        )
    outcome, path = deciding.record(cat, decision, added)
    for written in outcome.written:
        click.echo(f"wrote {written}", err=True)
    for removed in outcome.removed:
        click.echo(f"removed {removed}", err=True)
    click.echo(f"wrote {path}", err=True)
