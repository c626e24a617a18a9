"""Title keys kept between check runs: the same findings as without them, never stale ones."""

from __future__ import annotations

import shutil
from pathlib import Path

from catalogue.core import store
from catalogue.core.checks import run_checks, title_keys
from catalogue.core.identity import title_key
from catalogue.incremental.fragments import Fragments, RecordInputs
from catalogue.incremental.kept import KeptValues

from .test_checks import PAPER, edit

TWIN = "papers/romero2015hints.yml"


def add_twin(data: Path, title: str) -> None:
    """A second record of the fixture's paper, under another key, with ``title``."""
    shutil.copy(data / PAPER, data / TWIN)
    edit(data / TWIN, "key: romero2015fitnets\n", "key: romero2015hints\n")
    edit(data / TWIN, "  arxiv: '1412.6550'\n", "  arxiv: '1412.6551'\n")
    edit(data / TWIN, "title: 'FitNets: Hints for Thin Deep Nets'", f"title: {title}")


def kept_titles(path: Path, catalogue: store.Catalogue) -> Fragments:
    """The check's fragments, kept in ``path``."""
    return Fragments(KeptValues(path, version="test"), RecordInputs(catalogue))


def codes(data: Path, path: Path | None) -> tuple[list[str], Fragments | None]:
    """The codes of the findings, with the fragments they were found with (kept in ``path``)."""
    catalogue = store.load(data)
    fragments = kept_titles(path, catalogue) if path else None
    return [d.code for d in run_checks(catalogue, fragments)], fragments


def test_memoised_title_keys_are_the_title_keys(data: Path, tmp_path: Path) -> None:
    add_twin(data, "'Ünïcode — “quoted” title'")
    catalogue = store.load(data)
    fragments = kept_titles(tmp_path / "check.marshal", catalogue)
    expected = {key: title_key(p.title) for key, p in catalogue.papers.items()}
    assert title_keys(catalogue, fragments) == title_keys(catalogue) == expected
    fragments.kept.save()
    again = kept_titles(tmp_path / "check.marshal", catalogue)
    assert title_keys(catalogue, again) == expected
    assert (again.kept.hits, again.kept.misses) == (2, 0)


def test_findings_follow_the_titles_through_a_warm_memo(data: Path, tmp_path: Path) -> None:
    path = tmp_path / "check.marshal"
    add_twin(data, "FITNETS -- hints for thin deep nets")
    found, first = codes(data, path)
    assert found == codes(data, None)[0] and "same-title" in found
    assert first is not None
    first.kept.save()
    # The twin gets its own title: the kept keys must not keep the old verdict alive.
    edit(data / TWIN, "title: FITNETS -- hints for thin deep nets", "title: Hints Elsewhere")
    found, second = codes(data, path)
    assert "same-title" not in found and second is not None
    assert (second.kept.hits, second.kept.misses) == (1, 1)
    second.kept.save()
    # And back: found again, from the kept key of the unchanged paper.
    edit(data / TWIN, "title: Hints Elsewhere", "title: fitnets - HINTS for thin deep nets")
    found, _ = codes(data, path)
    assert found == codes(data, None)[0] and "same-title" in found


def test_one_title_three_times_reports_against_the_first_key(data: Path) -> None:
    add_twin(data, "FITNETS -- hints for thin deep nets")
    third = data / "papers/aaa2015fitnets.yml"
    shutil.copy(data / TWIN, third)
    edit(third, "key: romero2015hints\n", "key: aaa2015fitnets\n")
    edit(third, "  arxiv: '1412.6551'\n", "  arxiv: '1412.6552'\n")
    found = [d for d in run_checks(store.load(data)) if d.code == "same-title"]
    assert [(Path(d.path).stem, d.message.split("'")[1]) for d in found] == [
        ("romero2015fitnets", "aaa2015fitnets"),
        ("romero2015hints", "aaa2015fitnets"),
    ]
    (data / "decisions").mkdir()
    (data / "decisions/apart.yml").write_text(
        "id: apart\nverdict: different\nrecords:\n- aaa2015fitnets\n- romero2015hints\n"
    )
    found = [d for d in run_checks(store.load(data)) if d.code == "same-title"]
    assert [Path(d.path).stem for d in found] == ["romero2015fitnets"]
