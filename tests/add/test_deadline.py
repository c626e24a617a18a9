"""Issue 15: a service that drips its answer (a header line, or a body byte, every fraction of a
second, so that no single read times out) cannot stall `catalogue add`: each request has an
overall deadline, and the run ends with a clear message and nothing written.

On the main branch before the deadline, `add` against a body dripped a byte every 5 s was still
running after 200 s.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import settings_text, snapshot

DRIP_EVERY = 0.3
DEADLINE = 1.5


class Dripper:
    """A raw server on 127.0.0.1 that answers every request by dripping, for at most 30 s."""

    def __init__(self, part: str) -> None:
        self.part = part
        self.requests = 0
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.requests += 1
            threading.Thread(target=self._drip, args=(conn,), daemon=True).start()

    def _drip(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)
                if self.part == "headers":
                    conn.sendall(b"HTTP/1.1 200 OK\r\n")
                    drop = b"X-Drip: more\r\n"
                else:
                    conn.sendall(
                        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                        b"Content-Length: 100000\r\n\r\n"
                    )
                    drop = b" "
                end = time.monotonic() + 30
                while time.monotonic() < end:
                    time.sleep(DRIP_EVERY)
                    conn.sendall(drop)
            except OSError:
                pass

    def close(self) -> None:
        self.sock.close()


@pytest.fixture(params=["headers", "body"])
def dripper(request: pytest.FixtureRequest) -> Iterator[Dripper]:
    server = Dripper(request.param)
    yield server
    server.close()


def test_a_dripping_service_cannot_stall_add(tmp_path: Path, data: Path, dripper: Dripper) -> None:
    config = tmp_path / "catalogue.yml"
    config.write_text(settings_text(dripper.url, deadline=str(DEADLINE)), encoding="utf-8")
    before = snapshot(data)
    start = time.monotonic()
    command = ["--data", str(data), "add", "10.1234/abc", "--config", str(config)]
    done = subprocess.run(
        [sys.executable, "-m", "catalogue", *command],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={"PATH": "/usr/bin:/bin", "NO_PROXY": "*"},
    )
    took = time.monotonic() - start
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert (
        f"error: Crossref did not answer in full within {DEADLINE:g} s (the deadline for one"
        " request) (3 attempts): nothing was written"
    ) in done.stderr
    assert dripper.requests == 3  # the first try and the two retries the settings allow
    assert took < 3 * DEADLINE + 5, took
    assert snapshot(data) == before
