"""The cache: a second run within the time-to-live sends no request at all."""

from __future__ import annotations

import json
from pathlib import Path

from catalogue.linkcheck import Cache, LinkClass, Target, check
from catalogue.linkcheck.config import TimeToLive

from .conftest import Web, fast_config


def _targets(web: Web) -> list[Target]:
    paths = ("/ok", "/moved301", "/gone404", "/forbidden", "/reset")
    return [Target(web.a.url(path)) for path in paths]


def test_cached_rerun_makes_zero_requests(web: Web, tmp_path: Path) -> None:
    config, path = fast_config(), tmp_path / ".cache" / "linkcheck.json"
    first = check(_targets(web), config, cache=Cache(path, config.ttl_hours))
    sent = sum(site.stats.total for site in web.sites)
    assert first.requests > 0 and first.from_cache == 0

    second = check(_targets(web), config, cache=Cache(path, config.ttl_hours))
    assert sum(site.stats.total for site in web.sites) == sent
    assert second.requests == 0
    assert second.from_cache == len(second.checked) == 5
    assert [c.result for c in second.checked] == [c.result for c in first.checked]
    assert second.count(LinkClass.DEAD) == 1  # a cached dead link still fails the run


def test_each_class_expires_after_its_own_time(web: Web, tmp_path: Path) -> None:
    config = fast_config()
    ttl = TimeToLive(ok=1, moved=1, blocked=1, dead=0, error=0)
    path = tmp_path / "cache.json"
    check(_targets(web), config, cache=Cache(path, ttl))
    again = check(_targets(web), config, cache=Cache(path, ttl))
    fresh = {c.target.url for c in again.checked if not c.from_cache}
    assert fresh == {web.a.url("/gone404"), web.a.url("/reset")}
    # What has expired is not written back.
    saved = json.loads(path.read_text())["entries"]
    assert web.a.url("/ok") in saved and web.a.url("/gone404") not in saved


def test_no_cache_checks_afresh_and_a_broken_cache_is_ignored(web: Web, tmp_path: Path) -> None:
    config, path = fast_config(), tmp_path / "cache.json"
    check(_targets(web)[:1], config, cache=Cache(path, config.ttl_hours))
    again = check(_targets(web)[:1], config, cache=Cache(path, config.ttl_hours, read=False))
    assert again.requests == 1 and again.from_cache == 0

    path.write_text("{not json")
    cache = Cache(path, config.ttl_hours)
    assert cache.problem is not None and "unreadable" in cache.problem
    report = check(_targets(web)[:1], config, cache=cache)
    assert report.requests == 1
    assert json.loads(path.read_text())["version"] == 1  # rewritten whole
