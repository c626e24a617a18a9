"""What an import keeps of another project's list: the facts its entries state, no prose."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from catalogue.core.models import Origin, Source
from catalogue.core.store import load
from catalogue.ingest.importers import ImportedEntry, ImportResult
from catalogue.ingest.lists import ListFile, plan
from catalogue.ingest.venue_index import VenueIndex

from ..dedupe.helpers import VENUES, entry, write_catalogue

BAN = "Born Again Neural Networks"


def _summarised(source: str) -> ImportedEntry:
    item = entry(f"{source}:4", BAN, "https://arxiv.org/abs/1805.04770", year=2018)
    return ImportedEntry(item.kind, item.entry.model_copy(update={"summary": "Students beat."}))


def _imported(tmp_path: Path, origin: Origin | None) -> object:
    write_catalogue(tmp_path / "data")
    cat = load(tmp_path / "data")
    source = Source(id="la", file="la.md", title="la", format="generic", origin=origin)
    item = ListFile(tmp_path / "la.md", source, True, ImportResult([_summarised("la")]))
    (paper,) = plan(cat, [item], dt.date(2026, 12, 3)).papers.values()
    return paper


def test_a_list_read_where_it_lives_leaves_its_prose_there(tmp_path: Path) -> None:
    origin = Origin(repository="https://github.com/someone/awesome-kd", path="README.md")
    paper = _imported(tmp_path, origin)
    assert paper.summary is None  # type: ignore[attr-defined]
    assert [e.summary for e in paper.sources] == [None]  # type: ignore[attr-defined]
    assert paper.year == 2018  # type: ignore[attr-defined]  # the facts stay


def test_a_list_stored_here_keeps_its_summaries(tmp_path: Path) -> None:
    paper = _imported(tmp_path, None)
    assert paper.summary == "Students beat."  # type: ignore[attr-defined]


def test_a_publisher_alone_is_no_venue_to_invent() -> None:
    index = VenueIndex(VENUES)
    assert index.resolve_or_create("IEEE") is None
    assert index.resolve_or_create("ACM Trans.") is None
    assert index.resolve_or_create("IEEE TPAMI") is not None  # a journal that a publisher names
