"""The OpenID4VCI 1.0 endpoints (public: a wallet has no account here).

- ``GET /.well-known/openid-credential-issuer`` and ``GET /.well-known/oauth-authorization-server``:
  the metadata (:mod:`wallet_export.oid4vci_metadata`).
- ``GET /oid4vci/offers/{code}``: the Credential Offer object a ``credential_offer_uri`` points
  at (404 once the code is used, dead or expired).
- ``POST /oid4vci/token`` (``application/x-www-form-urlencoded``), ``POST /oid4vci/nonce``,
  ``POST /oid4vci/credential`` (``application/json``, ``Authorization: Bearer``).

Errors carry the spec's ``error`` code and an ASCII ``error_description`` (RFC 6749 §5.2,
RFC 6750 §3, OpenID4VCI §8.3.1.2) in an ``application/json`` body, which also holds the RFC 9457
members (``type``, ``title``, ``status``, ``detail``) that every error of the service has.
Bodies are bounded (:data:`MAX_FORM_BYTES`, :data:`MAX_JSON_BYTES`); every answer is
``Cache-Control: no-store``.
"""

from __future__ import annotations

import functools
from typing import Any, Final
from urllib.parse import parse_qs

import anyio
from litestar import Request, Response, Router, get, post
from litestar.params import FromPath

from certinum.body import BodyTooLarge, ClientGone, read_body
from certinum.errors import IssuanceRefused
from certinum.http import PROBLEM_BASE, runtime_of
from certinum.issuance.results import ISSUER_NAME
from certinum.wallet import oid4vci_offers as offers
from certinum.wallet import oid4vci_service as service
from vc.jsonio import JsonInputError, parse_json
from wallet_export.oid4vci_errors import OAuthError
from wallet_export.oid4vci_metadata import (
    CREDENTIAL_PATH,
    NONCE_PATH,
    OFFER_PATH,
    TOKEN_PATH,
    authorization_server_metadata,
    issuer_metadata,
)
from wallet_export.oid4vci_offer import bearer_token, parse_token_request

_Req = Request[Any, Any, Any]
MAX_FORM_BYTES: Final = 8 * 1024
MAX_JSON_BYTES: Final = 64 * 1024
NO_STORE: Final = {"Cache-Control": "no-store"}


def _json(
    body: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None
) -> Response[Any]:
    return Response(
        body,
        status_code=status,
        media_type="application/json",
        headers={**NO_STORE, **(headers or {})},
    )


def _error(exc: OAuthError) -> Response[Any]:
    body: dict[str, Any] = {
        **exc.to_json(),
        "type": PROBLEM_BASE + exc.error.replace("_", "-"),
        "title": exc.error,
        "status": exc.status,
        "detail": exc.description,
    }
    headers = {}
    if exc.status == 401:
        headers["WWW-Authenticate"] = f'Bearer error="{exc.error}"'
    return _json(body, exc.status, headers)


async def _body(request: _Req, limit: int, error: str) -> bytes:
    try:
        return await read_body(request, limit)
    except BodyTooLarge:
        raise OAuthError(error, f"the body is limited to {limit // 1024} KiB", 413) from None
    except ClientGone:
        raise OAuthError(error, "the body was cut short") from None


@get("/.well-known/openid-credential-issuer", include_in_schema=False)
async def credential_issuer_metadata(request: _Req) -> Response[Any]:
    """The Credential Issuer Metadata (OpenID4VCI §12.2)."""
    settings = runtime_of(request.app.state).settings
    return _json(issuer_metadata(settings.base_url, ISSUER_NAME))


@get("/.well-known/oauth-authorization-server", include_in_schema=False)
async def oauth_metadata(request: _Req) -> Response[Any]:
    """The Authorization Server Metadata (RFC 8414; OpenID4VCI §12.3)."""
    return _json(authorization_server_metadata(runtime_of(request.app.state).settings.base_url))


@get(OFFER_PATH + "/{code:str}", include_in_schema=False)
async def credential_offer(request: _Req, code: FromPath[str]) -> Response[Any]:
    """The Credential Offer object of a live pre-authorized code (OpenID4VCI §4.1.3)."""
    rt = runtime_of(request.app.state)
    offer = None
    if len(code) <= 100:
        offer = await anyio.to_thread.run_sync(offers.offer_object, rt, code)
    if offer is None:
        body = {
            "type": PROBLEM_BASE + "unknown-offer",
            "title": "Unknown offer",
            "status": 404,
            "detail": "this offer is unknown, used or expired: ask for a new one",
        }
        return _json(body, 404)
    return _json(offer)


@post(TOKEN_PATH, include_in_schema=False, status_code=200)
async def token(request: _Req) -> Response[Any]:
    """The Token Endpoint, pre-authorized code grant (OpenID4VCI §6; RFC 6749 §4.1.3)."""
    try:
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind != "application/x-www-form-urlencoded":
            raise OAuthError(
                "invalid_request", "the body must be application/x-www-form-urlencoded"
            )
        raw = await _body(request, MAX_FORM_BYTES, "invalid_request")
        try:
            form = parse_qs(raw.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
        except UnicodeDecodeError:
            raise OAuthError("invalid_request", "the form is not UTF-8") from None
        parsed = parse_token_request(form)
        rt = runtime_of(request.app.state)
        answer = await anyio.to_thread.run_sync(offers.exchange, rt, parsed)
    except OAuthError as exc:
        return _error(exc)
    return _json(answer)


@post(NONCE_PATH, include_in_schema=False, status_code=200)
async def nonce(request: _Req) -> Response[Any]:
    """The Nonce Endpoint (OpenID4VCI §7): a fresh ``c_nonce``; the body is ignored."""
    rt = runtime_of(request.app.state)
    try:
        value = await anyio.to_thread.run_sync(service.new_nonce, rt)
    except service.NoncesExhausted as exc:
        body = {
            "type": PROBLEM_BASE + exc.code,
            "title": "Too many nonces",
            "status": 429,
            "detail": str(exc),
        }
        return _json(body, 429, {"Retry-After": "60"})
    return _json({"c_nonce": value})


@post(CREDENTIAL_PATH, include_in_schema=False, status_code=200)
async def credential(request: _Req) -> Response[Any]:
    """The Credential Endpoint (OpenID4VCI §8): a wallet-bound copy of the offered certificate."""
    try:
        access = bearer_token(request.headers.get("authorization", ""))
        if access is None:
            raise OAuthError("invalid_token", "a Bearer access token is required", 401)
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind != "application/json":
            raise OAuthError("invalid_credential_request", "the body must be application/json")
        raw = await _body(request, MAX_JSON_BYTES, "invalid_credential_request")
        try:
            body = parse_json(raw, max_bytes=MAX_JSON_BYTES)
        except JsonInputError as exc:
            raise OAuthError("invalid_credential_request", f"the body is not JSON: {exc}") from None
        rt = runtime_of(request.app.state)
        call = functools.partial(service.issue_credential, rt, access, body)
        try:
            answer = await anyio.to_thread.run_sync(call)
        except IssuanceRefused as exc:
            raise OAuthError("credential_request_denied", str(exc)) from None
    except OAuthError as exc:
        return _error(exc)
    return _json(answer)


router = Router(
    path="/",
    route_handlers=[
        credential_issuer_metadata,
        oauth_metadata,
        credential_offer,
        token,
        nonce,
        credential,
    ],
)
