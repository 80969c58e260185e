"""The certificate pages: a candidate's, a school's by class, the jury's, and revocation.

* ``/candidate/certificates`` (a candidate): each certificate with its code, public page, the
  PDF in French and English and the credential (``.json``) to download; a revoked one says so.
* ``/schools/{org_id}/certificates`` (the school's admins): by class, each pupil's certificate
  and one ZIP of the class's PDFs.
* ``/jury/sessions/{session_id}/certificates`` (``jury``, ``authority_admin``): the progress
  of the session's issuance job (issued of total, its state; refreshed while it runs, and a
  button queueing its failed parts again: ``POST …/certificates/retry``) and the certificates, each
  leading to ``/jury/certificates/{code}``: the certificate and a form to revoke it (a
  reason, and a box ticked to confirm that it is final).
"""

from __future__ import annotations

import functools
from typing import Any

import anyio
from litestar import Request, Router, get, post
from litestar.params import FromPath
from litestar.response import Redirect, Template

from certinum.accounts.forms import field, form_data, message_page, page_principal, see_other
from certinum.accounts.guard import area_of
from certinum.accounts.roles import Principal
from certinum.accounts.sessions import csrf_token
from certinum.certification.jury import JURY_ROLES
from certinum.errors import (
    StatusChangeRefused,
    UnknownCertificationRecord,
    UnknownCredential,
    UnknownSchoolRecord,
)
from certinum.http import runtime_of
from certinum.issuance import certificates, jobs
from certinum.issuance.retry import NothingToRetry, retry_failed_parts
from certinum.issuance.revocation import MAX_REASON, find_certificate, revoke_certificate
from certinum.web.i18n import N_
from certinum.web.templating import page

_Req = Request[Any, Any, Any]
NOT_SCHOOL = N_("This page is for the admins of this school.")
NOT_JURY = N_("This page is for the jury of the issuing authority.")
UNKNOWN_SCHOOL = N_("This school does not exist here.")
UNKNOWN_CERTIFICATE = N_("No certificate has this code.")
UNKNOWN_SESSION = N_("This session does not exist.")
REVOCATION_MESSAGES = {
    "reason-required": N_("Give the reason for this decision."),
    "reason-too-long": N_("A reason has at most 2000 characters."),
    "confirm-required": N_("Tick the box to confirm that the revocation is final."),
    "already-revoked": N_("This certificate is already revoked."),
}
REVOKED_NOTICES = {
    "sent": N_("The certificate is revoked; its holder was told."),
    "no-address": N_(
        "The certificate is revoked; no email went out: the holder's account has no email address."
    ),
    "mail-failed": N_("The certificate is revoked; the email to its holder could not be sent."),
}
JOB_STATES = {
    "queued": N_("waiting for a worker"),
    "running": N_("running"),
    "done": N_("done"),
    "failed": N_("stopped with errors"),
}
RETRY_NOTICES = {
    "retried": N_("The failed parts are queued again: a worker will issue what is missing."),
    "nothing-to-retry": N_("No part of this issuance has failed: there is nothing to retry."),
}


async def _jury_member(request: _Req) -> Principal | Template:
    who = await page_principal(request)
    if isinstance(who, Template):
        return who
    if not any(who.has(role) for role in JURY_ROLES):
        return message_page(request, 403, NOT_JURY)
    return who


@get("/candidate/certificates", include_in_schema=False)
async def candidate_certificates(request: _Req) -> Template:
    """The signed-in candidate's certificates and their downloads."""
    who = await page_principal(request, "candidate")
    if isinstance(who, Template):
        return who
    rt = runtime_of(request.app.state)
    found = await anyio.to_thread.run_sync(certificates.of_candidate, rt, who.account_id or 0)
    return page(request, "issuance/mine.html", certificates=found, base=rt.settings.base_url)


@get("/schools/{org_id:str}/certificates", include_in_schema=False)
async def school_certificates(request: _Req, org_id: FromPath[str]) -> Template:
    """The school's pupils' certificates by class, with a ZIP per class."""
    who = await page_principal(request)
    if isinstance(who, Template):
        return who
    if not who.has("organisation_admin", org_id):
        return message_page(request, 403, NOT_SCHOOL)
    rt = runtime_of(request.app.state)
    try:
        found = await anyio.to_thread.run_sync(certificates.of_school, rt, org_id)
    except UnknownSchoolRecord:
        return message_page(request, 404, UNKNOWN_SCHOOL)
    return page(request, "issuance/school.html", org_id=org_id, classes=found)


