"""The clustering's union-find and the refs decisions name, on their own."""

from __future__ import annotations

from catalogue.ingest.dedupe import Candidate, resolve_refs
from catalogue.ingest.unionfind import Components


def test_records_stay_apart_unless_a_decision_joins_them() -> None:
    comps = Components(["a:1", "a:2", "b:1", "rec1", "rec2"], ["rec1", "rec2"])
    assert comps.join("a:1", "rec1") is None
    assert comps.join("a:2", "a:1") is None  # a lone entry joins a record's component
    assert comps.join("b:1", "rec2") is None
    assert comps.join("a:2", "b:1") == "records"
    assert comps.join("a:2", "b:1", level=1) == "records"
    assert comps.anchors_of("a:2") == {"rec1"} and comps.anchors_of("b:1") == {"rec2"}
    assert comps.find("a:2") != comps.find("b:1")
    assert comps.join("rec2", "a:1", level=0) is None  # a curator's "same"
    assert comps.anchors_of("b:1") == {"rec1", "rec2"} == comps.anchors_of("a:2")
    assert comps.find("a:2") == comps.find("b:1") == comps.find("rec2")
    assert comps.join("b:1", "rec1") is None  # together already


def test_an_anchor_that_joined_others_is_still_an_anchor() -> None:
    comps = Components(["rec", "x", "y", "other"], ["rec", "other"])
    assert comps.join("x", "rec") is None  # sizes tie: x, no record, leads the component
    assert comps.join("y", "x") is None
    assert comps.anchors_of("y") == {"rec"}
    assert comps.join("y", "other") == "records"
    assert comps.anchors_of("other") == {"other"} and comps.anchors_of("rec") == {"rec"}


def test_conflicts_bind_automatic_evidence_and_decisions_bind_all() -> None:
    comps = Components(["p", "q", "r", "s", "t"], [])
    comps.keep_apart("p", "q")
    assert comps.join("p", "r") is None
    assert comps.join("r", "q") == "conflict"  # across the joined component
    assert comps.join("r", "q", level=1) is None  # stronger evidence overrides a conflict
    comps.keep_apart("s", "t", hard=True)
    assert comps.join("s", "t", level=0) == "decision"
    assert comps.join("t", "p", level=0) is None
    assert comps.join("s", "q", level=0) == "decision"  # t is in q's component now
    assert comps.anchors_of("s") == set()


def _candidate(ref: str, order: int) -> Candidate:
    return Candidate(ref, "paper", ref, frozenset(), (0, "", order, 0))


def test_a_decision_names_a_record_or_every_entry_of_a_list_line() -> None:
    cands = [
        _candidate(ref, i)
        for i, ref in enumerate(
            ["src:12", "src:12.2", "src:120", "src:1", "a.b:3.2", "a.b:3", "key", "key.v2"]
        )
    ]
    named = resolve_refs(["src:12", "src:1", "a.b:3", "key", "a", "src:12.2", "gone:4"], cands)
    assert named == {
        "src:12": ["src:12", "src:12.2"],
        "src:1": ["src:1"],
        "a.b:3": ["a.b:3.2", "a.b:3"],  # in the candidates' order
        "key": ["key"],  # a record key names only itself
        "a": [],
        "src:12.2": ["src:12.2"],
        "gone:4": [],
    }
