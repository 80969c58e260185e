"""did:web identifiers from the service's base URL (did:web Method Specification §3.1, §3.2).

``did:web:`` + host, where a port's colon is percent-encoded (``%3A``), then each path segment
after a ``:``. ``http://localhost:8000`` → ``did:web:localhost%3A8000``;
``https://certinum.example/org/fr`` → ``did:web:certinum.example:org:fr``.

Resolving goes the other way (§3.2 "Read"): ``:`` → ``/``, ``%3A`` → ``:`` in the host,
``https://``, then ``/.well-known/did.json`` without a path, or ``/did.json`` after the path.
This package never fetches a did:web document; :func:`did_web_document_url` and
:func:`did_web_document_path` tell the server where to publish it.

Choices, each refused with :class:`~keys.errors.InvalidDid`:
- user info, query and fragment in the base URL; schemes other than http/https;
- IP addresses (the spec: the identifier "MUST NOT include IP addresses"); use a host name
  such as ``localhost``;
- empty, ``.`` or ``..`` path segments. A trailing ``/`` is dropped.
The port is omitted when it is the scheme's default (443 for https, 80 for http). The host is
lower-cased; an internationalised host becomes its IDNA (punycode) form.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import SplitResult, unquote, urlsplit

from keys.did import MAX_DID_LENGTH, parse_did
from keys.errors import InvalidDid

_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_IDCHAR_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _host(parts: SplitResult) -> str:
    host = parts.hostname or ""
    if not host:
        raise InvalidDid("the base URL has no host")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        raise InvalidDid("did:web cannot use an IP address as host (did:web §3.1); use a name")
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            raise InvalidDid(f"invalid internationalised host name {host!r}") from None
    host = host.rstrip(".").lower()
    labels = host.split(".")
    if len(host) > 253 or not all(_LABEL.fullmatch(label) for label in labels):
        raise InvalidDid(f"invalid host name {host!r}")
    return host


def _segment(segment: str) -> str:
    """Percent-encode one path segment so it holds only DID ``idchar`` characters."""
    raw = unquote(segment).encode("utf-8")
    if not raw or raw in (b".", b".."):
        raise InvalidDid("empty, '.' or '..' path segments cannot appear in a did:web")
    return "".join(chr(b) if b in _IDCHAR_BYTES else f"%{b:02X}" for b in raw)


def did_web_from_base_url(base_url: str) -> str:
    """The did:web of a service published at ``base_url`` (did:web §3.1 "Create")."""
    if not isinstance(base_url, str) or len(base_url) > MAX_DID_LENGTH:
        raise InvalidDid("the base URL must be a string of reasonable length")
    parts = urlsplit(base_url.strip())
    if parts.scheme not in _DEFAULT_PORTS:
        raise InvalidDid(f"the base URL must be http:// or https://, not {base_url[:80]!r}")
    if parts.username is not None or parts.password is not None:
        raise InvalidDid("the base URL must not carry user information")
    if parts.query or parts.fragment or "#" in base_url or "?" in base_url:
        raise InvalidDid("the base URL must not have a query or fragment")
    host = _host(parts)
    try:
        port = parts.port
    except ValueError:
        raise InvalidDid(f"invalid port in base URL {base_url[:80]!r}") from None
    authority = host if port in (None, _DEFAULT_PORTS[parts.scheme]) else f"{host}%3A{port}"
    path = parts.path.rstrip("/")
    segments = [_segment(s) for s in path.split("/")[1:]] if path else []
    did = ":".join(["did:web", authority, *segments])
    parse_did(did)
    return did


def _split_did_web(did: str) -> tuple[str, list[str]]:
    method, msid = parse_did(did)
    if method != "web":
        raise InvalidDid(f"not a did:web: {did[:80]!r}")
    host, *segments = msid.split(":")
    return unquote(host), segments


def did_web_document_path(did: str) -> str:
    """The URL path where the DID document of ``did`` is served (did:web §3.2 steps 2–4).

    ``/.well-known/did.json`` for a DID without a path, ``/<path>/did.json`` otherwise.
    """
    _, segments = _split_did_web(did)
    return "/" + "/".join(segments) + "/did.json" if segments else "/.well-known/did.json"


def did_web_document_url(did: str) -> str:
    """The https URL a resolver would fetch for ``did`` (did:web §3.2 "Read")."""
    host, _ = _split_did_web(did)
    return f"https://{host}{did_web_document_path(did)}"
