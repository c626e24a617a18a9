"""Every list the catalogue was grown from, imported again into a copy of it: curated values stay.

The lists are other projects' files, never stored here: the test reads them from the shared
development folder (``$SHARED_LISTS``, else ``shared/lists`` beside the clone) and is skipped
where they are absent. Each source record names its origin (repository, commit, path); the
folder's SOURCES.md maps those to its files.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from catalogue.cli import run
from catalogue.core.models import Paper, Source
from catalogue.core.store import Catalogue, load

from ..dedupe.helpers import snapshot

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"


def _shared() -> Path | None:
    for place in (
        os.environ.get("SHARED_LISTS"),
        ROOT.parent / "shared" / "lists",
        "/work/shared/lists",
    ):
        if place and (Path(place) / "SOURCES.md").is_file():
            return Path(place)
    return None


SHARED = _shared()
pytestmark = pytest.mark.skipif(SHARED is None, reason="the shared lists are not here")

# | `file.md` | source id | https://github.com/o/r | commit | path | shape |
_ROW = re.compile(r"^\|\s*`([^`]+)`\s*\|[^|]*\|\s*(\S+)\s*\|\s*(\w+)\s*\|\s*(\S+)\s*\|")


def _files_by_origin(shared: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(repository, path) -> (file, commit), from SOURCES.md's table (``same`` repeats a row's)."""
    found: dict[tuple[str, str], tuple[str, str]] = {}
    last = ("", "")
    for line in (shared / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        if m := _ROW.match(line):
            name, repository, commit, path = m.groups()
            if repository == "same":
                repository, commit = last
            last = (repository, commit)
            found[(repository.rstrip("/").lower(), path)] = (name, commit)
    return found


@dataclass(frozen=True)
class Version:
    """The version of a list last imported: a stored seed, or a file of the shared folder."""

    source: Source
    path: Path

    def argv(self) -> list[str]:
        args = ["--source", self.source.id]
        origin = self.source.origin
        if origin is not None and origin.repository:
            args += ["--repository", str(origin.repository), "--list-path", origin.path or ""]
            args += ["--commit", origin.commit] if origin.commit else []
        return [*args, str(self.path)]


def latest_versions(cat: Catalogue, shared: Path) -> list[Version]:
    """Each source's version last imported: a seed stored beside its record (in ``cat.root``),
    or the shared folder's file that its origin names."""
    by_origin = _files_by_origin(shared)
    versions = []
    for source in sorted(cat.sources.values(), key=lambda s: s.id):
        origin = source.origin
        if origin is None or not origin.repository:
            versions.append(Version(source, cat.root / "sources" / source.file))
            continue
        where = (str(origin.repository).rstrip("/").lower(), origin.path or "")
        assert where in by_origin, f"{source.id}: SOURCES.md names no file for {where}"
        name, commit = by_origin[where]
        assert origin.commit == commit, f"{source.id} was imported at another commit"
        versions.append(Version(source, shared / name))
    return versions


def curate(paper: Paper, n: int) -> Paper:
    """What a curator might write over a list's values: a corrected year, a completed author
    line, a corrected title (one record in three each)."""
    update: dict[str, object] = {}
    if n % 3 == 0:
        update["year"] = (paper.year or 2000) + 1
    elif n % 3 == 1:
        update["authors"] = [*paper.authors, "Ada Curator"]
    else:
        update["title"] = f"{paper.title}: Curated"
    return paper.model_copy(update=update)


@dataclass(frozen=True)
class Grown:
    before: dict[str, bytes]
    after: dict[str, bytes]
    edited: dict[str, Paper]
    was: Catalogue  # the copy before the import (with the curator's edits)
    stored: Catalogue  # and after it


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> Grown:
    from catalogue.core.store import save

    assert SHARED is not None
    copy = tmp_path_factory.mktemp("grow") / "data"
    shutil.copytree(DATA, copy, ignore=shutil.ignore_patterns(".cache"))
    cat = load(copy)
    decided = {k for d in cat.decisions.values() for k in d.records}  # a decision wins over an edit
    listed = sorted(k for k, p in cat.papers.items() if p.sources and k not in decided)
    edited = {key: curate(cat.papers[key], n) for n, key in enumerate(listed[::40])}
    for paper in edited.values():
        save(copy, paper)
    before, was = snapshot(copy), load(copy)
    for version in latest_versions(cat, SHARED):
        argv = ["--data", str(copy), "import", "--date", "2031-01-01", *version.argv()]
        assert run(argv) == 0, version
    after = snapshot(copy)
    return Grown(before, after, edited, was, load(copy))


FIELDS = ("title", "authors", "year", "venue")


def test_importing_every_list_again_changes_no_curated_value(grown: Grown) -> None:
    assert len(grown.edited) >= 20
    for key, mine in grown.edited.items():  # what a curator wrote stays
        now = grown.stored.papers[key]
        assert [getattr(now, f) for f in FIELDS] == [getattr(mine, f) for f in FIELDS], key
    for decision in grown.stored.decisions.values():  # and what a curator decided
        for key in decision.records:
            if decision.verdict == "value" and key in grown.stored.papers:
                paper = grown.stored.papers[key]
                for name in decision.values.decided:
                    assert getattr(paper, name) == getattr(decision.values, name), (key, name)


def test_importing_every_list_again_loses_no_record_and_no_value(grown: Grown) -> None:
    # The import may read a list better than the one before it (the reader improves): it may
    # fill a field, never empty one, and it keeps every record (key) it had.
    records = [n for n in grown.before if n.startswith(("papers/", "code/"))]
    assert records == [n for n in grown.after if n.startswith(("papers/", "code/"))]
    for key, old in grown.was.papers.items():
        now = grown.stored.papers[key]
        emptied = [f for f in FIELDS if getattr(old, f) and not getattr(now, f)]
        assert emptied == [], key


def test_the_grown_catalogue_has_no_open_conflict(
    grown: Grown, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert run(["--data", str(grown.stored.root), "conflicts", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["open"] == 0


def test_every_list_is_read_where_it_lives_not_stored_here() -> None:
    assert SHARED is not None
    cat = load(DATA)
    for version in latest_versions(cat, SHARED):
        stored = (DATA / "sources").resolve() in version.path.resolve().parents
        assert stored == (version.source.origin is None or not version.source.origin.repository)
    shared_names = {p.name for p in SHARED.iterdir()}
    assert not shared_names & {p.name for p in (DATA / "sources").iterdir()}
