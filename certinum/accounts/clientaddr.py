"""The client address of a request, for per-address limits (``CERTINUM_TRUSTED_PROXIES``).

It is the TCP peer, unless the peer is a trusted proxy: then it is the right-most address of
``X-Forwarded-For`` that is not itself a trusted proxy (each proxy appends the address it saw,
so addresses left of the first untrusted one could have been written by the client). A header
from an untrusted peer is ignored, so a client cannot choose its own address; a header that
does not parse, or that names only trusted proxies, falls back to the peer.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from typing import Any

from litestar.connection import ASGIConnection

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
UNKNOWN = "unknown"


def parse_proxies(text: str) -> tuple[Network, ...]:
    """``"10.0.0.1, 192.168.0.0/16"`` → networks; ValueError names a bad entry."""
    networks = []
    for item in (t.strip() for t in text.split(",")):
        if not item:
            continue
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise ValueError(
                f"CERTINUM_TRUSTED_PROXIES: {item[:60]!r} is not an IP address or CIDR"
            ) from None
    return tuple(networks)


def _ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def _trusted(address: str, proxies: Iterable[Network]) -> bool:
    ip = _ip(address)
    return ip is not None and any(ip in net for net in proxies)


def resolve(peer: str, forwarded_for: list[str], proxies: tuple[Network, ...]) -> str:
    """The client address from the peer and the ``X-Forwarded-For`` header values."""
    if not proxies or not _trusted(peer, proxies) or not forwarded_for:
        return peer
    hops = [h.strip() for value in forwarded_for for h in value.split(",")]
    if any(_ip(h) is None for h in hops):
        return peer
    for hop in reversed(hops):
        if not _trusted(hop, proxies):
            return str(_ip(hop))
    return peer


def client_address(connection: ASGIConnection[Any, Any, Any, Any]) -> str:
    """The address every per-address limit of the service counts under."""
    peer = connection.client.host if connection.client else UNKNOWN
    proxies: tuple[Network, ...] = connection.app.state.accounts.runtime.settings.trusted_proxies
    return resolve(peer, connection.headers.getall("x-forwarded-for", []), proxies)
