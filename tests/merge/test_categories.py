"""List headings reach categories through aliases and keywords; the rest are listed once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from catalogue.cli import run
from catalogue.core.models import Category
from catalogue.core.store import load, save

from ..dedupe.helpers import entry, import_entries, write_catalogue


@pytest.fixture
def data(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    write_catalogue(root)
    import_entries(
        root,
        [
            entry("la:3", "Deep Mutual Learning", section=("Online Knowledge Distillation",)),
            entry("la:9", "Born Again Neural Networks", section=("Recommended Papers", "2018")),
            entry("la:12", "Sequence-Level Knowledge Distillation", section=("KD for NLP",)),
            entry("lb:2", "Fitnets: Hints for Thin Deep Nets", section=("Mutual learning",)),
        ],
    )
    return root


def unmapped(data: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, int]:
    capsys.readouterr()
    assert run(["--data", str(data), "categories", "--unmapped", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["unmapped"]
    return {row["heading"]: row["entries"] for row in rows}


def test_unmapped_headings_are_listed_until_mapped_once(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An alias maps a whole heading; a keyword ("mutual learning") maps one it appears in; a year
    # names no topic.
    assert unmapped(data, capsys) == {"KD for NLP": 1, "Recommended Papers": 1}
    assert run(["--data", str(data), "categories", "--unmapped", "--check"]) == 1
    cat = load(data)
    general = cat.categories["general"]
    save(data, general.model_copy(update={"aliases": ["Recommended Papers"]}))
    save(
        data,
        Category(id="language", title="Language", order=20, aliases=["KD for NLP"]),
    )
    assert unmapped(data, capsys) == {}
    import_entries(
        data,
        [
            entry("la:3", "Deep Mutual Learning", section=("Online Knowledge Distillation",)),
            entry("la:9", "Born Again Neural Networks", section=("Recommended Papers", "2018")),
            entry("la:12", "Sequence-Level Knowledge Distillation", section=("KD for NLP",)),
        ],
    )
    cat = load(data)
    by_title = {p.title: p.categories for p in cat.papers.values()}
    assert by_title["Sequence-Level Knowledge Distillation"] == ["language"]
    # A heading that names no topic places nothing: the paper falls back to general alone.
    assert by_title["Born Again Neural Networks"] == ["general"]
    assert by_title["Fitnets: Hints for Thin Deep Nets"] == ["online"]  # keyword in its heading


def test_the_summary_counts_papers_only_in_general(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert run(["--data", str(data), "categories", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["papers"] == 4 and document["only_general"] == 2
    assert document["unmapped_headings"] == 2
