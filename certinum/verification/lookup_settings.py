"""Settings of the per-client limit on verification-code look-ups.

``CERTINUM_LOOKUP_LIMIT`` look-ups (default 1,000) per client address within
``CERTINUM_LOOKUP_WINDOW_MINUTES`` (default 60); ``CERTINUM_LOOKUP_ALLOW``, a comma-separated
list of addresses or CIDR networks that are never limited (a load generator, a partner's
server). Kept apart from :mod:`certinum.verification.lookup_limits` so that
:mod:`certinum.settings` reads them without importing the database layer.
"""

from __future__ import annotations

import functools
import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
DEFAULT_LIMIT = 1000  # a full bulk CSV (1,000 codes) per window
DEFAULT_WINDOW_MINUTES = 60


def parse_networks(text: str, name: str) -> tuple[Network, ...]:
    """``"127.0.0.1, 10.0.0.0/8"`` → networks; ValueError names the variable and the entry."""
    networks = []
    for item in (t.strip() for t in text.split(",")):
        if not item:
            continue
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise ValueError(f"{name}: {item[:60]!r} is not an IP address or CIDR") from None
    return tuple(networks)


def _positive(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not 0 < int(raw) <= 1_000_000:
        raise ValueError(f"{name} must be a whole number from 1 to 1000000, got {raw[:40]!r}")
    return int(raw)


@dataclass(frozen=True, slots=True)
class LookupSettings:
    per_window: int = DEFAULT_LIMIT
    window_minutes: int = DEFAULT_WINDOW_MINUTES
    allow: tuple[Network, ...] = ()

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> LookupSettings:
        return cls(
            per_window=_positive(env, "CERTINUM_LOOKUP_LIMIT", DEFAULT_LIMIT),
            window_minutes=_positive(env, "CERTINUM_LOOKUP_WINDOW_MINUTES", DEFAULT_WINDOW_MINUTES),
            allow=parse_networks(env.get("CERTINUM_LOOKUP_ALLOW", ""), "CERTINUM_LOOKUP_ALLOW"),
        )

    def allows(self, address: str) -> bool:
        """Whether ``address`` is on the allow-list (never for an address that does not parse)."""
        return _allowed(address, self.allow) if self.allow else False


@functools.lru_cache(maxsize=1024)
def _allowed(address: str, allow: tuple[Network, ...]) -> bool:
    """:meth:`LookupSettings.allows`, remembered for the last addresses asked about (every
    code look-up asks)."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in net for net in allow)
