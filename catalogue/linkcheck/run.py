"""A link-check run as a recipe: shard, answer from config and cache, check the rest, remember."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..errors import UsageError
from .cache import Cache
from .checker import Checker, host_of
from .config import LinkcheckConfig
from .limiter import Dispatcher, Limiter
from .progress import Progress
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
) -> LinkReport:
    """Check every target (of the shard) once; the cache and the blocked list answer first."""
    start = time.perf_counter()
    if shard is not None:
        targets = [t for t in targets if shard.holds(t.url)]
    known: dict[str, tuple[LinkResult, bool]] = {}
    pending: list[str] = []
    for target in targets:
        split = urlsplit(target.url)
        reason = config.blocked_reason(split.hostname or "", host_of(target.url))
        cached = cache.fresh(target.url) if cache is not None else None
        if reason is not None:
            note = f"host listed as blocked in the configuration: {reason}"
            known[target.url] = (
                LinkResult(url=target.url, outcome=LinkClass.BLOCKED, note=note),
                False,
            )
        elif cached is not None:
            known[target.url] = (cached, True)
        else:
            pending.append(target.url)
    if progress is not None:
        progress.start(len(pending))
    fresh, requests = check_urls(pending, config, progress.update if progress else _ignore)
    if cache is not None:
        for result in fresh.values():
            cache.put(result)
        cache.save()
    checked = []
    for target in targets:
        result, from_cache = known.get(target.url) or (fresh[target.url], False)
        checked.append(Checked(target, result, from_cache))
    return LinkReport(checked, requests=requests, seconds=time.perf_counter() - start)


def _ignore(result: LinkResult) -> None:
    pass


def check_urls(
    urls: list[str],
    config: LinkcheckConfig,
    on_result: Callable[[LinkResult], None] | None = None,
) -> tuple[dict[str, LinkResult], int]:
    """Check distinct URLs with a bounded pool of workers; return the results and requests sent."""
    if not urls:
        return {}, 0

    def limits(host: str) -> tuple[int, float]:
        return config.host_limits(urlsplit("//" + host).hostname or host, host)

    limiter = Limiter(limits)
    hosts = [host_of(url) for url in urls]
    dispatcher = Dispatcher(limiter, list(zip(urls, hosts, strict=True)))
    checker = Checker(config.limits, limiter, hosts=len(set(hosts)))
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
