"""The invigilator's pages (``/invigilation…``): log in with the session id and its password,
then the session's candidates with their live status, and the actions on them.

The login sets the cookie ``certinum_invigilator`` (``HttpOnly``, ``SameSite=Strict``, path
``/invigilation``) naming one session
(:func:`certinum.certification.checkin.invigilator_login`); every other route needs it,
for that session (otherwise the login form, 401, or a 401 problem for the status JSON). Forms
carry ``csrf_token``, the HMAC of the cookie (:func:`certinum.accounts.sessions.csrf_token`);
without it 403. The page refreshes its table from ``GET /invigilation/{id}/status`` every few
seconds with a small script; without script a button reloads it.
"""

from __future__ import annotations

import functools
import hmac
from collections.abc import Callable
from typing import Any

import anyio
from litestar import Request, Router, get, post
from litestar.datastructures import Cookie
from litestar.params import FromPath
from litestar.response import Redirect, Template

from certinum.accounts.clientaddr import client_address
from certinum.accounts.errors import TooManyAttempts
from certinum.accounts.forms import (
    EXPIRED,
    anonymous_form_ok,
    field,
    form_cookie,
    form_data,
    message_page,
    see_other,
)
from certinum.accounts.guard import CSRF_FIELD, CSRF_HEADER, area_of
from certinum.accounts.sessions import csrf_token
from certinum.certification import checkin, exam, invigilation
from certinum.certification.exam_pages import TOO_MANY
from certinum.certification.tables import ABORT_REASONS, INCIDENT_CATEGORIES
from certinum.errors import CertificationRefused, UnknownCertificationRecord
from certinum.http import _problem
from certinum.positioning.routes import runtime
from certinum.web.i18n import N_
from certinum.web.templating import page

_Req = Request[Any, Any, Any]
COOKIE = "certinum_invigilator"
WRONG = N_("Wrong session number or password.")
LOG_IN = N_("Log in as the invigilator of this session to see this page.")
STATES = {
    "enrolled": N_("Not checked in"),
    "waiting": N_("Checked in, waiting"),
    "authorised": N_("Allowed to start"),
    "in_progress": N_("In progress"),
    "time_up": N_("Time up"),
    "completed": N_("Completed"),
    "ended": N_("Ended"),
}
REASONS = {"candidate": N_("Candidate's reason"), "technical": N_("Technical reason")}
CATEGORIES = {
    "candidate_information_change": N_("Candidate information change"),
    "late_or_leaving": N_("Late arrival or early leaving"),
    "connection_or_end_screen": N_("Connection or end screen problem"),
    "in_challenge_problem": N_("Problem in a question"),
    "fraud": N_("Fraud"),
    "technical_problem": N_("Technical problem"),
    "other": N_("Other"),
}
NOTICES = {
    "authorised": N_("The start was allowed."),
    "ended": N_("The test was ended."),
    "recorded": N_("The incident was recorded."),
    "released": N_("The candidate can go on in another browser."),
    "not-waiting": N_("This candidate has not checked in, or may start already."),
    "no-test": N_("This candidate has not started a test."),
    "test-ended": N_("This test has ended already."),
    "bad-reason": N_("Choose a reason."),
    "bad-category": N_("Choose a category."),
    "bad-description": N_("The description is too long."),
    "description-required": N_("Describe the incident."),
    "nobody-waiting": N_("Nobody is waiting to be allowed to start."),
}
DONE = ("authorised", "ended", "recorded", "released")
assert set(REASONS) == set(ABORT_REASONS)
assert set(CATEGORIES) == set(INCIDENT_CATEGORIES)


def _login_page(request: _Req, *, status: int = 200, error: str = "", **values: Any) -> Template:
    token, cookies = form_cookie(request)
    shown = page(
        request, "certification/invigilator_login.html", status_code=status, csrf=token,
        error=error, minutes=values.get("minutes", 0), session=values.get("session", ""),
    )  # fmt: skip
    shown.cookies.extend(cookies)
    return shown


@get("/invigilation", include_in_schema=False)
async def login_form(request: _Req) -> Template:
    return _login_page(request, session=request.query_params.get("session", "")[:12])


