"""Paper metadata by identifier: arXiv ids from the arXiv API, DOIs from Crossref.

Used by `catalogue add`. Every request goes through one polite session (``http.py``): a user agent
with the project's contact address, a paced queue per service, Retry-After honoured.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..net.http import PoliteSession, Service
from . import arxiv, crossref
from .config import ProjectSettings, ServiceSettings
from .found import FoundPaper
from .ids import PaperId, parse_paper_id

SERVICE_NAMES = {"arxiv": "arXiv", "crossref": "Crossref"}


def service(name: str, settings: ServiceSettings) -> Service:
    return Service(
        name=SERVICE_NAMES[name],
        base_url=settings.base_url,
        min_interval=settings.min_interval,
        timeout=settings.timeout,
        retries=settings.retries,
        max_wait=settings.max_wait,
    )


def lookup(
    paper_id: PaperId,
    settings: ProjectSettings,
    stamp_dir: Path | None,
    notify: Callable[[str], None] = lambda _: None,
) -> FoundPaper:
    """What the identifier's service says about the paper; ``NetworkError`` when it cannot."""
    session = PoliteSession(settings.user_agent(), stamp_dir, notify=notify)
    try:
        if paper_id.scheme == "arxiv":
            return arxiv.fetch(paper_id.value, session, service("arxiv", settings.lookup.arxiv))
        return crossref.fetch(
            paper_id.value, session, service("crossref", settings.lookup.crossref)
        )
    finally:
        session.close()


__all__ = ["FoundPaper", "PaperId", "lookup", "parse_paper_id"]
