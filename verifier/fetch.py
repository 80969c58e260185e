"""Fetching a trusted issuer's documents (status lists, did:web documents), bounded.

Only documents of issuers on the trust list are fetched (the caller decides which; see
:mod:`verifier.verify` and :func:`fetching_resolver`); JSON-LD contexts never are (they are
bundled, :mod:`vc.jsonld`). Every fetch here:

- is ``https://`` only, without user information, at most :data:`MAX_URL_LENGTH` characters;
- resolves the host and refuses it when *any* of its addresses is not public
  (:func:`is_public_address`: loopback, private, link-local, unique-local, multicast,
  reserved, documentation ranges, IPv4-mapped forms of them…), then connects to one of the
  checked addresses itself, so a second DNS answer cannot swap in another address;
- follows at most :attr:`FetchPolicy.max_redirects` redirects, each hop checked by the same
  rules (an ``http://`` or private target is refused, not followed);
- reads at most :attr:`FetchPolicy.max_bytes` of body, and all of it (DNS, connection, TLS,
  headers, body, every hop) within :attr:`FetchPolicy.timeout` seconds;
- parses the body with the bounded JSON reader of :mod:`vc.jsonio`.

The network is a :data:`Transport` (one HTTP exchange with an already checked address) and a
:data:`Resolver`, both arguments, so tests run the rules without a network;
:func:`https_transport` is the real one. A failure raises :class:`FetchError` with a code.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from vc.jsonio import JsonInputError, parse_json

__all__ = [
    "MAX_URL_LENGTH",
    "Exchange",
    "FetchError",
    "FetchPolicy",
    "Fetcher",
    "Reply",
    "Resolver",
    "Transport",
    "https_transport",
    "is_public_address",
    "system_resolver",
]

MAX_URL_LENGTH = 2000
_ACCEPT = "application/json, application/ld+json, application/did+json"
REDIRECTS = frozenset({301, 302, 303, 307, 308})
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class FetchError(Exception):
    """A document that could not be fetched; ``code`` names why (``FETCH_…``)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """Bounds of one fetch: body bytes, total seconds, redirects followed."""

    max_bytes: int = 1024 * 1024
    timeout: float = 5.0
    max_redirects: int = 2


@dataclass(frozen=True, slots=True)
class Exchange:
    """One GET to send: ``host`` (for TLS and ``Host``), the checked ``address`` to connect
    to, ``port``, ``target`` (path and query), a monotonic ``deadline``, and ``max_bytes``
    (the transport reads at most one byte more, so an over-long body is seen)."""

    host: str
    address: str
    port: int
    target: str
    deadline: float
    max_bytes: int


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)  # names lower-cased


Transport = Callable[[Exchange], Reply]
Resolver = Callable[[str, int], list[str]]


def is_public_address(address: IPAddress) -> bool:
    """Whether ``address`` is globally routable unicast (IPv4-mapped/compatible forms are
    judged by the IPv4 address they carry)."""
    if isinstance(address, ipaddress.IPv6Address):
        mapped = address.ipv4_mapped or address.sixtofour
        if mapped is not None:
            return is_public_address(mapped)
        if address.teredo is not None:
            return False
    return bool(address.is_global) and not address.is_multicast


