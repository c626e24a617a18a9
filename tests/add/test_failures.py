"""Every way a look-up can fail ends with one clear message, exit code 1, and no file written."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from .conftest import JSON, AddRunner, FakeService, Reply, recorded, snapshot

ARXIV = "/api/query?1503.02531"
CROSSREF = "/works/10.1109/cvpr.2019.00409"


@pytest.mark.parametrize(
    ("route", "identifier", "reply", "message"),
    [
        (
            ARXIV,
            "1503.02531",
            recorded("arxiv/malformed.xml"),
            "error: arXiv sent malformed XML for 1503.02531 (line 26, column 7: no element found)",
        ),
        (
            ARXIV,
            "1503.02531",
            recorded("arxiv/missing-fields.xml"),
            "error: arXiv's entry for 1503.02531 lacks authors, year: nothing was written",
        ),
        (
            "/api/query?1503.99999",
            "1503.99999",
            recorded("arxiv/empty.xml"),
            "error: arXiv has no paper 1503.99999: check the identifier (nothing was written)",
        ),
        (
            "/api/query?1503.0253",
            "1503.0253",
            recorded("arxiv/error.xml"),
            "error: arXiv refused the query for 1503.0253: incorrect id format for 1503.0253",
        ),
        (
            ARXIV,
            "1503.02531",
            recorded("arxiv/rate-exceeded.txt"),
            "error: arXiv sent malformed XML for 1503.02531 (line 1, column 1: syntax error)",
        ),
        (
            ARXIV,
            "1503.02531",
            recorded("arxiv/1706.00384.xml"),
            "error: arXiv answered with paper 1706.00384 when asked for 1503.02531",
        ),
        (
            CROSSREF,
            "10.1109/CVPR.2019.00409",
            recorded("crossref/not-found.txt", status=404),
            "error: Crossref has no record of DOI 10.1109/cvpr.2019.00409: check it",
        ),
        (
            CROSSREF,
            "10.1109/cvpr.2019.00409",
            recorded("crossref/malformed.json"),
            "error: Crossref sent malformed JSON for DOI 10.1109/cvpr.2019.00409 (line 1, column",
        ),
        (
            CROSSREF,
            "10.1109/cvpr.2019.00409",
            recorded("crossref/missing-fields.json"),
            "error: Crossref's record of DOI 10.1109/cvpr.2019.00409 lacks authors, year",
        ),
        (
            CROSSREF,
            "10.1109/cvpr.2019.00409",
            Reply(200, b'{"status": "ok", "message": {"title": ["T"]}}', JSON),
            "error: Crossref's answer for DOI 10.1109/cvpr.2019.00409 is not a work record"
            " (message.DOI: Field required)",
        ),
        (
            ARXIV,
            "1503.02531",
            Reply(400, b"bad request", "text/plain"),
            "error: arXiv answered HTTP 400 for 1503.02531: nothing was written",
        ),
    ],
    ids=[
        "malformed-xml",
        "missing-fields",
        "unknown-id",
        "error-entry",
        "throttled-plain-text",
        "other-paper",
        "crossref-404",
        "crossref-malformed-json",
        "crossref-missing-fields",
        "crossref-not-a-work",
        "http-400",
    ],
)
def test_bad_answers_fail_cleanly(
    add: AddRunner,
    data: Path,
    service: FakeService,
    route: str,
    identifier: str,
    reply: Reply,
    message: str,
) -> None:
    service.script(route, reply)
    before = snapshot(data)
    done = add(identifier)
    assert done.code == 1
    assert message in done.err, done.err
    assert "Traceback" not in done.err
    assert snapshot(data) == before
    assert [seen.route for seen in service.seen] == [route]


def test_server_errors_are_retried_then_reported(
    add: AddRunner, data: Path, service: FakeService
) -> None:
    service.script(ARXIV, Reply(503, b"busy", "text/plain", headers={"Retry-After": "0"}))
    before = snapshot(data)
    done = add("1503.02531")
    assert done.code == 1
    assert "error: arXiv answered HTTP 503 (3 attempts): nothing was written" in done.err
    assert len(service.seen) == 3  # retries: 2 in the test settings
    assert snapshot(data) == before


def test_unreachable_service(add: AddRunner, data: Path, config: Path) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    before = snapshot(data)
    done = add("1503.02531", "--arxiv-url", f"http://127.0.0.1:{port}/api/query")
    assert done.code == 1
    assert f"error: cannot reach arXiv at http://127.0.0.1:{port}/api/query" in done.err
    assert "connection refused" in done.err
    assert snapshot(data) == before


def test_slow_service_times_out(
    add: AddRunner, data: Path, config: Path, service: FakeService
) -> None:
    text = (
        config.read_text().replace("timeout: 5", "timeout: 0.2").replace("retries: 2", "retries: 0")
    )
    config.write_text(text)
    service.script(ARXIV, Reply(200, b"", delay=1.0))
    done = add("1503.02531")
    assert done.code == 1
    assert "error: arXiv did not answer within 0.2 s (1 attempt): nothing was written" in done.err
    assert "Traceback" not in done.err


def test_already_in_catalogue_by_identifier_asks_nobody(
    add: AddRunner, data: Path, service: FakeService
) -> None:
    before = snapshot(data)
    done = add("https://arxiv.org/abs/1412.6550v4")
    assert done.code == 1
    assert (
        f"{data / 'papers/romero2015fitnets.yml'}:8:3: error: this paper is already in the"
        " catalogue as 'romero2015fitnets' (arXiv 1412.6550): nothing was written" in done.err
    )
    assert service.seen == []
    assert snapshot(data) == before


def test_already_in_catalogue_by_title(add: AddRunner, data: Path, service: FakeService) -> None:
    (data / "papers/dml.yml").write_text(
        "key: dml\ntitle: 'Deep mutual learning.'\nlinks:\n- kind: paper\n"
        "  url: https://openaccess.thecvf.com/content_cvpr_2018/html/x.html\n",
        encoding="utf-8",
    )
    service.script("/api/query?1706.00384", recorded("arxiv/1706.00384.xml"))
    before = snapshot(data)
    done = add("1706.00384")
    assert done.code == 1
    assert "already in the catalogue as 'dml' (the same title)" in done.err
    assert snapshot(data) == before


def test_already_in_catalogue_by_a_source_lists_title(
    add: AddRunner, data: Path, service: FakeService
) -> None:
    (data / "sources/seed-x.yml").parent.mkdir(exist_ok=True)
    (data / "sources/seed-x.yml").write_text("id: seed-x\nfile: x.md\ntitle: X\nformat: generic\n")
    (data / "papers/dml.yml").write_text(
        "key: dml\ntitle: DML (renamed)\nsources:\n- source: seed-x\n  line: 4\n"
        "  title: Deep Mutual Learning\n",
        encoding="utf-8",
    )
    service.script("/api/query?1706.00384", recorded("arxiv/1706.00384.xml"))
    done = add("1706.00384")
    assert done.code == 1
    assert (
        f"{data / 'papers/dml.yml'}:6:3: error: this paper is already in the catalogue as 'dml'"
        in done.err
    )
    assert "(the same title in a source list)" in done.err


def test_already_in_catalogue_by_doi_found_on_arxiv(
    add: AddRunner, data: Path, service: FakeService
) -> None:
    (data / "papers/dml.yml").write_text(
        "key: dml\ntitle: DML\nidentifiers:\n  doi: 10.1109/cvpr.2018.00454\n", encoding="utf-8"
    )
    service.script("/api/query?1706.00384", recorded("arxiv/1706.00384.xml"))
    done = add("1706.00384")
    assert done.code == 1
    assert "already in the catalogue as 'dml' (DOI 10.1109/cvpr.2018.00454)" in done.err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["not-an-id"], "error: cannot read 'not-an-id' as a paper identifier"),
        (["1503.02531", "--category", "nope"], "error: unknown category 'nope': choose one of"),
        (["1503.02531", "--code", "github.com/x"], "error: --code 'github.com/x' is not an http"),
    ],
)
def test_usage_errors_exit_2_before_any_request(
    add: AddRunner, service: FakeService, args: list[str], message: str
) -> None:
    done = add(*args)
    assert done.code == 2
    assert message in done.err
    assert service.seen == []
