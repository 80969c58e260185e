"""The JSON API of certification centres: sessions, invigilator password, enrolments,
the enrolment template and the attendance sheet.

The issuing authority's admins create centres (``POST /api/centres``), naming their first
admin. A centre's routes are its staff's (``centre_member`` or ``centre_admin`` of that
centre's id): another centre's staff get 403; a session of another centre is a 404.

An enrolment file comes as ``multipart/form-data`` (field ``file``, its filename naming the
format; field ``mode``) or as the raw body with ``?filename=``, at most
:data:`MAX_ENROL_BYTES` (413 beyond). Rejected rows in mode ``all-or-nothing`` get a 422
``rows-rejected`` whose ``report`` member lists them (line, field, code, reason).
"""

from __future__ import annotations

import functools
from typing import Any, Literal

import anyio
from litestar import Request, Response, Router, get, patch, post
from litestar.datastructures import UploadFile
from litestar.params import FromPath, FromQuery
from litestar.status_codes import HTTP_201_CREATED

from certinum.accounts.guard import path_param, principal, requires
from certinum.accounts.routes import text_field
from certinum.body import BodyTooLarge, ClientGone, read_body
from certinum.certification import centres, enrolment, sessions
from certinum.certification.attendance import attendance_pdf
from certinum.certification.candidates import CandidateInput
from certinum.certification.template import MEDIA_TYPES, template
from certinum.errors import CertificationRefused
from certinum.http import _json_body, _problem, runtime_of, unreadable
from certinum.runtime import Runtime

MAX_ENROL_BYTES = 4 * 1024 * 1024
_Req = Request[Any, Any, Any]
STAFF = ("centre_member", "centre_admin")
_authority = requires("authority_admin")
_staff = requires(*STAFF, scope_from=path_param("centre_id"))
_any_staff = requires(*STAFF)


def session_fields(body: dict[str, Any], *, partial: bool = False) -> sessions.SessionFields:
    """The session's fields; ``partial`` (a change): a field not sent is None."""

    def one(name: str, limit: int) -> str | None:
        return None if partial and name not in body else text_field(body, name, limit=limit)

    return sessions.SessionFields(
        one("date", 20), one("time", 10), one("room", 200), one("address", 400),
        one("examiner", 300),
    )  # fmt: skip


def extra_time(body: dict[str, Any]) -> str:
    """``extraTimePercent`` as the rows' text: a JSON integer (or absent), 422 otherwise."""
    value = body.get("extraTimePercent", 0)
    if isinstance(value, bool) or not isinstance(value, int):
        refused = CertificationRefused(
            "bad-extra-time", "extraTimePercent is a whole number (a JSON integer) from 0 to 100"
        )
        refused.extra["field"] = "extra_time"
        raise refused
    return str(value)


def candidate_input(body: dict[str, Any]) -> CandidateInput:
    def opt(name: str, limit: int = 200) -> str:
        return text_field(body, name, limit=limit, required=False)

    return CandidateInput(
        last_name=text_field(body, "lastName", limit=200),
        first_name=text_field(body, "firstName", limit=200),
        birth_date=text_field(body, "birthDate", limit=20),
        birth_place=opt("birthPlace"),
        extra_time=extra_time(body),
        email=opt("email", 254),
        ine=opt("ine", 20),
        uai=opt("uai", 20),
    )


def refuse_rows(result: enrolment.EnrolResult) -> CertificationRefused:
    """The 422 of a file whose rows were rejected and nothing written (its report attached)."""
    refused = CertificationRefused(
        "rows-rejected",
        f"{len(result.rejected)} rows were rejected: nobody was enrolled; correct them, or"
        " enrol the valid rows only (mode valid-only)",
    )
    refused.extra["report"] = result.to_json()
    return refused


