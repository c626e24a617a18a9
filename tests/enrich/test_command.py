"""The command's own surface: choosing fields and papers, the plan, usage mistakes."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalogue.core.errors import UsageError
from catalogue.enrich import FIELDS, parse_fields
from catalogue.lookup.openalex import Work

from .conftest import Enrich, snapshot
from .services import Services


def test_fields() -> None:
    assert parse_fields(None) == frozenset(FIELDS)
    assert parse_fields(" Authors, abstract ") == {"authors", "abstract"}
    for wrong in ("", "authors,title", ","):
        with pytest.raises(UsageError, match="name fields separated by commas"):
            parse_fields(wrong)


def test_only_the_named_papers_are_asked_and_their_facts_enter_by_the_rule(
    project: Path, enrich: Enrich, services: Services
) -> None:
    """`--missing abstract` looks up the papers without one; the other facts the service gives
    about them enter as the precedence rule says (here: its authors fill the empty field), so
    that the record and its sources agree."""
    done = enrich("anon2016learning", "hinton2015distilling", "--missing", "abstract")
    assert done.code == 0, done.err
    assert "filled 1 authors, 2 abstract;" in done.err
    [query] = [s.query for s in services.seen if s.service == "arxiv"]
    assert query["id_list"] == ["1503.02531,1606.09282"]
    changed = (project / "data/papers/anon2016learning.yml").read_text()
    assert "abstract: A network trained" in changed
    assert "authors:\n- Zhizhong Li\n- Derek Hoiem\n" in changed
    assert (
        "filled anon2016learning authors from arXiv 1606.09282: Zhizhong Li, Derek Hoiem"
        in done.err
    )
    assert "replaced" not in done.err


def test_usage_mistakes_exit_2_and_ask_nobody(
    project: Path, enrich: Enrich, services: Services
) -> None:
    before = snapshot(project / "data")
    for args in (("no-such-paper",), ("--missing", "title")):
        done = enrich(*args)
        assert done.code == 2, done.err
    assert services.seen == [] and snapshot(project / "data") == before


def test_the_plan_asks_nothing(project: Path, enrich: Enrich, services: Services) -> None:
    done = enrich("anon2016learning", "ahn2019variational", "anon2019snapshot", "kd-lib", "--plan")
    assert done.code == 0, done.err
    assert done.out.splitlines() == [
        "arXiv: 1 request (2 arXiv ids, 100 a request), 0 s at one per 0 s",
        "Crossref: 0 requests (0 DOIs, 20 a request), 0 s at one per 0 s",
        "OpenAlex: 2 requests (at most 2 papers by DOI (50 a request) and 1 by title (one"
        " each)), 0 s at one per 0 s",
        "GitHub: 1 request (1 repositories, one each), 0 s at one per 0 s",
        "in all: 4 requests, 0 s",
    ]
    assert services.seen == []


def test_openalex_abstracts_are_rebuilt_from_their_inverted_index() -> None:
    work = Work.model_validate(
        {
            "id": "https://openalex.org/W1",
            "abstract_inverted_index": {
                "the": [0, 3],
                "student": [1],
                "beats": [2],
                "teacher.": [4],
            },
        }
    )
    assert work.abstract() == "the student beats the teacher."
    assert Work.model_validate({"id": "https://openalex.org/W2"}).abstract() is None
