"""The candidate's certification pages: check in, wait for the start, the test one question
at a time (``/certification…``), calling the same functions as the JSON API.

Forms carry the login session's CSRF token and answer with a redirect (POST-redirect-GET), or
with the page and a message: a wrong access code or identity (422, 429 after too many), a
test open in another browser (409), an answer after the time is up (409: the test has ended,
nothing was stored). The waiting page checks every few seconds with a small script whether
the invigilator has let the candidate start (without script, a link reloads it). A question's
material is shown as in a positioning test (the shared templates ``_material.html`` and
``_answer_fields.html``), served by ``/certification/tests/{id}/material/{ref}`` to the
candidate only, while the question is asked (:mod:`certinum.certification.exam_material`).
"""

from __future__ import annotations

import functools
from typing import Any

import anyio
from litestar import Request, Router, get, post
from litestar.params import FromPath
from litestar.response import Redirect, Template

from certinum.accounts.clientaddr import client_address
from certinum.accounts.errors import TooManyAttempts
from certinum.accounts.forms import field, form_data, message_page, page_principal, see_other
from certinum.accounts.guard import area_of
from certinum.accounts.roles import Principal
from certinum.accounts.sessions import csrf_token
from certinum.certification import checkin, exam
from certinum.certification.exam_material import current_material
from certinum.certification.exam_routes import birth_date
from certinum.errors import CertificationRefused, UnknownCertificationRecord
from certinum.positioning.attachments import material_response
from certinum.positioning.routes import runtime
from certinum.web.i18n import N_
from certinum.web.question import MAX_FREE_ANSWER, given_answer, material_sizes, page_lang
from certinum.web.templating import page

_Req = Request[Any, Any, Any]
NOT_YOURS = N_("This certification test does not exist or is not yours.")
NOT_IN_QUESTION = N_("This document is not part of the question being asked.")
BAD_ANSWER = N_("This answer cannot be read: check it and submit it again.")
CHECK_IN_REFUSED = N_(
    "The access code, or your name or birth date, does not match an enrolment in an open session."
)
TOO_MANY = N_("Too many failed attempts: try again in %(minutes)s minutes.")
NOTICES = {
    "already-answered": N_("This question was already answered: your first answer was kept."),
    "not-current-question": N_("That question is no longer asked: here is the current one."),
    "test-ended": N_("This test has ended."),
    "time-up": N_("The time is up: your test has ended and that answer was not stored."),
    "other-browser": N_(
        "This test is open in another browser. Ask the invigilator to let you go on here."
    ),
    "not-authorised": N_("The invigilator has not let you start yet."),
    "reported": N_("Your report was sent to the invigilator's record of the session."),
    "report-time-up": N_("The time is up: your test has ended and your report was not sent."),
    "bad-description": N_("The description is too long."),
}


async def _who(request: _Req) -> Principal | Template:
    return await page_principal(request, "candidate")


def _checkin_page(request: _Req, who: Principal, *, status: int = 200, **values: Any) -> Template:
    return page(
        request, "certification/checkin.html", status_code=status,
        csrf=csrf_token(who.session_id or ""), error=values.pop("error", ""),
        minutes=values.pop("minutes", 0), values=values,
    )  # fmt: skip


@get("/certification", include_in_schema=False)
async def checkin_form(request: _Req) -> Template:
    """The check-in form: the session's access code, names and birth date."""
    who = await _who(request)
    return who if isinstance(who, Template) else _checkin_page(request, who)


