"""The `add` workflow: one new paper record from an arXiv id or a DOI.

The catalogue is checked for the paper before and after the look-up (by identifier, then by title),
so a paper is never added twice; the one new file is written atomically after every check passed.
The command line only reads options and prints; everything it does is here, for other callers too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from ..core.errors import DataError, Diagnostic, UsageError
from ..core.models import Link, LinkKind, Paper
from ..core.store import PAPERS, Catalogue, record_path, to_yaml
from ..core.yamlio import write_atomic
from ..net.http import PoliteSession
from . import Services, lookup
from .draft import already_there, draft_paper, find_existing, validate_in
from .ids import PaperId, parse_paper_id


@dataclass(frozen=True)
class Added:
    """A new record ready to be written: its text, where it goes, and what to tell the person."""

    paper: Paper
    text: str
    path: Path
    warnings: list[str]
    findings: list[Diagnostic]


def check_request(
    identifier: str, categories: Sequence[str], code: str | None, catalogue: Catalogue
) -> PaperId:
    """What can be refused before any request: the id's form, the categories, the code URL, and a
    paper the catalogue already holds under that id."""
    paper_id = parse_paper_id(identifier)
    if code is not None:
        try:
            Link(kind=LinkKind.CODE, url=code)
        except ValidationError:
            raise UsageError(f"--code {code!r} is not an http:// or https:// URL") from None
    unknown = [c for c in categories if c not in catalogue.categories]
    if unknown:
        known = ", ".join(sorted(catalogue.categories)) or "none"
        raise UsageError(f"unknown category {unknown[0]!r}: choose one of {known}")
    existing = find_existing(catalogue, [paper_id])
    if existing:
        raise already_there(catalogue, existing)
    return paper_id


def prepare(
    catalogue: Catalogue,
    paper_id: PaperId,
    categories: Sequence[str],
    code: str | None,
    session: PoliteSession,
    services: Services,
    today: dt.date,
) -> Added:
    """Look the paper up and draft its record, checked against the catalogue; writes nothing."""
    found = lookup(paper_id, session, services)
    found_ids = [PaperId("arxiv", found.arxiv)] if found.arxiv else []
    found_ids += [PaperId("doi", found.doi)] if found.doi else []
    existing = find_existing(catalogue, found_ids, found.title)
    if existing:
        raise already_there(catalogue, existing)
    draft = draft_paper(found, catalogue, list(categories), code, today)
    findings = validate_in(catalogue, draft.paper)
    path = record_path(catalogue.root, PAPERS, draft.paper.key)
    return Added(draft.paper, to_yaml(draft.paper), path, draft.warnings, findings)


def write(added: Added) -> None:
    """Write the new record; refuse when a file appeared at its path since the catalogue loaded."""
    if added.path.exists():
        raise DataError(
            [
                Diagnostic.at(
                    added.path, "a record file appeared here meanwhile: run again", code="race"
                )
            ]
        )
    write_atomic(added.path, added.text)


def add_paper(
    catalogue: Catalogue,
    identifier: str,
    session: PoliteSession,
    services: Services,
    *,
    categories: Sequence[str] = (),
    code: str | None = None,
    today: dt.date | None = None,
    dry_run: bool = False,
    notify: Callable[[str], None] = lambda _: None,
) -> Added:
    """The whole workflow: check, look up, draft, validate, and (unless ``dry_run``) write."""
    paper_id = check_request(identifier, categories, code, catalogue)
    notify(f"looking up {paper_id} …")
    added = prepare(
        catalogue, paper_id, categories, code, session, services, today or dt.date.today()
    )
    if not dry_run:
        write(added)
    return added
