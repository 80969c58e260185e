"""The account pages: log in, sign up (adult candidates), log out, change one's password.

Forms post back to their page and answer with a redirect (POST-redirect-GET) or the form again
with its errors; the work is done by the service functions of :mod:`certinum.accounts.people`,
as the JSON API (:mod:`certinum.accounts.routes`) does. A failed login shows one message
whatever was wrong; too many failed logins show how long to wait.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

import anyio
from litestar import Request, Router, get, post
from litestar.response import Redirect, Template

from certinum.accounts.account_pages import handlers as account_handlers
from certinum.accounts.clientaddr import client_address
from certinum.accounts.errors import AccountExists, AccountRefused, LoginRefused, TooManyAttempts
from certinum.accounts.forms import (
    EXPIRED,
    anonymous_form_ok,
    field,
    form_cookie,
    form_data,
    login_page,
    message_page,
    page_principal,
    see_other,
    with_session,
)
from certinum.accounts.guard import SESSION_COOKIE, area_of
from certinum.accounts.people import change_password, log_in, sign_up
from certinum.accounts.reset_pages import handlers as reset_handlers
from certinum.accounts.roles import Role, roles_of
from certinum.accounts.sessions import csrf_token
from certinum.web.i18n import N_
from certinum.web.templating import page

_Req = Request[Any, Any, Any]
WRONG_LOGIN = N_("Wrong login or password.")
TOO_MANY = N_("Too many failed logins: wait %(minutes)s minutes before trying again.")
#: What each refusal of the service shows, and the field it is about.
REFUSALS: dict[str, tuple[str, str]] = {
    "bad-email": ("email", N_("Type an email address such as name@example.org.")),
    "weak-password": ("password", N_("A password has 10 to 1024 characters.")),
    "bad-name": ("name", N_("A name has at most 200 characters.")),
    "wrong-password": ("current", N_("The current password is not right.")),
    "account-exists": ("email", N_("An account with this email already exists: log in.")),
}
PASSWORD_CHANGED = N_("Your password was changed; your other sessions were closed.")
PASSWORD_RESET = N_("Your password was changed: log in with it.")


def _local(path: str) -> str:
    """A path of this site to go to after login, or the candidate's page."""
    if path.startswith("/") and not path.startswith("//") and "\\" not in path:
        return path[:300]
    return "/candidate"


@get("/login", sync_to_thread=False, include_in_schema=False)
def login_form(request: _Req) -> Template:
    """The login form: an email, or the identifier a school gave a pupil, and a password."""
    notice = PASSWORD_RESET if request.query_params.get("reset") == "1" else ""
    return login_page(request, next=request.query_params.get("next", ""), notice=notice)


def _one_of(roles: list[Role], names: set[str], path: str) -> str:
    """``path/{id}`` when ``roles`` of ``names`` are all of one scope, else ``path`` (a list)."""
    scopes = {r.scope_id for r in roles if r.role in names}
    return f"{path}/{next(iter(scopes))}" if len(scopes) == 1 else path


def home_for(roles: Iterable[Role]) -> str:
    """Where a login lands without a ``next``: the page of the most specific role held.
    A school admin's school, else a centre's staff their centre (either as a list when they
    have several), else the jury its sessions to review, else a candidate's profile."""
    held = list(roles)
    names = {r.role for r in held}
    if "organisation_admin" in names:
        return _one_of(held, {"organisation_admin"}, "/schools")
    if names & {"centre_admin", "centre_member"}:
        return _one_of(held, {"centre_admin", "centre_member"}, "/centres")
    if names & {"jury", "authority_admin"}:
        return "/jury"
    if "candidate" in names:
        return "/candidate"
    return "/"


def _home_of(request: _Req, account_id: int) -> str:
    with area_of(request).runtime.sessions() as db:
        return home_for(roles_of(db, account_id))