@post("/invigilation", include_in_schema=False)
async def login(request: _Req) -> Template | Redirect:
    """Session id and password: the invigilator cookie, then the session's page."""
    form = await form_data(request)
    typed = field(form, "session", 12).strip()
    if not anonymous_form_ok(request, form):
        return _login_page(request, status=400, error=EXPIRED, session=typed)
    if not typed.isdigit() or len(typed) > 10:
        return _login_page(request, status=401, error=WRONG, session=typed)
    try:
        value = await anyio.to_thread.run_sync(
            checkin.invigilator_login, area_of(request), int(typed),
            field(form, "password", 200), client_address(request),
        )  # fmt: skip
    except TooManyAttempts as exc:
        minutes = max(1, -(-exc.retry_after // 60))
        shown = _login_page(request, status=429, error=TOO_MANY, minutes=minutes, session=typed)
        shown.headers["Retry-After"] = str(exc.retry_after)
        return shown
    except CertificationRefused:
        return _login_page(request, status=401, error=WRONG, session=typed)
    response = see_other(f"/invigilation/{int(typed)}")
    secure = str(area_of(request).runtime.settings.base_url).startswith("https://")
    response.cookies.append(
        Cookie(key=COOKIE, value=value, path="/invigilation", httponly=True,
               samesite="strict", secure=secure)
    )  # fmt: skip
    return response


async def _session_of(request: _Req, session_id: int) -> str | None:
    """The invigilator cookie when it opens ``session_id``, else None."""
    cookie = request.cookies.get(COOKIE, "")
    if not cookie:
        return None
    found = await anyio.to_thread.run_sync(checkin.invigilated_session, runtime(request), cookie)
    return cookie if found == session_id else None


async def _page(
    request: _Req, session_id: int, cookie: str, *, notice: str = "", status: int = 200
) -> Template:
    people = await anyio.to_thread.run_sync(invigilation.live, runtime(request), session_id)
    return page(
        request, "certification/invigilation.html", status_code=status, session_id=session_id,
        people=people, csrf=csrf_token(cookie), states=STATES, reasons=REASONS,
        categories=CATEGORIES, notice=NOTICES.get(notice, ""), done=notice in DONE,
    )  # fmt: skip


@get("/invigilation/{session_id:int}", include_in_schema=False)
async def session_page(request: _Req, session_id: FromPath[int]) -> Template:
    """The candidates and their live status, with the actions."""
    cookie = await _session_of(request, session_id)
    if cookie is None:
        return _login_page(request, status=401, error=LOG_IN, session=str(session_id))
    return await _page(request, session_id, cookie, notice=request.query_params.get("notice", ""))


@get("/invigilation/{session_id:int}/status", include_in_schema=False)
async def status(request: _Req, session_id: FromPath[int]) -> dict[str, object]:
    """The live status as JSON: ``candidates[]`` with ``state``, ``answers``, ``secondsLeft``."""
    cookie = await _session_of(request, session_id)
    if cookie is None:
        raise _problem(401, "unauthenticated", "Authentication required", "log in as invigilator")
    people = await anyio.to_thread.run_sync(invigilation.live, runtime(request), session_id)
    return {"session": session_id, "candidates": [p.to_json() for p in people]}


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() and len(text) <= 10 else None


async def _act(
    request: _Req, session_id: int, action: Callable[[dict[str, list[str]]], Any], done: str
) -> Template | Redirect:
    """Check the cookie and the form's CSRF token, run ``action``, back to the page with the
    notice ``done`` (or the one ``action`` returns)."""
    cookie = await _session_of(request, session_id)
    if cookie is None:
        return _login_page(request, status=401, error=LOG_IN, session=str(session_id))
    form = await form_data(request)
    sent = request.headers.get(CSRF_HEADER) or field(form, CSRF_FIELD, 200)
    if not hmac.compare_digest(sent.encode(), csrf_token(cookie).encode()):
        return message_page(request, 403, EXPIRED)
    try:
        said = await anyio.to_thread.run_sync(functools.partial(action, form))
    except UnknownCertificationRecord:
        return await _page(request, session_id, cookie, notice="no-test", status=404)
    except exam.TestConflict as exc:
        return await _page(request, session_id, cookie, notice=exc.code, status=409)
    except CertificationRefused as exc:
        return await _page(request, session_id, cookie, notice=exc.code, status=422)
    return see_other(f"/invigilation/{session_id}?notice={said if isinstance(said, str) else done}")


@post("/invigilation/{session_id:int}/authorise", include_in_schema=False)
async def authorise(request: _Req, session_id: FromPath[int]) -> Template | Redirect:
    """``enrolment``: let that candidate start; ``all``: every candidate waiting (a warning
    when nobody is)."""
    rt = runtime(request)

    def act(form: dict[str, list[str]]) -> str | None:
        chosen = field(form, "enrolment", 10)
        every = chosen == "all"
        count = invigilation.authorise(rt, session_id, None if every else _number(chosen) or 0)
        return "nobody-waiting" if every and count == 0 else None

    return await _act(request, session_id, act, "authorised")


@post("/invigilation/{session_id:int}/end", include_in_schema=False)
async def end(request: _Req, session_id: FromPath[int]) -> Template | Redirect:
    """``enrolment`` and ``reason`` (candidate or technical): the test ends."""
    rt = runtime(request)

    def act(form: dict[str, list[str]]) -> None:
        enrolment = _number(field(form, "enrolment", 10)) or 0
        invigilation.end_test(rt, session_id, enrolment, field(form, "reason", 20))

    return await _act(request, session_id, act, "ended")


@post("/invigilation/{session_id:int}/incidents", include_in_schema=False)
async def incident(request: _Req, session_id: FromPath[int]) -> Template | Redirect:
    """``enrolment``, ``category`` (of the design's), ``description``."""
    rt = runtime(request)

    def act(form: dict[str, list[str]]) -> None:
        enrolment = _number(field(form, "enrolment", 10))
        invigilation.record_incident(
            rt, session_id, enrolment, field(form, "category", 40),
            field(form, "description", invigilation.MAX_DESCRIPTION),
        )  # fmt: skip

    return await _act(request, session_id, act, "recorded")


@post("/invigilation/{session_id:int}/release", include_in_schema=False)
async def release(request: _Req, session_id: FromPath[int]) -> Template | Redirect:
    """``enrolment``: the candidate may go on in another browser (the next one to open it)."""
    rt = runtime(request)

    def act(form: dict[str, list[str]]) -> None:
        invigilation.release(rt, session_id, _number(field(form, "enrolment", 10)) or 0)

    return await _act(request, session_id, act, "released")


router = Router(
    path="/",
    route_handlers=[login_form, login, session_page, status, authorise, end, incident, release],
)
