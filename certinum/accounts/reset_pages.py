"""The password-reset pages: ask for a link by email, then choose a new password with it.

``/password-reset`` answers the same whether or not an account has the email (the link is
mailed after the answer, through the mailer: SMTP or the outbox), within the reset limit it
shares with ``POST /api/password-reset`` (:mod:`certinum.accounts.reset`).
``/password-reset/{token}`` shows the new-password form only for a usable link, and a clear
message for one unknown, used or expired. Both forms carry the anonymous form token.
"""

from __future__ import annotations

import functools
from typing import Any

import anyio
from litestar import Request, get, post
from litestar.background_tasks import BackgroundTask
from litestar.params import FromPath
from litestar.response import Redirect, Template

from certinum.accounts.clientaddr import client_address
from certinum.accounts.errors import AccountRefused, ResetRefused
from certinum.accounts.forms import (
    EXPIRED,
    anonymous_form_ok,
    field,
    form_cookie,
    form_data,
    see_other,
)
from certinum.accounts.guard import area_of
from certinum.accounts.people import EMAIL, confirm_reset
from certinum.accounts.reset import TooManyResets, count_reset_request, reset_link_usable
from certinum.accounts.routes import send_reset
from certinum.web.i18n import N_
from certinum.web.templating import page

_Req = Request[Any, Any, Any]
SENT = N_(
    "If an account has this email, a link to choose a new password has been sent to it:"
    " it works once, for %(minutes)s minutes."
)
BAD_EMAIL = N_("Type an email address such as name@example.org.")
TOO_MANY_RESETS = N_("Too many reset requests: wait %(minutes)s minutes before asking again.")
LINK_UNUSABLE = N_("This link is unknown, already used or expired: ask for a new one.")
WEAK = N_("A password has 10 to 1024 characters.")
#: The link holds a secret: no referrer to the pages it links, no copy in a cache.
PRIVATE = {"Referrer-Policy": "no-referrer", "Cache-Control": "no-store"}


def _ask_page(
    request: _Req, *, status: int = 200, error: str = "", notice: str = "", email: str = "",
    minutes: int = 0, field_error: str = "",
) -> Template:  # fmt: skip
    token, cookies = form_cookie(request)
    shown = page(
        request, "accounts/reset_ask.html", status_code=status, csrf=token, error=error,
        notice=notice, email=email, minutes=minutes, field_error=field_error,
    )  # fmt: skip
    shown.cookies.extend(cookies)
    return shown


@get("/password-reset", sync_to_thread=False, include_in_schema=False)
def reset_ask_form(request: _Req) -> Template:
    """The form asking for a reset link; after sending, the same notice for every email."""
    if request.query_params.get("sent") == "1":
        minutes = area_of(request).policy.reset_token_minutes
        return _ask_page(request, notice=SENT, minutes=minutes)
    return _ask_page(request)


@post("/password-reset", include_in_schema=False)
async def reset_ask_submit(request: _Req) -> Template | Redirect:
    form = await form_data(request)
    email = field(form, "email", 254).strip()
    if not anonymous_form_ok(request, form):
        return _ask_page(request, status=400, error=EXPIRED, email=email)
    if len(email) > 254 or not EMAIL.fullmatch(email):
        return _ask_page(request, status=422, field_error=BAD_EMAIL, email=email)
    try:
        await anyio.to_thread.run_sync(
            count_reset_request, area_of(request), email, client_address(request)
        )
    except TooManyResets as exc:
        minutes = max(1, -(-exc.retry_after // 60))
        shown = _ask_page(request, status=429, error=TOO_MANY_RESETS, email=email, minutes=minutes)
        shown.headers["Retry-After"] = str(exc.retry_after)
        return shown
    answer = see_other("/password-reset?sent=1")
    answer.background = BackgroundTask(anyio.to_thread.run_sync, send_reset, request, email)
    return answer


def _new_page(
    request: _Req, token: str, *, status: int = 200, error: str = "", usable: bool = True,
    field_error: str = "",
) -> Template:  # fmt: skip
    csrf, cookies = form_cookie(request)
    shown = page(
        request, "accounts/reset_new.html", status_code=status, csrf=csrf, token=token,
        error=error, usable=usable, field_error=field_error,
    )  # fmt: skip
    shown.cookies.extend(cookies)
    shown.headers.update(PRIVATE)
    return shown


@get("/password-reset/{token:str}", include_in_schema=False)
async def reset_new_form(request: _Req, token: FromPath[str]) -> Template:
    """The new-password form of a usable link; a message (400) for any other."""
    usable = await anyio.to_thread.run_sync(reset_link_usable, area_of(request), token)
    if not usable:
        return _new_page(request, "", status=400, error=LINK_UNUSABLE, usable=False)
    return _new_page(request, token)


@post("/password-reset/{token:str}", include_in_schema=False)
async def reset_new_submit(request: _Req, token: FromPath[str]) -> Template | Redirect:
    form = await form_data(request)
    if not anonymous_form_ok(request, form):
        return _new_page(request, token, status=400, error=EXPIRED)
    try:
        await anyio.to_thread.run_sync(
            functools.partial(confirm_reset, area_of(request), token, field(form, "password"))
        )
    except ResetRefused:
        return _new_page(request, "", status=400, error=LINK_UNUSABLE, usable=False)
    except AccountRefused:
        return _new_page(request, token, status=422, field_error=WEAK)
    return see_other("/login?reset=1")


handlers = [reset_ask_form, reset_ask_submit, reset_new_form, reset_new_submit]
