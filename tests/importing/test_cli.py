"""`catalogue import` and `catalogue dedupe` on a list written here, end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from catalogue.core.store import load

from ..dedupe.helpers import snapshot
from .conftest import LIST, catalogue

IMPORT = ("import", "--format", "comma-authors", "--date", "2026-11-21")


def test_import_creates_the_list_record_and_its_papers(
    data: Path, my_list: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert catalogue(data, *IMPORT, str(my_list)) == 0
    cat = load(data)
    source = cat.sources["my-list"]
    assert (source.file, source.title, source.format) == (
        "my-list.md",
        "My distillation list",
        "comma-authors",
    )
    # Read where it is, never copied; the record names where it was read from.
    assert not (data / "sources" / "my-list.md").exists()
    assert source.origin is not None and source.origin.path == str(my_list)
    titles = sorted(p.title for p in cat.papers.values())
    assert titles == [
        "Born Again Neural Networks",
        "Deep Mutual Learning",
        "Relational Knowledge Distillation",
    ]
    dml = next(p for p in cat.papers.values() if p.title == "Deep Mutual Learning")
    assert dml.categories == ["online"]  # the list's section is an alias of that category
    assert str(dml.added) == "2026-11-21"
    (code,) = cat.code.values()
    assert code.paper == dml.key  # the implementation names the paper
    assert any(link.url == code.url for link in dml.links)
    rka = next(p for p in cat.papers.values() if p.title.startswith("Relational"))
    assert rka.categories == ["general"]
    assert catalogue(data, "check", "--strict") == 0
    assert "4 entries" in capsys.readouterr().err


def test_reimport_changes_nothing_keeps_curated_edits_and_takes_corrections(
    data: Path, my_list: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert catalogue(data, *IMPORT, str(my_list)) == 0
    before = snapshot(data)
    assert catalogue(data, *IMPORT[:-2], "--date", "2030-01-01", str(my_list)) == 0
    assert snapshot(data) == before  # idempotent, whatever the date

    cat = load(data)
    dml = next(p for p in cat.papers.values() if p.title == "Deep Mutual Learning")
    path = data / "papers" / f"{dml.key}.yml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "\ntitle: Deep Mutual Learning\n", "\ntitle: Deep Mutual Learning (DML)\n"
        ),
        encoding="utf-8",
    )
    changed = LIST.replace("Z. Lipton, 2018", "M. Tschannen, 2019").replace(
        "- [Relational Knowledge Distillation](https://arxiv.org/abs/1904.05068), W. Park,"
        " D. Kim, 2019\n",
        "",
    )
    my_list.write_text(changed, encoding="utf-8")
    assert catalogue(data, *IMPORT[:-2], "--date", "2030-01-01", str(my_list)) == 0
    said = capsys.readouterr().err
    assert "0 entries added and 1 removed" in said and "- line 8: Relational" in said
    cat = load(data)
    assert cat.papers[dml.key].title == "Deep Mutual Learning (DML)"  # the curator's edit stays
    born = next(p for p in cat.papers.values() if p.title == "Born Again Neural Networks")
    assert born.authors == ["T. Furlanello", "M. Tschannen"]  # the list's correction comes through
    assert born.year == 2018  # but its arXiv id's year beats the year the list now writes
    assert str(born.added) == "2026-11-21"
    gone = next(p for p in cat.papers.values() if p.title.startswith("Relational"))
    # Still a record, and still what the list once said, marked as no longer listed.
    assert [(e.source, e.line, e.listed) for e in gone.sources] == [("my-list", 8, False)]
    assert not (data / "sources" / "my-list.md").exists()


def test_dry_run_writes_nothing(data: Path, my_list: Path) -> None:
    before = snapshot(data)
    assert catalogue(data, *IMPORT, "--dry-run", str(my_list)) == 0
    assert snapshot(data) == before


@pytest.mark.parametrize(
    "args",
    [
        ("import", "--source", "x-list", "a.md", "b.md"),
        ("import", "--format", "no-such-format", "{list}"),
        ("import", "missing.md"),
        ("import", "--date", "21.11.2026", "{list}"),
        ("import", "--source", "Not A Key", "{list}"),
    ],
)
def test_usage_errors_exit_2_and_write_nothing(
    data: Path, my_list: Path, args: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(data)
    argv = [a.replace("{list}", str(my_list)) for a in args]
    assert catalogue(data, *argv) == 2
    err = capsys.readouterr().err
    assert "error" in err.lower() and "Traceback" not in err
    assert snapshot(data) == before


def test_dedupe_text_and_json(
    data: Path, my_list: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.md"
    other.write_text(
        "# Other\n\n## Papers\n"
        "- [Deep Mutual Learning](https://arxiv.org/abs/1804.03235), Ying Zhang, 2018\n"
        "- [Deep mutual learning](https://arxiv.org/abs/1706.00384v2), Ying Zhang, 2017\n",
        encoding="utf-8",
    )
    assert catalogue(data, *IMPORT, str(my_list), str(other)) == 0
    capsys.readouterr()
    assert catalogue(data, "dedupe", "--json") == 0
    first = capsys.readouterr().out
    assert catalogue(data, "dedupe", "--json") == 0
    assert capsys.readouterr().out == first  # stable
    document = json.loads(first)
    assert set(document) == {"summary", "clusters", "conflicts", "notes"}
    assert document["summary"]["entries"] == 6
    merged = [c for c in document["clusters"] if len(c["entries"]) > 1]
    # other:4 links another arXiv id than my-list:4: same title, kept apart and reported.
    assert [c["entries"] for c in merged] == [["my-list:4", "other:5"]]
    # The years differ, but the arXiv id's year settles them: not a conflict.
    assert {c["kind"] for c in document["conflicts"]} == {"title-identifiers"}
    assert catalogue(data, "dedupe") == 0
    text = capsys.readouterr().out
    assert "merged clusters:" in text and "[title-identifiers]" in text
