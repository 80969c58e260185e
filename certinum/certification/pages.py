"""The pages of a certification centre's staff: its sessions (``/centres/{id}``), a session
(``/centres/{id}/sessions/{sid}``) with its details, access code, invigilator password,
candidates, enrolment one by one or from a file, and the attendance sheet.

Forms post back with the session's CSRF token; a success redirects (POST-redirect-GET), a
refusal shows the page again (422) with the catalogue's message next to the field concerned.
The invigilator password is shown once, on the page answering its form (never stored in the
clear, never in a URL). Another centre's staff get 403; another centre's session is a 404.
"""

from __future__ import annotations

import functools
from typing import Any

import anyio
from litestar import Request, Router, get, post
from litestar.datastructures import UploadFile
from litestar.params import FromPath
from litestar.response import Redirect, Template

from certinum.accounts.forms import field, form_data, message_page, page_principal, see_other
from certinum.accounts.roles import Principal
from certinum.accounts.sessions import csrf_token
from certinum.certification import centres, enrolment, sessions
from certinum.certification.candidates import CandidateInput
from certinum.certification.routes import MAX_ENROL_BYTES
from certinum.certification.views import (
    CANDIDATE_FIELDS,
    FIELDS,
    STAFF,
    STATUSES,
    UNKNOWN,
    message,
    staff_of,
)
from certinum.errors import (
    CertificationConflict,
    CertificationRefused,
    UnknownCertificationRecord,
)
from certinum.http import runtime_of
from certinum.web.templating import page

_Req = Request[Any, Any, Any]
SESSION_KEYS = ("date", "time", "room", "address", "examiner")
CANDIDATE_KEYS = tuple(CANDIDATE_FIELDS)


def _fields(form: dict[str, list[str]]) -> sessions.SessionFields:
    return sessions.SessionFields(*(field(form, k, 400) for k in SESSION_KEYS))


def _error(exc: CertificationRefused, fields: dict[str, str]) -> dict[str, str]:
    """``{field id or "form": message}`` for a refusal."""
    where = fields.get(str(exc.extra.get("field", "")), "") or FIELDS.get(exc.code, "form")
    return {where: message(exc.code)}


async def _centre_page(
    request: _Req, who: Principal, centre_id: str, *, status: int = 200,
    errors: dict[str, str] | None = None, values: dict[str, str] | None = None,
) -> Template:  # fmt: skip
    rt = runtime_of(request.app.state)
    try:
        info = await anyio.to_thread.run_sync(centres.centre, rt, centre_id)
        found = await anyio.to_thread.run_sync(sessions.sessions_of, rt, centre_id)
    except UnknownCertificationRecord:
        return message_page(request, 404, UNKNOWN)
    return page(
        request, "certification/centre.html", status_code=status, centre=info, sessions=found,
        csrf=csrf_token(who.session_id or ""), errors=errors or {}, values=values or {},
        statuses=STATUSES,
    )  # fmt: skip


def _status(exc: CertificationRefused) -> int:
    """409 for a refusal because of the session's state (``session-closed``), else 422."""
    return 409 if isinstance(exc, CertificationConflict) else 422


@get("/centres", include_in_schema=False)
async def my_centres(request: _Req) -> Template | Redirect:
    """The centres the signed-in person works for (straight to it when there is one)."""
    who = await page_principal(request)
    if isinstance(who, Template):
        return who
    ids = sorted({r.scope_id for r in who.roles if r.role in STAFF}, key=lambda i: (len(i), i))
    if len(ids) == 1:
        return see_other(f"/centres/{ids[0]}")
    rt = runtime_of(request.app.state)
    found = [await anyio.to_thread.run_sync(centres.centre, rt, i) for i in ids]
    return page(request, "certification/centres.html", centres=found)


@get("/centres/{centre_id:str}", include_in_schema=False)
async def centre_page(request: _Req, centre_id: FromPath[str]) -> Template:
    """The centre's sessions and the form to plan one."""
    who = await staff_of(request, centre_id)
    if isinstance(who, Template):
        return who
    return await _centre_page(request, who, centre_id)


@post("/centres/{centre_id:str}/sessions", include_in_schema=False)
async def plan_session(request: _Req, centre_id: FromPath[str]) -> Template | Redirect:
    who = await staff_of(request, centre_id)
    if isinstance(who, Template):
        return who
    form = await form_data(request)
    call = functools.partial(
        sessions.create_session, runtime_of(request.app.state), centre_id, _fields(form),
        actor=who.actor,
    )  # fmt: skip
    try:
        made = await anyio.to_thread.run_sync(call)
    except UnknownCertificationRecord:
        return message_page(request, 404, UNKNOWN)
    except CertificationRefused as exc:
        values = {k: field(form, k, 400) for k in SESSION_KEYS}
        return await _centre_page(
            request, who, centre_id, status=422, errors=_error(exc, {}), values=values
        )
    return see_other(f"/centres/{centre_id}/sessions/{made.id}")


async def _session_page(
    request: _Req, who: Principal, centre_id: str, session_id: int, *, status: int = 200,
    **shown: Any,
) -> Template:  # fmt: skip
    rt = runtime_of(request.app.state)
    try:
        info = await anyio.to_thread.run_sync(centres.centre, rt, centre_id)
        found = await anyio.to_thread.run_sync(sessions.session_info, rt, centre_id, session_id)
        enrolled = await anyio.to_thread.run_sync(enrolment.enrolments, rt, centre_id, session_id)
    except UnknownCertificationRecord:
        return message_page(request, 404, UNKNOWN)
    context: dict[str, Any] = {
        "password": "", "errors": {}, "values": {}, "candidate_errors": {},
        "candidate_values": {}, "report": None, "notice": "",
    }  # fmt: skip
    context.update(shown)
    return page(
        request, "certification/session.html", status_code=status, centre=info, session=found,
        candidates=enrolled, csrf=csrf_token(who.session_id or ""), message=message,
        statuses=STATUSES, **context,
    )  # fmt: skip