def system_resolver(host: str, port: int) -> list[str]:
    """The addresses of ``host`` from the system resolver (TCP)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


def _with_deadline(call: Callable[[], list[str]], seconds: float) -> list[str]:
    """``call()`` in a helper thread, given up (FETCH_TIMEOUT) after ``seconds``: the system
    resolver has no timeout of its own."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = call()
        except Exception as exc:  # handed to the caller below
            box["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(max(seconds, 0.0))
    if worker.is_alive():
        raise FetchError("FETCH_TIMEOUT", "the host name was not resolved in time")
    if "error" in box:
        raise FetchError("FETCH_UNRESOLVED", f"the host name cannot be resolved ({box['error']})")
    return list(box["value"])


class Fetcher:
    """GET a JSON document under the rules of this module."""

    def __init__(
        self,
        transport: Transport | None = None,
        *,
        resolve: Resolver = system_resolver,
        policy: FetchPolicy | None = None,
        allow_address: Callable[[IPAddress], bool] = is_public_address,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.transport = transport or https_transport()
        self.resolve = resolve
        self.policy = policy or FetchPolicy()
        self.allow_address = allow_address
        self.clock = clock

    def fetch_json(self, url: str) -> Any:
        """The JSON value at ``url``; :class:`FetchError` otherwise."""
        body = self.fetch(url)
        try:
            return parse_json(body, max_bytes=self.policy.max_bytes)
        except JsonInputError as exc:
            raise FetchError("FETCH_NOT_JSON", f"the document is not usable JSON: {exc}") from None

    def fetch(self, url: str) -> bytes:
        """The body at ``url`` after at most ``max_redirects`` checked redirects."""
        deadline = self.clock() + self.policy.timeout
        for _hop in range(self.policy.max_redirects + 1):
            host, port, target = _checked_url(url)
            address = self._address(host, port, deadline)
            try:
                reply = self.transport(
                    Exchange(host, address, port, target, deadline, self.policy.max_bytes)
                )
            except TimeoutError:
                raise FetchError("FETCH_TIMEOUT", "no complete answer in time") from None
            except (OSError, ssl.SSLError, http.client.HTTPException, ValueError) as exc:
                raise FetchError("FETCH_FAILED", f"the request failed ({str(exc)[:200]})") from None
            if self.clock() > deadline:
                raise FetchError("FETCH_TIMEOUT", "no complete answer in time")
            if reply.status in REDIRECTS:
                location = reply.headers.get("location", "")
                if not location:
                    raise FetchError("FETCH_HTTP_STATUS", f"a {reply.status} without Location")
                url = urljoin(url, location)
                continue
            if reply.status != 200:
                raise FetchError("FETCH_HTTP_STATUS", f"the server answered {reply.status}")
            if len(reply.body) > self.policy.max_bytes:
                raise FetchError(
                    "FETCH_TOO_LARGE", f"the document is larger than {self.policy.max_bytes} bytes"
                )
            return reply.body
        raise FetchError("FETCH_TOO_MANY_REDIRECTS", "too many redirects")

    def _address(self, host: str, port: int, deadline: float) -> str:
        """One address of ``host``, after checking that every address it has is allowed."""
        try:
            literal: IPAddress | None = ipaddress.ip_address(host.strip("[]"))
        except ValueError:
            literal = None
        if literal is not None:
            found = [str(literal)]
        else:
            found = _with_deadline(lambda: self.resolve(host, port), deadline - self.clock())
        if not found:
            raise FetchError("FETCH_UNRESOLVED", f"{host} has no address")
        for raw in found:
            try:
                address = ipaddress.ip_address(raw.split("%", 1)[0])
            except ValueError:
                raise FetchError("FETCH_UNRESOLVED", f"{host}: unreadable address") from None
            if not self.allow_address(address):
                raise FetchError(
                    "FETCH_ADDRESS_REFUSED",
                    f"{host} resolves to {address}, not a public address: not fetched",
                )
        return found[0].split("%", 1)[0]


def _checked_url(url: str) -> tuple[str, int, str]:
    """(host, port, path-and-query) of an allowed URL; :class:`FetchError` otherwise."""
    if not isinstance(url, str) or len(url) > MAX_URL_LENGTH:
        raise FetchError("FETCH_URL_REFUSED", "the URL is too long")
    parts = urlsplit(url)
    if parts.scheme.lower() != "https":
        raise FetchError("FETCH_NOT_HTTPS", f"only https:// URLs are fetched, not {url[:80]!r}")
    if parts.username is not None or parts.password is not None:
        raise FetchError("FETCH_URL_REFUSED", "a URL with user information is not fetched")
    try:
        host, port = parts.hostname, parts.port or 443
    except ValueError:
        raise FetchError("FETCH_URL_REFUSED", "the URL has an invalid port") from None
    if not host:
        raise FetchError("FETCH_URL_REFUSED", "the URL has no host")
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    if any(c in target for c in "\r\n ") or any(ord(c) < 0x21 for c in host):
        raise FetchError("FETCH_URL_REFUSED", "the URL holds characters that cannot be sent")
    return host, port, target


def https_transport(context: ssl.SSLContext | None = None) -> Transport:
    """The real :data:`Transport`: TLS (certificate and host name checked by ``context``,
    the system's trust store by default) to ``Exchange.address``; the socket is shut at the
    deadline whatever the server does (a server dripping bytes cannot hold it longer)."""
    ctx = context or ssl.create_default_context()

    def send(exchange: Exchange) -> Reply:
        remaining = exchange.deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        raw = socket.create_connection((exchange.address, exchange.port), timeout=remaining)
        current = [raw]  # wrapping moves the descriptor to the TLS socket: shut that one then
        watchdog = threading.Timer(remaining, _shut, (current,))
        watchdog.start()
        try:
            tls = ctx.wrap_socket(raw, server_hostname=exchange.host)
            current[0] = tls
            connection = http.client.HTTPSConnection(exchange.host, exchange.port, context=ctx)
            connection.sock = tls
            connection.request(
                "GET",
                exchange.target,
                headers={"Accept": _ACCEPT, "User-Agent": "certinum"},
            )
            response = connection.getresponse()
            headers = {k.lower(): v for k, v in response.getheaders()}
            body = bytearray()
            if response.status == 200:
                while len(body) <= exchange.max_bytes:
                    chunk = response.read1(65536)
                    if not chunk:
                        break
                    body += chunk
            if time.monotonic() > exchange.deadline:
                raise TimeoutError
            return Reply(response.status, bytes(body[: exchange.max_bytes + 1]), headers)
        except OSError:
            if time.monotonic() >= exchange.deadline:
                raise TimeoutError from None
            raise
        finally:
            watchdog.cancel()
            current[0].close()

    return send


def _shut(current: list[socket.socket]) -> None:
    with contextlib.suppress(OSError):
        current[0].shutdown(socket.SHUT_RDWR)
