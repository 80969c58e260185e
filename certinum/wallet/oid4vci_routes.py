"""The OpenID4VCI 1.0 endpoints (public: a wallet has no account here).

- the metadata (``/.well-known/openid-credential-issuer``,
  ``/.well-known/oauth-authorization-server`` and their path-suffixed forms):
  :mod:`certinum.wallet.oid4vci_metadata_routes`.
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

from certinum.accounts.area import AccountsArea
from certinum.accounts.clientaddr import client_address
from certinum.body import BodyTooLarge, ClientGone, read_body
from certinum.errors import IssuanceRefused
from certinum.http import PROBLEM_BASE, runtime_of
from certinum.wallet import oid4vci_offers as offers
from certinum.wallet import oid4vci_service as service
from certinum.wallet.nonce_limit import TooManyNonces, charge_nonce
from certinum.wallet.oid4vci_metadata_routes import json_answer as _json
from certinum.wallet.oid4vci_metadata_routes import router as metadata_router
from vc.jsonio import JsonInputError, parse_json
from wallet_export.oid4vci_errors import OAuthError
from wallet_export.oid4vci_metadata import (
    CREDENTIAL_PATH,
    NONCE_PATH,
    OFFER_PATH,
    TOKEN_PATH,
)
from wallet_export.oid4vci_offer import bearer_token, parse_token_request

_Req = Request[Any, Any, Any]
MAX_FORM_BYTES: Final = 8 * 1024
MAX_JSON_BYTES: Final = 64 * 1024


def _error(exc: OAuthError, *, token_sent: bool = True) -> Response[Any]:
    """The error answer; a 401 carries the ``WWW-Authenticate: Bearer`` challenge, with the
    error code only when a token was sent (RFC 6750 §3.1: a request without authentication
    information gets no error information)."""
    body: dict[str, Any] = {
        **exc.to_json(),
        "type": PROBLEM_BASE + exc.error.replace("_", "-"),
        "title": exc.error,
        "status": exc.status,
        "detail": exc.description,
    }
    headers = {}
    if exc.status == 401:
        headers["WWW-Authenticate"] = f'Bearer error="{exc.error}"' if token_sent else "Bearer"
    return _json(body, exc.status, headers)


async def _body(request: _Req, limit: int, error: str) -> bytes:
    try:
        return await read_body(request, limit)
    except BodyTooLarge:
        raise OAuthError(error, f"the body is limited to {limit // 1024} KiB", 413) from None
    except ClientGone:
        raise OAuthError(error, "the body was cut short") from None


@get(OFFER_PATH + "/{code:str}", tags=["OpenID4VCI"])
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


@post(TOKEN_PATH, tags=["OpenID4VCI"], status_code=200)
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


@post(NONCE_PATH, tags=["OpenID4VCI"], status_code=200)
async def nonce(request: _Req) -> Response[Any]:
    """The Nonce Endpoint (OpenID4VCI §7): a fresh ``c_nonce``; the body is ignored. At most
    :data:`certinum.wallet.nonce_limit.NONCES_PER_ADDRESS` per address in its window (429
    ``too-many-nonces-from-address``), and a global bound of live nonces (429
    ``too-many-nonces``)."""
    rt = runtime_of(request.app.state)
    area: AccountsArea = request.app.state.accounts
    address = client_address(request)

    def give() -> str:
        charge_nonce(area, address)
        return service.new_nonce(rt)

    try:
        value = await anyio.to_thread.run_sync(give)
    except (TooManyNonces, service.NoncesExhausted) as exc:
        wait = exc.retry_after if isinstance(exc, TooManyNonces) else 60
        body = {
            "type": PROBLEM_BASE + exc.code,
            "title": "Too many nonces",
            "status": 429,
            "detail": str(exc),
            "retryAfter": wait,
        }
        return _json(body, 429, {"Retry-After": str(wait)})
    return _json({"c_nonce": value})


@post(CREDENTIAL_PATH, tags=["OpenID4VCI"], status_code=200)
async def credential(request: _Req) -> Response[Any]:
    """The Credential Endpoint (OpenID4VCI §8): a wallet-bound copy of the offered certificate."""
    authorization = request.headers.get("authorization", "")
    access = bearer_token(authorization)
    scheme, _, sent = authorization.strip().partition(" ")
    token_sent = scheme.lower() == "bearer" and bool(sent.strip())
    try:
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
        return _error(exc, token_sent=token_sent)
    return _json(answer)


router = Router(
    path="/",
    route_handlers=[
        metadata_router,
        credential_offer,
        token,
        nonce,
        credential,
    ],
)
