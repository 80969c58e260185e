"""The signed-in person's account page: who they are, a link to change their password, the
download of their data, and the erasure of their account confirmed with their password.

``/account/data`` is the export of ``GET /api/me/data`` (:func:`certinum.accounts.personal.export`)
as a JSON file to download. ``POST /account/erasure`` needs the session's CSRF token, the
password and the box ticked; it keeps only what issued certificates state
(:mod:`certinum.accounts.certification_records`), ends every session and is audited.
"""

from __future__ import annotations

import functools
import json
from typing import Any

import anyio
from litestar import Request, Response, get, post
from litestar.response import Template

from certinum.accounts.errors import AccountRefused, TooManyAttempts
from certinum.accounts.forms import EXPIRED, field, form_data, message_page, page_principal
from certinum.accounts.guard import SESSION_COOKIE, area_of
from certinum.accounts.people import info
from certinum.accounts.personal import erase_confirmed, export
from certinum.accounts.sessions import csrf_token
from certinum.accounts.tables import Account
from certinum.web.i18n import N_
from certinum.web.templating import page

_Req = Request[Any, Any, Any]
WRONG_PASSWORD = N_("The password is not right.")
NOT_CONFIRMED = N_("Tick the box to confirm the erasure.")
TOO_MANY = N_("Too many wrong passwords: wait %(minutes)s minutes before trying again.")
ERASED = N_("Your account was erased.")


def _account(request: _Req, account_id: int) -> dict[str, Any]:
    with area_of(request).runtime.sessions() as db:
        row = db.get(Account, account_id)
        return info(db, row).to_json() if row is not None else {}


async def _account_page(
    request: _Req, account_id: int, session_id: str, *, status: int = 200,
    errors: dict[str, str] | None = None, minutes: int = 0,
) -> Template:  # fmt: skip
    account = await anyio.to_thread.run_sync(_account, request, account_id)
    return page(
        request, "accounts/account.html", status_code=status, account=account,
        csrf=csrf_token(session_id), errors=errors or {}, minutes=minutes,
    )  # fmt: skip


@get("/account", include_in_schema=False)
async def account_page(request: _Req) -> Template:
    who = await page_principal(request)
    if isinstance(who, Template):
        return who
    return await _account_page(request, who.account_id or 0, who.session_id or "")


@get("/account/data", include_in_schema=False)
async def account_data(request: _Req) -> Template | Response[bytes]:
    """Everything stored about the account, as a JSON file."""
    who = await page_principal(request)
    if isinstance(who, Template):
        return who
    data = await anyio.to_thread.run_sync(export, area_of(request), who.account_id or 0)
    return Response(
        json.dumps(data, ensure_ascii=False, indent=2).encode(),
        media_type="application/json",
        headers={
            "Content-Disposition": 'attachment; filename="certinum-my-data.json"',
            "Cache-Control": "no-store",
        },
    )


@post("/account/erasure", include_in_schema=False)
async def account_erasure(request: _Req) -> Template:
    who = await page_principal(request)
    if isinstance(who, Template):
        return who
    if who.session_id is None or who.account_id is None:
        return message_page(request, 403, EXPIRED)
    form = await form_data(request)
    if field(form, "confirm", 10) != "yes":
        return await _account_page(
            request, who.account_id, who.session_id, status=422, errors={"confirm": NOT_CONFIRMED}
        )
    call = functools.partial(
        erase_confirmed, area_of(request), who.account_id, field(form, "password"),
        actor=who.actor,
    )  # fmt: skip
    try:
        await anyio.to_thread.run_sync(call)
    except TooManyAttempts as exc:
        minutes = max(1, -(-exc.retry_after // 60))
        shown = await _account_page(
            request, who.account_id, who.session_id, status=429,
            errors={"password": TOO_MANY}, minutes=minutes,
        )  # fmt: skip
        shown.headers["Retry-After"] = str(exc.retry_after)
        return shown
    except AccountRefused:
        return await _account_page(
            request, who.account_id, who.session_id, status=422,
            errors={"password": WRONG_PASSWORD},
        )  # fmt: skip
    done = message_page(request, 200, ERASED)
    done.delete_cookie(SESSION_COOKIE, path="/")
    return done


handlers = [account_page, account_data, account_erasure]
