"""What the GitHub API said about code records' repositories (``repository``, written by
`catalogue enrich`), as link-check findings: a repository gone or moved is worth a warning even
when github.com still answers its old address with a redirect or a page; an archived one is
noted."""

from __future__ import annotations

from pathlib import Path

from ..core.errors import Diagnostic, Severity
from ..core.models import RepositoryState
from ..core.store import CODE, Catalogue
from .collect import _display

TITLES = {
    "repo-archived": "Archived repository",
    "repo-moved": "Moved repository",
    "repo-missing": "Missing repository",
}


def repository_findings(catalogue: Catalogue, only: set[Path] | None = None) -> list[Diagnostic]:
    wanted = None if only is None else {p.resolve() for p in only}
    found = []
    for key, code in sorted(catalogue.code.items()):
        repo = code.repository
        origin = catalogue.origins.get((CODE.name, key))
        if repo is None or (
            wanted is not None and (origin is None or origin.path.resolve() not in wanted)
        ):
            continue
        said = "(GitHub API, at the last `catalogue enrich`)"
        items = []
        if repo.state is RepositoryState.MISSING:
            message = f"missing repository: {code.url}: it no longer exists or is private {said}"
            items.append(("repo-missing", Severity.WARNING, message))
        if repo.moved_to:
            message = f"moved repository: {code.url} -> {repo.moved_to} {said}: update `url`"
            items.append(("repo-moved", Severity.WARNING, message))
        if repo.state is RepositoryState.ARCHIVED:
            message = f"archived repository: {code.url}: read-only, no longer maintained {said}"
            items.append(("repo-archived", Severity.INFO, message))
        if not items:
            continue
        path, line, column = catalogue.locate(CODE, key, "repository", "state")
        for code_name, severity, message in items:
            found.append(
                Diagnostic.at(
                    _display(Path(path)),
                    message,
                    code=code_name,
                    line=line,
                    column=column,
                    severity=severity,
                )
            )
    return found


def markdown_section(findings: list[Diagnostic]) -> str:
    if not findings:
        return ""
    lines = ["", "## Repositories (GitHub API)", ""]
    lines += [f"- `{d.path}:{d.line}`: {d.message}" for d in findings]
    return "\n".join(lines) + "\n"
