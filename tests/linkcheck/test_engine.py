"""The checker against real servers on 127.0.0.1: each class, each fault, each limit."""

from __future__ import annotations

import itertools
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from catalogue.core.errors import NetworkError
from catalogue.linkcheck import Cache, LinkClass, LinkResult, Target, check, check_urls
from catalogue.linkcheck.config import BlockedHost
from catalogue.linkcheck.limiter import Limiter
from catalogue.linkcheck.resolve import Resolver
from catalogue.net.guard import IPAddress

from .conftest import BIG, Web, fast_config, serving

CLASSES = [
    ("/ok", LinkClass.OK, 200, None),
    ("/head-refused", LinkClass.OK, 200, None),
    ("/head-404", LinkClass.OK, 200, None),
    ("/temp302", LinkClass.OK, 200, None),
    ("/moved301", LinkClass.MOVED, 200, "moved permanently"),
    ("/moved308", LinkClass.MOVED, 200, "moved permanently"),
    ("/moved-then-temp", LinkClass.MOVED, 200, "moved permanently"),
    ("/to-home", LinkClass.MOVED, 200, "home page"),
    ("/gone404", LinkClass.DEAD, 404, "404 Not Found"),
    ("/gone410", LinkClass.DEAD, 410, "410 Gone"),
    ("/moved-to-gone", LinkClass.DEAD, 410, "after 1 redirect"),
    ("/forbidden", LinkClass.BLOCKED, 403, "refuses automated clients"),
    ("/li999", LinkClass.BLOCKED, 999, "refuses automated clients"),
    ("/challenge", LinkClass.BLOCKED, 403, "challenge page"),
    ("/challenge-202", LinkClass.BLOCKED, 202, "challenge page"),
    ("/always429", LinkClass.BLOCKED, 429, "after 1 retry"),
    ("/too-patient", LinkClass.BLOCKED, 429, "3600s pause, more than the 3s cap"),
    ("/flaky503", LinkClass.OK, 200, "after 1 retry"),
    ("/loop-a", LinkClass.ERROR, 302, "redirect loop"),
    ("/reset", LinkClass.ERROR, None, "connection reset"),
    ("/slow-head", LinkClass.ERROR, None, "timed out"),
    ("/slow-body", LinkClass.OK, 200, None),
    ("/big", LinkClass.OK, 200, None),
]


Swept = tuple[Web, dict[str, LinkResult]]


@pytest.fixture(scope="module")
def swept() -> Iterator[Swept]:
    """One run over every behaviour, shared by the checks below (it takes about a second)."""
    with serving() as web:
        urls = [web.a.url(path) for path, *_ in CLASSES]
        results, _ = check_urls(urls, fast_config())
        yield web, results


def test_each_behaviour_gets_its_class(swept: Swept) -> None:
    web, results = swept
    for path, outcome, status, note in CLASSES:
        result = results[web.a.url(path)]
        assert (path, result.outcome, result.status) == (path, outcome, status), result.note
        if note is not None:
            assert note in result.note, (path, result.note)


def test_moved_reports_where_the_permanent_redirects_lead(swept: Swept) -> None:
    web, results = swept
    assert results[web.a.url("/moved301")].new_url == web.b.url("/ok")  # to another host
    assert results[web.a.url("/moved308")].new_url == web.a.url("/ok")  # relative Location
    # A temporary hop after the move is the site's business: the record gets the moved-to URL.
    assert results[web.a.url("/moved-then-temp")].new_url == web.a.url("/temp302")
    # A deep link sent to the front page is reported but never rewritten.
    assert results[web.a.url("/to-home")].new_url is None
    chain = results[web.a.url("/moved-then-temp")].chain
    assert [hop.status for hop in chain] == [301, 302, 200]


