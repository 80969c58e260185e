"""The JSON API of one's own account: sign-up, session (login, logout), me, password change
and reset, one's data and its erasure. Pages can be built on the same service functions."""

from __future__ import annotations

import functools
from typing import Any

import anyio
from litestar import Request, Response, Router, delete, get, post
from litestar.background_tasks import BackgroundTask
from litestar.status_codes import HTTP_201_CREATED, HTTP_202_ACCEPTED

from certinum.accounts.clientaddr import client_address
from certinum.accounts.guard import SESSION_COOKIE, area_of, principal, signed_in
from certinum.accounts.people import (
    change_password,
    confirm_reset,
    log_in,
    request_reset,
    sign_up,
)
from certinum.accounts.personal import erase, export
from certinum.accounts.reset import count_reset_request
from certinum.accounts.sessions import csrf_token
from certinum.accounts.tables import Account
from certinum.http import _json_body, unreadable
from certinum.mail import MailError

_Req = Request[Any, Any, Any]


def text_field(body: dict[str, Any], name: str, *, limit: int = 1024, required: bool = True) -> str:
    """``body[name]`` as a string of at most ``limit`` characters; 400 otherwise."""
    value = body.get(name, None if required else "")
    if not isinstance(value, str) or len(value) > limit:
        raise unreadable(f"{name!r} must be a string of at most {limit} characters")
    return value


def _with_session(
    request: _Req, payload: dict[str, Any], session_id: str, status: int
) -> Response[Any]:
    area = area_of(request)
    response = Response({**payload, "csrfToken": csrf_token(session_id)}, status_code=status)
    response.set_cookie(
        SESSION_COOKIE,
        session_id,
        max_age=area.policy.session_absolute_minutes * 60,
        path="/",
        httponly=True,
        samesite="lax",
        secure=area.runtime.settings.base_url.startswith("https://"),
    )
    return response


def _me(request: _Req, account_id: int) -> dict[str, Any]:
    from certinum.accounts.people import info

    area = area_of(request)
    with area.runtime.sessions() as db:
        row = db.get(Account, account_id)
        return info(db, row).to_json() if row is not None else {}


@post("/accounts", status_code=HTTP_201_CREATED)
async def create_account(request: _Req) -> dict[str, Any]:
    """Sign-up of an adult candidate: ``{"email", "password", "displayName"}``; 409 when the
    email is taken, 422 for a bad email or a password under 10 characters."""
    body = await _json_body(request)
    created = await anyio.to_thread.run_sync(
        functools.partial(
            sign_up,
            area_of(request),
            email=text_field(body, "email", limit=254),
            password=text_field(body, "password"),
            display_name=text_field(body, "displayName", limit=200, required=False),
        )
    )
    return created.to_json()


@post("/session", status_code=200)
async def open_session(request: _Req) -> Response[Any]:
    """Login: ``{"login", "password"}`` (the login is the email, or a pupil's identifier) →
    the account and its CSRF token, and the session cookie. 401 ``invalid-credentials``
    whatever was wrong; 429 ``too-many-attempts`` with ``Retry-After``."""
    body = await _json_body(request)
    address = client_address(request)
    session_id, account_id = await anyio.to_thread.run_sync(
        functools.partial(
            log_in,
            area_of(request),
            login=text_field(body, "login", limit=254),
            password=text_field(body, "password"),
            address=address,
        )
    )
    me = await anyio.to_thread.run_sync(_me, request, account_id)
    return _with_session(request, {"account": me}, session_id, 200)


@delete("/session", guards=[signed_in], status_code=204)
async def close_session(request: _Req) -> Response[None]:
    """Logout: the session ends on the server and the cookie is cleared."""
    who = await principal(request)
    if who.session_id:
        await anyio.to_thread.run_sync(area_of(request).sessions.delete, who.session_id)
    response: Response[None] = Response(None, status_code=204)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@get("/me", guards=[signed_in])
async def me(request: _Req) -> dict[str, Any]:
    """The logged-in account, its roles, and the session's CSRF token (for pages and clients)."""
    who = await principal(request)
    account = await anyio.to_thread.run_sync(_me, request, who.account_id or 0)
    return {"account": account, "csrfToken": csrf_token(who.session_id or "")}


@post("/me/password", guards=[signed_in], status_code=200)
async def new_password(request: _Req) -> Response[Any]:
    """``{"current", "new"}``: every session of the account ends; a new one is set."""
    who = await principal(request)
    body = await _json_body(request)
    session_id = await anyio.to_thread.run_sync(
        functools.partial(
            change_password,
            area_of(request),
            who.account_id or 0,
            current=text_field(body, "current"),
            new=text_field(body, "new"),
        )
    )
    return _with_session(request, {"changed": True}, session_id, 200)


def send_reset(request: _Req, email: str) -> None:
    """Mail the reset link (when an account has ``email``); a mail failure is only logged."""
    try:
        request_reset(area_of(request), email)
    except MailError as exc:
        request.logger.warning("password reset mail not sent: %s", exc)


@post("/password-reset", status_code=HTTP_202_ACCEPTED)
async def reset_password(request: _Req) -> Response[Any]:
    """``{"email"}``: 202 whether or not an account has it; if one does, a single-use link
    is mailed (after the answer, so its timing tells nothing). 429 ``too-many-resets`` with
    ``Retry-After`` past the reset limit (shared with the page, :mod:`certinum.accounts.reset`)."""
    body = await _json_body(request)
    email = text_field(body, "email", limit=254)
    await anyio.to_thread.run_sync(
        count_reset_request, area_of(request), email, client_address(request)
    )
    return Response(
        {"detail": "if an account has this email, a reset link has been sent to it"},
        status_code=HTTP_202_ACCEPTED,
        background=BackgroundTask(anyio.to_thread.run_sync, send_reset, request, email),
    )


@post("/password-reset/confirm", status_code=200)
async def confirm_password_reset(request: _Req) -> dict[str, Any]:
    """``{"token", "password"}``: the new password; 400 ``invalid-reset-token`` for a token that
    is unknown, used or expired. Every session of the account ends."""
    body = await _json_body(request)
    await anyio.to_thread.run_sync(
        confirm_reset,
        area_of(request),
        text_field(body, "token", limit=200),
        text_field(body, "password"),
    )
    return {"reset": True}


@get("/me/data", guards=[signed_in])
async def my_data(request: _Req) -> dict[str, Any]:
    """A JSON export of everything stored about the logged-in account."""
    who = await principal(request)
    return await anyio.to_thread.run_sync(export, area_of(request), who.account_id or 0)


@post("/me/erasure", guards=[signed_in], status_code=200)
async def erase_me(request: _Req) -> Response[Any]:
    """Erase the logged-in account's personal data (see :mod:`certinum.accounts.personal`)."""
    who = await principal(request)
    await anyio.to_thread.run_sync(
        functools.partial(erase, area_of(request), who.account_id or 0, actor=who.actor)
    )
    response = Response({"erased": True}, status_code=200)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


router = Router(
    path="/api",
    route_handlers=[
        create_account,
        open_session,
        close_session,
        me,
        new_password,
        reset_password,
        confirm_password_reset,
        my_data,
        erase_me,
    ],
    tags=["accounts"],
)
