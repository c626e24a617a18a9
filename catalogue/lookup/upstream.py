"""A source list's current version, fetched from where its record says the list lives.

An origin in a GitHub repository is read through the GitHub API: first the latest commit that
touched the file (when it is the commit imported, the list has not changed and nothing more is
asked), then the file at that commit. An origin given as a URL is fetched as it is, by the same
polite session, and only from a public address (the address policy of the link check, applied to
the connected socket, redirects included). A local file is read again from the disk. A list
without an origin (the seeds, stored beside their records) has no upstream to ask.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from ..core import identity
from ..core.errors import NetworkError
from ..core.models import Source
from ..net.http import PoliteSession, Service
from . import Services

RAW = "application/vnd.github.raw+json"
JSON = "application/vnd.github+json"
TEXT = "text/markdown, text/plain;q=0.9, */*;q=0.5"


@dataclass(frozen=True)
class Fetched:
    source: str
    where: str  # what was read, for messages
    text: bytes | None  # None when the version is the one imported
    commit: str | None = None  # the latest commit that touched the file, when known

    @property
    def unchanged(self) -> bool:
        return self.text is None


def no_origin(source: Source, project: Path) -> str | None:
    """Why the list cannot be fetched, or None when it can."""
    origin = source.origin
    if origin is None or not (origin.repository or origin.url or origin.path):
        return (
            "no origin recorded (a list stored in data/sources/): import its upstream version"
            " with --repository/--list-path or --url to record one"
        )
    if origin.url:
        return None
    if not origin.repository:
        if not (project / (origin.path or "")).is_file():
            return f"its origin is the file {origin.path}, which is not there any more"
        return None
    if identity.github_repo(origin.repository or "") is None or not origin.path:
        return (
            f"its origin {origin.repository} is not a GitHub repository with a file path:"
            " only those, and URLs, can be fetched"
        )
    return None


def fetch(source: Source, session: PoliteSession, services: Services, project: Path) -> Fetched:
    """The list's current version (``NetworkError`` when it cannot be had)."""
    origin = source.origin
    assert origin is not None and no_origin(source, project) is None
    if not (origin.url or origin.repository):
        path = project / (origin.path or "")
        return Fetched(source.id, str(origin.path), path.read_bytes())
    if origin.url:
        answer = session.get(services.lists, origin.url, {}, TEXT)
        if answer.status != 200:
            raise NetworkError(
                f"{source.id}: {origin.url} answered HTTP {answer.status}: check the list's"
                " origin (nothing was written)"
            )
        return Fetched(source.id, origin.url, answer.body)
    repo = identity.github_repo(origin.repository or "") or ""
    path = origin.path or ""
    base = f"{services.github.base_url.rstrip('/')}/repos/{repo}"
    latest = _latest_commit(source, base, path, session, services.github)
    where = f"{repo} {path}"
    if latest is not None and origin.commit and latest.startswith(origin.commit):
        return Fetched(source.id, where, None, latest)
    params = {"ref": latest} if latest else {}
    answer = session.get(services.github, f"{base}/contents/{quote(path)}", params, RAW)
    if answer.status != 200:
        raise NetworkError(
            f"{source.id}: GitHub answered HTTP {answer.status} for {path} in {repo}: the file"
            " moved or the repository is gone; check the list's origin (nothing was written)"
        )
    return Fetched(source.id, where, answer.body, latest)


def _latest_commit(
    source: Source, base: str, path: str, session: PoliteSession, github: Service
) -> str | None:
    answer = session.get(github, f"{base}/commits", {"path": path, "per_page": "1"}, JSON)
    if answer.status in (404, 409):  # no such repository; an empty one
        raise NetworkError(
            f"{source.id}: GitHub has no repository {base.rsplit('/repos/', 1)[-1]} (HTTP"
            f" {answer.status}): check the list's origin (nothing was written)"
        )
    if answer.status != 200:
        raise NetworkError(f"{source.id}: GitHub answered HTTP {answer.status} for its commits")
    try:
        commits = json.loads(answer.body)
        return str(commits[0]["sha"]) if commits else None
    except (json.JSONDecodeError, UnicodeDecodeError, LookupError, TypeError):
        raise NetworkError(
            f"{source.id}: GitHub's list of commits is not what it should be: try again later"
        ) from None
