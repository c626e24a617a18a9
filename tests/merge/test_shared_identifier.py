"""Two records with one arXiv id or DOI fail the check (and so the build)."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalogue.cli import run
from catalogue.core.models import Link, LinkKind, Paper
from catalogue.core.store import save

from ..dedupe.helpers import write_catalogue


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ({"identifiers": {"arxiv": "1503.02531"}}, {"identifiers": {"arxiv": "1503.02531"}}),
        (
            {"identifiers": {"arxiv": "1503.02531"}},
            {"links": ["https://arxiv.org/pdf/1503.02531v2"]},
        ),
        (
            {"identifiers": {"doi": "10.1109/cvpr.2019.00409"}},
            {"links": ["https://doi.org/10.1109/CVPR.2019.00409"]},
        ),
    ],
)
def test_a_shared_arxiv_id_or_doi_is_an_error_naming_both_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: dict, second: dict
) -> None:
    root = tmp_path / "data"
    write_catalogue(root)
    for key, fields in (("hinton2015distilling", first), ("hinton2015distillingb", second)):
        links = [Link(kind=LinkKind.PAPER, url=u) for u in fields.get("links", [])]
        save(
            root,
            Paper(
                key=key,
                title=f"Paper {key}",
                identifiers=fields.get("identifiers", {}),
                links=links,
                categories=["general"],
            ),
        )
    assert run(["--data", str(root), "check"]) == 1
    err = capsys.readouterr().err
    assert "hinton2015distillingb.yml:" in err and "[shared-identifier]" in err
    assert "also the" in err and "'hinton2015distilling'" in err


def test_distinct_identifiers_pass(tmp_path: Path) -> None:
    root = tmp_path / "data"
    write_catalogue(root)
    for n, key in enumerate(("a2015one", "b2016two")):
        save(
            root,
            Paper(
                key=key,
                title=f"Paper {key}",
                identifiers={"arxiv": f"1503.0253{n}"},
                categories=["general"],
            ),
        )
    assert run(["--data", str(root), "check"]) == 0
