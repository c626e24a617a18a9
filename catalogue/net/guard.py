"""Which network addresses a request made on behalf of the data may reach.

A link in a record is written by whoever opened the pull request; the link check fetches it on a
CI runner that can see its own network (``localhost``, the cloud's metadata service at
169.254.169.254, private ranges). So every host is resolved and its addresses checked before a
request, after every redirect, and once more on the socket actually connected (a name can resolve
differently the second time). Only the configuration opens a range (the tests serve on 127.0.0.1).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated

from pydantic import AfterValidator

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

# Cloud metadata services answer on these (AWS, GCP, Azure, OpenStack: 169.254.169.254; AWS's
# IPv6 endpoint; Alibaba's 100.100.100.200). Named apart so that a report says what was at stake.
_METADATA = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200")
)


class AddressRefused(Exception):
    """A request would reach an address the policy keeps out. Not an ``OSError`` on purpose:
    urllib3 must not wrap it or retry it; it reaches the caller as it is."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


def _kind(address: IPAddress) -> str | None:
    """What sort of internal address this is, in words; None for a public address."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return _kind(address.ipv4_mapped)
    if address in _METADATA:
        return "a cloud metadata address"
    if address.is_loopback:
        return "a loopback address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_unspecified:
        return "the unspecified address"
    if address.is_multicast:
        return "a multicast address"
    if address.is_private or address.is_reserved or not address.is_global:
        return "a private or reserved address"
    return None


def _network(value: str) -> str:
    try:
        return str(ipaddress.ip_network(value.strip(), strict=False))
    except ValueError:
        raise ValueError("must be an address or network such as 127.0.0.1 or 10.0.0.0/8") from None


# A network a setting allows (``allow_addresses``), as settings files write it.
Network = Annotated[str, AfterValidator(_network)]


@dataclass(frozen=True)
class AddressPolicy:
    """Internal addresses are refused, except in the ``allowed`` networks."""

    allowed: tuple[IPNetwork, ...] = ()

    @classmethod
    def allowing(cls, networks: Iterable[str]) -> AddressPolicy:
        return cls(tuple(ipaddress.ip_network(n, strict=False) for n in networks))

    def refusal(self, address: IPAddress) -> str | None:
        """Why ``address`` may not be reached, or None when it may."""
        kind = _kind(address)
        if kind is None or any(address in network for network in self.allowed):
            return None
        return kind

    def check_addresses(self, addresses: Iterable[IPAddress]) -> str | None:
        """A name is refused when any of its addresses is: the connection could use any one."""
        for address in addresses:
            kind = self.refusal(address)
            if kind is not None:
                return f"the host resolves to {kind}"
        return None

    def check_peer(self, sock: socket.socket) -> None:
        """Raise ``AddressRefused`` when a connected socket's far end is refused."""
        try:
            peer = ipaddress.ip_address(sock.getpeername()[0].split("%", 1)[0])
        except (OSError, ValueError):
            return  # not an IP socket, or already closed: nothing was reached
        kind = self.refusal(peer)
        if kind is not None:
            raise AddressRefused(f"the connection reached {kind}")


def literal_address(host: str) -> IPAddress | None:
    """The address a host written as a number names (``127.1``, ``0x7f000001``, ``[::1]``).

    The C library reads the old numeric forms that ``ipaddress`` refuses, so ask it, without DNS.
    """
    host = host.strip("[]")
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None, flags=socket.AI_NUMERICHOST)
    except (OSError, UnicodeError):
        return None
    return ipaddress.ip_address(str(infos[0][4][0]).split("%", 1)[0]) if infos else None


def resolve(host: str) -> list[IPAddress]:
    """Every address ``host`` resolves to (raises ``socket.gaierror`` when it does not)."""
    literal = literal_address(host)
    if literal is not None:
        return [literal]
    infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    return [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]
