"""The JSON API of certificates: who sees which, the ZIP downloads, revocation.

* ``GET /api/me/certificates`` (a candidate): their certificates, each with its code, public
  page, PDF (French, English) and credential links (none but the page once revoked).
* ``GET /api/organisations/{org_id}/certificates`` (the school's admins): their pupils'
  certificates by class; ``…/classes/{class_id}/certificates.zip``: one class's PDFs.
* ``GET /api/centres/{centre_id}/sessions/{session_id}/certificates.zip`` (the centre's
  staff): the PDFs of one of its sessions.
* ``GET /api/jury/sessions/{session_id}/certificates`` (``jury``, ``authority_admin``): a
  session's certificates; ``POST /api/certificates/{code}/revocation`` ``{"reason"}``:
  revoke one for good (409 ``already-revoked`` the second time, 422 ``reason-required``).

A ZIP leaves out revoked certificates; ``?lang=en`` gives the English PDFs.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import anyio
from litestar import Request, Router, get, post
from litestar.params import FromPath
from litestar.response import Stream
from litestar.status_codes import HTTP_200_OK

from certinum.accounts.guard import area_of, path_param, principal, requires
from certinum.accounts.routes import text_field
from certinum.certification.jury import JURY_ROLES
from certinum.http import _json_body, _problem, runtime_of
from certinum.issuance import certificates
from certinum.issuance.downloads import zip_response
from certinum.issuance.revocation import MAX_REASON, AlreadyRevoked, revoke_certificate

_Req = Request[Any, Any, Any]
T = TypeVar("T")
_candidate = requires("candidate")
_org_admin = requires("organisation_admin", scope_from=path_param("org_id"))
_staff = requires("centre_member", "centre_admin", scope_from=path_param("centre_id"))
_jury = requires(*JURY_ROLES)


async def _run(call: Callable[[], T]) -> T:
    try:
        return await anyio.to_thread.run_sync(call)
    except AlreadyRevoked as exc:
        raise _problem(409, exc.code, "Conflict", str(exc)) from None


def _base(request: _Req) -> str:
    return runtime_of(request.app.state).settings.base_url


@get("/me/certificates", guards=[_candidate])
async def my_certificates(request: _Req) -> list[dict[str, object]]:
    """The signed-in candidate's certificates with their links."""
    who = await principal(request)
    call = functools.partial(
        certificates.of_candidate, runtime_of(request.app.state), who.account_id or 0
    )
    return [c.to_json(_base(request)) for c in await _run(call)]


@get("/organisations/{org_id:str}/certificates", guards=[_org_admin])
async def school_certificates(request: _Req, org_id: FromPath[str]) -> list[dict[str, object]]:
    """The certificates of the school's pupils, by class."""
    call = functools.partial(certificates.of_school, runtime_of(request.app.state), org_id)
    base = _base(request)
    return [
        {
            "class": k.class_id,
            "code": k.code,
            "zip": f"{base}/api/organisations/{org_id}/classes/{k.class_id}/certificates.zip",
            "certificates": [c.to_json(base) for c in k.certificates],
        }
        for k in await _run(call)
    ]


@get("/organisations/{org_id:str}/classes/{class_id:int}/certificates.zip",
     guards=[_org_admin])  # fmt: skip
async def class_zip(request: _Req, org_id: FromPath[str], class_id: FromPath[int]) -> Stream:
    """One class's certificates as a ZIP of PDFs (``?lang=en``: in English)."""
    rt = runtime_of(request.app.state)
    found = await _run(functools.partial(certificates.of_class, rt, org_id, class_id))
    return zip_response(
        rt,
        found.certificates,
        request.query_params.get("lang"),
        f"certificats-classe-{class_id}.zip",
    )


@get("/centres/{centre_id:str}/sessions/{session_id:int}/certificates.zip", guards=[_staff])
async def session_zip(request: _Req, centre_id: FromPath[str], session_id: FromPath[int]) -> Stream:
    """One session's certificates as a ZIP of PDFs (``?lang=en``: in English)."""
    rt = runtime_of(request.app.state)
    found = await _run(functools.partial(certificates.of_session, rt, centre_id, session_id))
    return zip_response(
        rt, found, request.query_params.get("lang"), f"certificats-session-{session_id}.zip"
    )


@get("/jury/sessions/{session_id:int}/certificates", guards=[_jury])
async def session_certificates(request: _Req, session_id: FromPath[int]) -> list[dict[str, object]]:
    """A published session's certificates (empty for another session)."""
    call = functools.partial(certificates.in_session, runtime_of(request.app.state), session_id)
    return [c.to_json(_base(request)) for c in await _run(call)]


@post("/certificates/{code:str}/revocation", guards=[_jury], status_code=HTTP_200_OK)
async def revoke(request: _Req, code: FromPath[str]) -> dict[str, object]:
    """``{"reason"}``: revoke the certificate for good; its holder is told by email."""
    who = await principal(request)
    body = await _json_body(request)
    reason = text_field(body, "reason", limit=MAX_REASON, required=False)
    call = functools.partial(
        revoke_certificate, area_of(request), code, reason=reason, actor=who.actor
    )
    return (await _run(call)).to_json()


router = Router(
    path="/api",
    route_handlers=[
        my_certificates, school_certificates, class_zip, session_zip, session_certificates,
        revoke,
    ],
    tags=["certificates"],
)  # fmt: skip