def test_head_refused_falls_back_to_get(swept: Swept) -> None:
    web, _ = swept
    stats = web.a.stats
    assert stats.count("/head-refused", "HEAD") == 1
    assert stats.count("/head-refused", "GET") == 1
    # HEAD answered 200: believed, no GET sent.
    assert stats.count("/ok", "GET") == 0
    # HEAD answered 404 but GET works: a HEAD "not found" is never believed alone.
    assert stats.count("/head-404", "GET") == 1


def test_redirect_loop_is_cut_and_the_chain_kept(swept: Swept) -> None:
    web, results = swept
    result = results[web.a.url("/loop-a")]
    assert [hop.url for hop in result.chain] == [
        web.a.url(p) for p in ("/loop-a", "/loop-b", "/loop-a", "/loop-b")
    ]
    assert web.a.stats.count("/loop-a") == 2


def test_transient_failures_are_retried_then_reported(swept: Swept) -> None:
    web, _ = swept
    stats = web.a.stats
    assert stats.count("/reset") == 2  # the first try and one retry
    assert stats.count("/slow-head") == 2
    assert stats.count("/always429") == 2  # HEAD, then a GET after the pause
    assert stats.count("/flaky503") == 2
    assert stats.count("/too-patient") == 1  # an hour's pause is not waited for
    assert stats.count("/gone404") == 2  # HEAD, then GET to confirm; 404 is not retried


def test_big_body_is_not_downloaded(swept: Swept) -> None:
    web, _ = swept
    stats = web.a.stats
    _wait_for(lambda: stats.dropped["/big"] == 1)
    assert stats.finished["/big"] == 0
    # What the server could hand to the kernel before the checker hung up, out of 10 MB.
    assert stats.bytes_sent["/big"] < BIG // 10


def test_slow_body_is_not_waited_for(web: Web) -> None:
    start = time.monotonic()
    results, _ = check_urls([web.a.url("/slow-body")], fast_config(body_seconds=0.2))
    assert time.monotonic() - start < 1.5  # the whole body would take 500 s
    assert results[web.a.url("/slow-body")].outcome is LinkClass.OK
    _wait_for(lambda: web.a.stats.dropped["/slow-body"] == 1)


def _no_such_name(name: str) -> list[IPAddress]:
    """The tests' own name table, in which no name exists: no DNS query leaves the machine."""
    raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")


def no_such_name() -> Resolver:
    return Resolver(_no_such_name)


def test_unknown_host_is_dead_and_refused_connection_is_error(closed_port: int) -> None:
    dead = "http://no-such-host.invalid/paper"
    refused = f"http://127.0.0.1:{closed_port}/paper"
    report = check([Target(dead), Target(refused)], fast_config(), resolver=no_such_name())
    results = {c.target.url: c.result for c in report.checked}
    assert results[dead].outcome is LinkClass.DEAD
    assert "unknown host" in results[dead].note
    assert results[refused].outcome is LinkClass.ERROR
    assert "refused" in results[refused].note


@pytest.mark.parametrize("path", ["/retry-once", "/retry-date"])
def test_retry_after_is_honoured(web: Web, path: str) -> None:
    """``Retry-After: 1`` and an HTTP date 1-2 s ahead: the second request waits that long."""
    results, _ = check_urls([web.a.url(path)], fast_config(backoff=0.01))
    assert results[web.a.url(path)].outcome is LinkClass.OK
    first, second = web.a.stats.times[path]
    assert second - first >= 0.95


def test_per_host_limit_is_respected(web: Web) -> None:
    urls = [site.url(f"/wait/{n}") for site in (web.a, web.b) for n in range(16)]
    results, _ = check_urls(urls, fast_config(workers=8, per_host=2))
    assert all(r.outcome is LinkClass.OK for r in results.values())
    assert web.a.stats.gauge.most == 2
    assert web.b.stats.gauge.most == 2


def test_global_limit_is_respected(web: Web) -> None:
    urls = [site.url(f"/wait/{n}") for site in web.sites for n in range(8)]
    check_urls(urls, fast_config(workers=3, per_host=4))
    assert web.everyone.most == 3


