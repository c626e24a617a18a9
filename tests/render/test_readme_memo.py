"""README list lines kept between builds: reused for unchanged records, never stale after an edit.

Each case renders a catalogue loaded from files (so records have digests) with the fragments an
earlier run kept, and compares the bytes with a render that uses none at all.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from benchmarks import synthetic
from catalogue.core.store import Catalogue, load
from catalogue.incremental.fragments import Fragments, RecordInputs
from catalogue.incremental.kept import KeptValues
from catalogue.outputs import registry
from catalogue.outputs.bibtex_output import bib_names
from catalogue.outputs.context import BuildContext
from catalogue.outputs.readme import BEGIN, END, render_readme

README = f"# A list\n\n{BEGIN}\n{END}\n"
PAPERS = 120


@pytest.fixture
def data(tmp_path: Path) -> Path:
    synthetic.generate(tmp_path / "data", PAPERS)
    return tmp_path / "data"


class Memo(Fragments):
    """The README's fragments, kept in ``path``, with their hit counts at hand."""

    def __init__(self, path: Path, catalogue: Catalogue):
        super().__init__(KeptValues(path, version="test"), RecordInputs(catalogue))
        self.path = path

    @property
    def hits(self) -> int:
        return self.kept.hits

    @property
    def misses(self) -> int:
        return self.kept.misses

    def save(self) -> None:
        self.kept.save()


def render(catalogue: Catalogue, memo: Fragments | None = None) -> str:
    return render_readme(README, catalogue, bib_names(catalogue), fragments=memo)


def warm_memo(data: Path, path: Path) -> None:
    """The kept lines as a first build leaves them."""
    catalogue = load(data)
    memo = Memo(path, catalogue)
    render(catalogue, memo)
    memo.save()


def edit(path: Path, pattern: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    changed = re.sub(pattern, new, text, count=1, flags=re.M)
    assert changed != text
    path.write_text(changed, encoding="utf-8")


def test_a_memo_gives_the_same_bytes_and_is_used_for_every_line(data: Path, tmp_path: Path):
    catalogue = load(data)
    fresh = render(catalogue)
    assert "too long for GitHub" not in fresh and fresh.count("\n- ") > PAPERS
    first = Memo(tmp_path / "readme.marshal", catalogue)
    assert render(catalogue, first) == fresh
    assert (first.hits, first.misses) == (0, len(catalogue.papers))
    first.save()
    again = Memo(tmp_path / "readme.marshal", catalogue)
    assert render(load(data), again) == fresh
    assert (again.hits, again.misses) == (len(catalogue.papers), 0)


def test_an_edited_paper_is_rendered_again(data: Path, tmp_path: Path):
    warm_memo(data, tmp_path / "m")
    path = sorted((data / "papers").glob("*.yml"))[5]
    edit(path, r"^(title: .*)$", r"\1 Revisited")
    catalogue = load(data)
    memo = Memo(tmp_path / "m", catalogue)
    text = render(catalogue, memo)
    assert text == render(catalogue) and " Revisited" in text
    assert (memo.hits, memo.misses) == (len(catalogue.papers) - 1, 1)


def test_an_edited_venue_renders_its_papers_again(data: Path, tmp_path: Path):
    catalogue = load(data)
    venue = next(p.venue for p in catalogue.papers.values() if p.venue)
    at_venue = sum(1 for p in catalogue.papers.values() if p.venue == venue)
    warm_memo(data, tmp_path / "m")
    edit(data / "venues" / f"{venue}.yml", r"^short: (.*)$", r"short: \1-Renamed")
    catalogue = load(data)
    memo = Memo(tmp_path / "m", catalogue)
    text = render(catalogue, memo)
    assert text == render(catalogue) and "-Renamed" in text
    assert memo.misses == at_venue


def test_code_records_count_for_the_paper_they_belong_to(data: Path, tmp_path: Path):
    catalogue = load(data)
    tied = next(c for c in catalogue.code.values() if c.paper in catalogue.papers)
    other = next(k for k in sorted(catalogue.papers) if k != tied.paper)
    warm_memo(data, tmp_path / "m")
    # Moved to another paper: both lines change, and only they.
    edit(data / "code" / f"{tied.key}.yml", r"^paper: .*$", f"paper: {other}")
    catalogue = load(data)
    memo = Memo(tmp_path / "m", catalogue)
    assert render(catalogue, memo) == render(catalogue)
    assert memo.misses == 2


def test_records_without_digests_are_not_memoised(data: Path, tmp_path: Path):
    catalogue = load(data)
    fresh = render(catalogue)
    catalogue.digests.clear()  # a catalogue made in memory
    memo = Memo(tmp_path / "m", catalogue)
    assert render(catalogue, memo) == fresh
    assert (memo.hits, memo.misses) == (0, 0)


def test_the_readme_output_keeps_its_lines_beside_the_parse_cache(data: Path, tmp_path: Path):
    (tmp_path / "README.md").write_text(README, encoding="utf-8")
    cache = tmp_path / ".cache" / "parse.marshal"
    texts, counts = [], []
    for _ in range(2):
        context = BuildContext(load(data, cache), tmp_path, cache)
        registry.get("readme").steps()[0][1](context)
        context.save()
        texts.append((tmp_path / "README.md").read_text(encoding="utf-8"))
        counts.append(context.counts())
    assert texts[0] == texts[1] == render(load(data))
    assert (cache.parent / "parse.readme.marshal").is_file()
    papers = len(load(data).papers)
    assert counts == [(0, papers), (papers, 0)]
