"""Each seed list parses into exactly the entries it holds, and every line is accounted for."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from catalogue.ingest.importers import detect, get, parse_file, read_list_text
from catalogue.ingest.importers._markdown import split_lines

from .seeds import Seed, seeds

# Counted by hand from the seed files (issue 3): papers, talks and code per list.
EXPECTED = {
    "seed-000": {"paper": 144, "talk": 2, "code": 64},
    "seed-001": {"paper": 25},
    "seed-002": {"paper": 99},
    "seed-003": {"paper": 9},
    "seed-004": {"paper": 16},
}

SEEDS = seeds()
# An http(s) URL as the seeds write them: inside (…) of a link, or bare; may hold one (…) pair.
_URL_RE = re.compile(r"https?://[^\s()\[\]]+(?:\([^\s()]*\)[^\s()\[\]]*)?")


def test_all_five_seeds_are_registered() -> None:
    assert sorted(seed.id for seed in SEEDS) == sorted(EXPECTED)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda s: s.id)
def test_entry_counts(seed: Seed) -> None:
    result = parse_file(seed.path, seed.format, seed.id)
    assert Counter(item.kind for item in result.entries) == Counter(EXPECTED[seed.id])


@pytest.mark.parametrize("seed", SEEDS, ids=lambda s: s.id)
def test_every_line_is_consumed_or_skipped_exactly_once(seed: Seed) -> None:
    result = parse_file(seed.path, seed.format, seed.id)
    lines = split_lines(read_list_text(seed.path))
    skipped = [s.line for s in result.skipped]
    assert len(skipped) == len(set(skipped)), "a line was skipped twice"
    assert not result.consumed & set(skipped), "a line was both consumed and skipped"
    assert result.consumed | set(skipped) == set(range(1, len(lines) + 1))
    for item in result.skipped:
        assert item.text == lines[item.line - 1]
        assert item.reason


@pytest.mark.parametrize("seed", SEEDS, ids=lambda s: s.id)
def test_every_entry_line_is_consumed_and_every_url_kept(seed: Seed) -> None:
    result = parse_file(seed.path, seed.format, seed.id)
    lines = split_lines(read_list_text(seed.path))
    kept = []
    for item in result.entries:
        entry = item.entry
        assert entry.source == seed.id
        end = entry.end_line or entry.line
        assert set(range(entry.line, end + 1)) <= result.consumed
        kept += [link.url for link in entry.links]
    # Every http(s) URL written on an entry line is one of the entries' links, in order.
    written = []
    for item in result.entries:
        entry = item.entry
        for number in range(entry.line, (entry.end_line or entry.line) + 1):
            written += _URL_RE.findall(lines[number - 1])
    assert kept == written
    assert result.warnings == []


@pytest.mark.parametrize("seed", SEEDS, ids=lambda s: s.id)
def test_auto_detects_each_seed_as_its_own_format(seed: Seed) -> None:
    assert detect(read_list_text(seed.path)).name == seed.format
    assert get(seed.format).name == seed.format