def test_requests_to_one_host_are_spaced(web: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    """The checker starts requests to one host ``host_interval`` apart, and none reaches the host
    before its turn. Measured where load cannot blur it: the limiter's own schedule (each start
    it grants, on the clock it keeps), and the server's arrivals against it: the k-th arrival
    comes after the k-th granted start (a busy machine can delay an arrival, never advance it,
    so arrivals alone may bunch up even when the starts were spaced)."""
    interval = 0.1
    granted: dict[str, list[float]] = {}
    take = Limiter.take

    def recording(self: Limiter, host: str, now: float) -> None:
        granted.setdefault(host, []).append(now)  # under the limiter's lock: in order
        take(self, host, now)

    monkeypatch.setattr(Limiter, "take", recording)
    urls = [web.a.url(f"/wait/{n}") for n in range(6)] + [web.b.url(f"/wait/{n}") for n in range(6)]
    check_urls(urls, fast_config(workers=8, per_host=4, host_interval=interval))
    for site in (web.a, web.b):
        starts, arrivals = granted[f"127.0.0.1:{site.port}"], sorted(site.stats.starts)
        assert len(starts) == len(arrivals) >= 6  # every request the host saw had its turn
        gaps = [b - a for a, b in itertools.pairwise(starts)]
        assert min(gaps) >= interval - 1e-9, gaps  # unlimited, they would start together
        early = [(a, s) for a, s in zip(arrivals, starts, strict=True) if a < s]
        assert early == [], "a request reached the host before its turn"
    # The interval is per host: both hosts were served side by side, not one after the other.
    assert min(granted[f"127.0.0.1:{web.b.port}"]) < max(granted[f"127.0.0.1:{web.a.port}"])


def test_connections_are_reused(web: Web) -> None:
    urls = [web.a.url(f"/ok?{n}") for n in range(6)] + [
        web.a.url(f"/head-refused?{n}") for n in range(4)
    ]
    results, requests = check_urls(urls, fast_config(workers=1))
    assert all(r.outcome is LinkClass.OK for r in results.values())
    assert requests == 6 + 4 * 2
    assert web.a.stats.connections == 1


def test_blocked_hosts_in_the_configuration_get_no_request(web: Web) -> None:
    config = fast_config().model_copy(
        update={"blocked": [BlockedHost(host=f"127.0.0.1:{web.a.port}", reason="bots are refused")]}
    )
    report = check([Target(web.a.url("/ok")), Target(web.b.url("/ok"))], config)
    outcomes = {c.target.url: c.result for c in report.checked}
    assert outcomes[web.a.url("/ok")].outcome is LinkClass.BLOCKED
    assert "bots are refused" in outcomes[web.a.url("/ok")].note
    assert outcomes[web.b.url("/ok")].outcome is LinkClass.OK
    assert web.a.stats.total == 0
    assert report.requests == 1


def _wait_for(condition: Callable[[], bool], seconds: float = 2.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the server never saw it"
        time.sleep(0.02)


def test_a_name_that_does_not_exist_is_looked_up_once_not_requested(web: Web) -> None:
    dead = [f"http://gone.invalid/paper/{n}" for n in range(3)]
    report = check(
        [Target(url) for url in [*dead, web.a.url("/ok")]], fast_config(), resolver=no_such_name()
    )
    outcomes = {c.target.url: c.result.outcome for c in report.checked}
    assert [outcomes[url] for url in dead] == [LinkClass.DEAD] * 3
    assert outcomes[web.a.url("/ok")] is LinkClass.OK
    assert report.requests == 1


def test_no_name_resolving_at_all_is_a_network_error_not_dead_links(tmp_path: Path) -> None:
    config, path = fast_config(), tmp_path / "cache.json"
    targets = [Target(f"http://site{n}.invalid/") for n in range(3)]
    with pytest.raises(NetworkError, match="none of the 3 host names resolves"):
        check(targets, config, cache=Cache(path, config.ttl_hours), resolver=no_such_name())
    assert not path.exists()
