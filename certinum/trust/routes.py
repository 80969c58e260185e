"""The trust list's JSON API, for the issuing authority's admins (``authority_admin``).

* ``GET /api/trust/issuers``: every trusted issuer, built-in ones first.
* ``POST /api/trust/issuers`` ``{"issuer": DID, "name": text, "reason"?: text}``: add one
  (201; 422 problem details for an unusable DID, a missing name, or one already listed).
* ``DELETE /api/trust/issuers/{id}`` (``?reason=``): remove an added issuer (404 if no such
  added issuer; the built-in ones have no id and cannot be removed).

Every change is in the audit log (``trust.add``, ``trust.remove``). The page
``/admin/trust`` (:mod:`certinum.trust.pages`) calls the same service functions.
"""

from __future__ import annotations

import functools
from typing import Any

import anyio
from litestar import Request, Router, delete, get, post
from litestar.params import FromPath, FromQuery
from litestar.plugins.problem_details import ProblemDetailsException
from litestar.status_codes import HTTP_201_CREATED

from certinum.accounts.guard import principal, requires
from certinum.accounts.routes import text_field
from certinum.http import _json_body, _problem, runtime_of
from certinum.trust.pages import router as pages_router
from certinum.trust.service import (
    MAX_ISSUER,
    MAX_NAME,
    TrustRefused,
    UnknownTrustedIssuer,
    add_issuer,
    list_issuers,
    remove_issuer,
)

_Req = Request[Any, Any, Any]
_admin = requires("authority_admin")
MAX_REASON = 2000


def _refused(exc: TrustRefused | UnknownTrustedIssuer) -> ProblemDetailsException:
    if isinstance(exc, UnknownTrustedIssuer):
        return _problem(404, exc.code, "Unknown trusted issuer", str(exc))
    return _problem(422, exc.code, "Trust list change refused", str(exc))


@get("/trust/issuers", guards=[_admin])
async def trusted_issuers(request: _Req) -> dict[str, Any]:
    """The trust list: built-in issuers (no ``id``) and those an admin added."""
    found = await anyio.to_thread.run_sync(list_issuers, runtime_of(request.app.state))
    return {"issuers": [e.to_json() for e in found]}


@post("/trust/issuers", guards=[_admin], status_code=HTTP_201_CREATED)
async def add_trusted_issuer(request: _Req) -> dict[str, Any]:
    """Add a did:web, did:key or did:jwk issuer with a name people will read."""
    who = await principal(request)
    body = await _json_body(request)
    call = functools.partial(
        add_issuer,
        runtime_of(request.app.state),
        text_field(body, "issuer", limit=MAX_ISSUER),
        text_field(body, "name", limit=MAX_NAME),
        actor=who.actor,
        reason=text_field(body, "reason", limit=MAX_REASON, required=False),
    )
    try:
        entry = await anyio.to_thread.run_sync(call)
    except TrustRefused as exc:
        raise _refused(exc) from None
    return entry.to_json()


@delete("/trust/issuers/{entry_id:int}", guards=[_admin], status_code=200)
async def remove_trusted_issuer(
    request: _Req, entry_id: FromPath[int], reason: FromQuery[str] = ""
) -> dict[str, Any]:
    """Remove an added issuer: its credentials are no longer reported as trusted."""
    who = await principal(request)
    call = functools.partial(
        remove_issuer,
        runtime_of(request.app.state),
        entry_id,
        actor=who.actor,
        reason=reason[:MAX_REASON],
    )
    try:
        entry = await anyio.to_thread.run_sync(call)
    except UnknownTrustedIssuer as exc:
        raise _refused(exc) from None
    return {"removed": entry.to_json()}


api_router = Router(
    path="/api",
    route_handlers=[trusted_issuers, add_trusted_issuer, remove_trusted_issuer],
    tags=["trust"],
)
#: The JSON routes and the pages (registered in the app as one router).
router = Router(path="/", route_handlers=[api_router, pages_router])
