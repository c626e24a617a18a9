"""Fragment keys: a paper's digest follows every record it points at, and only those."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalogue.core.store import load
from catalogue.incremental.fragments import Fragments, RecordInputs
from catalogue.incremental.kept import KeptValues

PAPER = "romero2015fitnets"


def paper_digest(data: Path) -> bytes | None:
    return RecordInputs(load(data)).paper(PAPER)


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


@pytest.mark.parametrize(
    "edited",
    [
        "papers/romero2015fitnets.yml",
        "venues/iclr.yml",
        "code/fitnets-theano.yml",
        "sources/seed-x.yml",
    ],
)
def test_a_paper_digest_changes_with_every_record_it_points_at(data: Path, edited: str) -> None:
    before = paper_digest(data)
    append(data / edited, "# an edit\n")
    after = paper_digest(data)
    assert before is not None and after is not None and before != after


def test_a_paper_digest_ignores_records_it_does_not_point_at(data: Path) -> None:
    before = paper_digest(data)
    append(data / "categories/foundations.yml", "# an edit\n")
    (data / "venues/nips.yml").write_text("id: nips\nshort: NIPS\nname: N\nkind: conference\n")
    assert paper_digest(data) == before


def test_code_tied_elsewhere_changes_both_papers(data: Path) -> None:
    inputs = RecordInputs(load(data))
    assert inputs.code_of(PAPER) == ["fitnets-theano"]
    code = data / "code/fitnets-theano.yml"
    code.write_text(code.read_text(encoding="utf-8").replace(f"paper: {PAPER}\n", ""))
    assert RecordInputs(load(data)).code_of(PAPER) == []
    assert paper_digest(data) != inputs.paper(PAPER)


def test_records_without_digests_give_no_key_and_are_made_each_time(data: Path) -> None:
    catalogue = load(data)
    catalogue.digests.clear()  # as if made in memory
    fragments = Fragments(KeptValues(None, ""), RecordInputs(catalogue))
    assert fragments.paper(PAPER) is None and fragments.every("venues") is None
    made: list[int] = []
    for _ in range(2):
        assert fragments.get("line", fragments.paper(PAPER), lambda: made.append(1) or "x") == "x"
    assert len(made) == 2 and (fragments.kept.hits, fragments.kept.misses) == (0, 0)


def test_shows_keeps_digests_and_names_apart() -> None:
    a, b = b"a" * 16, b"b" * 16
    shows = Fragments.shows
    assert shows(a, names=["xy", "z"]) != shows(a, names=["x", "yz"])
    assert shows(a, b) != shows(b, a) and shows(a, names=["b" * 16]) != shows(a, b)
    assert shows(a, None) is None and shows(names=[]) is not None


def test_fragments_of_one_kind_are_kept_apart_from_another(tmp_path: Path, data: Path) -> None:
    catalogue = load(data)
    kept = KeptValues(tmp_path / "f.marshal", "v")
    fragments = Fragments(kept, RecordInputs(catalogue))
    digest = fragments.paper(PAPER)
    assert fragments.get("line", digest, lambda: "a line") == "a line"
    assert fragments.get("entry", digest, lambda: "an entry") == "an entry"
    assert fragments.get("line", digest, lambda: "made again") == "a line"
    kept.save()
    again = Fragments(KeptValues(tmp_path / "f.marshal", "v"), RecordInputs(load(data)))
    assert again.find("entry", again.paper(PAPER) or b"") == "an entry"
