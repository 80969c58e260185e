"""What the pages' forms share: CSRF tokens, the page principal, and the session cookie.

A form of a signed-in person carries the session's CSRF token (``csrf_token`` field), which
:func:`certinum.accounts.guard.principal` checks. A form shown before any session exists (login,
sign-up) carries the token of a random *form cookie* instead (double submission: a page of
another site can neither read the cookie nor compute its token), checked by
:func:`anonymous_form_ok`. Pages answer with HTML, never problem details: :func:`page_principal`
turns an ended session or a missing token into a page.
"""

from __future__ import annotations

import hmac
import secrets
from typing import Any

from litestar import Request
from litestar.datastructures import Cookie
from litestar.plugins.problem_details import ProblemDetailsException
from litestar.response import Redirect, Template

from certinum.accounts.guard import CSRF_FIELD, SESSION_COOKIE, area_of, principal
from certinum.accounts.roles import Principal
from certinum.accounts.sessions import csrf_token
from certinum.web.i18n import N_
from certinum.web.templating import page

_Req = Request[Any, Any, Any]
FORM_COOKIE = "certinum_form"
EXPIRED = N_("This form has expired or was not sent from this site: please fill it in again.")
SESSION_ENDED = N_("Your session has ended: please log in again.")
LOG_IN_FIRST = N_("Log in to see this page.")
NOT_ALLOWED = N_("This page is for candidates: your account cannot open it.")


def _secure(request: _Req) -> bool:
    return str(area_of(request).runtime.settings.base_url).startswith("https://")


def form_cookie(request: _Req) -> tuple[str, list[Cookie]]:
    """The token for an anonymous form, and the form cookie to set when there is none yet."""
    value = request.cookies.get(FORM_COOKIE, "")
    if len(value) >= 20:
        return csrf_token(value), []
    value = secrets.token_urlsafe(24)
    cookie = Cookie(
        key=FORM_COOKIE,
        value=value,
        path="/",
        httponly=True,
        samesite="lax",
        secure=_secure(request),
    )
    return csrf_token(value), [cookie]


async def form_data(request: _Req) -> dict[str, list[str]]:
    """The submitted form (urlencoded or multipart) as lists of strings; empty for another
    body (a JSON client posting to a page gets the page's own error, not a crash)."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in ("application/x-www-form-urlencoded", "multipart/form-data"):
        return {}
    form = await request.form()
    return {k: [v for v in form.getall(k) if isinstance(v, str)] for k in form}


def field(form: dict[str, list[str]], name: str, limit: int = 1024) -> str:
    """The first value of ``name`` (empty when missing), cut at ``limit`` characters + 1 so that
    a service limit still refuses an over-long value."""
    values = form.get(name) or [""]
    return values[0][: limit + 1]


def anonymous_form_ok(request: _Req, form: dict[str, list[str]]) -> bool:
    """Whether an anonymous form carries the token of this browser's form cookie."""
    value = request.cookies.get(FORM_COOKIE, "")
    sent = field(form, CSRF_FIELD, 200)
    return len(value) >= 20 and hmac.compare_digest(sent.encode(), csrf_token(value).encode())


def message_page(request: _Req, status: int, message: str) -> Template:
    """A page holding one message (an ended session, a page for other roles…)."""
    return page(request, "accounts/message.html", status_code=status, message=message)


def login_page(
    request: _Req, *, status: int = 200, error: str = "", notice: str = "", **values: Any
) -> Template:
    token, cookies = form_cookie(request)
    shown = page(
        request,
        "accounts/login.html",
        status_code=status,
        csrf=token,
        error=error,
        notice=notice,
        login=values.get("login", ""),
        next=values.get("next", request.url.path if status == 401 else ""),
        minutes=values.get("minutes", 0),
    )
    shown.cookies.extend(cookies)
    return shown


async def page_principal(request: _Req, role: str | None = None) -> Principal | Template:
    """The signed-in person, or the page to show instead: the login form (401) for anonymous
    or an ended session, a message (403) for a missing CSRF token, an API token, or an
    account without ``role``."""
    try:
        who = await principal(request)
    except ProblemDetailsException as exc:
        if exc.status_code == 401:
            return login_page(request, status=401, notice=SESSION_ENDED)
        return message_page(request, 403, EXPIRED)
    if who.anonymous:
        return login_page(request, status=401, notice=LOG_IN_FIRST)
    if who.account_id is None or (role is not None and not who.has(role)):
        return message_page(request, 403, NOT_ALLOWED)
    return who


def see_other(path: str) -> Redirect:
    """POST-redirect-GET: a 303 to ``path``."""
    return Redirect(path, status_code=303)


def with_session(request: _Req, response: Redirect, session_id: str) -> Redirect:
    """``response`` setting the session cookie (as the JSON login does)."""
    area = area_of(request)
    response.set_cookie(
        SESSION_COOKIE,
        session_id,
        max_age=area.policy.session_absolute_minutes * 60,
        path="/",
        httponly=True,
        samesite="lax",
        secure=_secure(request),
    )
    return response
