"""A link-check run as a recipe: shard, answer from config and cache, check the rest, remember."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from ..core.errors import UsageError
from .cache import Cache
from .checker import Checker, host_of, hostname_of
from .config import LinkcheckConfig
from .limiter import Dispatcher, Limiter
from .progress import Progress
from .resolve import Resolver, missing_hosts
from .results import Checked, LinkClass, LinkReport, LinkResult, Target


@dataclass(frozen=True)
class Shard:
    """Part ``index`` (1-based) of ``count``: a URL's part depends on the URL alone."""

    index: int
    count: int

    @classmethod
    def parse(cls, text: str) -> Shard:
        try:
            index, count = (int(part) for part in text.split("/"))
        except ValueError:
            raise UsageError(f"--shard {text!r}: write I/N, e.g. 2/4") from None
        if not 1 <= index <= count:
            raise UsageError(f"--shard {text!r}: I must be between 1 and N")
        return cls(index, count)

    def holds(self, url: str) -> bool:
        digest = hashlib.sha256(url.encode("utf-8")).digest()
        return int.from_bytes(digest[:8], "big") % self.count == self.index - 1


def check(
    targets: list[Target],
    config: LinkcheckConfig,
    *,
    cache: Cache | None = None,
    shard: Shard | None = None,
    progress: Progress | None = None,
    resolver: Resolver | None = None,
) -> LinkReport:
    """Check every target (of the shard) once; the blocked list and the cache answer first.

    ``resolver`` looks host names up (DNS by default); tests give a table of their own so that
    no query leaves the machine."""
    resolver = resolver or Resolver()
    start = time.perf_counter()
    if shard is not None:
        targets = [t for t in targets if shard.holds(t.url)]
    known, pending = _answer_known(targets, config, cache)
    on_result = progress.update if progress is not None else _ignore
    if progress is not None:
        progress.start(len(pending))
    fresh = _unknown_hosts(pending, config, on_result, resolver)
    checked, requests = check_urls(
        [u for u in pending if u not in fresh], config, on_result, resolver
    )
    fresh.update(checked)
    if cache is not None:
        for result in fresh.values():
            cache.put(result)
        cache.save()
    report = [
        Checked(target, *(known.get(target.url) or (fresh[target.url], False)))
        for target in targets
    ]
    return LinkReport(report, requests=requests, seconds=time.perf_counter() - start)


def _answer_known(
    targets: list[Target], config: LinkcheckConfig, cache: Cache | None
) -> tuple[dict[str, tuple[LinkResult, bool]], list[str]]:
    """Results the configuration (blocked hosts) or the cache give; and the URLs left to check."""
    known: dict[str, tuple[LinkResult, bool]] = {}
    pending: list[str] = []
    for target in targets:
        name = hostname_of(target.url)
        if name is None:
            note = "malformed URL: its host cannot be read"
            known[target.url] = (
                LinkResult(url=target.url, outcome=LinkClass.ERROR, note=note),
                False,
            )
            continue
        reason = config.blocked_reason(name, host_of(target.url))
        cached = cache.fresh(target.url) if cache is not None else None
        if reason is not None:
            note = f"host listed as blocked in the configuration: {reason}"
            result = LinkResult(url=target.url, outcome=LinkClass.BLOCKED, note=note)
            known[target.url] = (result, False)
        elif cached is not None:
            known[target.url] = (cached, True)
        else:
            pending.append(target.url)
    return known, pending


def _unknown_hosts(
    urls: list[str],
    config: LinkcheckConfig,
    on_result: Callable[[LinkResult], None],
    resolver: Resolver,
) -> dict[str, LinkResult]:
    """Dead results, without a request, for the URLs whose host name does not exist."""
    named = [(url, hostname_of(url) or "") for url in urls]
    missing = missing_hosts(named, config.limits.workers, resolver)
    results = {}
    for url, name in named:
        if name in missing:
            note = "unknown host: the name does not resolve"
            results[url] = LinkResult(url=url, outcome=LinkClass.DEAD, note=note)
            on_result(results[url])
    return results


def _ignore(result: LinkResult) -> None:
    pass


def check_urls(
    urls: list[str],
    config: LinkcheckConfig,
    on_result: Callable[[LinkResult], None] | None = None,
    resolver: Resolver | None = None,
) -> tuple[dict[str, LinkResult], int]:
    """Check distinct URLs with a bounded pool of workers; return the results and requests sent."""
    if not urls:
        return {}, 0

    def limits(host: str) -> tuple[int, float]:
        return config.host_limits(hostname_of("//" + host) or host, host)

    limiter = Limiter(limits)
    hosts = [host_of(url) for url in urls]
    dispatcher = Dispatcher(limiter, list(zip(urls, hosts, strict=True)))
    checker = Checker(
        config.limits,
        limiter,
        hosts=len(set(hosts)),
        policy=config.policy(),
        resolver=resolver or Resolver(),
    )
    results: dict[str, LinkResult] = {}
    lock = threading.Lock()

    def work() -> None:
        while (item := dispatcher.next()) is not None:
            result = checker.check(item[0], held=True)
            with lock:
                results[item[0]] = result
            (on_result or _ignore)(result)

    workers = min(config.limits.workers, len(urls))
    try:
        with ThreadPoolExecutor(workers, thread_name_prefix="linkcheck") as pool:
            futures = [pool.submit(work) for _ in range(workers)]
            try:
                for future in futures:
                    future.result()
            except BaseException:
                dispatcher.stop()  # the workers finish what they hold, then leave
                raise
    finally:
        checker.close()
    return results, checker.requests
