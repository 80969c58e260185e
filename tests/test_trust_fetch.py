"""verifier.fetch: https only, public addresses only (every resolved address, every redirect
hop), bounded size and time; with an injected transport, and against a local HTTPS server."""

from __future__ import annotations

import ipaddress
import json
import time
from pathlib import Path

import pytest
from trust_helpers import Route, issuer_server, loopback_fetcher

from verifier.fetch import (
    Exchange,
    Fetcher,
    FetchError,
    FetchPolicy,
    Reply,
    https_transport,
    is_public_address,
)

PUBLIC = "93.184.215.14"


class FakeNet:
    """Answers by URL host+target; records every exchange the fetcher sends."""

    def __init__(self, replies: dict[str, Reply], dns: dict[str, list[str]]) -> None:
        self.replies = replies
        self.dns = dns
        self.sent: list[Exchange] = []

    def resolve(self, host: str, port: int) -> list[str]:
        return self.dns[host]

    def transport(self, exchange: Exchange) -> Reply:
        self.sent.append(exchange)
        return self.replies[f"{exchange.host}{exchange.target}"]

    def fetcher(self, **policy: float) -> Fetcher:
        return Fetcher(self.transport, resolve=self.resolve, policy=FetchPolicy(**policy))  # type: ignore[arg-type]


def _code(fetcher: Fetcher, url: str) -> str:
    with pytest.raises(FetchError) as caught:
        fetcher.fetch_json(url)
    return caught.value.code


def test_a_public_https_document_is_fetched_from_the_checked_address() -> None:
    net = FakeNet(
        {"issuer.example/status/1": Reply(200, b'{"a": 1}')}, {"issuer.example": [PUBLIC]}
    )
    assert net.fetcher().fetch_json("https://issuer.example/status/1") == {"a": 1}
    (sent,) = net.sent
    assert (sent.host, sent.address, sent.port, sent.target) == (
        "issuer.example", PUBLIC, 443, "/status/1",
    )  # fmt: skip


@pytest.mark.parametrize(
    "url", ["http://issuer.example/status/1", "ftp://issuer.example/x", "file:///etc/passwd"]
)
def test_only_https_is_fetched(url: str) -> None:
    net = FakeNet({}, {"issuer.example": [PUBLIC]})
    assert _code(net.fetcher(), url) == "FETCH_NOT_HTTPS"
    assert net.sent == []


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "::1",
     "fe80::1", "fd00::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "0.0.0.0", "100.64.0.1",
     "224.0.0.1", "2002:7f00:1::1"],
)  # fmt: skip
def test_a_host_with_any_non_public_address_is_refused(address: str) -> None:
    net = FakeNet({}, {"issuer.example": [PUBLIC, address]})
    assert _code(net.fetcher(), "https://issuer.example/status/1") == "FETCH_ADDRESS_REFUSED"
    assert net.sent == []
    assert not is_public_address(ipaddress.ip_address(address))


@pytest.mark.parametrize(
    "location",
    ["https://127.0.0.1/x", "https://10.0.0.5/x", "https://169.254.169.254/latest/meta-data/",
     "https://[::1]/x", "https://[::ffff:7f00:1]/x", "https://internal.example/x",
     "http://issuer.example/x"],
)  # fmt: skip
def test_a_redirect_to_a_private_or_plain_http_target_is_refused(location: str) -> None:
    net = FakeNet(
        {"issuer.example/status/1": Reply(302, headers={"location": location})},
        {"issuer.example": [PUBLIC], "internal.example": ["10.9.8.7"]},
    )
    code = _code(net.fetcher(), "https://issuer.example/status/1")
    assert code == ("FETCH_NOT_HTTPS" if location.startswith("http:") else "FETCH_ADDRESS_REFUSED")
    assert len(net.sent) == 1  # the first hop only: the refused target is never asked


def test_a_public_redirect_is_followed_within_the_limit() -> None:
    net = FakeNet(
        {
            "issuer.example/a": Reply(301, headers={"location": "/b"}),
            "issuer.example/b": Reply(307, headers={"location": "https://cdn.example/c"}),
            "cdn.example/c": Reply(200, b"[1]"),
        },
        {"issuer.example": [PUBLIC], "cdn.example": ["2606:4700::1"]},
    )
    assert net.fetcher().fetch_json("https://issuer.example/a") == [1]
    assert [e.address for e in net.sent] == [PUBLIC, PUBLIC, "2606:4700::1"]
    assert _code(net.fetcher(max_redirects=1), "https://issuer.example/a") == (
        "FETCH_TOO_MANY_REDIRECTS"
    )


