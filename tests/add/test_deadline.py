"""Issue 15: a service that drips its answer (a header line, or a body byte, every fraction of a
second, so that no single read times out) cannot stall `catalogue add`: each request has an
overall deadline, and the run ends with a clear message and nothing written.

On the main branch before the deadline, `add` against a body dripped a byte every 5 s was still
running after 200 s.
"""

from __future__ import annotations

import select
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .conftest import settings_text, snapshot

DRIP_EVERY = 0.3
DEADLINE = 1.5


DRIP_FOR = 30.0  # how long the server keeps a connection dripping if the client lets it


class Dripper:
    """A raw server on 127.0.0.1 that answers every request by dripping, for at most 30 s, and
    records how long each connection lasted until the client hung up."""

    def __init__(self, part: str) -> None:
        self.part = part
        self.requests = 0
        self.lasted: list[float] = []  # seconds from accepting a connection to the client's hang-up
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
            accepted = time.monotonic()
            threading.Thread(target=self._drip, args=(conn, accepted), daemon=True).start()

    def _drip(self, conn: socket.socket, accepted: float) -> None:
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
                end = time.monotonic() + DRIP_FOR
                while time.monotonic() < end:
                    # Between drops, watch for the client hanging up (end of file, or a reset).
                    if select.select([conn], [], [], DRIP_EVERY)[0] and not conn.recv(1):
                        break
                    conn.sendall(drop)
            except OSError:
                pass
            self.lasted.append(time.monotonic() - accepted)

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
    # Each request was cut off at its deadline, as the server saw it: the client hung up long
    # before the drip would have ended. The margin is for a busy machine waking the client's
    # watchdog, or this server's thread, late; without a deadline each would last DRIP_FOR.
    _wait_for(lambda: len(dripper.lasted) == 3)
    assert all(lasted < DEADLINE + 3.0 for lasted in dripper.lasted), dripper.lasted
    # The run as a whole (its start-up included, which load stretches most) ended well before
    # a single drip would have.
    assert took < DRIP_FOR, took
    assert snapshot(data) == before


def _wait_for(condition: Callable[[], bool], seconds: float = 10.0) -> None:
    """The server's threads note a hang-up a moment after the client's run has ended."""
    end = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < end, "the server never saw every connection end"
        time.sleep(0.05)
