"""The OpenID4VCI metadata routes (public), where the specifications put them.

OpenID4VCI 1.0 §12.2.2: the Credential Issuer Metadata is at the path formed by inserting
``/.well-known/openid-credential-issuer`` into the Credential Issuer Identifier *between the
host component and the path component, if any*; RFC 8414 §3 (and §3.1: a terminating ``/`` of
the path is removed first) does the same with ``/.well-known/oauth-authorization-server``. Our
identifier is the base URL (:func:`certinum.wallet.oid4vci_offers.issuer_identifier`):

- without a path (``https://certinum.example``, the default): the metadata is at
  ``/.well-known/openid-credential-issuer`` and ``/.well-known/oauth-authorization-server``;
- with one (``https://example.org/certinum``): the metadata is *also* at
  ``/.well-known/openid-credential-issuer/certinum`` and
  ``/.well-known/oauth-authorization-server/certinum``, which the reverse proxy must pass to
  the service as they are (they are at the root of the host, outside the prefix it strips).
  Any other suffix gets a 404 problem ``unknown-issuer-path``; the unsuffixed locations stay
  served (reached through the prefix, as drafts before 1.0 looked the metadata up).

Every answer is ``application/json`` with ``Cache-Control: no-store``.
"""

from __future__ import annotations

from typing import Any, Final
from urllib.parse import urlsplit

from litestar import Request, Response, Router, get
from litestar.params import FromPath

from certinum.http import PROBLEM_BASE, runtime_of
from certinum.issuance.results import ISSUER_NAME
from certinum.runtime import Runtime
from certinum.wallet.oid4vci_offers import issuer_identifier
from wallet_export.oid4vci_metadata import authorization_server_metadata, issuer_metadata

_Req = Request[Any, Any, Any]
NO_STORE: Final = {"Cache-Control": "no-store"}
ISSUER_WELL_KNOWN = "/.well-known/openid-credential-issuer"
SERVER_WELL_KNOWN = "/.well-known/oauth-authorization-server"


def json_answer(
    body: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None
) -> Response[Any]:
    """A JSON answer of the OpenID4VCI routes (``application/json``, ``no-store``)."""
    return Response(
        body,
        status_code=status,
        media_type="application/json",
        headers={**NO_STORE, **(headers or {})},
    )


def issuer_path(runtime: Runtime) -> str:
    """The path component of the issuer identifier, without its terminating ``/`` ('' when
    it has none)."""
    return urlsplit(issuer_identifier(runtime)).path.rstrip("/")


def _suffix_matches(runtime: Runtime, tail: str) -> bool:
    path = issuer_path(runtime)
    return bool(path) and "/" + tail.lstrip("/") == path


def _unknown_path() -> Response[Any]:
    body = {
        "type": PROBLEM_BASE + "unknown-issuer-path",
        "title": "Unknown issuer",
        "status": 404,
        "detail": "no credential issuer of this service has this path",
    }
    return json_answer(body, 404)


def _issuer(runtime: Runtime) -> Response[Any]:
    return json_answer(issuer_metadata(runtime.settings.base_url, ISSUER_NAME))


def _server(runtime: Runtime) -> Response[Any]:
    return json_answer(authorization_server_metadata(runtime.settings.base_url))


@get(ISSUER_WELL_KNOWN, tags=["OpenID4VCI"])
async def credential_issuer_metadata(request: _Req) -> Response[Any]:
    """The Credential Issuer Metadata (OpenID4VCI 1.0 §12.2)."""
    return _issuer(runtime_of(request.app.state))


@get(ISSUER_WELL_KNOWN + "/{tail:path}", tags=["OpenID4VCI"])
async def credential_issuer_metadata_of_path(request: _Req, tail: FromPath[str]) -> Response[Any]:
    """The Credential Issuer Metadata at the location of an issuer identifier with a path
    (OpenID4VCI 1.0 §12.2.2); 404 ``unknown-issuer-path`` for any other path."""
    runtime = runtime_of(request.app.state)
    return _issuer(runtime) if _suffix_matches(runtime, tail) else _unknown_path()


@get(SERVER_WELL_KNOWN, tags=["OpenID4VCI"])
async def oauth_metadata(request: _Req) -> Response[Any]:
    """The Authorization Server Metadata (RFC 8414; OpenID4VCI 1.0 §12.3)."""
    return _server(runtime_of(request.app.state))


@get(SERVER_WELL_KNOWN + "/{tail:path}", tags=["OpenID4VCI"])
async def oauth_metadata_of_path(request: _Req, tail: FromPath[str]) -> Response[Any]:
    """The Authorization Server Metadata at the location of an issuer identifier with a path
    (RFC 8414 §3); 404 ``unknown-issuer-path`` for any other path."""
    runtime = runtime_of(request.app.state)
    return _server(runtime) if _suffix_matches(runtime, tail) else _unknown_path()


router = Router(
    path="/",
    route_handlers=[
        credential_issuer_metadata,
        credential_issuer_metadata_of_path,
        oauth_metadata,
        oauth_metadata_of_path,
    ],
)
