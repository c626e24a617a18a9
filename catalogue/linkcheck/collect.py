"""Which URLs to check: the catalogue's, those of records changed since a git ref, or a list.

Only the links readers click are checked: a paper's links, a code record's URL and links. The
source entries keep each list's links as the list wrote them (provenance), and are left alone.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urldefrag

from pydantic import TypeAdapter, ValidationError

from ..core.errors import DataError, Diagnostic, UsageError
from ..core.models import Url
from ..core.store import CODE, PAPERS, Catalogue
from .results import Occurrence, Target


def check_key(url: str) -> str:
    """The URL as requested: a #fragment never reaches the server, so it does not count."""
    return urldefrag(url).url


_URL = TypeAdapter(Url)


def _where(
    catalogue: Catalogue, collection: str, key: str, loc: tuple[str | int, ...]
) -> tuple[str, int, int]:
    kind = PAPERS if collection == PAPERS.name else CODE
    path, line, column = catalogue.locate(kind, key, *loc)
    return _display(Path(path)), line, column


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def from_catalogue(catalogue: Catalogue, only: set[Path] | None = None) -> list[Target]:
    """Every clickable URL of the catalogue (or of the records whose files are in ``only``)."""
    found: list[tuple[str, Occurrence]] = []

    def add(collection: str, key: str, url: str, loc: tuple[str | int, ...]) -> None:
        path, line, column = _where(catalogue, collection, key, loc)
        found.append((url, Occurrence(path, line, column, url, collection, key, loc)))

    wanted = None if only is None else {p.resolve() for p in only}
    for key, paper in catalogue.papers.items():
        if _included(catalogue, PAPERS.name, key, wanted):
            for index, link in enumerate(paper.links):
                add(PAPERS.name, key, link.url, ("links", index, "url"))
    for key, code in catalogue.code.items():
        if _included(catalogue, CODE.name, key, wanted):
            add(CODE.name, key, code.url, ("url",))
            for index, link in enumerate(code.links):
                add(CODE.name, key, link.url, ("links", index, "url"))
    return group(found)


def _included(catalogue: Catalogue, collection: str, key: str, wanted: set[Path] | None) -> bool:
    if wanted is None:
        return True
    origin = catalogue.origins.get((collection, key))
    return origin is not None and origin.path.resolve() in wanted


def group(found: Iterable[tuple[str, Occurrence]]) -> list[Target]:
    """One target per distinct URL, its places in file order; targets sorted by URL."""
    targets: dict[str, Target] = {}
    for url, occurrence in found:
        targets.setdefault(check_key(url), Target(check_key(url))).occurrences.append(occurrence)
    for target in targets.values():
        target.occurrences.sort()
    return [targets[url] for url in sorted(targets)]


def from_list(path: Path) -> list[Target]:
    """A plain list: one URL a line; blank lines and lines starting with ``#`` are skipped."""
    shown = _display(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read URL list {shown}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise DataError(
            [Diagnostic.at(shown, "not UTF-8: save the list as UTF-8", code="encoding")]
        ) from None
    found, problems = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        column = line.index(url) + 1
        try:
            _URL.validate_python(url)
        except ValidationError:
            problems.append(
                Diagnostic.at(
                    shown,
                    f"not an http(s) URL: {url!r}; write one URL a line",
                    code="url",
                    line=number,
                    column=column,
                )
            )
            continue
        found.append((url, Occurrence(shown, number, column, url)))
    if problems:
        raise DataError(problems)
    return group(found)


def changed_files(ref: str, data_dir: Path) -> set[Path]:
    """Record files under ``data_dir`` that differ between ``ref`` and the working tree."""
    if ref.startswith("-"):
        raise UsageError(f"--changed-since: {ref!r} is not a git ref")
    top = _git(data_dir, "rev-parse", "--show-toplevel").strip()
    listed = _git(data_dir, "diff", "--name-only", "-z", ref, "--", ".")
    return {Path(top) / name for name in listed.split("\0") if name}


def _git(where: Path, *args: str) -> str:
    try:
        done = subprocess.run(
            ["git", "-C", str(where), *args], capture_output=True, text=True, check=False
        )
    except FileNotFoundError:
        raise UsageError("--changed-since needs git, which is not installed") from None
    if done.returncode != 0:
        message = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "git failed"
        raise UsageError(f"--changed-since: {message}")
    return done.stdout
