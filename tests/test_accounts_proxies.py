"""The client address behind trusted proxies (``CERTINUM_TRUSTED_PROXIES``): the TCP peer,
or, from a trusted proxy, the right-most ``X-Forwarded-For`` address that is not a trusted
proxy; a forged header from anyone else changes nothing, and the per-address login limit
counts under the address found."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from accounts_helpers import Clock, accounts_runtime
from litestar.testing import TestClient
from sqlalchemy import select

from certinum.accounts.area import AccountsArea
from certinum.accounts.clientaddr import parse_proxies, resolve
from certinum.accounts.tables import LoginFailure
from certinum.app import create_app
from certinum.settings import Settings, SettingsError

PROXIES = parse_proxies("10.0.0.0/8, 192.168.1.1, 2001:db8::/32")


@pytest.mark.parametrize(
    ("peer", "header", "expected"),
    [
        ("203.0.113.9", ["198.51.100.1"], "203.0.113.9"),  # untrusted peer: header ignored
        ("10.0.0.5", ["198.51.100.7"], "198.51.100.7"),
        ("10.0.0.5", ["6.6.6.6, 198.51.100.7, 192.168.1.1"], "198.51.100.7"),
        ("10.0.0.5", ["6.6.6.6", "198.51.100.7, 10.1.2.3"], "198.51.100.7"),  # two headers
        ("10.0.0.5", [" 2001:DB9::1 "], "2001:db9::1"),
        ("2001:db8::2", ["198.51.100.7"], "198.51.100.7"),
        ("10.0.0.5", ["198.51.100.7, not-an-address"], "10.0.0.5"),  # malformed: the peer
        ("10.0.0.5", ["198.51.100.7,,"], "10.0.0.5"),
        ("10.0.0.5", ["192.168.1.1, 10.9.9.9"], "10.0.0.5"),  # only proxies: the peer
        ("10.0.0.5", [], "10.0.0.5"),
        ("testclient", ["198.51.100.7"], "testclient"),
    ],
)
def test_resolve(peer: str, header: list[str], expected: str) -> None:
    assert resolve(peer, header, PROXIES) == expected


def test_no_trusted_proxy_means_the_peer() -> None:
    assert resolve("10.0.0.5", ["198.51.100.7"], ()) == "10.0.0.5"


def test_the_setting_parses_and_refuses_a_bad_entry() -> None:
    assert Settings.from_env({}).trusted_proxies == ()
    settings = Settings.from_env({"CERTINUM_TRUSTED_PROXIES": " 10.0.0.1 ,fd00::/8,"})
    assert [str(n) for n in settings.trusted_proxies] == ["10.0.0.1/32", "fd00::/8"]
    with pytest.raises(SettingsError, match="CERTINUM_TRUSTED_PROXIES"):
        Settings.from_env({"CERTINUM_TRUSTED_PROXIES": "10.0.0.1, proxy.example"})


class Peer:
    """The app as reached from ``host`` (the test client's peer is always ``testclient``)."""

    def __init__(self, app: Any, host: str) -> None:
        self.app, self.host = app, host

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            scope = {**scope, "client": (self.host, 40000)}
        await self.app(scope, receive, send)


@pytest.fixture
def area(service_env: dict[str, str]) -> Iterator[AccountsArea]:
    extra = {"CERTINUM_TRUSTED_PROXIES": "10.0.0.0/8", "CERTINUM_LOGIN_FAILURES_PER_ADDRESS": "2"}
    with accounts_runtime(service_env, Clock(), **extra) as runtime:
        yield AccountsArea.open(runtime)


def _fail_logins(area: AccountsArea, peer: str, forwarded: list[str]) -> list[int]:
    """One failed login per forwarded value (each a new login), from ``peer``: the statuses."""
    app = create_app(runtime=area.runtime, accounts=area)
    statuses = []
    with TestClient(Peer(app, peer), base_url="https://certinum.example") as client:  # type: ignore[arg-type]
        for i, value in enumerate(forwarded):
            response = client.post(
                "/api/session",
                json={"login": f"nobody{i}@example.org", "password": "wrong password"},
                headers={"X-Forwarded-For": value},
            )
            statuses.append(response.status_code)
    return statuses


def _keys(area: AccountsArea) -> set[str]:
    with area.runtime.sessions() as db:
        return {k for k in db.scalars(select(LoginFailure.key)) if k.startswith("addr:")}


def test_a_forged_header_from_an_untrusted_peer_is_ignored(area: AccountsArea) -> None:
    statuses = _fail_logins(area, "203.0.113.9", ["198.51.100.1", "198.51.100.2", "198.51.100.3"])
    assert statuses == [401, 401, 429]  # the limit of the peer, whatever the header says
    assert _keys(area) == {"addr:203.0.113.9"}


def test_behind_a_trusted_proxy_the_forwarded_address_counts(area: AccountsArea) -> None:
    statuses = _fail_logins(area, "10.0.0.5", ["198.51.100.1", "6.6.6.6, 198.51.100.2"])
    assert statuses == [401, 401]  # two clients, one failure each
    assert _keys(area) == {"addr:198.51.100.1", "addr:198.51.100.2"}
    assert _fail_logins(area, "10.0.0.5", ["198.51.100.1"]) == [401]
    assert _fail_logins(area, "10.0.0.5", ["198.51.100.1"]) == [429]


def test_a_malformed_header_from_a_proxy_counts_under_the_proxy(area: AccountsArea) -> None:
    assert _fail_logins(area, "10.0.0.5", ["198.51.100.1, junk"]) == [401]
    assert _keys(area) == {"addr:10.0.0.5"}
