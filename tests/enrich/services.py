"""One real HTTP server on 127.0.0.1 that answers like arXiv, Crossref, OpenAlex and the GitHub
API, from the recorded answers in ``fixtures/`` (written for these tests), with their quirks:

- arXiv: an Atom feed per ``id_list``, entries with versioned ids, at most ``page`` entries an
  answer (``start``/``max_results`` to page), ``opensearch:totalResults``;
- Crossref: ``/works?filter=doi:…,doi:…`` lists with ``total-results``, ``rows``/``offset`` paging;
- OpenAlex: ``/works?filter=doi:a|b`` or ``title.search:…``, ``meta.count``, ``per-page``/``page``;
- GitHub: ``/repos/{owner}/{repo}``, a moved repository as 301 to ``/repositories/{id}``, 404 for
  a gone one, ``X-RateLimit-*`` headers on every answer; a file's latest commit and its contents;
- a host that publishes lists at plain URLs (``/lists/…``).

Faults are scripted per service: each request to the service takes the next fault first (None:
answer as the service would, so that a fault can hit a later page).
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

FIXTURES = Path(__file__).parent / "fixtures"
FEED_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom"'
    ' xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">\n'
    '  <title type="html">ArXiv Query</title>\n'
    "  <id>http://arxiv.org/api/recorded</id>\n"
    "  <opensearch:totalResults>{total}</opensearch:totalResults>\n"
    "  <opensearch:startIndex>{start}</opensearch:startIndex>\n"
    "  <opensearch:itemsPerPage>{size}</opensearch:itemsPerPage>\n"
)


@dataclass
class Fault:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    stall: float = 0.0  # seconds to wait before answering at all
    content_type: str = "text/plain"


@dataclass(frozen=True)
class Seen:
    at: float
    service: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


class Services:
    def __init__(self) -> None:
        self.arxiv = {
            p.stem: p.read_text(encoding="utf-8") for p in (FIXTURES / "arxiv").glob("*.xml")
        }
        self.crossref = {
            json.loads(p.read_text())["DOI"].lower(): p.read_bytes()
            for p in (FIXTURES / "crossref").glob("*.json")
        }
        self.openalex = [
            json.loads(p.read_text()) for p in sorted((FIXTURES / "openalex").glob("*.json"))
        ]
        self.github: dict[str, dict[str, object]] = {
            "sforaidl/kd_lib": json.loads((FIXTURES / "github/kd-lib.json").read_text()),
            "intellabs/distiller": json.loads(
                (FIXTURES / "github/distiller-archived.json").read_text()
            ),
        }
        # Old name -> the repository id it redirects to.
        self.github_moved = {"aberhu/knowledge-distillation-zoo": 1003}
        self.github_by_id = {1003: json.loads((FIXTURES / "github/moved-target.json").read_text())}
        # Files in repositories: (owner/repo, path) -> (latest commit, bytes); lists at URLs.
        self.files: dict[tuple[str, str], tuple[str, bytes]] = {}
        self.published: dict[str, bytes] = {}
        self.page = 2  # entries (items, results) per answer at most: clients must page
        self.rate_remaining = 60
        self.rate_reset = int(time.time()) + 3600
        self.faults: dict[str, list[Fault | None]] = {}
        self.seen: list[Seen] = []
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def count(self, service: str) -> int:
        return sum(1 for s in self.seen if s.service == service)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        services = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                service = parts.path.split("/")[1]
                query = parse_qs(parts.query)
                with services.lock:
                    services.seen.append(
                        Seen(time.monotonic(), service, parts.path, query, dict(self.headers))
                    )
                    pending = services.faults.get(service, [])
                    fault = pending.pop(0) if pending else None
                if fault is not None:
                    time.sleep(fault.stall)
                    self.reply(fault.status, fault.body, fault.content_type, fault.headers)
                    return
                route = getattr(services, f"_{service}", None)
                if route is None:
                    self.reply(404, b"no such service", "text/plain")
                    return
                route(self, parts.path, query)

            def reply(
                self,
                status: int,
                body: bytes,
                content_type: str,
                headers: dict[str, str] | None = None,
            ) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(body)))
                    for name, value in (headers or {}).items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    self.close_connection = True  # the client gave up (a stall test)

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Handler

    # --- arXiv -----------------------------------------------------------------------------

    def _arxiv(self, h: BaseHTTPRequestHandler, path: str, query: dict[str, list[str]]) -> None:
        ids = query.get("id_list", [""])[0].split(",")
        start = int(query.get("start", ["0"])[0])
        wanted = int(query.get("max_results", ["10"])[0])
        known = [self.arxiv[i] for i in ids if i in self.arxiv]
        size = min(wanted, self.page)
        body = FEED_HEAD.format(total=len(known), start=start, size=size)
        body += "".join(known[start : start + size]) + "</feed>\n"
        h.reply(200, body.encode(), "application/atom+xml; charset=utf-8")  # type: ignore[attr-defined]

    # --- Crossref --------------------------------------------------------------------------

    def _crossref(self, h: BaseHTTPRequestHandler, path: str, query: dict[str, list[str]]) -> None:
        if path != "/crossref/works":
            h.reply(404, b"Resource not found.", "text/plain")  # type: ignore[attr-defined]
            return
        dois = [part.removeprefix("doi:").lower() for part in query["filter"][0].split(",")]
        rows = min(int(query.get("rows", ["20"])[0]), self.page)
        offset = int(query.get("offset", ["0"])[0])
        known = [self.crossref[d] for d in dois if d in self.crossref]
        items = b",".join(known[offset : offset + rows])
        body = (
            b'{"status":"ok","message-type":"work-list","message-version":"1.0.0","message":'
            b'{"facets":{},"total-results":'
            + str(len(known)).encode()
            + b',"items":['
            + items
            + b'],"items-per-page":'
            + str(rows).encode()
            + b"}}"
        )
        headers = {"X-Rate-Limit-Limit": "50", "X-Rate-Limit-Interval": "1s"}
        h.reply(200, body, "application/json", headers)  # type: ignore[attr-defined]

    # --- OpenAlex --------------------------------------------------------------------------

    def _openalex(self, h: BaseHTTPRequestHandler, path: str, query: dict[str, list[str]]) -> None:
        name, _, value = query["filter"][0].partition(":")
        if name == "doi":
            wanted = {f"https://doi.org/{d.lower()}" for d in value.split("|")}
            found = [w for w in self.openalex if (w.get("doi") or "") in wanted]
        else:
            words = set(_words(value))
            found = [w for w in self.openalex if words <= set(_words(w.get("title") or ""))]
        per_page = min(int(query.get("per-page", ["25"])[0]), self.page)
        page = int(query.get("page", ["1"])[0])
        results = found[(page - 1) * per_page : page * per_page]
        meta = {"count": len(found), "page": page, "per_page": per_page}
        body = json.dumps({"meta": meta, "results": results}).encode()
        h.reply(200, body, "application/json")  # type: ignore[attr-defined]

    # --- GitHub ----------------------------------------------------------------------------

    def _github(self, h: BaseHTTPRequestHandler, path: str, query: dict[str, list[str]]) -> None:
        with self.lock:
            if self.rate_remaining == 0 and time.time() >= self.rate_reset:
                self.rate_remaining, self.rate_reset = 60, int(time.time()) + 3600
            spent = self.rate_remaining == 0
            self.rate_remaining = max(0, self.rate_remaining - 1)
            headers = {
                "X-RateLimit-Limit": "60",
                "X-RateLimit-Remaining": str(self.rate_remaining),
                "X-RateLimit-Reset": str(self.rate_reset),
            }
        if spent:  # as GitHub does: 403 with the allowance headers
            body = b'{"message":"API rate limit exceeded for 127.0.0.1."}'
            h.reply(403, body, "application/json", headers)  # type: ignore[attr-defined]
            return
        parts = path.split("/")[2:]
        repo: dict[str, object] | None = None
        if parts[0] == "repos" and len(parts) >= 4 and parts[3] in ("commits", "contents"):
            self._github_file(h, parts, query, headers)
            return
        if parts[0] == "repos" and len(parts) == 3:
            name = f"{parts[1]}/{parts[2]}".lower()
            if name in self.github_moved:
                location = f"{self.url}/github/repositories/{self.github_moved[name]}"
                h.reply(  # type: ignore[attr-defined]
                    301,
                    json.dumps({"message": "Moved Permanently", "url": location}).encode(),
                    "application/json",
                    {**headers, "Location": location},
                )
                return
            repo = self.github.get(name)
        elif parts[0] == "repositories" and len(parts) == 2:
            repo = self.github_by_id.get(int(parts[1]))
        if repo is None:
            body = b'{"message":"Not Found","documentation_url":"https://docs.github.com/rest"}'
            h.reply(404, body, "application/json", headers)  # type: ignore[attr-defined]
            return
        h.reply(200, json.dumps(repo).encode(), "application/json", headers)  # type: ignore[attr-defined]

    def _github_file(
        self,
        h: BaseHTTPRequestHandler,
        parts: list[str],
        query: dict[str, list[str]],
        headers: dict[str, str],
    ) -> None:
        """``/repos/{o}/{r}/commits?path=`` (the latest commit first) and
        ``/repos/{o}/{r}/contents/{path}?ref=`` (the raw file, as the raw media type gives it)."""
        repo = f"{parts[1]}/{parts[2]}".lower()
        if parts[3] == "commits":
            file = self.files.get((repo, query.get("path", [""])[0]))
            if file is None:
                h.reply(404, b'{"message":"Not Found"}', "application/json", headers)  # type: ignore[attr-defined]
                return
            body = json.dumps([{"sha": file[0], "commit": {"message": "update"}}]).encode()
            h.reply(200, body, "application/json", headers)  # type: ignore[attr-defined]
            return
        name = "/".join(parts[4:])
        file = self.files.get((repo, name))
        if file is None or query.get("ref", [file[0]])[0] != file[0]:
            h.reply(404, b'{"message":"Not Found"}', "application/json", headers)  # type: ignore[attr-defined]
            return
        h.reply(200, file[1], "application/vnd.github.raw+json", headers)  # type: ignore[attr-defined]

    def _lists(self, h: BaseHTTPRequestHandler, path: str, query: dict[str, list[str]]) -> None:
        """A host publishing lists at plain URLs: ``/lists/<name>``."""
        body = self.published.get(path.removeprefix("/lists/"))
        if body is None:
            h.reply(404, b"not found", "text/plain")  # type: ignore[attr-defined]
        else:
            h.reply(200, body, "text/markdown; charset=utf-8")  # type: ignore[attr-defined]


@contextmanager
def running() -> Iterator[Services]:
    fake = Services()
    thread = threading.Thread(target=fake.server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        fake.server.shutdown()
        fake.server.server_close()
        thread.join(timeout=5)