@post("/centres", guards=[_authority], status_code=HTTP_201_CREATED)
async def create_centre(request: _Req) -> dict[str, object]:
    """``{"name", "code", "address"?, "adminLogin"?}``: a new centre and its first admin."""
    who = await principal(request)
    body = await _json_body(request)
    call = functools.partial(
        centres.create_centre,
        runtime_of(request.app.state),
        name=text_field(body, "name", limit=300),
        code=text_field(body, "code", limit=40),
        address=text_field(body, "address", limit=400, required=False),
        admin_login=text_field(body, "adminLogin", limit=254, required=False),
        actor=who.actor,
    )
    return (await anyio.to_thread.run_sync(call)).to_json()


@get("/centres/{centre_id:str}/sessions", guards=[_staff])
async def list_sessions(request: _Req, centre_id: FromPath[str]) -> list[dict[str, object]]:
    found = await anyio.to_thread.run_sync(
        sessions.sessions_of, runtime_of(request.app.state), centre_id
    )
    return [s.to_json() for s in found]


@post("/centres/{centre_id:str}/sessions", guards=[_staff], status_code=HTTP_201_CREATED)
async def create_session(request: _Req, centre_id: FromPath[str]) -> dict[str, object]:
    """``{"date": "YYYY-MM-DD", "time": "HH:MM", "room", "address", "examiner"}``."""
    who = await principal(request)
    fields = session_fields(await _json_body(request))
    call = functools.partial(
        sessions.create_session, runtime_of(request.app.state), centre_id, fields, actor=who.actor
    )
    return (await anyio.to_thread.run_sync(call)).to_json()


@get("/centres/{centre_id:str}/sessions/{session_id:int}", guards=[_staff])
async def show_session(
    request: _Req, centre_id: FromPath[str], session_id: FromPath[int]
) -> dict[str, object]:
    """The session and its candidates."""
    rt = runtime_of(request.app.state)
    info = await anyio.to_thread.run_sync(sessions.session_info, rt, centre_id, session_id)
    found = await anyio.to_thread.run_sync(enrolment.enrolments, rt, centre_id, session_id)
    return {**info.to_json(), "candidates": [e.to_json() for e in found]}


@patch("/centres/{centre_id:str}/sessions/{session_id:int}", guards=[_staff])
async def edit_session(
    request: _Req, centre_id: FromPath[str], session_id: FromPath[int]
) -> dict[str, object]:
    """Some of the creation's fields: only those sent change; 409 ``session-closed``."""
    who = await principal(request)
    fields = session_fields(await _json_body(request), partial=True)
    call = functools.partial(
        sessions.edit_session, runtime_of(request.app.state), centre_id, session_id, fields,
        actor=who.actor,
    )  # fmt: skip
    return (await anyio.to_thread.run_sync(call)).to_json()


@post("/centres/{centre_id:str}/sessions/{session_id:int}/invigilator-password", guards=[_staff])
async def invigilator_password(
    request: _Req, centre_id: FromPath[str], session_id: FromPath[int]
) -> dict[str, object]:
    """A new invigilator password, shown this once (the previous one stops working)."""
    who = await principal(request)
    call = functools.partial(
        sessions.reset_invigilator_password, runtime_of(request.app.state), centre_id,
        session_id, actor=who.actor,
    )  # fmt: skip
    made = await anyio.to_thread.run_sync(call)
    return {"session": made.session_id, "password": made.password}


@post(
    "/centres/{centre_id:str}/sessions/{session_id:int}/enrolments",
    guards=[_staff],
    status_code=HTTP_201_CREATED,
)
async def enrol(
    request: _Req, centre_id: FromPath[str], session_id: FromPath[int]
) -> dict[str, object]:
    """``{"lastName", "firstName", "birthDate", "birthPlace"?, "extraTimePercent"?, "email"?,
    "ine"?, "uai"?}``: one certifiable candidate, named by email or INE."""
    who = await principal(request)
    given = candidate_input(await _json_body(request))
    call = functools.partial(
        enrolment.enrol_one, runtime_of(request.app.state), centre_id, session_id, given,
        actor=who.actor,
    )  # fmt: skip
    return (await anyio.to_thread.run_sync(call)).to_json()


