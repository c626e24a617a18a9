"""Small hand-made list entries and catalogues for the deduplication tests."""

from __future__ import annotations

from pathlib import Path

from catalogue.core.models import (
    Category,
    Decision,
    Link,
    LinkKind,
    Source,
    SourceEntry,
    Venue,
    VenueKind,
)
from catalogue.core.store import Catalogue
from catalogue.ingest.importers import EntryKind, ImportedEntry
from catalogue.ingest.lists import Outcome

VENUES = [
    Venue(id="arxiv", short="arXiv", name="arXiv preprint", kind=VenueKind.PREPRINT),
    Venue(
        id="cvpr",
        short="CVPR",
        name="Computer Vision and Pattern Recognition",
        kind=VenueKind.CONFERENCE,
    ),
    Venue(id="iclr", short="ICLR", name="Learning Representations", kind=VenueKind.CONFERENCE),
    Venue(
        id="neurips",
        short="NeurIPS",
        name="Neural Information Processing Systems",
        kind=VenueKind.CONFERENCE,
        aliases=["NIPS"],
    ),
]
CATEGORIES = [
    Category(id="general", title="General", order=90),
    Category(
        id="online",
        title="Online",
        order=10,
        keywords=["mutual learning"],
        aliases=["Online Knowledge Distillation"],
    ),
]


def entry(
    ref: str,
    title: str | None,
    *urls: str,
    authors: tuple[str, ...] = (),
    year: int | None = None,
    venue: str | None = None,
    kind: EntryKind = "paper",
    section: tuple[str, ...] = (),
    framework: str | None = None,
) -> ImportedEntry:
    """``entry("list-a:3", "Title", "https://arxiv.org/abs/…", year=2019)``."""
    source, line = ref.split(":")
    link_kind = LinkKind.CODE if kind == "code" else LinkKind.PAPER
    return ImportedEntry(
        kind,
        SourceEntry(
            source=source,
            line=int(line),
            title=title,
            authors=list(authors),
            year=year,
            venue=venue,
            links=[Link(kind=link_kind, url=u) for u in urls],
            section=list(section),
            framework=framework,
        ),
    )


def catalogue(root: Path, *decisions: Decision, sources: tuple[str, ...] = ()) -> Catalogue:
    """An empty catalogue with a few venues and categories (and the named lists)."""
    cat = Catalogue(root=root)
    cat.venues = {v.id: v for v in VENUES}
    cat.categories = {c.id: c for c in CATEGORIES}
    cat.decisions = {d.id: d for d in decisions}
    cat.sources = {s: Source(id=s, file=f"{s}.md", title=s, format="generic") for s in sources}
    return cat


def write_catalogue(root: Path, *decisions: Decision, sources: tuple[str, ...] = ()) -> None:
    """The same small catalogue, as files under ``root``."""
    from catalogue.core.store import save

    cat = catalogue(root, *decisions, sources=sources)
    for record in [*cat.venues.values(), *cat.categories.values(), *cat.sources.values()]:
        save(root, record)
    for decision in decisions:
        save(root, decision)


def import_entries(root: Path, entries: list[ImportedEntry], day: str = "2026-11-21") -> Outcome:
    """Import ``entries`` (grouped by their list) into the catalogue under ``root`` for real."""
    import datetime as dt

    from catalogue.core.store import load
    from catalogue.ingest.importers import ImportResult
    from catalogue.ingest.lists import ListFile, apply, plan

    cat = load(root)
    lists = []
    for source in sorted({e.entry.source for e in entries}):
        path = root.parent / f"{source}.md"
        path.write_text(f"# {source}\n", encoding="utf-8")
        mine = [e for e in entries if e.entry.source == source]
        record = cat.sources.get(source) or Source(
            id=source, file=path.name, title=source, format="generic"
        )
        lists.append(ListFile(path, record, source not in cat.sources, ImportResult(mine)))
    result = plan(cat, lists, dt.date.fromisoformat(day))
    return apply(cat, lists, result)


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }
