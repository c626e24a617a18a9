"""`links`: check the URLs readers click, and report dead, moved and blocked ones."""

from __future__ import annotations

import os
from pathlib import Path

import click

from ..core.errors import Diagnostic, UsageError, failing
from ..core.yamlio import write_atomic
from ..linkcheck import (
    Cache,
    LinkReport,
    Shard,
    check,
    fix_moved,
    from_catalogue,
    from_list,
    load_config,
)
from ..linkcheck import changed_files as changed_since
from ..linkcheck.cache import DEFAULT_PATH as CACHE_PATH
from ..linkcheck.config import Severities
from ..linkcheck.progress import Progress
from ..linkcheck.report import diagnostics, github_annotations, markdown, summary, to_json
from ..linkcheck.repositories import markdown_section, repository_findings
from . import main
from .context import Context, fail, report, writes

FilePath = click.Path(dir_okay=False, path_type=Path)


@main.command()
@click.option(
    "--changed-since",
    "ref",
    metavar="REF",
    help="Only records whose files changed since this git ref (for pull requests).",
)
@click.option(
    "--urls",
    "url_list",
    type=FilePath,
    help="Check the URLs of this plain list (one a line) instead of the catalogue.",
)
@click.option("--shard", metavar="I/N", help="Check only part I of N (stable by URL), e.g. 2/4.")
@click.option(
    "--config",
    "config_path",
    type=FilePath,
    default=None,
    help="Configuration file.  [default: linkcheck.yml when present]",
)
@click.option(
    "--cache",
    "cache_path",
    type=FilePath,
    default=CACHE_PATH,
    show_default=True,
    help="Results of earlier runs, reused within each class's time-to-live.",
)
@click.option("--no-cache", is_flag=True, help="Check every URL afresh (results still refresh it).")
@click.option("--markdown", "markdown_path", type=FilePath, help="Write a Markdown report here.")
@click.option("--json", "json_path", type=FilePath, help="Write a JSON report here.")
@click.option(
    "--github/--no-github",
    default=None,
    help="Print GitHub Actions annotations.  [default: when GITHUB_ACTIONS=true]",
)
@click.option(
    "--fix-moved",
    "fix_moved_",
    is_flag=True,
    help="Rewrite permanently moved links in the records.",
)
@click.option("--strict", is_flag=True, help="Fail on warnings (blocked, moved, error) too.")
@click.pass_obj
@writes(only_if="fix_moved_")
def links(
    ctx: Context,
    ref: str | None,
    url_list: Path | None,
    shard: str | None,
    config_path: Path | None,
    cache_path: Path,
    no_cache: bool,
    markdown_path: Path | None,
    json_path: Path | None,
    github: bool | None,
    fix_moved_: bool,
    strict: bool,
) -> None:
    """Check every link of the catalogue once: ok, moved, blocked, dead or error."""
    if url_list is not None and (ref is not None or fix_moved_):
        raise UsageError(
            "--urls checks a plain list: it goes with neither --changed-since nor --fix-moved"
        )
    config = load_config(config_path)
    part = Shard.parse(shard) if shard else None
    catalogue = None
    only = None
    if url_list is not None:
        targets = from_list(url_list)
    else:
        catalogue = ctx.load()
        only = changed_since(ref, ctx.data_dir) if ref is not None else None
        targets = from_catalogue(catalogue, only)
    cache = Cache(cache_path, config.ttl_hours, read=not no_cache)
    if cache.problem:
        click.echo(f"warning: {cache.problem}", err=True)
    progress = Progress()
    try:
        result = check(targets, config, cache=cache, shard=part, progress=progress)
    finally:
        progress.close()
    if fix_moved_ and catalogue is not None:
        result.fixed = fix_moved(catalogue, result)
    found = diagnostics(result, config.severity)
    # Read from the records, not checked: said once, by the first shard of a split run.
    first = part is None or part.index == 1
    repos = repository_findings(catalogue, only) if catalogue is not None and first else []
    if github is None:
        github = os.environ.get("GITHUB_ACTIONS") == "true"
    _publish(result, found, repos, config.severity, markdown_path, json_path, github=github)
    if failing(found, strict=strict):
        fail()  # every finding is printed above; the exit code says the rest


def _publish(
    result: LinkReport,
    found: list[Diagnostic],
    repos: list[Diagnostic],
    severities: Severities,
    markdown_path: Path | None,
    json_path: Path | None,
    *,
    github: bool,
) -> None:
    """Findings and summary on stderr, annotations on stdout, reports into their files.

    Repository findings (from the records) are shown, annotated and reported, but fail nothing:
    the links themselves were checked just now."""
    for finding in repos:
        click.echo(str(finding), err=True)
    report(found)
    if github:
        for line in github_annotations(found + repos):
            click.echo(line)
    if markdown_path is not None:
        write_atomic(markdown_path, markdown(result, severities) + markdown_section(repos))
    if json_path is not None:
        write_atomic(json_path, to_json(result, severities))
    click.echo(summary(result), err=True)
    if result.fixed:
        click.echo(f"rewrote {sum(result.fixed.values())} link(s) of moved URLs", err=True)
