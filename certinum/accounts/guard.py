"""Who a request is, CSRF protection, and the route guard :func:`requires`.

A request is authenticated by an API token (``Authorization: Bearer``) or by the session
cookie. A state-changing request (not GET, HEAD, OPTIONS) authenticated by the cookie must
carry the session's CSRF token, as the ``X-CSRF-Token`` header (JSON API) or the
``csrf_token`` form field (pages), compared in constant time; token requests are exempt, as a
browser never adds an ``Authorization`` header by itself. Litestar's ``CSRFConfig`` is not used:
it guards every unsafe request of the app with a cookie of its own, which would refuse the VC
API's machine clients and the public verify endpoints.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
from litestar import Request
from litestar.connection import ASGIConnection
from litestar.handlers.base import BaseRouteHandler
from litestar.plugins.problem_details import ProblemDetailsException

from certinum.accounts.area import AccountsArea
from certinum.accounts.loading import load_principal
from certinum.accounts.roles import SCOPES, Principal
from certinum.accounts.service import token_info
from certinum.accounts.sessions import csrf_token
from certinum.http import _problem

SESSION_COOKIE = "certinum_session"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
_STATE_KEY = "certinum_principal"

Guard = Callable[[ASGIConnection[Any, Any, Any, Any], BaseRouteHandler], Awaitable[None]]


def area_of(connection: ASGIConnection[Any, Any, Any, Any]) -> AccountsArea:
    area: AccountsArea = connection.app.state.accounts
    return area


def unauthenticated(detail: str) -> ProblemDetailsException:
    return _problem(401, "unauthenticated", "Authentication required", detail)


def forbidden(detail: str) -> ProblemDetailsException:
    return _problem(403, "forbidden", "Forbidden", detail)


def _load(area: AccountsArea, session_id: str) -> Principal | None:
    return load_principal(area, session_id)


async def _check_csrf(connection: ASGIConnection[Any, Any, Any, Any], session_id: str) -> None:
    sent = connection.headers.get(CSRF_HEADER, "")
    content_type = connection.headers.get("content-type", "").split(";")[0].strip().lower()
    if not sent and content_type in FORM_TYPES and isinstance(connection, Request):
        value = (await connection.form()).get(CSRF_FIELD, "")
        sent = value if isinstance(value, str) else ""
    if not hmac.compare_digest(sent.encode(), csrf_token(session_id).encode()):
        raise forbidden(
            f"this request needs the session's CSRF token (header X-CSRF-Token or form field"
            f" {CSRF_FIELD}), as given by GET /api/me"
        )


async def principal(connection: ASGIConnection[Any, Any, Any, Any]) -> Principal:
    """Who the request is (cached on the request); 401 for a bad token or an ended session,
    403 for a cookie request without its CSRF token."""
    cached = connection.state.get(_STATE_KEY)
    if isinstance(cached, Principal):
        return cached
    area = area_of(connection)
    auth = connection.headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    found: Principal
    if auth:
        if scheme.lower() != "bearer" or not token.strip():
            raise unauthenticated("send an API token as 'Authorization: Bearer <token>'")
        info = await anyio.to_thread.run_sync(token_info, area.runtime, token.strip())
        if info is None:
            raise unauthenticated("this API token is unknown or revoked")
        found = Principal(token=info)
    elif session_id := connection.cookies.get(SESSION_COOKIE):
        loaded = await anyio.to_thread.run_sync(_load, area, session_id)
        if loaded is None:
            raise unauthenticated("the session has ended: log in again")
        if connection.scope.get("method", "GET") not in SAFE_METHODS:
            await _check_csrf(connection, session_id)
        found = loaded
    else:
        found = Principal()
    connection.state[_STATE_KEY] = found
    return found


def path_param(name: str) -> Callable[[ASGIConnection[Any, Any, Any, Any]], str]:
    """A ``scope_from`` that reads the path parameter ``name``."""

    def read(connection: ASGIConnection[Any, Any, Any, Any]) -> str:
        return str(connection.path_params.get(name, ""))

    return read


def requires(
    *roles: str, scope_from: Callable[[ASGIConnection[Any, Any, Any, Any]], str] | None = None
) -> Guard:
    """A guard letting through a principal holding one of ``roles``: a scoped role only of
    the scope ``scope_from`` reads from the request (a school admin sees only their school);
    401 for anonymous, 403 otherwise."""

    async def guard(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
        who = await principal(connection)
        if who.anonymous:
            raise unauthenticated("log in, or send an API token")
        scope = scope_from(connection) if scope_from is not None else None
        for role in roles:
            if who.has(role, scope if SCOPES.get(role) else None):
                return
        raise forbidden(f"this needs the role {' or '.join(roles)}")

    return guard


async def signed_in(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    """A guard for a person's own routes: any logged-in account (401 anonymous, 403 a token)."""
    who = await principal(connection)
    if who.anonymous:
        raise unauthenticated("log in first")
    if who.account_id is None:
        raise forbidden("this is for people's accounts, not API tokens")
