"""Issue 15's network cases for `catalogue links`, each run as a real process against real
servers on loopback: a server that drips its headers, internal addresses (directly, in numeric
disguise, and behind a redirect), and a URL whose host cannot be read.

Each case failed on the main branch before the one transport (``catalogue.net.transport``): the
drip kept `links` running until it was killed, internal addresses were fetched and the redirect's
target printed, and a malformed host ended in a traceback (the record grammar now refuses such
URLs first; the checker copes on its own too).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from catalogue.linkcheck import LinkClass, Target, check

from .conftest import fast_config
from .servers import Handler, Site

DRIP_EVERY = 0.3  # a header line this often: no single read ever times out
DEADLINE = 1.5


def _drip_headers(h: Handler) -> None:
    """A status line, then one header line every DRIP_EVERY s, never the blank line that ends
    them (for at most 30 s, so that a client that never gives up still lets the test end)."""
    h._done()
    h.close_connection = True
    try:
        h.wfile.write(b"HTTP/1.1 200 OK\r\n")
        h.wfile.flush()
        end = time.monotonic() + 30
        n = 0
        while time.monotonic() < end:
            time.sleep(DRIP_EVERY)
            n += 1
            h.wfile.write(b"X-Drip-%d: still coming\r\n" % n)
            h.wfile.flush()
    except OSError:
        h.site.stats.dropped[h.path] += 1


@pytest.fixture
def public() -> Iterator[Site]:
    """The stand-in for the internet: 127.0.0.1, which the configuration allows."""
    site = Site({})
    yield site
    site.close()


@pytest.fixture
def internal() -> Iterator[Site]:
    """The stand-in for the runner's own network: a server on 127.0.0.2, which is refused."""
    site = Site({"/secret": lambda h: h.answer(200, b"instance credentials")}, host="127.0.0.2")
    yield site
    site.close()


def _project(tmp_path: Path, urls: list[str]) -> Path:
    papers = tmp_path / "data/papers"
    papers.mkdir(parents=True)
    links = "".join(f"- kind: paper\n  url: '{url}'\n" for url in urls)
    (papers / "a2020hostile.yml").write_text(
        f"key: a2020hostile\ntitle: Hostile links\nlinks:\n{links}", encoding="utf-8"
    )
    (tmp_path / "linkcheck.yml").write_text(
        "limits:\n  connect_timeout: 1\n  read_timeout: 1\n  retries: 0\n"
        f"  deadline: {DEADLINE}\n  body_seconds: 0.3\n"
        "allow_addresses: [127.0.0.1/32]  # the public stand-in only, not the rest of 127/8\n",
        encoding="utf-8",
    )
    return tmp_path


def _links(project: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "catalogue", "links", "--no-cache", "--json", "out.json", *args],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env={"PATH": "/usr/bin:/bin", "CI": "true", "NO_PROXY": "*"},
    )


def test_a_server_dripping_its_headers_cannot_stall_the_check(tmp_path: Path, public: Site) -> None:
    public.routes["/drip"] = _drip_headers
    public.routes["/ok"] = lambda h: h.answer(200)
    project = _project(tmp_path, [public.url("/drip"), public.url("/ok")])
    start = time.monotonic()
    done = _links(project, timeout=30)
    took = time.monotonic() - start
    assert "Traceback" not in done.stderr
    report = json.loads((project / "out.json").read_text())
    outcome = {item["url"]: (item["class"], item["note"]) for item in report["links"]}
    assert outcome[public.url("/ok")][0] == "ok"
    cls, note = outcome[public.url("/drip")]
    assert cls == "error"
    assert f"no complete answer within {DEADLINE:g} s" in note
    # HEAD and then GET each get the deadline (no retry for a stall): well under the 30 s drip.
    assert took < 2 * DEADLINE + 5, took
    assert "links: 2 checked" in done.stderr


def test_internal_addresses_are_refused_and_internal_redirects_not_shown(
    tmp_path: Path, public: Site, internal: Site
) -> None:
    port = internal.port
    hidden = f"http://127.0.0.2:{port}/secret"
    public.routes["/jump"] = lambda h: h.answer(302, b"", {"Location": hidden})
    public.routes["/metadata"] = lambda h: h.answer(
        301, b"", {"Location": "http://169.254.169.254/latest/meta-data/"}
    )
    urls = [
        hidden,
        f"http://0x7f000002:{port}/secret",  # 127.0.0.2 written as one hexadecimal number
        f"http://127.2:{port}/secret",  # and in the short dotted form
        "http://[::1]:9/secret",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/admin",
        public.url("/jump"),
        public.url("/metadata"),
    ]
    project = _project(tmp_path, urls)
    done = _links(project)
    assert "Traceback" not in done.stderr
    assert internal.stats.total == 0, "a request reached the internal server"
    report = json.loads((project / "out.json").read_text())
    outcome = {item["url"]: (item["class"], item["note"]) for item in report["links"]}
    for url in urls[:6]:
        cls, note = outcome[url]
        assert cls == "error", (url, note)
        assert note.startswith("not checked: the host resolves to"), (url, note)
    assert "a cloud metadata address" in outcome["http://169.254.169.254/latest/meta-data/"][1]
    for url in (public.url("/jump"), public.url("/metadata")):
        assert outcome[url][0] == "error"
        assert outcome[url][1].startswith("redirect not followed"), outcome[url]
    # Where the internal redirects lead appears nowhere: not on the terminal, not in the report.
    for path, target in (("/jump", "127.0.0.2"), ("/metadata", "169.254")):
        item = next(i for i in report["links"] if i["url"] == public.url(path))
        assert target not in json.dumps(item), item
        lines = [line for line in done.stderr.splitlines() if public.url(path) in line]
        assert lines and not any(target in line for line in lines), lines


def test_a_url_whose_host_cannot_be_read_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    """The record grammar refuses such URLs with their line; a plain list too."""
    project = _project(tmp_path, ["https://arxiv.org[]/abs/1503.02531"])
    (project / "urls.txt").write_text("http://example.org:port/x\n", encoding="utf-8")
    for args in ((), ("--urls", "urls.txt")):
        done = _links(project, *args)
        assert done.returncode == 1
        assert "Traceback" not in done.stderr, done.stderr
    assert "urls.txt:1:1: error: not an http(s) URL" in done.stderr


def test_the_checker_itself_survives_unreadable_hosts(public: Site) -> None:
    """Whatever gets past the grammar (a library caller, a redirect's Location) is an error."""
    public.routes["/bad-jump"] = lambda h: h.answer(301, b"", {"Location": "http://[::1/x"})
    urls = ["https://arxiv.org[]/abs/1503.02531", "http://example.org:port/x"]
    report = check([Target(u) for u in [*urls, public.url("/bad-jump")]], fast_config())
    notes = {c.target.url: (c.result.outcome, c.result.note) for c in report.checked}
    for url in urls:
        assert notes[url] == (LinkClass.ERROR, "malformed URL: its host cannot be read")
    assert notes[public.url("/bad-jump")] == (LinkClass.ERROR, "redirects to a malformed URL")
