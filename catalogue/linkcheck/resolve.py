"""Host names looked up once per run, before any request.

A name that does not exist makes every link to it dead, however many there are: one look-up
answers them all, instead of one request (and one polite pause) per link. And when no name
resolves at all, the machine is offline: that is a network problem to report, not a catalogue
full of dead links.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor

import requests

from ..core.errors import NetworkError

# With this many distinct names or more, "none resolves" means the network is down.
OFFLINE_AFTER = 3


def missing_hosts(
    urls: Iterable[tuple[str, str]], workers: int, name_exists: Callable[[str], bool]
) -> set[str]:
    """The host names (of ``(url, hostname)`` pairs) that DNS says do not exist.

    URLs that go through a proxy are left out: the proxy resolves them, not this machine.
    """
    names = sorted({name for url, name in urls if _looked_up_here(url, name)})
    if not names:
        return set()
    with ThreadPoolExecutor(min(workers, len(names)), thread_name_prefix="resolve") as pool:
        exists = list(pool.map(name_exists, names))
    missing = {name for name, found in zip(names, exists, strict=True) if not found}
    if len(names) >= OFFLINE_AFTER and len(missing) == len(names):
        raise NetworkError(
            f"none of the {len(names)} host names resolves (e.g. {names[0]}): DNS or the"
            " network is down; check the connection and run again (nothing was cached)"
        )
    return missing


def _looked_up_here(url: str, name: str) -> bool:
    if not name:
        return False
    try:
        ipaddress.ip_address(name)
        return False  # an address needs no look-up
    except ValueError:
        pass
    return not requests.utils.get_environ_proxies(url)


def host_exists(name: str) -> bool:
    """False only when DNS answers that the name does not exist; any doubt counts as found."""
    try:
        socket.getaddrinfo(name, None)
    except socket.gaierror as exc:
        return exc.errno not in (socket.EAI_NONAME, getattr(socket, "EAI_NODATA", -5))
    except (UnicodeError, OSError):
        return True  # the request will say what is wrong
    return True