@get("/jury/sessions/{session_id:int}/certificates", include_in_schema=False)
async def session_certificates(request: _Req, session_id: FromPath[int]) -> Template:
    """A published session's certificates, each with the way to revoke it; the issuance's
    progress (refreshed by ``/static/issuance.js`` while it runs) and a button retrying its
    failed parts."""
    who = await _jury_member(request)
    if isinstance(who, Template):
        return who
    notice = request.query_params.get("notice", "")
    return await _session_page(request, who, session_id, notice=notice)


async def _session_page(
    request: _Req, who: Principal, session_id: int, *, notice: str = "", status: int = 200
) -> Template:
    rt = runtime_of(request.app.state)
    found = await anyio.to_thread.run_sync(certificates.in_session, rt, session_id)
    try:
        issuing = await anyio.to_thread.run_sync(jobs.progress, rt, session_id)
    except UnknownCertificationRecord:
        issuing = None
    return page(
        request, "issuance/session.html", status_code=status, session_id=session_id,
        certificates=found, issuing=issuing, job_states=JOB_STATES,
        notice=RETRY_NOTICES.get(notice, ""), csrf=csrf_token(who.session_id or ""),
    )  # fmt: skip


@post("/jury/sessions/{session_id:int}/certificates/retry", include_in_schema=False)
async def retry_form(request: _Req, session_id: FromPath[int]) -> Template | Redirect:
    """Queue the failed parts of the session's issuance again (audited ``issuance.retry``);
    409 when none failed, 404 for an unknown session."""
    who = await _jury_member(request)
    if isinstance(who, Template):
        return who
    call = functools.partial(
        retry_failed_parts, runtime_of(request.app.state), session_id, actor=who.actor
    )
    try:
        await anyio.to_thread.run_sync(call)
    except NothingToRetry:
        return await _session_page(request, who, session_id, notice="nothing-to-retry",
                                   status=409)  # fmt: skip
    except UnknownCertificationRecord:
        return message_page(request, 404, UNKNOWN_SESSION)
    return see_other(f"/jury/sessions/{session_id}/certificates?notice=retried")


async def _revocation_page(
    request: _Req, who: Principal, code: str, *, status: int = 200, error: str = "",
    reason: str = "",
) -> Template:  # fmt: skip
    try:
        cert = await anyio.to_thread.run_sync(find_certificate, area_of(request), code)
    except UnknownCredential:
        return message_page(request, 404, UNKNOWN_CERTIFICATE)
    notice = ""
    if request.query_params.get("notice") == "revoked" and cert.revoked:
        notice = REVOKED_NOTICES.get(
            request.query_params.get("mail") or "", REVOKED_NOTICES["sent"]
        )
    return page(
        request, "issuance/revoke.html", status_code=status, cert=cert, error=error,
        reason=reason, notice=notice, csrf=csrf_token(who.session_id or ""),
        max_reason=MAX_REASON,
    )  # fmt: skip


@get("/jury/certificates/{code:str}", include_in_schema=False)
async def revocation_page(request: _Req, code: FromPath[str]) -> Template:
    who = await _jury_member(request)
    if isinstance(who, Template):
        return who
    return await _revocation_page(request, who, code)


@post("/jury/certificates/{code:str}/revocation", include_in_schema=False)
async def revocation_form(request: _Req, code: FromPath[str]) -> Template | Redirect:
    """Revoke for good: a reason and the confirmation box are needed; 409 if already done."""
    who = await _jury_member(request)
    if isinstance(who, Template):
        return who
    form = await form_data(request)
    reason = field(form, "reason", MAX_REASON)
    if field(form, "confirm", 10) != "yes":
        return await _revocation_page(
            request, who, code, status=422, reason=reason,
            error=REVOCATION_MESSAGES["confirm-required"],
        )  # fmt: skip
    call = functools.partial(
        revoke_certificate, area_of(request), code, reason=reason, actor=who.actor
    )
    try:
        done = await anyio.to_thread.run_sync(call)
    except UnknownCredential:
        return message_page(request, 404, UNKNOWN_CERTIFICATE)
    except StatusChangeRefused as exc:
        message = REVOCATION_MESSAGES.get(exc.code, REVOCATION_MESSAGES["reason-required"])
        status = 409 if exc.code == "already-revoked" else 422
        return await _revocation_page(
            request, who, code, status=status, error=message, reason=reason
        )
    mail = "" if done.notice == "sent" else f"&mail={done.notice}"
    return see_other(f"/jury/certificates/{done.code}?notice=revoked{mail}")


router = Router(
    path="/",
    route_handlers=[
        candidate_certificates, school_certificates, session_certificates, retry_form,
        revocation_page, revocation_form,
    ],
)  # fmt: skip
