"""The project's settings file, ``catalogue.yml``: who we are to remote services, and how politely
we ask them.

The file is read through a pydantic model, so a typo or a wrong value is reported at its line, like
a record. Environment variables override what tests and forks most often change:
``CATALOGUE_CONTACT`` and ``CATALOGUE_<SERVICE>_URL`` for each service (``ARXIV``, ``CROSSREF``,
``OPENALEX``, ``GITHUB``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from ..core.errors import DataError, Diagnostic, UsageError
from ..core.models import Url
from ..core.store import validation_diagnostics
from ..core.yamlio import ParseFailed, parse
from ..net.guard import Network

CONFIG_NAME = "catalogue.yml"
VERSION = "0.1.0"

Email = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[^@\s]+@[^@\s]+\.\w+$")]
Seconds = Annotated[float, Field(ge=0, le=3600)]
Hours = Annotated[float, Field(ge=0, le=24 * 365)]


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ServiceSettings(Settings):
    """How to reach one metadata service, and how often we may ask it."""

    base_url: Url
    # Least time between two requests to this service, shared by every request of the process
    # (and, through a stamp file, by consecutive runs): arXiv asks for one request per 3 s.
    min_interval: Seconds
    timeout: Seconds = 30.0
    retries: Annotated[int, Field(ge=0, le=10)] = 3
    # The longest Retry-After we sit out; a service asking for more fails the run with a message.
    max_wait: Seconds = 120.0
    # The most one request may take, connect, headers and body together: a server that drips
    # its answer cannot stall a run.
    deadline: Annotated[float, Field(gt=0, le=3600)] = 60.0
    # How long an answer is reused from the cache before the service is asked again.
    cache_hours: Hours = 144.0


class ListHostSettings(Settings):
    """How to fetch a source list from the URL its record names."""

    min_interval: Seconds = 1.0
    timeout: Seconds = 30.0
    retries: Annotated[int, Field(ge=0, le=10)] = 2
    max_wait: Seconds = 120.0
    deadline: Annotated[float, Field(gt=0, le=3600)] = 60.0
    allow_addresses: list[Network] = []


class LookupSettings(Settings):
    arxiv: ServiceSettings = ServiceSettings(
        base_url="https://export.arxiv.org/api/query", min_interval=3.0
    )
    crossref: ServiceSettings = ServiceSettings(
        base_url="https://api.crossref.org", min_interval=1.0
    )
    # OpenAlex's polite pool (with a mailto) allows 10 requests a second; we ask for far less.
    openalex: ServiceSettings = ServiceSettings(
        base_url="https://api.openalex.org", min_interval=0.2
    )
    # GitHub's REST API: 60 requests an hour without a token (one a minute keeps within it),
    # 5,000 with one (GITHUB_TOKEN); the answers' X-RateLimit-* headers are obeyed either way.
    github: ServiceSettings = ServiceSettings(
        base_url="https://api.github.com", min_interval=60.0, cache_hours=20.0
    )
    # The interval used instead of github's when a token is present.
    github_token_interval: Seconds = 0.75
    # Hosts that publish source lists at a URL (`catalogue sources check`): asked gently, and only
    # at public addresses unless a network is listed here (as in the link check's settings).
    lists: ListHostSettings = ListHostSettings()
    # Folder (relative to the settings file) for the time stamps that space out requests across
    # runs, e.g. a shell loop of `catalogue add`; empty to keep the spacing within one run only.
    stamp_dir: str = ".cache/lookup"
    # Folder for the services' answers (see cache_hours); empty to keep none.
    cache_dir: str = ".cache/http"


class ProjectSettings(Settings):
    """The whole of ``catalogue.yml``."""

    # Sent in every request's User-Agent (mailto:…), as Crossref and arXiv ask: they write to it
    # rather than block us when something goes wrong.
    contact: Email
    lookup: LookupSettings = LookupSettings()

    def user_agent(self) -> str:
        return f"kd-paper-catalogue/{VERSION} (mailto:{self.contact})"


def find_config(data_dir: Path, explicit: Path | None) -> Path:
    """The settings file: ``--config``, else ``$CATALOGUE_CONFIG``, else beside the data folder."""
    if explicit is not None:
        return explicit
    env = os.environ.get("CATALOGUE_CONFIG")
    if env:
        return Path(env)
    return data_dir.resolve().parent / CONFIG_NAME


def load_settings(
    path: Path, environ: Mapping[str, str] = os.environ, base_urls: Mapping[str, str] | None = None
) -> ProjectSettings:
    """Read the settings file, apply the environment's overrides, then the command line's
    ``base_urls`` (service name -> URL), and validate the result as a whole."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UsageError(
            f"settings file {path} not found: create it (see CONTRIBUTING.md) or pass --config"
        ) from None
    except OSError as exc:
        raise UsageError(f"cannot read settings file {path}: {exc.strerror}") from None
    try:
        parsed = parse(raw, path)
    except ParseFailed as exc:
        raise DataError([exc.diagnostic]) from None
    if not isinstance(parsed.data, dict):
        raise DataError([Diagnostic.at(path, "expected a mapping of settings", code="shape")])
    data = _with_overrides(parsed.data, environ)
    for service, url in (base_urls or {}).items():
        data = with_service_value(data, service, "base_url", url)
    try:
        return ProjectSettings.model_validate(data)
    except ValidationError as exc:
        raise DataError(validation_diagnostics(exc, str(path), parsed)) from None


SERVICES = ("arxiv", "crossref", "openalex", "github")
_OVERRIDES = {f"CATALOGUE_{name.upper()}_URL": (name, "base_url") for name in SERVICES}


def _with_overrides(data: dict[str, object], environ: Mapping[str, str]) -> dict[str, object]:
    data = dict(data)
    if environ.get("CATALOGUE_CONTACT"):
        data["contact"] = environ["CATALOGUE_CONTACT"]
    for variable, (service, field) in _OVERRIDES.items():
        if environ.get(variable):
            data = with_service_value(data, service, field, environ[variable])
    return data


def with_service_value(
    data: dict[str, object], service: str, field: str, value: object
) -> dict[str, object]:
    """A copy of raw settings with one service value replaced (for environment and CLI overrides).

    Raw settings are still plain YAML data here; the model validates the result as a whole.
    """
    lookup = data.get("lookup")
    lookup = dict(lookup) if isinstance(lookup, dict) else {}
    current = lookup.get(service)
    entry = dict(current) if isinstance(current, dict) else _defaults(service)
    entry[field] = value
    lookup[service] = entry
    return {**data, "lookup": lookup}


def _defaults(service: str) -> dict[str, object]:
    default: ServiceSettings = getattr(LookupSettings(), service)
    return default.model_dump()


def stamp_folder(path: Path, settings: ProjectSettings) -> Path | None:
    if not settings.lookup.stamp_dir:
        return None
    return path.resolve().parent / settings.lookup.stamp_dir


def cache_folder(path: Path, settings: ProjectSettings) -> Path | None:
    if not settings.lookup.cache_dir:
        return None
    return path.resolve().parent / settings.lookup.cache_dir
