"""Paper metadata by identifier: arXiv ids from the arXiv API, DOIs from Crossref, and more from
OpenAlex; repository state from GitHub.

Used by `catalogue add` and `catalogue enrich`. Every request goes through one polite session
(``catalogue.net.http``): a user agent with the project's contact address, a paced queue per
service, Retry-After honoured, an overall deadline per request, and a cache of answers.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..net.cache import ResponseCache
from ..net.guard import AddressPolicy
from ..net.http import PoliteSession, Service
from . import arxiv, crossref
from .config import (
    ProjectSettings,
    ServiceSettings,
    cache_folder,
    stamp_folder,
)
from .found import FoundPaper
from .ids import PaperId, parse_paper_id

SERVICE_NAMES = {
    "arxiv": "arXiv",
    "crossref": "Crossref",
    "openalex": "OpenAlex",
    "github": "GitHub",
}
OFFLINE_VARIABLE = "CATALOGUE_OFFLINE"
TOKEN_VARIABLE = "GITHUB_TOKEN"


def service(
    name: str,
    settings: ServiceSettings,
    *,
    headers: Mapping[str, str] | None = None,
    min_interval: float | None = None,
    limit_hint: str = "",
) -> Service:
    return Service(
        name=SERVICE_NAMES[name],
        base_url=settings.base_url,
        min_interval=settings.min_interval if min_interval is None else min_interval,
        timeout=settings.timeout,
        retries=settings.retries,
        max_wait=settings.max_wait,
        deadline=settings.deadline,
        cache_seconds=settings.cache_hours * 3600,
        headers=dict(headers or {}),
        limit_hint=limit_hint,
    )


@dataclass(frozen=True)
class Services:
    arxiv: Service
    crossref: Service
    openalex: Service
    github: Service
    lists: Service  # hosts that publish source lists at a URL

    @classmethod
    def from_settings(
        cls, settings: ProjectSettings, environ: Mapping[str, str] = os.environ
    ) -> Services:
        lookup = settings.lookup
        token = environ.get(TOKEN_VARIABLE, "").strip()
        github = (
            service(
                "github",
                lookup.github,
                headers={"Authorization": f"Bearer {token}"},
                min_interval=lookup.github_token_interval,
            )
            if token
            else service(
                "github",
                lookup.github,
                limit_hint=f" (set {TOKEN_VARIABLE} for 5,000 requests an hour instead of 60)",
            )
        )
        hosts = lookup.lists
        lists = Service(
            name="list host",
            base_url="",
            min_interval=hosts.min_interval,
            timeout=hosts.timeout,
            retries=hosts.retries,
            max_wait=hosts.max_wait,
            deadline=hosts.deadline,
            policy=AddressPolicy.allowing(hosts.allow_addresses),
        )
        return cls(
            arxiv=service("arxiv", lookup.arxiv),
            crossref=service("crossref", lookup.crossref),
            openalex=service("openalex", lookup.openalex),
            github=github,
            lists=lists,
        )


def offline_from(environ: Mapping[str, str] = os.environ) -> bool:
    return environ.get(OFFLINE_VARIABLE, "").strip().lower() in ("1", "true", "yes")


def open_session(
    settings: ProjectSettings,
    config_path: Path,
    *,
    offline: bool = False,
    notify: Callable[[str], None] = lambda _: None,
) -> PoliteSession:
    """The one session a command uses for every service, with the project's stamps and cache."""
    cache = ResponseCache(cache_folder(config_path, settings), offline=offline)
    return PoliteSession(
        settings.user_agent(), stamp_folder(config_path, settings), notify=notify, cache=cache
    )


def lookup(paper_id: PaperId, session: PoliteSession, services: Services) -> FoundPaper:
    """What the identifier's service says about the paper; ``NetworkError`` when it cannot."""
    if paper_id.scheme == "arxiv":
        return arxiv.fetch(paper_id.value, session, services.arxiv)
    return crossref.fetch(paper_id.value, session, services.crossref)


__all__ = [
    "FoundPaper",
    "PaperId",
    "Services",
    "lookup",
    "offline_from",
    "open_session",
    "parse_paper_id",
]
