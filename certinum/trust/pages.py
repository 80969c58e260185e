"""The trust-list page of the issuing authority's admins: ``/admin/trust``.

The list (built-in issuers marked as such), a form to add an issuer (its DID and a name) and,
for each added issuer, a button to remove it; forms carry the session's CSRF token. The
changes go through :mod:`certinum.trust.service`, audited like the JSON API's.
"""

from __future__ import annotations

import functools
from typing import Any

import anyio
from litestar import Request, Router, get, post
from litestar.params import FromPath
from litestar.response import Redirect, Template

from certinum.accounts.forms import field, form_data, message_page, page_principal, see_other
from certinum.accounts.roles import Principal
from certinum.accounts.sessions import csrf_token
from certinum.http import runtime_of
from certinum.trust.service import (
    MAX_ISSUER,
    MAX_NAME,
    TrustRefused,
    UnknownTrustedIssuer,
    add_issuer,
    list_issuers,
    remove_issuer,
)
from certinum.web.i18n import N_
from certinum.web.templating import page

_Req = Request[Any, Any, Any]
ROLE = "authority_admin"
ADMINS_ONLY = N_("This page is for the issuing authority's administrators.")
ERRORS = {
    "bad-issuer": N_("Give a did:web, did:key or did:jwk identifier, without a fragment."),
    "bad-name": N_("Give the issuer a name of at most 200 characters."),
    "already-trusted": N_("This issuer is already on the trust list."),
}
NOTICES = {
    "added": N_("The issuer is added to the trust list."),
    "removed": N_("The issuer is removed from the trust list."),
}
NOT_LISTED = N_("This issuer is not on the trust list (any more).")


async def _admin(request: _Req) -> Principal | Template:
    who = await page_principal(request)
    if isinstance(who, Template):
        return who
    return who if who.has(ROLE) else message_page(request, 403, ADMINS_ONLY)


async def _trust_page(
    request: _Req, who: Principal, *, status: int = 200, error: str = "", issuer: str = "",
    name: str = "",
) -> Template:  # fmt: skip
    entries = await anyio.to_thread.run_sync(list_issuers, runtime_of(request.app.state))
    notice = NOTICES.get(request.query_params.get("notice", ""), "")
    return page(
        request, "trust/issuers.html", status_code=status, entries=entries, error=error,
        notice=notice, issuer=issuer, name=name, csrf=csrf_token(who.session_id or ""),
        max_issuer=MAX_ISSUER, max_name=MAX_NAME,
    )  # fmt: skip


@get("/admin/trust", include_in_schema=False)
async def trust_page(request: _Req) -> Template:
    who = await _admin(request)
    if isinstance(who, Template):
        return who
    return await _trust_page(request, who)


@post("/admin/trust", include_in_schema=False)
async def add_form(request: _Req) -> Template | Redirect:
    who = await _admin(request)
    if isinstance(who, Template):
        return who
    form = await form_data(request)
    issuer, name = field(form, "issuer", MAX_ISSUER), field(form, "name", MAX_NAME)
    call = functools.partial(
        add_issuer, runtime_of(request.app.state), issuer, name, actor=who.actor
    )
    try:
        await anyio.to_thread.run_sync(call)
    except TrustRefused as exc:
        status = 409 if exc.code == "already-trusted" else 422
        message = ERRORS.get(exc.code, ERRORS["bad-issuer"])
        return await _trust_page(
            request, who, status=status, error=message, issuer=issuer, name=name
        )
    return see_other("/admin/trust?notice=added")


@post("/admin/trust/{entry_id:int}/remove", include_in_schema=False)
async def remove_form(request: _Req, entry_id: FromPath[int]) -> Template | Redirect:
    who = await _admin(request)
    if isinstance(who, Template):
        return who
    call = functools.partial(
        remove_issuer, runtime_of(request.app.state), entry_id, actor=who.actor
    )
    try:
        await anyio.to_thread.run_sync(call)
    except UnknownTrustedIssuer:
        return await _trust_page(request, who, status=404, error=NOT_LISTED)
    return see_other("/admin/trust?notice=removed")


router = Router(path="/", route_handlers=[trust_page, add_form, remove_form], tags=["trust"])