@get("/centres/{centre_id:str}/sessions/{session_id:int}", include_in_schema=False)
async def session_page(
    request: _Req, centre_id: FromPath[str], session_id: FromPath[int]
) -> Template:
    who = await staff_of(request, centre_id)
    if isinstance(who, Template):
        return who
    notice = request.query_params.get("notice", "")
    return await _session_page(request, who, centre_id, session_id, notice=notice[:20])


@post("/centres/{centre_id:str}/sessions/{session_id:int}", include_in_schema=False)
async def edit_session(
    request: _Req, centre_id: FromPath[str], session_id: FromPath[int]
) -> Template | Redirect:
    who = await staff_of(request, centre_id)
    if isinstance(who, Template):
        return who
    form = await form_data(request)
    call = functools.partial(
        sessions.edit_session, runtime_of(request.app.state), centre_id, session_id,
        _fields(form), actor=who.actor,
    )  # fmt: skip
    try:
        await anyio.to_thread.run_sync(call)
    except UnknownCertificationRecord:
        return message_page(request, 404, UNKNOWN)
    except CertificationRefused as exc:
        values = {k: field(form, k, 400) for k in SESSION_KEYS}
        return await _session_page(
            request,
            who,
            centre_id,
            session_id,
            status=_status(exc),
            errors=_error(exc, {}),
            values=values,
        )
    return see_other(f"/centres/{centre_id}/sessions/{session_id}?notice=saved")


@post(
    "/centres/{centre_id:str}/sessions/{session_id:int}/invigilator-password",
    include_in_schema=False,
)
async def invigilator_password(
    request: _Req, centre_id: FromPath[str], session_id: FromPath[int]
) -> Template:
    """A new invigilator password, shown on this page only."""
    who = await staff_of(request, centre_id)
    if isinstance(who, Template):
        return who
    call = functools.partial(
        sessions.reset_invigilator_password, runtime_of(request.app.state), centre_id,
        session_id, actor=who.actor,
    )  # fmt: skip
    try:
        made = await anyio.to_thread.run_sync(call)
    except UnknownCertificationRecord:
        return message_page(request, 404, UNKNOWN)
    except CertificationRefused as exc:
        return await _session_page(
            request, who, centre_id, session_id, status=_status(exc), errors=_error(exc, {})
        )
    return await _session_page(request, who, centre_id, session_id, password=made.password)


@post("/centres/{centre_id:str}/sessions/{session_id:int}/enrolments", include_in_schema=False)
async def enrol_one(
    request: _Req, centre_id: FromPath[str], session_id: FromPath[int]
) -> Template | Redirect:
    who = await staff_of(request, centre_id)
    if isinstance(who, Template):
        return who
    form = await form_data(request)
    values = {k: field(form, k, 254) for k in CANDIDATE_KEYS}
    given = CandidateInput(*(values[k] for k in CANDIDATE_KEYS))
    call = functools.partial(
        enrolment.enrol_one, runtime_of(request.app.state), centre_id, session_id, given,
        actor=who.actor,
    )  # fmt: skip
    try:
        await anyio.to_thread.run_sync(call)
    except UnknownCertificationRecord:
        return message_page(request, 404, UNKNOWN)
    except CertificationRefused as exc:
        return await _session_page(
            request, who, centre_id, session_id, status=_status(exc),
            candidate_errors=_error(exc, CANDIDATE_FIELDS), candidate_values=values,
        )  # fmt: skip
    return see_other(f"/centres/{centre_id}/sessions/{session_id}?notice=enrolled#candidates")


@post(
    "/centres/{centre_id:str}/sessions/{session_id:int}/enrolments/import",
    include_in_schema=False,
    request_max_body_size=MAX_ENROL_BYTES,
)
async def enrol_file(
    request: _Req, centre_id: FromPath[str], session_id: FromPath[int]
) -> Template | Redirect:
    """Enrol a file's candidates; the page shows the report of its rows."""
    who = await staff_of(request, centre_id)
    if isinstance(who, Template):
        return who
    args = (request, who, centre_id, session_id)
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    form = await request.form() if content_type == "multipart/form-data" else None
    upload = form.get("file") if form is not None else None
    if form is None or not isinstance(upload, UploadFile) or not upload.filename:
        return await _session_page(*args, status=422, errors={"file": message("no-file")})
    mode = form.get("mode")
    data = await upload.read()
    call = functools.partial(
        enrolment.enrol_file, runtime_of(request.app.state), centre_id, session_id, data,
        upload.filename[:200], mode=mode if isinstance(mode, str) and mode else "all-or-nothing",
        actor=who.actor,
    )  # fmt: skip
    try:
        result = await anyio.to_thread.run_sync(call)
    except UnknownCertificationRecord:
        return message_page(request, 404, UNKNOWN)
    except CertificationRefused as exc:
        return await _session_page(*args, status=_status(exc), errors={"file": message(exc.code)})
    return await _session_page(*args, status=200 if result.written else 422, report=result)


router = Router(
    path="/",
    route_handlers=[
        my_centres,
        centre_page,
        plan_session,
        session_page,
        edit_session,
        invigilator_password,
        enrol_one,
        enrol_file,
    ],
)
