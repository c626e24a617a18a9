"""The answer cache and the offline mode of the one HTTP layer, seen through `catalogue add`, and
the abstracts `add` fills (arXiv's summary; Crossref's JATS made plain text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from catalogue.lookup.markup import abstract_text

from .conftest import AddRunner, FakeService, recorded, settings_text, snapshot

ARXIV = "/api/query?1503.02531"


@pytest.fixture
def cached(tmp_path: Path, config: Path, service: FakeService) -> Path:
    """Settings with a cache folder beside them."""
    config.write_text(settings_text(service.url, cache_dir="answers"), encoding="utf-8")
    return tmp_path / "answers"


def test_a_second_run_is_answered_by_the_cache(
    add: AddRunner, service: FakeService, cached: Path
) -> None:
    service.script(ARXIV, recorded("arxiv/1503.02531.xml"))
    first = add("1503.02531", "--dry-run")
    second = add("1503.02531", "--dry-run")
    assert first.code == second.code == 0, first.err + second.err
    assert first.out == second.out
    assert len(service.seen) == 1
    [entry] = (cached / "arxiv").glob("*.json")
    kept = json.loads(entry.read_text())
    assert kept["status"] == 200 and kept["key"].startswith("GET ")


def test_offline_uses_the_cache_and_never_asks(
    add: AddRunner, service: FakeService, cached: Path, data: Path
) -> None:
    service.script(ARXIV, recorded("arxiv/1503.02531.xml"))
    before = snapshot(data)
    missing = add("1503.02531", "--dry-run", "--offline")
    assert missing.code == 1
    assert "error: offline: arXiv's answer to " in missing.err
    assert "is not in the cache; run without --offline" in missing.err
    assert service.seen == [] and snapshot(data) == before
    assert add("1503.02531", "--dry-run").code == 0
    done = add("1503.02531", "--offline")
    assert done.code == 0, done.err
    assert len(service.seen) == 1
    assert (data / "papers/hinton2015distilling.yml").is_file()


def test_offline_from_the_environment(
    add: AddRunner, service: FakeService, cached: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CATALOGUE_OFFLINE", "1")
    assert add("1503.02531", "--dry-run").code == 1
    assert service.seen == []


def test_an_old_or_damaged_answer_is_asked_again(
    add: AddRunner, service: FakeService, cached: Path, config: Path
) -> None:
    service.script(ARXIV, recorded("arxiv/1503.02531.xml"))
    assert add("1503.02531", "--dry-run").code == 0
    [entry] = (cached / "arxiv").glob("*.json")
    entry.write_text("{not json")
    assert add("1503.02531", "--dry-run").code == 0
    assert len(service.seen) == 2
    config.write_text(
        settings_text(service.url, cache_dir="answers", cache_hours="0"), encoding="utf-8"
    )
    assert add("1503.02531", "--dry-run").code == 0
    assert len(service.seen) == 3


def test_failures_are_not_kept(add: AddRunner, service: FakeService, cached: Path) -> None:
    service.script(ARXIV, recorded("arxiv/rate-exceeded.txt", status=503))
    assert add("1503.02531", "--dry-run").code == 1
    assert not (cached / "arxiv").exists()


def test_crossref_jats_abstract_becomes_plain_paragraphs(
    add: AddRunner, service: FakeService, data: Path
) -> None:
    service.script("/works/10.1234/kd.2021.0042", recorded("crossref/jats-abstract.json"))
    done = add("10.1234/KD.2021.0042", "--dry-run")
    assert done.code == 0, done.err
    assert "title: Teaching Small Students with & without Labels\n" in done.out
    assert (
        "abstract: |-\n"
        "  Background\n\n"
        "  A teacher network's soft labels carry more than its hard ones; we ask how much of that"
        " survives when the student sees no labels at all.\n\n"
        "  Students trained this way reach 92 % of the teacher's accuracy with k=4 layers"
        " <and> no tricks.\n"
    ) in done.out


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<jats:p>One.</jats:p><jats:p>Two.</jats:p>", "One.\n\nTwo."),
        ("<jats:title>ABSTRACT:</jats:title><jats:p>Only this.</jats:p>", "Only this."),
        ("Plain text, no markup &amp; an entity.", "Plain text, no markup & an entity."),
        ("<p>Broken <i>markup</p>", "Broken markup"),
        ("<jats:title>Abstract</jats:title>", None),
        ("   ", None),
    ],
)
def test_abstract_markup(markup: str, text: str | None) -> None:
    assert abstract_text(markup) == text