async def _upload(request: _Req, filename: str | None) -> tuple[bytes, str, str | None]:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "multipart/form-data":
        form = await request.form()
        upload, mode = form.get("file"), form.get("mode")
        if not isinstance(upload, UploadFile):
            raise unreadable("send the enrolment file as the multipart field 'file'")
        return await upload.read(), upload.filename or "", mode if isinstance(mode, str) else None
    if not filename:
        raise unreadable("send the file as multipart field 'file', or raw with ?filename=")
    try:
        return await read_body(request, MAX_ENROL_BYTES), filename, None
    except BodyTooLarge:
        raise too_large() from None
    except ClientGone:
        raise unreadable("the body was cut short") from None


def too_large() -> Exception:
    return _problem(
        413, "too-large", "Request too large",
        f"an enrolment file is limited to {MAX_ENROL_BYTES // (1024 * 1024)} MiB",
    )  # fmt: skip


@post(
    "/centres/{centre_id:str}/sessions/{session_id:int}/enrolments/import",
    guards=[_staff],
    request_max_body_size=MAX_ENROL_BYTES,
)
async def enrol_file(
    request: _Req,
    centre_id: FromPath[str],
    session_id: FromPath[int],
    filename: FromQuery[str | None] = None,
    mode: FromQuery[str | None] = None,
) -> dict[str, object]:
    """Enrol the candidates of a CSV, XLSX or ODS file: the report of its rows. 400
    ``bad-mode`` for a mode (query or form field) other than ``all-or-nothing`` or
    ``valid-only``, as the pupils' import."""
    who = await principal(request)
    data, name, form_mode = await _upload(request, filename)
    for given in (mode, form_mode):
        if given is not None and given not in enrolment.MODES:
            raise _problem(
                400,
                "bad-mode",
                "Unreadable request",
                f"mode is one of {', '.join(enrolment.MODES)}",
            )
    if len(data) > MAX_ENROL_BYTES:
        raise too_large()
    result = await anyio.to_thread.run_sync(
        functools.partial(
            enrolment.enrol_file, runtime_of(request.app.state), centre_id, session_id, data,
            name[:200], mode=mode or form_mode or "all-or-nothing", actor=who.actor,
        )
    )  # fmt: skip
    if not result.written:
        raise refuse_rows(result)
    return result.to_json()


def attendance_bytes(rt: Runtime, centre_id: str, session_id: int, lang: str) -> bytes:
    info = sessions.session_info(rt, centre_id, session_id)
    found = enrolment.enrolments(rt, centre_id, session_id)
    return attendance_pdf(centres.centre(rt, centre_id), info, found, lang)


@get("/centres/{centre_id:str}/sessions/{session_id:int}/attendance.pdf", guards=[_staff])
async def attendance(
    request: _Req,
    centre_id: FromPath[str],
    session_id: FromPath[int],
    lang: FromQuery[Literal["fr", "en"]] = "fr",
) -> Response[bytes]:
    """The attendance sheet (feuille d'émargement) as a PDF."""
    data = await anyio.to_thread.run_sync(
        attendance_bytes, runtime_of(request.app.state), centre_id, session_id, lang
    )
    return Response(
        data,
        media_type="application/pdf",
        headers={"Content-Disposition": f'inline; filename="attendance-{session_id}.pdf"'},
    )


@get("/enrolment-templates/{kind:str}", guards=[_any_staff], sync_to_thread=False)
def enrolment_template(kind: FromPath[str]) -> Response[bytes]:
    """The enrolment file template: ``csv``, ``xlsx`` or ``ods``."""
    if kind not in MEDIA_TYPES:
        raise _problem(404, "unknown-format", "Not found", "the template is .csv, .xlsx or .ods")
    return Response(
        template(kind),
        media_type=MEDIA_TYPES[kind],
        headers={"Content-Disposition": f'attachment; filename="certinum-candidats.{kind}"'},
    )


router = Router(
    path="/api",
    route_handlers=[
        create_centre,
        list_sessions,
        create_session,
        show_session,
        edit_session,
        invigilator_password,
        enrol,
        enrol_file,
        attendance,
        enrolment_template,
    ],
    tags=["certification"],
)
