"""Pacing and Retry-After, measured at a real local server."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from pathlib import Path

import pytest

from catalogue.lookup import Services, lookup
from catalogue.lookup.config import ProjectSettings, load_settings
from catalogue.lookup.ids import PaperId
from catalogue.net.http import PoliteSession, rate_limit_interval
from catalogue.net.retry_after import retry_after

from .conftest import JSON, AddRunner, FakeService, Reply, recorded, settings_text, snapshot

ARXIV = "/api/query?1503.02531"
# The server stamps a request's arrival before it answers, and the client books its next slot
# when the answer has come, so the gap between two arrivals is at least the interval however late
# a busy machine schedules either side: no slack for load. SLACK covers only the stamp file's
# millisecond rounding and the client's wall clock against the server's monotonic one.
SLACK = 0.01


def ask(paper_id: PaperId, settings: ProjectSettings) -> None:
    """One look-up in a session of its own (no stamps, no cache), as one `add` run makes."""
    session = PoliteSession(settings.user_agent())
    try:
        lookup(paper_id, session, Services.from_settings(settings, environ={}))
    finally:
        session.close()


def gaps(service: FakeService) -> list[float]:
    times = [seen.at for seen in service.seen]
    return [later - earlier for earlier, later in itertools.pairwise(times)]


def test_429_retry_after_is_honoured(add: AddRunner, data: Path, service: FakeService) -> None:
    service.script(
        ARXIV,
        Reply(429, b"Rate exceeded.", "text/plain", headers={"Retry-After": "1"}),
        recorded("arxiv/1503.02531.xml"),
    )
    done = add("1503.02531")
    assert done.code == 0, done.err
    assert "arXiv answered HTTP 429; trying again in 1.0 s" in done.err
    [gap] = gaps(service)
    # At least what Retry-After asks; the upper bound (below the 5 s cap the settings allow) is
    # the one a busy machine can eat into, so it only tells the asked wait from the cap.
    assert 1.0 - SLACK <= gap < 4.0, gap
    assert (data / "papers/hinton2015distilling.yml").is_file()


def test_retry_after_beyond_the_cap_fails_at_once(
    add: AddRunner, data: Path, service: FakeService
) -> None:
    service.script(ARXIV, Reply(429, b"", "text/plain", headers={"Retry-After": "3600"}))
    before = snapshot(data)
    done = add("1503.02531")
    assert done.code == 1
    assert (
        "error: arXiv answered HTTP 429 and asks us to wait 3600 s (Retry-After), longer than the"
        " 5 s we wait: nothing was written; try again later"
    ) in done.err
    assert len(service.seen) == 1
    assert snapshot(data) == before


def test_min_interval_spaces_requests_in_one_process(tmp_path: Path, service: FakeService) -> None:
    config = tmp_path / "catalogue.yml"
    config.write_text(settings_text(service.url, interval=0.4))
    settings = load_settings(config)
    service.script(ARXIV, recorded("arxiv/1503.02531.xml"))
    service.script("/api/query?1706.00384", recorded("arxiv/1706.00384.xml"))
    ask(PaperId("arxiv", "1503.02531"), settings)
    ask(PaperId("arxiv", "1706.00384"), settings)
    [gap] = gaps(service)
    assert gap >= 0.4 - SLACK, gap


def test_min_interval_spaces_consecutive_runs(
    tmp_path: Path, data: Path, service: FakeService
) -> None:
    config = tmp_path / "catalogue.yml"
    config.write_text(settings_text(service.url, interval=2.0, stamp_dir="stamps"))
    service.script(ARXIV, recorded("arxiv/1503.02531.xml"))
    service.script("/api/query?1706.00384", recorded("arxiv/1706.00384.xml"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("CATALOGUE_")}
    for identifier in ("1503.02531", "1706.00384"):
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "catalogue",
                "--data",
                str(data),
                "add",
                identifier,
                "--config",
                str(config),
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
    [gap] = gaps(service)
    assert gap >= 2.0 - SLACK, gap  # a new process starts far faster than that: it waited
    assert (tmp_path / "stamps/arxiv.next").is_file()


def test_announced_rate_limit_slows_us_down(tmp_path: Path, service: FakeService) -> None:
    config = tmp_path / "catalogue.yml"
    config.write_text(settings_text(service.url, interval=0.01))
    settings = load_settings(config)
    limit = {"X-Rate-Limit-Limit": "2", "X-Rate-Limit-Interval": "1s"}
    body = recorded("crossref/10.1109-cvpr.2019.00409.json").body
    service.script("/works/10.1109/cvpr.2019.00409", Reply(200, body, JSON, headers=limit))
    for _ in range(2):
        ask(PaperId("doi", "10.1109/cvpr.2019.00409"), settings)
    [gap] = gaps(service)
    assert gap >= 0.5 - SLACK, gap


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("120", 120.0),
        ("0", 0.0),
        (" 7 ", 7.0),
        ("Wed, 21 Oct 2015 07:28:30 GMT", 30.0),  # 30 s after `now` below
        ("Wed, 21 Oct 2015 07:27:00 GMT", 0.0),  # in the past: no wait
        ("-5", None),
        ("soon", None),
        (None, None),
    ],
)
def test_retry_after_forms(header: str | None, expected: float | None) -> None:
    now = 1445412480.0  # Wed, 21 Oct 2015 07:28:00 GMT
    assert retry_after(header, now) == expected


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"X-Rate-Limit-Limit": "50", "X-Rate-Limit-Interval": "1s"}, 0.02),
        ({"X-Rate-Limit-Limit": "5", "X-Rate-Limit-Interval": "2"}, 0.4),
        ({"X-Rate-Limit-Limit": "0", "X-Rate-Limit-Interval": "1s"}, None),
        ({"X-Rate-Limit-Limit": "50"}, None),
        ({}, None),
    ],
)
def test_announced_limits(headers: dict[str, str], expected: float | None) -> None:
    assert rate_limit_interval(headers) == expected
