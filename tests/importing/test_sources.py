# ruff: noqa: E501  (list lines are as long as lists write them)
"""Source lists: read where they are (never copied), known by their origin, and versions of one
list compared entry by entry."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from catalogue.core.models import LinkKind, SourceEntry
from catalogue.core.store import load, save
from catalogue.ingest.importers import ImportedEntry
from catalogue.ingest.versions import diff_entries

from .conftest import catalogue


def _shared() -> Path:
    """The shared development lists: $SHARED_LISTS, else ``shared/lists`` beside the clone."""
    for place in (
        os.environ.get("SHARED_LISTS"),
        Path(__file__).resolve().parents[3] / "shared" / "lists",
        "/work/shared/lists",
    ):
        if place and Path(place).exists():
            return Path(place)
    return Path("/nonexistent")


SHARED = _shared()
ROOT = Path(__file__).resolve().parents[2]

FIRST = """\
# Vision distillation

- [Deep Mutual Learning](https://arxiv.org/abs/1706.00384), Ying Zhang, Tao Xiang, 2018
"""
SECOND = """\
# Language distillation

- [Patient Knowledge Distillation for BERT Model Compression](https://arxiv.org/abs/1908.09355), Siqi Sun, Yu Cheng, 2019
"""


def _write(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True)
    path = folder / "README.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_two_lists_called_readme_are_two_lists(data: Path, tmp_path: Path) -> None:
    first = _write(tmp_path / "awesome-vision-kd", FIRST)
    second = _write(tmp_path / "awesome-nlp-kd", SECOND)
    assert catalogue(data, "import", "--date", "2026-01-01", str(first)) == 0
    assert catalogue(data, "import", "--date", "2026-01-01", str(second)) == 0
    cat = load(data)
    vision, nlp = cat.sources["awesome-vision-kd"], cat.sources["awesome-nlp-kd"]
    assert (vision.file, nlp.file) == ("README.md", "README.md")
    assert not (data / "sources" / "README.md").exists()  # neither is copied
    by_title = {p.title: [e.source for e in p.sources] for p in cat.papers.values()}
    assert by_title["Deep Mutual Learning"] == ["awesome-vision-kd"]
    assert by_title["Patient Knowledge Distillation for BERT Model Compression"] == [
        "awesome-nlp-kd"
    ]
    # The first list again, from where it is: recognised by its origin, not by its name.
    assert catalogue(data, "import", "--date", "2026-01-01", str(first)) == 0
    assert set(load(data).sources) == set(cat.sources)


def test_origin_in_a_repository_names_the_list_wherever_it_is_read(
    data: Path, tmp_path: Path
) -> None:
    origin = ("--repository", "https://github.com/example/awesome-kd", "--commit", "abc123")
    here = _write(tmp_path / "one", FIRST)
    assert catalogue(data, "import", "--date", "2026-01-01", *origin, str(here)) == 0
    source = load(data).sources["awesome-kd"]  # README.md: named after the repository
    assert source.origin is not None
    assert (source.origin.repository, source.origin.commit, source.origin.path) == (
        "https://github.com/example/awesome-kd",
        "abc123",
        "README.md",
    )
    there = _write(tmp_path / "elsewhere", FIRST + SECOND.split("\n", 2)[2])
    newer = ("--repository", "https://github.com/example/awesome-kd", "--commit", "def456")
    assert catalogue(data, "import", "--date", "2026-01-01", *newer, str(there)) == 0
    cat = load(data)
    assert set(cat.sources) == {"awesome-kd", *(s for s in cat.sources if s.startswith("seed"))}
    assert cat.sources["awesome-kd"].origin.commit == "def456"  # type: ignore[union-attr]


LOCAL_PDFS = """\
# Search papers

| Title | Venue |
| --- | --- |
| [Growing Cells Without a Gardener](./papers/growing cells.pdf) | ICLR 2018 |
| [Pruned Ladders for Tiny Devices](papers/ladders.pdf) | CVPR 2019 |
| [Shared Weights at Scale](https://example.org/shared.pdf) | NeurIPS 2018 |
"""

# ``[code](Folder Name)``: a folder of the list's own repository, labelled code.
LOCAL_CODE = """\
# Distillation papers

- [Ranked Students](https://example.org/ranked.pdf), Ann Lee, ICCV 2019, [code](Ranked Students)
- [Loud Teachers](https://example.org/loud.pdf), Bo Chan, CVPR 2020, [code](https://github.com/bo/loud)
"""


def test_a_relative_link_labelled_code_is_no_code_repository(data: Path, tmp_path: Path) -> None:
    """The list's own repository is not the paper's code: the link is kept, but not as code."""
    here = _write(tmp_path / "kd", LOCAL_CODE)
    origin = ("--repository", "https://github.com/example/kd", "--commit", "abc123")
    assert catalogue(data, "import", "--date", "2026-01-01", *origin, str(here)) == 0
    kinds = {p.title: {x.url: x.kind for x in p.links} for p in load(data).papers.values()}
    assert kinds["Ranked Students"] == {
        "https://example.org/ranked.pdf": LinkKind.PDF,
        "https://github.com/example/kd/blob/abc123/Ranked%20Students": LinkKind.OTHER,
    }
    assert kinds["Loud Teachers"]["https://github.com/bo/loud"] is LinkKind.CODE


def test_relative_links_become_addresses_in_the_lists_repository(
    data: Path, tmp_path: Path
) -> None:
    here = _write(tmp_path / "nas", LOCAL_PDFS)
    origin = ("--repository", "https://github.com/example/nas", "--commit", "abc123")
    assert catalogue(data, "import", "--date", "2026-01-01", *origin, str(here)) == 0
    urls = {p.title: [x.url for x in p.links] for p in load(data).papers.values()}
    blob = "https://github.com/example/nas/blob/abc123"
    assert urls["Growing Cells Without a Gardener"] == [f"{blob}/papers/growing%20cells.pdf"]
    assert urls["Pruned Ladders for Tiny Devices"] == [f"{blob}/papers/ladders.pdf"]


def test_relative_links_of_a_list_without_origin_are_left_out_not_the_entries(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    here = _write(tmp_path / "nas", LOCAL_PDFS)
    assert catalogue(data, "import", "--date", "2026-01-01", str(here)) == 0
    papers = {p.title: p for p in load(data).papers.values()}
    assert papers["Growing Cells Without a Gardener"].links == []
    assert papers["Pruned Ladders for Tiny Devices"].links == []
    assert "--repository" in capsys.readouterr().err


def test_a_bad_origin_is_a_usage_error(data: Path, tmp_path: Path) -> None:
    here = _write(tmp_path / "one", FIRST)
    assert catalogue(data, "import", "--repository", "not a url", str(here)) == 2
    assert catalogue(data, "import", "--commit", "abc", str(here)) == 2


def _entry(line: int, title: str, url: str) -> SourceEntry:
    return SourceEntry.model_validate(
        {"source": "mine", "line": line, "title": title, "links": [{"kind": "paper", "url": url}]}
    )


def test_versions_are_compared_by_what_names_the_work_not_by_line() -> None:
    old = [
        ("paper", _entry(3, "Deep Mutual Learning", "https://arxiv.org/abs/1706.00384")),
        ("paper", _entry(4, "Born Again Neural Networks", "https://arxiv.org/abs/1805.04770")),
        ("paper", _entry(5, "FitNets", "https://example.org/fitnets")),
    ]
    new = [
        # Moved down a line, and linked as a PDF now: the same work.
        ImportedEntry(
            "paper", _entry(4, "Deep Mutual Learning", "https://arxiv.org/pdf/1706.00384")
        ),
        # The same title with a new link: the same work.
        ImportedEntry("paper", _entry(5, "FitNets", "https://example.org/fitnets-v2")),
        ImportedEntry("paper", _entry(6, "Relational KD", "https://arxiv.org/abs/1904.05068")),
    ]
    diff = diff_entries("mine", old, new)  # type: ignore[arg-type]
    assert [e.entry.title for e in diff.added] == ["Relational KD"]
    assert [e.title for _, e in diff.removed] == ["Born Again Neural Networks"]
    assert diff.kept == 2
    assert [(e.entry.line, e.entry.listed) for e in diff.unlisted] == [(4, False)]
    same = diff_entries("mine", old, [ImportedEntry(k, e) for k, e in old])  # type: ignore[arg-type]
    assert not same.changed and same.unlisted == ()


def test_the_seed_files_stay_the_seed_lists(data: Path) -> None:
    # The seed's record as it was before a newer version was imported from its repository.
    seed = load(ROOT / "data").sources["seed-000"].model_copy(update={"origin": None})
    stored = ROOT / "data" / "sources" / seed.file
    (data / "sources").mkdir(exist_ok=True)
    shutil.copy(stored, data / "sources" / seed.file)
    save(data, seed)
    assert catalogue(data, "import", "--date", "2026-01-01", str(data / "sources" / seed.file)) == 0
    assert load(data).sources["seed-000"].origin is None  # stored beside its record, as it was


@pytest.mark.skipif(not (SHARED / "dkozlov-current.md").exists(), reason="no shared lists here")
def test_a_newer_version_of_a_seed_list_reports_what_it_added(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    test_the_seed_files_stay_the_seed_lists(data)
    capsys.readouterr()
    newer = SHARED / "dkozlov-current.md"
    args = ("import", "--date", "2026-01-01", "--source", "seed-000", str(newer))
    assert catalogue(data, *args) == 0
    said = capsys.readouterr().err
    assert "list seed-000: new version" in said
    added = int(said.split("new version, ")[1].split(" entries added")[0])
    assert added >= 16  # the papers and implementations added since the seed
    source = load(data).sources["seed-000"]
    assert source.origin is not None and source.origin.path == str(newer)


def test_a_list_that_changed_its_layout_is_read_by_the_generic_reader(
    data: Path, my_list: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert catalogue(data, "import", "--format", "comma-authors", str(my_list)) == 0
    table = tmp_path / "my-list.md"
    table.write_text(
        "# My distillation list\n\n| Title | Year |\n|---|---|\n"
        "| [Deep Mutual Learning](https://arxiv.org/abs/1706.00384) | 2018 |\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    assert catalogue(data, "import", "--source", "my-list", str(table)) == 0
    said = capsys.readouterr().err
    assert "list my-list (generic)" in said and "0 entries added and 3 removed" in said
    assert load(data).sources["my-list"].format == "comma-authors"  # kept for rendering
