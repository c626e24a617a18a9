"""`catalogue add` end to end: a recorded answer in, exactly one canonical record out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from catalogue.core import store

from .conftest import CONTACT, AddRunner, FakeService, recorded, snapshot

ARXIV = "/api/query?1503.02531"


def test_arxiv_url_with_version_writes_the_record(
    add: AddRunner, data: Path, service: FakeService
) -> None:
    service.script(ARXIV, recorded("arxiv/1503.02531.xml"))
    done = add("https://arxiv.org/pdf/1503.02531v1.pdf")
    assert done.code == 0, done.err
    path = data / "papers/hinton2015distilling.yml"
    assert path.read_text(encoding="utf-8") == (
        "# yaml-language-server: $schema=../../schema/paper.schema.json\n"
        "key: hinton2015distilling\n"
        "title: Distilling the Knowledge in a Neural Network\n"
        "authors:\n- Geoffrey Hinton\n- Oriol Vinyals\n- Jeff Dean\n"
        "year: 2015\n"
        "venue: arxiv\n"
        "identifiers:\n  arxiv: '1503.02531'\n"
        "links:\n- kind: arxiv\n  url: https://arxiv.org/abs/1503.02531\n"
        "categories:\n- foundations\n"
        "abstract: Averaging the predictions of an ensemble is a reliable way to gain accuracy,"
        " but ensembles are costly to deploy. We compress the knowledge of an ensemble into a"
        ' single model ("distillation") and add specialist models for confusable classes.\n'
        f"added: '{dt.date.today().isoformat()}'\n"
    )
    assert f"added hinton2015distilling: {path}" in done.err
    # The request: the bare id, the Atom media type, and a user agent with the contact address.
    [seen] = service.seen
    assert seen.route == ARXIV
    assert seen.user_agent.endswith(f"(mailto:{CONTACT})")
    assert "application/atom+xml" in seen.accept
    # The new file loads back into the catalogue as it was written.
    assert "hinton2015distilling" in store.load(data).papers


def test_journal_reference_gives_venue_and_year_and_doi(
    add: AddRunner, data: Path, service: FakeService
) -> None:
    service.script("/api/query?1706.00384", recorded("arxiv/1706.00384.xml"))
    done = add(
        "arXiv:1706.00384v1", "--code", "https://github.com/YingZhangDUT/Deep-Mutual-Learning"
    )
    assert done.code == 0, done.err
    paper = store.load_record(data / "papers/zhang2018deep.yml", store.PAPERS)
    assert paper.title == "Deep Mutual Learning"  # arXiv's hard wrap is undone
    assert (paper.venue, paper.year) == ("cvpr", 2018)
    assert (paper.identifiers.arxiv, paper.identifiers.doi) == (
        "1706.00384",
        "10.1109/cvpr.2018.00454",
    )
    assert [(link.kind, link.url) for link in paper.links] == [
        ("arxiv", "https://arxiv.org/abs/1706.00384"),
        ("doi", "https://doi.org/10.1109/cvpr.2018.00454"),
        ("code", "https://github.com/YingZhangDUT/Deep-Mutual-Learning"),
    ]
    assert paper.categories == ["online-distillation"]  # placed by the keyword rule


def test_doi_url_goes_to_crossref(add: AddRunner, data: Path, service: FakeService) -> None:
    service.script(
        "/works/10.1109/cvpr.2019.00409", recorded("crossref/10.1109-cvpr.2019.00409.json")
    )
    done = add("https://doi.org/10.1109/CVPR.2019.00409", "--category", "relational")
    assert done.code == 0, done.err
    paper = store.load_record(data / "papers/park2019relational.yml", store.PAPERS)
    assert paper.title == "Relational Knowledge Distillation"
    assert paper.authors == ["Wonpyo Park", "Dongju Kim", "Yan Lu", "Minsu Cho"]
    assert (paper.year, paper.venue, paper.categories) == (2019, "cvpr", ["relational"])
    assert paper.identifiers.doi == "10.1109/cvpr.2019.00409"
    assert [link.url for link in paper.links] == ["https://doi.org/10.1109/cvpr.2019.00409"]
    [seen] = service.seen
    assert seen.accept == "application/json"
    assert seen.user_agent.endswith(f"(mailto:{CONTACT})")


def test_unmatched_venue_is_left_out_with_a_warning(
    add: AddRunner, data: Path, service: FakeService
) -> None:
    service.script("/works/10.1007/s11263-021-01453-z", recorded("crossref/unmatched-venue.json"))
    done = add("doi:10.1007/s11263-021-01453-z")
    assert done.code == 0, done.err
    assert (
        "warning: venue left out: Crossref names 'International Journal of Computer Vision'"
        in done.err
    )
    assert "no category rule matched the title" in done.err
    paper = store.load_record(data / "papers/gou2021knowledge.yml", store.PAPERS)
    assert (paper.venue, paper.year, paper.categories) == (None, 2021, [])
    assert paper.authors[2] == "Stephen J. Maybank"


def test_dry_run_prints_and_writes_nothing(
    add: AddRunner, data: Path, service: FakeService
) -> None:
    service.script(ARXIV, recorded("arxiv/1503.02531.xml"))
    before = snapshot(data)
    done = add("1503.02531", "--dry-run")
    assert done.code == 0, done.err
    assert done.out.startswith("# yaml-language-server: $schema=../../schema/paper.schema.json\n")
    assert "key: hinton2015distilling\n" in done.out
    assert snapshot(data) == before


def test_key_gets_a_suffix_when_taken(add: AddRunner, data: Path, service: FakeService) -> None:
    (data / "papers/hinton2015distilling.yml").write_text(
        "key: hinton2015distilling\ntitle: Another Paper\n", encoding="utf-8"
    )
    service.script(ARXIV, recorded("arxiv/1503.02531.xml"))
    done = add("1503.02531")
    assert done.code == 0, done.err
    assert (data / "papers/hinton2015distillingb.yml").is_file()
