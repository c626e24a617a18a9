"""Host names looked up once per run, before any request; and which addresses they lead to.

A name that does not exist makes every link to it dead, however many there are: one look-up
answers them all, instead of one request (and one polite pause) per link. When no name resolves at
all, the machine is offline: that is a network problem to report, not a catalogue full of dead
links. And the addresses a name resolves to decide whether it may be asked at all (see
``catalogue.net.guard``): the same look-up serves both, kept for the whole run.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor

import requests

from ..core.errors import NetworkError
from ..net.guard import AddressPolicy, IPAddress, literal_address, resolve

# With this many distinct names or more, "none resolves" means the network is down.
OFFLINE_AFTER = 3
_NO_SUCH_NAME = (socket.EAI_NONAME, getattr(socket, "EAI_NODATA", -5))


class Resolver:
    """Names to addresses, each looked up once; thread-safe.

    ``lookup`` raises ``socket.gaierror`` like ``getaddrinfo``; tests give a table of their own so
    that no query leaves the machine."""

    def __init__(self, lookup: Callable[[str], list[IPAddress]] = resolve) -> None:
        self._lookup = lookup
        self._known: dict[str, list[IPAddress] | None] = {}
        self._lock = threading.Lock()

    def addresses(self, name: str) -> list[IPAddress] | None:
        """The name's addresses; None when DNS says it does not exist; [] when in doubt (the
        request will say what is wrong)."""
        with self._lock:
            if name in self._known:
                return self._known[name]
        try:
            found: list[IPAddress] | None = self._lookup(name)
        except socket.gaierror as exc:
            found = None if exc.errno in _NO_SUCH_NAME else []
        except (UnicodeError, OSError, ValueError):
            found = []
        with self._lock:
            self._known[name] = found
        return found

    def exists(self, name: str) -> bool:
        return self.addresses(name) is not None

    def refusal(self, name: str, policy: AddressPolicy) -> str | None:
        """Why a request to host ``name`` is refused under ``policy``; None when it may go."""
        literal = literal_address(name)
        if literal is not None:
            return policy.check_addresses([literal])
        return policy.check_addresses(self.addresses(name) or [])


def missing_hosts(urls: Iterable[tuple[str, str]], workers: int, resolver: Resolver) -> set[str]:
    """The host names (of ``(url, hostname)`` pairs) that DNS says do not exist.

    URLs that go through a proxy are left out: the proxy resolves them, not this machine.
    """
    names = sorted({name for url, name in urls if _looked_up_here(url, name)})
    if not names:
        return set()
    with ThreadPoolExecutor(min(workers, len(names)), thread_name_prefix="resolve") as pool:
        exists = list(pool.map(resolver.exists, names))
    missing = {name for name, found in zip(names, exists, strict=True) if not found}
    if len(names) >= OFFLINE_AFTER and len(missing) == len(names):
        raise NetworkError(
            f"none of the {len(names)} host names resolves (e.g. {names[0]}): DNS or the"
            " network is down; check the connection and run again (nothing was cached)"
        )
    return missing


def _looked_up_here(url: str, name: str) -> bool:
    if not name or literal_address(name) is not None:
        return False  # an address needs no look-up
    try:
        return not requests.utils.get_environ_proxies(url)
    except ValueError:
        return False  # a URL the proxy rules cannot read: the request will say what is wrong
