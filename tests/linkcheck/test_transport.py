"""The one transport: address policy on the connected socket, deadlines per request, and the
address classes the policy knows."""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Iterator

import pytest
import requests

from catalogue.net import transport
from catalogue.net.guard import AddressPolicy, AddressRefused, literal_address

from .servers import Site


@pytest.fixture
def site() -> Iterator[Site]:
    server = Site({"/ok": lambda h: h.answer(200), "/slow": _slow})
    yield server
    server.close()


def _slow(h: object) -> None:
    time.sleep(2)
    h.answer(200)  # type: ignore[attr-defined]


def test_the_connected_peer_is_checked_even_when_the_name_looked_harmless(site: Site) -> None:
    """A name that resolved to a public address at check time and to loopback at connect time
    (DNS rebinding) is still refused: the socket's far end is what counts."""
    session = transport.new_session("test")
    with transport.scope(5, AddressPolicy()), pytest.raises(AddressRefused) as refused:
        session.get(site.url("/ok"), timeout=2)
    assert refused.value.why == "the connection reached a loopback address"
    assert site.stats.total == 0  # connected, refused before a byte of the request was sent
    allowed = AddressPolicy.allowing(["127.0.0.1"])
    with transport.scope(5, allowed):
        assert session.get(site.url("/ok"), timeout=2).status_code == 200


def test_a_kept_alive_connection_obeys_the_next_requests_deadline(site: Site) -> None:
    session = transport.new_session("test")
    with transport.scope(5):
        assert session.get(site.url("/ok"), timeout=5).status_code == 200
    start = time.monotonic()
    with transport.scope(0.5) as request, pytest.raises(requests.ConnectionError):
        session.get(site.url("/slow"), timeout=5)  # the read timeout alone would wait 2 s
    assert request.expired
    assert time.monotonic() - start < 1.5
    assert site.stats.connections == 1  # the same connection, joined to the second scope
    assert transport.current() is None


def test_scopes_nest_and_restore() -> None:
    with transport.scope(5) as outer:
        with transport.scope(1) as inner:
            assert transport.current() is inner
        assert transport.current() is outer
    assert transport.current() is None


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "a loopback address"),
        ("::1", "a loopback address"),
        ("::ffff:127.0.0.1", "a loopback address"),
        ("169.254.169.254", "a cloud metadata address"),
        ("fd00:ec2::254", "a cloud metadata address"),
        ("100.100.100.200", "a cloud metadata address"),
        ("169.254.1.1", "a link-local address"),
        ("fe80::1", "a link-local address"),
        ("10.1.2.3", "a private or reserved address"),
        ("172.16.0.1", "a private or reserved address"),
        ("192.168.1.1", "a private or reserved address"),
        ("100.64.0.1", "a private or reserved address"),
        ("fc00::1", "a private or reserved address"),
        ("0.0.0.0", "the unspecified address"),
        ("224.0.0.1", "a multicast address"),
        ("93.184.215.14", None),
        ("2606:2800:21f:cb07:6820:80da:af6b:8b2c", None),
    ],
)
def test_address_classes(address: str, kind: str | None) -> None:
    assert AddressPolicy().refusal(ipaddress.ip_address(address)) == kind


def test_allowed_networks_open_only_themselves() -> None:
    policy = AddressPolicy.allowing(["127.0.0.1/32", "10.0.0.0/8"])
    assert policy.refusal(ipaddress.ip_address("127.0.0.1")) is None
    assert policy.refusal(ipaddress.ip_address("10.9.9.9")) is None
    assert policy.refusal(ipaddress.ip_address("127.0.0.2")) == "a loopback address"
    assert policy.check_addresses(map(ipaddress.ip_address, ["127.0.0.1", "::1"])) == (
        "the host resolves to a loopback address"
    )


@pytest.mark.parametrize(
    ("host", "address"),
    [
        ("0x7f000001", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("2130706433", "127.0.0.1"),
        ("017700000001", "127.0.0.1"),
        ("[::1]", "::1"),
        ("example.org", None),
    ],
)
def test_numeric_disguises_are_read_without_dns(host: str, address: str | None) -> None:
    found = literal_address(host)
    assert (str(found) if found else None) == address
