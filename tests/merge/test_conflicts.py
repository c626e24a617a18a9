"""`catalogue conflicts` and `catalogue decide`: a queue of conflicts that can reach zero."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from catalogue.cli import run
from catalogue.core.store import load

from ..dedupe.helpers import entry, import_entries, snapshot, write_catalogue

BAN = "Born Again Neural Networks"
BAN_URL = "https://arxiv.org/abs/1805.04770"
UNDERSTANDING = "https://arxiv.org/abs/2002.03532"
ENTRIES = [
    # Two lists, one author line each: a tie nothing settles.
    entry("la:1", BAN, BAN_URL, authors=("Tommaso Furlanello", "Zachary C. Lipton")),
    entry("lb:4", BAN, BAN_URL, authors=("Someone Else",)),
    # One arXiv id for two titles: one list's link points at the other paper.
    entry("la:2", "Understanding and Improving Knowledge Distillation", UNDERSTANDING),
    entry("lb:5", "Towards Understanding Knowledge Distillation", UNDERSTANDING),
]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    write_catalogue(root)
    import_entries(root, ENTRIES)
    return root


def listed(data: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert run(["--data", str(data), "conflicts", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["open"] == len(document["conflicts"])
    return document["conflicts"]


def test_each_conflict_names_records_entries_values_proposal_and_command(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = {c["kind"]: c for c in listed(data, capsys)}
    assert sorted(found) == ["authors", "identifier-title"]
    authors = found["authors"]
    assert authors["field"] == "authors" and len(authors["records"]) == 1
    assert [v["entries"] for v in authors["values"]] == [["la:1"], ["lb:4"]]
    assert authors["proposal"]["verdict"] == "value"
    assert authors["proposal"]["values"] == {"authors": ["Tommaso Furlanello", "Zachary C. Lipton"]}
    assert authors["command"] == f"catalogue decide {authors['id']} --accept"
    works = found["identifier-title"]
    assert len(works["records"]) == 2 and works["proposal"]["verdict"] == "different"
    assert works["proposal"]["identifiers"] == ["arxiv:2002.03532"]
    # The same catalogue lists the same conflicts under the same ids.
    assert sorted(c["id"] for c in listed(data, capsys)) == sorted(c["id"] for c in found.values())
    assert run(["--data", str(data), "conflicts", "--check"]) == 1


def test_accepting_every_proposal_empties_the_queue_and_imports_keep_it_empty(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for conflict in listed(data, capsys):
        assert run(["--data", str(data), "decide", str(conflict["id"]), "--accept"]) == 0
    assert listed(data, capsys) == []
    cat = load(data)
    assert {d.verdict for d in cat.decisions.values()} == {"value", "different"}
    assert run(["--data", str(data), "check"]) == 0
    before = snapshot(data)
    import_entries(data, ENTRIES, day="2031-01-01")  # the same lists again
    assert snapshot(data) == before
    assert listed(data, capsys) == []
    # A new list linking the wrong id again: the `different` ruling settles it too.
    import_entries(
        data,
        [entry("lc:9", "Towards Understanding Knowledge Distillation", UNDERSTANDING)],
    )
    assert listed(data, capsys) == []


def test_pick_value_same_and_different(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = {c["kind"]: c for c in listed(data, capsys)}
    assert run(["--data", str(data), "decide", str(found["authors"]["id"]), "--pick", "2"]) == 0
    paper = next(p for p in load(data).papers.values() if p.title == BAN)
    assert paper.authors == ["Someone Else"]
    keys = found["identifier-title"]["records"]
    assert run(["--data", str(data), "decide", "--same", *keys, "--reason", "one work"]) == 0
    cat = load(data)
    assert len(cat.papers) == 2  # the two records became one
    (same,) = [d for d in cat.decisions.values() if d.verdict == "same"]
    assert same.reason == "one work" and len(same.titles) == 2
    # One work under two titles, one list each: which to show is the next question.
    (title,) = listed(data, capsys)
    assert title["field"] == "title" and len(title["values"]) == 2
    value = "Understanding and Improving Knowledge Distillation"
    assert run(["--data", str(data), "decide", str(title["id"]), "--value", value]) == 0
    assert listed(data, capsys) == []
    assert {p.title for p in load(data).papers.values()} == {BAN, value}


@pytest.mark.parametrize(
    "args",
    [
        ("decide", "c-00000000", "--accept"),
        ("decide", "{authors}", "--same"),
        ("decide", "{authors}", "--pick", "9"),
        ("decide", "{authors}", "--accept", "--pick", "1"),
        ("decide", "--same", "only-one-key"),
        ("decide", "--same", "nosuch1", "nosuch2"),
    ],
)
def test_bad_rulings_are_usage_errors_and_write_nothing(
    data: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    found = {c["kind"]: c for c in listed(data, capsys)}
    before = snapshot(data)
    argv = [a.replace("{authors}", str(found["authors"]["id"])) for a in args]
    assert run(["--data", str(data), *argv]) == 2
    assert snapshot(data) == before
    assert "Traceback" not in capsys.readouterr().err


def test_value_decisions_are_validated_like_every_record(tmp_path: Path) -> None:
    root = tmp_path / "data"
    write_catalogue(root)
    (root / "decisions").mkdir(exist_ok=True)
    (root / "decisions" / "bad.yml").write_text(
        "id: bad\nverdict: value\nrecords:\n- a1\n- b2\nvalues:\n  year: 1800\n",
        encoding="utf-8",
    )
    assert run(["--data", str(root), "check"]) == 1


def test_a_field_decided_without_a_conflict_is_pinned_for_every_import(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A list's slip that no other list contradicts (a heading year, a cut name) has no
    # conflict to accept: `decide KEY --field F --value V` pins the value all the same.
    key = next(k for k, p in load(data).papers.items() if p.title == BAN)
    argv = ["--data", str(data), "decide", key, "--field", "year", "--value", "2018"]
    assert run([*argv, "--reason", "ICML 2018"]) == 0
    (decision,) = [d for d in load(data).decisions.values() if d.verdict == "value"]
    assert decision.records == [key] and decision.reason == "ICML 2018"
    assert load(data).papers[key].year == 2018
    import_entries(data, [entry("lc:1", BAN, BAN_URL, year=2017)], day="2031-01-01")
    assert load(data).papers[key].year == 2018
    before = snapshot(data)
    assert run(["--data", str(data), "decide", key, "--field", "colour", "--value", "x"]) == 2
    assert run(["--data", str(data), "decide", "nosuch", "--field", "year", "--value", "1"]) == 2
    assert snapshot(data) == before


def test_records_ruled_one_work_keep_the_key_that_names_an_author(tmp_path: Path) -> None:
    root = tmp_path / "data"
    write_catalogue(root)
    url = "https://arxiv.org/abs/1903.04197"
    import_entries(
        root,
        [
            entry("la:1", "Structured Knowledge Distillation for Dense Prediction", url),
            entry(
                "lb:1",
                "Structured Knowledge Distillation for Semantic Segmentation",
                url,
                authors=("Yifan Liu", "Changyong Shu"),
                year=2019,
            ),
        ],
    )
    keys = sorted(load(root).papers)
    assert keys[0].startswith("anon") and keys[1].startswith("liu")
    assert run(["--data", str(root), "decide", "--same", *keys]) == 0
    assert list(load(root).papers) == [keys[1]]


def test_import_reports_the_open_conflicts_that_conflicts_lists(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An import's last line counts what `catalogue conflicts` lists, not what decisions settled."""
    root = tmp_path / "data"
    write_catalogue(root)
    first, second = tmp_path / "first.md", tmp_path / "second.md"
    first.write_text(f"# A\n\n- [{BAN}]({BAN_URL}). Tommaso Furlanello, Zachary C. Lipton\n")
    second.write_text(f"# B\n\n- [{BAN}]({BAN_URL}). Someone Else\n")

    def imported(path: Path, *extra: str) -> str:
        capsys.readouterr()
        assert run(["--data", str(root), "import", str(path), *extra]) == 0
        return capsys.readouterr().err.splitlines()[-1]

    assert imported(first).endswith("; 0 open conflict(s)")
    assert "1 open conflict(s): `catalogue conflicts` lists them; nothing written" in imported(
        second, "--dry-run"
    )
    assert imported(second).endswith("; 1 open conflict(s): `catalogue conflicts` lists them")
    (conflict,) = listed(root, capsys)
    assert run(["--data", str(root), "decide", str(conflict["id"]), "--accept"]) == 0
    # The decided conflict is still among the merge's findings, but no longer open.
    assert imported(second).endswith("; 0 open conflict(s)")
    assert listed(root, capsys) == []
    assert run(["--data", str(root), "dedupe"]) == 0
    assert "; 1 conflicts (0 open: `catalogue conflicts`" in capsys.readouterr().out
    assert run(["--data", str(root), "dedupe", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)["summary"]
    assert (summary["conflicts"], summary["open_conflicts"]) == (1, 0)