def test_size_status_and_json_are_checked() -> None:
    net = FakeNet(
        {
            "issuer.example/big": Reply(200, b"[" + b"0," * 600 + b"0]"),
            "issuer.example/gone": Reply(404, b"{}"),
            "issuer.example/text": Reply(200, b"<html>"),
            "issuer.example/deep": Reply(200, b"[" * 100 + b"]" * 100),
        },
        {"issuer.example": [PUBLIC]},
    )
    fetcher = net.fetcher(max_bytes=1000)
    assert _code(fetcher, "https://issuer.example/big") == "FETCH_TOO_LARGE"
    assert _code(fetcher, "https://issuer.example/gone") == "FETCH_HTTP_STATUS"
    assert _code(fetcher, "https://issuer.example/text") == "FETCH_NOT_JSON"
    assert _code(fetcher, "https://issuer.example/deep") == "FETCH_NOT_JSON"
    assert _code(fetcher, "https://user:pw@issuer.example/x") == "FETCH_URL_REFUSED"
    assert _code(fetcher, "https://issuer.example/" + "a" * 2000) == "FETCH_URL_REFUSED"


def test_a_slow_transport_is_a_timeout() -> None:
    def slow(exchange: Exchange) -> Reply:
        time.sleep(0.3)
        return Reply(200, b"{}")

    fetcher = Fetcher(slow, resolve=lambda h, p: [PUBLIC], policy=FetchPolicy(timeout=0.1))
    assert _code(fetcher, "https://issuer.example/x") == "FETCH_TIMEOUT"


# --- against a real HTTPS server on loopback ----------------------------------------------


def test_real_server_rules(tmp_path: Path) -> None:
    with issuer_server(tmp_path) as server:
        server.routes["/ok"] = Route(json.dumps({"ok": True}).encode())
        server.routes["/big"] = Route(b'{"pad": "' + b"x" * 50_000 + b'"}')
        server.routes["/slow"] = Route(b"{}", delay=1.5)
        server.routes["/drip"] = Route(b'{"pad": "' + b"x" * 100 + b'"}', drip=True)
        for target in ("127.0.0.1", "10.0.0.1", "169.254.169.254", "[::1]"):
            server.routes[f"/to-{target}"] = Route(
                status=302, headers={"Location": f"https://{target}:{server.port}/ok"}
            )
        server.routes["/to-http"] = Route(
            status=302, headers={"Location": f"http://localhost:{server.port}/ok"}
        )
        fetcher = loopback_fetcher(server, max_bytes=20_000, timeout=0.8)
        assert fetcher.fetch_json(server.url("/ok")) == {"ok": True}
        assert _code(fetcher, server.url("/big")) == "FETCH_TOO_LARGE"
        # a slow answer and one that drips past the 0.8 s budget are both cut by it
        assert _code(fetcher, server.url("/slow")) == "FETCH_TIMEOUT"
        assert _code(fetcher, server.url("/drip")) == "FETCH_TIMEOUT"
        assert _code(fetcher, server.url("/to-http")) == "FETCH_NOT_HTTPS"
        assert _code(fetcher, server.url("/to-10.0.0.1")) == "FETCH_ADDRESS_REFUSED"
        assert _code(fetcher, server.url("/to-169.254.169.254")) == "FETCH_ADDRESS_REFUSED"
        assert _code(fetcher, server.url("/to-[::1]")) == "FETCH_ADDRESS_REFUSED"
        # The loopback server itself is refused by the default rules, directly or redirected to.
        strict = Fetcher(https_transport(), policy=FetchPolicy(timeout=0.8))
        assert _code(strict, server.url("/ok")) == "FETCH_ADDRESS_REFUSED"
        assert _code(strict, f"https://127.0.0.1:{server.port}/ok") == "FETCH_ADDRESS_REFUSED"
        assert server.hits.get("/ok", 0) == 1
        # An untrusted certificate is refused too (the system trust store by default).
        public_rules_but_loopback = Fetcher(
            https_transport(),
            resolve=lambda h, p: ["127.0.0.1"],
            allow_address=lambda a: True,
            policy=FetchPolicy(timeout=0.8),
        )
        assert _code(public_rules_but_loopback, server.url("/ok")) == "FETCH_FAILED"