@post("/certification/check-in", include_in_schema=False)
async def check_in_submit(request: _Req) -> Template | Redirect:
    who = await _who(request)
    if isinstance(who, Template):
        return who
    form = await form_data(request)
    values = {k: field(form, k, 100) for k in ("access_code", "last_name", "first_name")}
    values["birth_date"] = field(form, "birth_date", 10)
    try:
        enrolment = await anyio.to_thread.run_sync(
            functools.partial(
                checkin.check_in, area_of(request), who.account_id or 0,
                access_code=values["access_code"], last_name=values["last_name"],
                first_name=values["first_name"], birth_date=birth_date(values["birth_date"]),
                address=client_address(request),
            )
        )  # fmt: skip
    except TooManyAttempts as exc:
        minutes = max(1, -(-exc.retry_after // 60))
        shown = _checkin_page(request, who, status=429, error=TOO_MANY, minutes=minutes, **values)
        shown.headers["Retry-After"] = str(exc.retry_after)
        return shown
    except CertificationRefused:
        return _checkin_page(request, who, status=422, error=CHECK_IN_REFUSED, **values)
    return see_other(f"/certification/enrolments/{enrolment}")


@get("/certification/enrolments/{enrolment_id:int}", include_in_schema=False)
async def waiting_page(request: _Req, enrolment_id: FromPath[int]) -> Template | Redirect:
    """Waiting for the invigilator; a start button once allowed; the test once started."""
    who = await _who(request)
    if isinstance(who, Template):
        return who
    try:
        found = await anyio.to_thread.run_sync(
            checkin.waiting, runtime(request), who.account_id or 0, enrolment_id
        )
    except UnknownCertificationRecord:
        return message_page(request, 404, NOT_YOURS)
    if found.test_id is not None:
        return see_other(f"/certification/tests/{found.test_id}")
    return page(
        request, "certification/waiting.html", waiting=found,
        csrf=csrf_token(who.session_id or ""),
        notice=NOTICES.get(request.query_params.get("notice", ""), ""),
    )  # fmt: skip


@post("/certification/enrolments/{enrolment_id:int}/test", include_in_schema=False)
async def start(request: _Req, enrolment_id: FromPath[int]) -> Template | Redirect:
    who = await _who(request)
    if isinstance(who, Template):
        return who
    try:
        test_id = await anyio.to_thread.run_sync(
            exam.start_test, runtime(request), who.account_id or 0, enrolment_id,
            who.session_id or "",
        )  # fmt: skip
    except UnknownCertificationRecord:
        return message_page(request, 404, NOT_YOURS)
    except exam.TestConflict as exc:
        return see_other(f"/certification/enrolments/{enrolment_id}?notice={exc.code}")
    return see_other(f"/certification/tests/{test_id}")


async def _show(
    request: _Req, who: Principal, test_id: int, *, notice: str = "", error: str = "",
    status: int = 200,
) -> Template:  # fmt: skip
    try:
        view, question = await anyio.to_thread.run_sync(
            functools.partial(
                exam.question_page, runtime(request), who.account_id or 0, test_id,
                who.session_id or "", locale=page_lang(request),
            )
        )  # fmt: skip
    except UnknownCertificationRecord:
        return message_page(request, 404, NOT_YOURS)
    except exam.TestConflict as exc:
        return message_page(request, 409, NOTICES.get(exc.code, NOT_YOURS))
    return page(
        request,
        "certification/test.html" if question is not None else "certification/ended.html",
        status_code=status, test=view, question=question, csrf=csrf_token(who.session_id or ""),
        notice=NOTICES.get(notice, ""), reported=notice == "reported", max_free=MAX_FREE_ANSWER,
        error=error, sizes=material_sizes(question, page_lang(request)),
    )  # fmt: skip


@get("/certification/tests/{test_id:int}", include_in_schema=False)
async def test_page(request: _Req, test_id: FromPath[int]) -> Template:
    """The question being asked with the time left, the same one on reload; once ended, a
    page saying so."""
    who = await _who(request)
    if isinstance(who, Template):
        return who
    return await _show(request, who, test_id, notice=request.query_params.get("notice", ""))


@post("/certification/tests/{test_id:int}/answers", include_in_schema=False)
async def submit(request: _Req, test_id: FromPath[int]) -> Template | Redirect:
    who = await _who(request)
    if isinstance(who, Template):
        return who
    form = await form_data(request)
    given, missing = given_answer(field(form, "kind", 30), form)
    if given is None:
        return await _show(request, who, test_id, error=missing, status=422)
    try:
        await anyio.to_thread.run_sync(
            functools.partial(
                exam.answer, runtime(request), who.account_id or 0, test_id, who.session_id or "",
                field(form, "reference", 64), given, locale=page_lang(request),
            )
        )  # fmt: skip
    except UnknownCertificationRecord:
        return message_page(request, 404, NOT_YOURS)
    except exam.TestConflict as exc:
        if exc.code == "already-answered":
            return see_other(f"/certification/tests/{test_id}?notice={exc.code}")
        if exc.code == "other-browser":
            return message_page(request, 409, NOTICES[exc.code])
        return await _show(request, who, test_id, notice=exc.code, status=409)
    except CertificationRefused:
        return await _show(request, who, test_id, error=BAD_ANSWER, status=422)
    return see_other(f"/certification/tests/{test_id}")


@post("/certification/tests/{test_id:int}/problems", include_in_schema=False)
async def report(request: _Req, test_id: FromPath[int]) -> Template | Redirect:
    """A problem on the question shown: an incident of category in-challenge problem."""
    who = await _who(request)
    if isinstance(who, Template):
        return who
    form = await form_data(request)
    try:
        await anyio.to_thread.run_sync(
            exam.report_problem, runtime(request), who.account_id or 0, test_id,
            who.session_id or "", field(form, "reference", 64),
            field(form, "description", exam.MAX_PROBLEM),
        )  # fmt: skip
    except UnknownCertificationRecord:
        return message_page(request, 404, NOT_YOURS)
    except CertificationRefused as exc:
        status = 409 if isinstance(exc, exam.TestConflict) else 422
        notice = "report-time-up" if exc.code == "time-up" else exc.code
        return await _show(request, who, test_id, notice=notice, status=status)
    return see_other(f"/certification/tests/{test_id}?notice=reported")


@get("/certification/tests/{test_id:int}/material/{ref:str}", include_in_schema=False)
async def material_page(request: _Req, test_id: FromPath[int], ref: FromPath[str]) -> Any:
    """An attachment of the question being asked (shown in the test's page, or downloaded),
    to its candidate in the test's browser while the question is asked; 404 otherwise."""
    who = await _who(request)
    if isinstance(who, Template):
        return who
    try:
        attachment, data = await anyio.to_thread.run_sync(
            functools.partial(
                current_material, runtime(request), who.account_id or 0, test_id,
                who.session_id or "", ref[:16], locale=page_lang(request),
            )
        )  # fmt: skip
    except UnknownCertificationRecord:
        return message_page(request, 404, NOT_IN_QUESTION)
    return material_response(ref, attachment, data)


router = Router(
    path="/",
    route_handlers=[
        checkin_form, check_in_submit, waiting_page, start, test_page, submit, report,
        material_page,
    ],
)  # fmt: skip
