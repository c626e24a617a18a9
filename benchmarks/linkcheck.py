"""Benchmark: link checking over many local hosts, against its own bound and against LinkChecker.

2,000 URLs spread over 20 hosts (127.0.0.1 … 127.0.0.20, one server each, in a separate process so
that the servers do not share the checker's interpreter), every answer after 50 ms. Prints URLs per
second for this checker, the most its concurrency settings allow, and LinkChecker's rate on the
same URLs with its default settings.

    .venv/bin/python benchmarks/linkcheck.py [--urls 2000] [--hosts 20] [--delay 0.05]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import multiprocessing as mp
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from catalogue.linkcheck import LinkClass, check_urls, load_config
from catalogue.linkcheck.config import LinkcheckConfig

PAGE = b"<!doctype html><title>A paper</title><p>Nothing to follow here.</p>"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_HEAD(self) -> None:
        self._answer()

    def do_GET(self) -> None:
        if self.path == "/__stats":
            body = json.dumps(self.server.stats()).encode()
            self._send(200, body, "application/json")
            return
        self._answer()

    def _answer(self) -> None:
        server = self.server
        with server.lock:
            server.requests += 1
            server.current += 1
            server.most = max(server.most, server.current)
        try:
            time.sleep(server.delay)
            if self.path == "/robots.txt":
                self._send(404, b"no robots.txt", "text/plain")
            else:
                self._send(200, PAGE, "text/html; charset=utf-8")
        finally:
            with server.lock:
                server.current -= 1

    def _send(self, status: int, body: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256

    def __init__(self, address: tuple[str, int], delay: float):
        super().__init__(address, _Handler)
        self.delay = delay
        self.lock = threading.Lock()
        self.requests = self.current = self.most = 0

    def stats(self) -> dict[str, int]:
        with self.lock:
            stats = {"requests": self.requests, "most_at_once": self.most}
            self.requests = self.most = 0  # each read starts a new measurement
        return stats


def _serve(hosts: int, delay: float, ready: mp.connection.Connection) -> None:
    servers = [_Server((f"127.0.0.{n}", 0), delay) for n in range(1, hosts + 1)]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    ready.send([f"http://127.0.0.{n}:{s.server_address[1]}" for n, s in enumerate(servers, 1)])
    threading.Event().wait()


def _stats(origins: list[str]) -> list[dict[str, int]]:
    out = []
    for origin in origins:
        with urllib.request.urlopen(f"{origin}/__stats", timeout=10) as answer:
            out.append(json.loads(answer.read()))
    return out


def bound(config: LinkcheckConfig, hosts: int, delay: float) -> float:
    """URLs per second the settings allow when every answer takes ``delay`` seconds."""
    limits = config.limits
    per_host = limits.per_host / delay
    if limits.host_interval > 0:
        per_host = min(per_host, 1 / limits.host_interval)
    return min(limits.workers / delay, hosts * per_host)


def run_ours(urls: list[str], config: LinkcheckConfig) -> tuple[float, int]:
    start = time.perf_counter()
    results, _ = check_urls(urls, config)
    seconds = time.perf_counter() - start
    ok = sum(1 for r in results.values() if r.outcome is LinkClass.OK)
    return seconds, ok


def run_linkchecker(urls: list[str]) -> tuple[float, int] | None:
    program = shutil.which("linkchecker") or str(Path(sys.executable).parent / "linkchecker")
    if not Path(program).exists():
        return None
    start = time.perf_counter()
    done = subprocess.run(
        [program, "--stdin", "--no-status", "--verbose", "-o", "csv"],
        input="\n".join(urls) + "\n",
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    rows = [line for line in done.stdout.splitlines() if line and not line.startswith("#")]
    valid = sum(
        1
        for row in csv.DictReader(io.StringIO("\n".join(rows)), delimiter=";")
        if row.get("valid") == "True"
    )
    return seconds, valid


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--urls", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--delay", type=float, default=0.05, help="seconds each answer takes")
    parser.add_argument("--config", type=Path, default=Path("linkcheck.yml"))
    parser.add_argument("--no-linkchecker", action="store_true")
    args = parser.parse_args()
    config = load_config(args.config if args.config.is_file() else None)

    mine, theirs = mp.Pipe()
    server = mp.Process(target=_serve, args=(args.hosts, args.delay, theirs), daemon=True)
    server.start()
    origins: list[str] = mine.recv()
    urls = [f"{origins[i % args.hosts]}/paper/{i}" for i in range(args.urls)]
    try:
        _stats(origins)
        seconds, ok = run_ours(urls, config)
        seen = _stats(origins)
        limit = bound(config, args.hosts, args.delay)
        rate = args.urls / seconds
        limits = config.limits
        print(
            f"{args.urls} URLs over {args.hosts} hosts, each answer"
            f" after {args.delay * 1000:.0f} ms"
        )
        print(
            f"settings: workers {limits.workers}, per host {limits.per_host},"
            f" host interval {limits.host_interval}s"
        )
        print(
            f"this checker: {seconds:.2f}s, {rate:.0f} URLs/s, {ok} ok,"
            f" {sum(s['requests'] for s in seen)} requests,"
            f" most at once on one host {max(s['most_at_once'] for s in seen)}"
        )
        print(
            f"bound of its settings: {limit:.0f} URLs/s; reached {rate / limit:.2f} of it"
            f" (goal 0.80)"
        )
        if args.no_linkchecker:
            return
        got = run_linkchecker(urls)
        if got is None:
            print("LinkChecker: not installed (scripts/bench-linkcheck.sh installs it)")
            return
        their_seconds, valid = got
        their_rate = args.urls / their_seconds
        seen = _stats(origins)
        print(
            f"LinkChecker (defaults): {their_seconds:.2f}s, {their_rate:.0f} URLs/s,"
            f" {valid} valid, {sum(s['requests'] for s in seen)} requests"
        )
        print(f"speed-up over LinkChecker: {rate / their_rate:.1f}x (goal 5x)")
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
