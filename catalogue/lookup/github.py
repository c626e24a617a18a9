"""A repository's state from the GitHub REST API (``/repos/{owner}/{repo}``).

GitHub answers a renamed or transferred repository with a redirect to ``/repositories/{id}``,
which the session follows: the answer's ``full_name`` then differs from the name asked, and
``html_url`` is where it lives now. A deleted or private repository is 404 (451 when taken down).
The hourly allowance (60 requests without a token, 5,000 with one) comes back in
``X-RateLimit-*`` headers, which the session obeys.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from ..core.errors import NetworkError
from ..net.http import PoliteSession, Service
from .answers import read_json

ACCEPT = "application/vnd.github+json"
GONE = frozenset({404, 410, 451})


class _Answer(BaseModel):
    model_config = ConfigDict(extra="ignore")


class _Licence(_Answer):
    spdx_id: str | None = None


class _Repo(_Answer):
    full_name: str
    html_url: str
    archived: bool = False
    disabled: bool = False
    stargazers_count: int = 0
    pushed_at: str | None = None
    license: _Licence | None = None


@dataclass(frozen=True)
class RepoFacts:
    asked: str  # owner/repo as the record names it (lower-case)
    exists: bool
    full_name: str | None = None
    url: str | None = None
    archived: bool = False
    stars: int | None = None
    pushed: str | None = None  # ISO time of the last push
    licence: str | None = None

    @property
    def moved(self) -> bool:
        return self.exists and (self.full_name or "").lower() != self.asked


def repository(owner_repo: str, session: PoliteSession, service: Service) -> RepoFacts:
    """What GitHub says about ``owner/repo``; ``exists`` False when it is gone."""
    url = f"{service.base_url.rstrip('/')}/repos/{owner_repo}"
    answer = session.get(service, url, {}, ACCEPT)
    if answer.status in GONE:
        return RepoFacts(owner_repo, exists=False)
    if answer.status != 200:
        raise NetworkError(
            f"GitHub answered HTTP {answer.status} for the repository {owner_repo}: nothing was"
            " written; try again later" + service.limit_hint
        )
    repo = read_json(_Repo, answer.body, "GitHub", f"the repository {owner_repo}", "a repository")
    licence = repo.license.spdx_id if repo.license else None
    return RepoFacts(
        owner_repo,
        exists=not repo.disabled,
        full_name=repo.full_name,
        url=repo.html_url,
        archived=repo.archived,
        stars=repo.stargazers_count,
        pushed=repo.pushed_at,
        licence=licence if licence and licence != "NOASSERTION" else None,
    )