@post("/login", include_in_schema=False)
async def login_submit(request: _Req) -> Template | Redirect:
    form = await form_data(request)
    login, target = field(form, "login", 254), field(form, "next", 300)
    if not anonymous_form_ok(request, form):
        return login_page(request, status=400, error=EXPIRED, login=login, next=target)
    address = client_address(request)
    try:
        session_id, account_id = await anyio.to_thread.run_sync(
            functools.partial(
                log_in,
                area_of(request),
                login=login,
                password=field(form, "password"),
                address=address,
            )
        )
    except TooManyAttempts as exc:
        minutes = max(1, -(-exc.retry_after // 60))
        shown = login_page(request, status=429, error=TOO_MANY, login=login, minutes=minutes)
        shown.headers["Retry-After"] = str(exc.retry_after)
        return shown
    except LoginRefused:
        return login_page(request, status=401, error=WRONG_LOGIN, login=login, next=target)
    home = await anyio.to_thread.run_sync(_home_of, request, account_id)
    return with_session(request, see_other(_local(target) if target else home), session_id)


def _signup_page(
    request: _Req, *, status: int = 200, errors: dict[str, str] | None = None, **values: str
) -> Template:
    token, cookies = form_cookie(request)
    shown = page(
        request,
        "accounts/signup.html",
        status_code=status,
        csrf=token,
        errors=errors or {},
        email=values.get("email", ""),
        name=values.get("name", ""),
    )
    shown.cookies.extend(cookies)
    return shown


@get("/signup", sync_to_thread=False, include_in_schema=False)
def signup_form(request: _Req) -> Template:
    """Sign-up of an adult candidate: email, name (optional), password."""
    return _signup_page(request)


@post("/signup", include_in_schema=False)
async def signup_submit(request: _Req) -> Template | Redirect:
    form = await form_data(request)
    email, name = field(form, "email", 254), field(form, "name", 200)
    password = field(form, "password")
    if not anonymous_form_ok(request, form):
        return _signup_page(request, status=400, errors={"form": EXPIRED}, email=email, name=name)
    area = area_of(request)
    try:
        await anyio.to_thread.run_sync(
            functools.partial(sign_up, area, email=email, password=password, display_name=name)
        )
        session_id, _ = await anyio.to_thread.run_sync(
            functools.partial(
                log_in,
                area,
                login=email,
                password=password,
                address=client_address(request),
            )
        )
    except (AccountRefused, AccountExists) as exc:
        where, message = REFUSALS.get(exc.code, ("form", EXPIRED))
        status = 409 if isinstance(exc, AccountExists) else 422
        return _signup_page(request, status=status, errors={where: message}, email=email, name=name)
    return with_session(request, see_other("/candidate"), session_id)


@post("/logout", include_in_schema=False)
async def logout(request: _Req) -> Template | Redirect:
    """End the session (its CSRF token is needed) and go to the home page."""
    who = await page_principal(request)
    if isinstance(who, Template):
        return who
    if who.session_id:
        await anyio.to_thread.run_sync(area_of(request).sessions.delete, who.session_id)
    response = see_other("/")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


def _password_page(
    request: _Req, session_id: str, *, status: int = 200, errors: dict[str, str] | None = None,
    notice: str = "",
) -> Template:  # fmt: skip
    return page(
        request,
        "accounts/password.html",
        status_code=status,
        csrf=csrf_token(session_id),
        errors=errors or {},
        notice=notice,
    )


@get("/account/password", include_in_schema=False)
async def password_form(request: _Req) -> Template:
    who = await page_principal(request)
    if isinstance(who, Template):
        return who
    done = request.query_params.get("changed") == "1"
    return _password_page(request, who.session_id or "", notice=PASSWORD_CHANGED if done else "")


@post("/account/password", include_in_schema=False)
async def password_submit(request: _Req) -> Template | Redirect:
    who = await page_principal(request)
    if isinstance(who, Template):
        return who
    if who.session_id is None:
        return message_page(request, 403, EXPIRED)
    form = await form_data(request)
    try:
        session_id = await anyio.to_thread.run_sync(
            functools.partial(
                change_password,
                area_of(request),
                who.account_id or 0,
                current=field(form, "current"),
                new=field(form, "password"),
            )
        )
    except AccountRefused as exc:
        where, message = REFUSALS.get(exc.code, ("form", EXPIRED))
        return _password_page(request, who.session_id, status=422, errors={where: message})
    return with_session(request, see_other("/account/password?changed=1"), session_id)


router = Router(
    path="/",
    route_handlers=[
        login_form,
        login_submit,
        signup_form,
        signup_submit,
        logout,
        password_form,
        password_submit,
        *reset_handlers,
        *account_handlers,
    ],
)
