"""A small catalogue, a settings file, and a real HTTP server on 127.0.0.1 standing in for arXiv
and Crossref, answering from recorded responses (tests/add/fixtures/) by a per-test script."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from catalogue.cli import run

FIXTURES = Path(__file__).parent / "fixtures"
ATOM = "application/atom+xml; charset=utf-8"
JSON = "application/json"
CONTACT = "curators@example.org"

FILES = {
    "categories/foundations.yml": (
        "id: foundations\ntitle: Foundations\norder: 10\nkeywords:\n- distilling the knowledge\n"
    ),
    "categories/online-distillation.yml": (
        "id: online-distillation\ntitle: Online distillation\norder: 30\n"
        "keywords:\n- mutual learning\n"
    ),
    "categories/relational.yml": "id: relational\ntitle: Relational distillation\norder: 40\n",
    "venues/arxiv.yml": "id: arxiv\nshort: arXiv\nname: arXiv preprint\nkind: preprint\n",
    "venues/cvpr.yml": (
        "id: cvpr\nshort: CVPR\nname: IEEE/CVF Conference on Computer Vision and Pattern"
        " Recognition\nkind: conference\n"
    ),
    "venues/iclr.yml": (
        "id: iclr\nshort: ICLR\nname: International Conference on Learning Representations\n"
        "kind: conference\n"
    ),
    "papers/romero2015fitnets.yml": (
        "key: romero2015fitnets\ntitle: 'FitNets: Hints for Thin Deep Nets'\n"
        "authors:\n- Adriana Romero\nyear: 2015\nvenue: iclr\n"
        "identifiers:\n  arxiv: '1412.6550'\ncategories:\n- foundations\n"
    ),
}


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str = ATOM
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


def recorded(name: str, status: int = 200, **kwargs: object) -> Reply:
    path = FIXTURES / name
    kind = JSON if path.suffix == ".json" else ATOM if path.suffix == ".xml" else "text/plain"
    return Reply(status, path.read_bytes(), kind, **kwargs)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Seen:
    at: float  # time.monotonic() when the request arrived
    route: str
    user_agent: str
    accept: str


class FakeService:
    """Answers each route from its script: replies are used in turn, the last one repeats."""

    def __init__(self) -> None:
        self.routes: dict[str, list[Reply]] = {}
        self.seen: list[Seen] = []
        self.lock = threading.Lock()
        service = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                ids = parse_qs(parts.query).get("id_list", [])
                route = parts.path + (f"?{ids[0]}" if ids else "")
                reply = service.next_reply(route, self.headers)
                time.sleep(reply.delay)
                self.send_response(reply.status)
                self.send_header("Content-Type", reply.content_type)
                self.send_header("Content-Length", str(len(reply.body)))
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(reply.body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def script(self, route: str, *replies: Reply) -> None:
        self.routes[route] = list(replies)

    def next_reply(self, route: str, headers: object) -> Reply:
        with self.lock:
            self.seen.append(
                Seen(
                    time.monotonic(),
                    route,
                    headers.get("User-Agent", ""),  # type: ignore[attr-defined]
                    headers.get("Accept", ""),  # type: ignore[attr-defined]
                )
            )
            replies = self.routes.get(route)
            if not replies:
                return Reply(404, b"no such route in this test", "text/plain")
            return replies.pop(0) if len(replies) > 1 else replies[0]


@pytest.fixture
def service() -> Iterator[FakeService]:
    fake = FakeService()
    thread = threading.Thread(target=fake.server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    yield fake
    fake.server.shutdown()
    fake.server.server_close()
    thread.join(timeout=5)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    for name, text in FILES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def settings_text(
    base: str, *, interval: float = 0.05, stamp_dir: str = "", cache_dir: str = "", **extra: str
) -> str:
    service_extra = "".join(f"    {k}: {v}\n" for k, v in extra.items())
    services = "".join(
        f"  {name}:\n    base_url: {base}{path}\n    min_interval: {interval}\n"
        f"    retries: 2\n    max_wait: 5\n    timeout: 5\n{service_extra}"
        for name, path in (("arxiv", "/api/query"), ("crossref", ""))
    )
    return (
        f"contact: {CONTACT}\nlookup:\n{services}  stamp_dir: '{stamp_dir}'\n"
        f"  cache_dir: '{cache_dir}'\n"
    )


@pytest.fixture
def config(tmp_path: Path, service: FakeService) -> Path:
    path = tmp_path / "catalogue.yml"
    path.write_text(settings_text(service.url), encoding="utf-8")
    return path


@dataclass
class Outcome:
    code: int
    err: str
    out: str


AddRunner = Callable[..., Outcome]  # add("1503.02531", "--dry-run") -> Outcome


@pytest.fixture
def add(data: Path, config: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[AddRunner]:
    def run_add(*args: str) -> Outcome:
        capsys.readouterr()
        code = run(["--data", str(data), "add", "--config", str(config), *args])
        captured = capsys.readouterr()
        return Outcome(code, captured.err, captured.out)

    yield run_add


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` with its bytes: "nothing written" is checked against this."""
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }
