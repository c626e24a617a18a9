"""Whatever importer reads whatever list, every line ends up consumed or skipped, exactly once:
a wrong --format gives a poor import, never a lost line or a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalogue.ingest.importers import get, parse_file, read_list_text
from catalogue.ingest.importers._markdown import split_lines

from .seeds import seeds

OURS = [
    "comma-authors",
    "venue-brackets",
    "heading-entries",
    "bold-italic-authors",
    "dated-summaries",
    "generic",
]
LISTS = [seed.path for seed in seeds()] + sorted(
    (Path(__file__).resolve().parent / "fixtures").glob("*.md")
)


@pytest.mark.parametrize("name", OURS)
@pytest.mark.parametrize("path", LISTS, ids=lambda p: p.name)
def test_every_line_accounted_for_with_any_importer(path: Path, name: str) -> None:
    get(name)
    result = parse_file(path, name, "any-source")
    skipped = [item.line for item in result.skipped]
    assert len(skipped) == len(set(skipped))
    assert not result.consumed & set(skipped)
    lines = split_lines(read_list_text(path))
    assert result.consumed | set(skipped) == set(range(1, len(lines) + 1))
    assert all(item.entry.source == "any-source" for item in result.entries)
