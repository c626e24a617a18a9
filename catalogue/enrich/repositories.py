"""Code records' repositories as GitHub describes them: exists, archived, moved, licence, stars,
last push; one request per distinct repository.

What a record keeps is chosen to change seldom (see ``Repository``): stars rounded to two
significant figures, the last push as a month. A weekly refresh then rewrites the records whose
repository really changed, not all of them for a star or a commit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from pydantic import TypeAdapter, ValidationError

from ..core import identity
from ..core.models import CodeLink, Repository, RepositoryState, Url
from ..lookup import Services
from ..lookup.github import RepoFacts, repository
from ..net.http import PoliteSession

_URL: TypeAdapter[str] = TypeAdapter(Url)
_MONTH = re.compile(r"^(\d{4}-(?:0[1-9]|1[0-2]))")


@dataclass(frozen=True)
class RepoChange:
    key: str
    before: Repository | None
    after: Repository

    def describe(self) -> str:
        return f"{self.key}: repository {describe(self.after)}"


def describe(repo: Repository) -> str:
    parts = [repo.state.value]
    if repo.moved_to:
        parts.append(f"moved to {repo.moved_to}")
    if repo.stars is not None:
        parts.append(f"~{repo.stars} stars")
    if repo.pushed:
        parts.append(f"last push {repo.pushed}")
    if repo.licence:
        parts.append(repo.licence)
    return ", ".join(parts)


def round_stars(count: int) -> int:
    """Two significant figures: 87 stays, 1,234 is 1,200, 56,789 is 57,000."""
    if count < 100:
        return count
    return int(round(count, -(len(str(count)) - 2)))


def state_of(facts: RepoFacts) -> Repository:
    if not facts.exists:
        return Repository(state=RepositoryState.MISSING)
    moved_to = None
    if facts.moved and facts.url:
        try:
            moved_to = _URL.validate_python(facts.url)
        except ValidationError:
            moved_to = None
    month = _MONTH.match(facts.pushed or "")
    return Repository(
        state=RepositoryState.ARCHIVED if facts.archived else RepositoryState.ACTIVE,
        moved_to=moved_to,
        licence=facts.licence,
        stars=round_stars(facts.stars) if facts.stars is not None else None,
        pushed=month.group(1) if month else None,
    )


def github_records(code: Mapping[str, CodeLink], keys: Sequence[str]) -> dict[str, str]:
    """Code records (all, or those named) whose URL is a GitHub repository: key -> owner/repo."""
    chosen = [k for k in keys if k in code] if keys else sorted(code)
    found = {}
    for key in chosen:
        repo = identity.github_repo(code[key].url)
        if repo:
            found[key] = repo
    return found


def refresh(
    code: Mapping[str, CodeLink],
    keys: Sequence[str],
    session: PoliteSession,
    services: Services,
    notify: Callable[[str], None] = lambda _: None,
) -> tuple[dict[str, CodeLink], list[RepoChange]]:
    """Records whose repository state changed, updated, and the changes."""
    records = github_records(code, keys)
    repos = sorted(set(records.values()))
    if repos:
        notify(f"asking GitHub about {len(repos)} repositories …")
    states = {repo: state_of(repository(repo, session, services.github)) for repo in repos}
    updated: dict[str, CodeLink] = {}
    changes = []
    for key, repo in records.items():
        record, state = code[key], states[repo]
        if record.repository != state:
            updated[key] = record.model_copy(update={"repository": state})
            changes.append(RepoChange(key, record.repository, state))
    return updated, changes
