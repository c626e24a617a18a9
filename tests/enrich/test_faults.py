"""Each fault a service can show leaves `data/` exactly as it was, with one clear message and exit
code 1: errors that last, a Retry-After longer than we wait, a stall past the deadline, a
malformed answer, an allowance used up. A short Retry-After or a passing 5xx is waited out and
the run succeeds."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest

from .conftest import Enrich, settings_text, snapshot
from .services import Fault, Services

# One paper per service path, so that each service is asked (and only these).
KEYS = ("anon2016learning", "anon2020intra", "anon2019snapshot")
STALL = Fault(stall=3.0)  # the deadline in the test settings is 1.5 s


ALL = ("--missing", "authors,abstract,venue,year,doi,pdf")


def _fails_cleanly(project: Path, enrich: Enrich, message: str, *args: str) -> None:
    """The run exits 1 with ``message``, no traceback, and ``data/`` exactly as it was."""
    before = snapshot(project / "data")
    done = enrich(*args)
    assert done.code == 1, done.err
    assert message in done.err, done.err
    assert "nothing was written" in done.err and "Traceback" not in done.err
    assert snapshot(project / "data") == before


@pytest.mark.parametrize(
    ("service", "faults", "message"),
    [
        (
            "arxiv",
            [Fault(503, b"busy", {"Retry-After": "0"})] * 2,
            "error: arXiv answered HTTP 503 (2 attempts): nothing was written",
        ),
        (
            "arxiv",
            [Fault(429, b"Rate exceeded.", {"Retry-After": "3600"})],
            "error: arXiv answered HTTP 429 and asks us to wait 3600 s (Retry-After), longer"
            " than the 3 s we wait: nothing was written",
        ),
        (
            "arxiv",
            [STALL, STALL],
            "error: arXiv did not answer in full within 1.5 s (the deadline for one request)"
            " (2 attempts): nothing was written",
        ),
        (
            "arxiv",
            [Fault(200, b"<feed><entry>", content_type="application/atom+xml")],
            "error: arXiv sent malformed XML for 1606.09282 (line 1, column 14",
        ),
        (
            "crossref",
            [Fault(500, b"Internal Server Error")] * 2,
            "error: Crossref answered HTTP 500 (2 attempts): nothing was written",
        ),
        (
            "crossref",
            [Fault(200, b'{"status":"ok","message":{"items":[', content_type="application/json")],
            "error: Crossref sent malformed JSON for DOI 10.1007/978-3-030-58571-6_21 (line 1,",
        ),
        (
            "crossref",
            [
                Fault(
                    200, b'{"status":"ok","message":{"items":[]}}', content_type="application/json"
                )
            ],
            "error: Crossref's answer for DOI 10.1007/978-3-030-58571-6_21 is not a list of works"
            " (message.total-results: Field required): nothing was written",
        ),
        (
            "openalex",
            [Fault(502, b"Bad Gateway")] * 2,
            "error: OpenAlex answered HTTP 502 (2 attempts): nothing was written",
        ),
        (
            "openalex",
            [STALL, STALL],
            "error: OpenAlex did not answer in full within 1.5 s",
        ),
        (
            "openalex",
            [Fault(200, b"<html>maintenance</html>", content_type="text/html")],
            "error: OpenAlex sent malformed JSON for DOI 10.48550/arxiv.1606.09282"
            " (line 1, column 1): nothing was written",
        ),
    ],
    ids=[
        "arxiv-5xx",
        "arxiv-429-long",
        "arxiv-stall",
        "arxiv-malformed",
        "crossref-5xx",
        "crossref-malformed",
        "crossref-wrong-shape",
        "openalex-5xx",
        "openalex-stall",
        "openalex-malformed",
    ],
)
def test_a_fault_leaves_data_unchanged(
    project: Path,
    enrich: Enrich,
    services: Services,
    service: str,
    faults: list[Fault],
    message: str,
) -> None:
    services.faults[service] = list(faults)
    _fails_cleanly(project, enrich, message, *KEYS, *ALL)


def test_a_short_retry_after_and_a_passing_5xx_are_waited_out(
    project: Path, enrich: Enrich, services: Services
) -> None:
    services.faults["arxiv"] = [Fault(429, b"Rate exceeded.", {"Retry-After": "1"})]
    services.faults["crossref"] = [Fault(503, b"busy")]
    done = enrich(*KEYS, "--missing", "authors,abstract")
    assert done.code == 0, done.err
    assert "arXiv answered HTTP 429; trying again in 1.0 s" in done.err
    arxiv = [s.at for s in services.seen if s.service == "arxiv"]
    assert arxiv[1] - arxiv[0] >= 0.95
    # Lists name anon2020intra's authors and anon2019snapshot's first author (replaced).
    assert "filled 1 authors, 3 abstract; replaced 1 authors" in done.err


def test_github_allowance_used_up_for_long_stops_with_the_token_hint(
    project: Path, enrich: Enrich, services: Services
) -> None:
    services.rate_remaining = 1  # the next answer says 0 remain, until the reset an hour away
    before = snapshot(project / "data")
    done = enrich("kd-lib", "intellabs-distiller")
    assert done.code == 1
    assert "error: GitHub's request allowance is used up until" in done.err
    assert "set GITHUB_TOKEN for 5,000 requests an hour instead of 60" in done.err
    assert snapshot(project / "data") == before
    assert services.count("github") == 1  # the next request would be refused: not sent


def test_github_allowance_back_soon_is_waited_for(
    project: Path, enrich: Enrich, services: Services
) -> None:
    (project / "catalogue.yml").write_text(settings_text(services.url, max_wait=10))
    services.rate_remaining = 1
    services.rate_reset = int(time.time()) + 4  # loading the catalogue takes about a second
    done = enrich("kd-lib", "intellabs-distiller")
    assert done.code == 0, done.err
    github = [s.at for s in services.seen if s.service == "github"]
    assert len(github) == 2
    assert github[1] - github[0] >= 1.0  # held until the reset, not asked at once


def test_the_token_goes_to_github_only(
    project: Path, enrich: Enrich, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_TOKEN", "t0ken")
    done = enrich("anon2016learning", "kd-lib")
    assert done.code == 0, done.err
    auth = {s.service: s.headers.get("Authorization") for s in services.seen}
    assert auth == {"arxiv": None, "openalex": None, "github": "Bearer t0ken"}


# Three papers per paged service: the stand-ins answer two entries a page, so a batch takes two
# requests and a fault can strike the second, after a good first page.
PAGED = ("anon2016learning", "hinton2015distilling", "anon2018adaptive")  # arXiv ids
PAGED += ("anon2020intra", "anon2021efficient", "anon2022knowledged")  # Crossref DOIs


@pytest.mark.parametrize(
    ("service", "faults", "message"),
    [
        (
            "arxiv",
            [None, Fault(200, b"<feed><entry>", content_type="application/atom+xml")],
            "error: arXiv sent malformed XML for 3 ids (1503.02531 … 1806.01576) (line 1,",
        ),
        (
            "arxiv",
            [None, Fault(503, b"busy"), Fault(503, b"busy")],
            "error: arXiv answered HTTP 503 (2 attempts): nothing was written",
        ),
        (
            "crossref",
            [None, Fault(200, b"<html>", content_type="text/html")],
            "error: Crossref sent malformed JSON for 3 DOIs",
        ),
        (
            "crossref",
            [None, STALL, STALL],
            "error: Crossref did not answer in full within 1.5 s (the deadline for one request)"
            " (2 attempts): nothing was written",
        ),
    ],
    ids=[
        "arxiv-page-2-malformed",
        "arxiv-page-2-5xx",
        "crossref-page-2-html",
        "crossref-page-2-stall",
    ],
)
def test_a_fault_on_a_later_page_leaves_data_unchanged(
    project: Path,
    enrich: Enrich,
    services: Services,
    service: str,
    faults: list[Fault | None],
    message: str,
) -> None:
    services.faults[service] = list(faults)
    _fails_cleanly(project, enrich, message, *PAGED, *ALL)
    assert services.count(service) >= 2  # the first page was answered, then the fault


GITHUB_KEYS = ("kd-lib", "intellabs-distiller")


@pytest.mark.parametrize(
    ("faults", "message"),
    [
        ([Fault(502, b"Bad Gateway")] * 2, "error: GitHub answered HTTP 502 (2 attempts)"),
        ([STALL, STALL], "error: GitHub did not answer in full within 1.5 s"),
        (
            [Fault(200, b'{"full_name": ', content_type="application/json")],
            "error: GitHub sent malformed JSON for the repository intellabs/distiller",
        ),
        (
            [Fault(200, b'{"message": "ok"}', content_type="application/json")],
            "error: GitHub's answer for the repository intellabs/distiller is not a repository"
            " (full_name: Field required)",
        ),
        (
            [None, Fault(429, b"slow down", {"Retry-After": "Wed, 21 Oct 2099 07:28:00 GMT"})],
            "error: GitHub answered HTTP 429 and asks us to wait",
        ),
    ],
    ids=["5xx", "stall", "malformed", "wrong-shape", "429-http-date"],
)
def test_a_github_fault_leaves_data_unchanged(
    project: Path, enrich: Enrich, services: Services, faults: list[Fault | None], message: str
) -> None:
    services.faults["github"] = list(faults)
    _fails_cleanly(project, enrich, message, *GITHUB_KEYS)


def test_a_service_nobody_answers_at_leaves_data_unchanged(
    project: Path, enrich: Enrich, services: Services
) -> None:
    """A refused connection (nothing listens on the port) is retried, then reported."""
    with socket.socket() as probe:  # a port that was free a moment ago, and is closed now
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    text = settings_text(services.url).replace(
        f"{services.url}/crossref", f"http://127.0.0.1:{closed}/crossref"
    )
    (project / "catalogue.yml").write_text(text)
    message = (
        f"error: cannot reach Crossref at http://127.0.0.1:{closed}/crossref/works: connection"
        " refused (2 attempts): nothing was written"
    )
    _fails_cleanly(project, enrich, message, *KEYS, "--missing", "authors,abstract")
