"""What the commands that ask remote services share: ``--config`` and ``--offline``, and the one
polite session they ask through."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import click

from ..lookup import Services, offline_from, open_session
from ..lookup.config import ProjectSettings, find_config, load_settings
from ..net.http import PoliteSession


def settings_options(f: click.decorators.FC) -> click.decorators.FC:
    """``--config`` and ``--offline``."""
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


@dataclass(frozen=True)
class Remote:
    settings: ProjectSettings
    services: Services
    config_path: Path


def remote(
    data_dir: Path, config: Path | None, base_urls: Mapping[str, str | None] | None = None
) -> Remote:
    """The settings (with the command line's base URLs) and the services they describe."""
    config_path = find_config(data_dir, config)
    urls = {name: url for name, url in (base_urls or {}).items() if url}
    settings = load_settings(config_path, base_urls=urls)
    return Remote(settings, Services.from_settings(settings), config_path)


@contextmanager
def session(found: Remote, offline: bool | None) -> Iterator[PoliteSession]:
    """The one session of a run (offline when asked, or when $CATALOGUE_OFFLINE says so)."""
    offline = offline_from() if offline is None else offline
    with open_session(found.settings, found.config_path, offline=offline, notify=echo_err) as s:
        yield s
