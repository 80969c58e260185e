"""The candidate's certification JSON API: check in, wait for the start, take the test.

Every route needs the role ``candidate`` through a session cookie (with its CSRF header for a
POST): the test is bound to that login session (:mod:`certinum.certification.exam`). A test
or enrolment of someone else is 404; conflicts with the test's state are 409 with their code
(``time-up``, ``already-answered``, ``not-current-question``, ``test-ended``,
``other-browser``, ``not-authorised``); a wrong access code or identity is 422
``check-in-refused``, and 429 after too many (``too-many-attempts``, ``too-many-check-ins``,
``too-many-unknown-codes``: :mod:`certinum.certification.checkin`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import anyio
from litestar import Request, Router, get, post
from litestar.params import FromPath
from litestar.plugins.problem_details import ProblemDetailsException
from litestar.status_codes import HTTP_200_OK, HTTP_201_CREATED

from certinum.accounts.clientaddr import client_address
from certinum.accounts.guard import area_of, principal, requires
from certinum.certification import checkin, exam
from certinum.certification.exam_state import TestView
from certinum.http import _json_body, _problem, unreadable
from certinum.positioning.routes import locale_of, question_json, runtime
from certinum.positioning.views import Question

_Req = Request[Any, Any, Any]
T = TypeVar("T")
candidate_only = requires("candidate")


def conflict(exc: exam.TestConflict) -> ProblemDetailsException:
    return _problem(409, exc.code, "Certification test conflict", str(exc))


async def call(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``fn`` in a worker thread; a :class:`~certinum.certification.exam.TestConflict` is 409."""
    try:
        return await anyio.to_thread.run_sync(functools.partial(fn, *args, **kwargs))
    except exam.TestConflict as exc:
        raise conflict(exc) from None


async def me(request: _Req) -> tuple[int, str]:
    """The candidate's account id and login session id (the guard has let them through)."""
    who = await principal(request)
    return who.account_id or 0, who.session_id or ""


def birth_date(text: object) -> date | None:
    try:
        return date.fromisoformat(text) if isinstance(text, str) and len(text) == 10 else None
    except ValueError:
        return None


def page_json(view: TestView, question: Question | None) -> dict[str, Any]:
    return {"test": view.to_json(), "question": question_json(question)}


@post("/check-in", guards=[candidate_only], status_code=HTTP_200_OK)
async def check_in(request: _Req) -> dict[str, object]:
    """``{accessCode, lastName, firstName, birthDate: YYYY-MM-DD}`` → the enrolment checked in
    to and where it stands; 422 ``check-in-refused``, 429 ``too-many-attempts``,
    ``too-many-check-ins`` or ``too-many-unknown-codes``."""
    body = await _json_body(request)
    values = {k: body.get(k) for k in ("accessCode", "lastName", "firstName")}
    if not all(isinstance(v, str) and len(v) <= 100 for v in values.values()):
        raise unreadable("'accessCode', 'lastName' and 'firstName' must be short strings")
    account, _ = await me(request)
    enrolment = await call(
        checkin.check_in, area_of(request), account,
        access_code=str(values["accessCode"]), last_name=str(values["lastName"]),
        first_name=str(values["firstName"]), birth_date=birth_date(body.get("birthDate")),
        address=client_address(request),
    )  # fmt: skip
    found = await call(checkin.waiting, runtime(request), account, enrolment)
    return found.to_json()


@get("/enrolments/{enrolment_id:int}", guards=[candidate_only])
async def waiting(request: _Req, enrolment_id: FromPath[int]) -> dict[str, object]:
    """Where the candidate stands: checked in, authorised to start, and their test's id."""
    account, _ = await me(request)
    found = await call(checkin.waiting, runtime(request), account, enrolment_id)
    return found.to_json()


@post("/enrolments/{enrolment_id:int}/test", guards=[candidate_only], status_code=HTTP_201_CREATED)
async def start(request: _Req, enrolment_id: FromPath[int]) -> dict[str, Any]:
    """Start the test once the invigilator has authorised it (or return the one started), bound
    to this login session: the test and its first question; 409 ``not-authorised``."""
    account, login = await me(request)
    rt = runtime(request)
    test_id = await call(exam.start_test, rt, account, enrolment_id, login)
    view, question = await call(
        exam.question_page, rt, account, test_id, login, locale=locale_of(request)
    )
    return page_json(view, question)


@get("/tests/{test_id:int}/question", guards=[candidate_only])
async def question(request: _Req, test_id: FromPath[int]) -> dict[str, Any]:
    """The test (status, answers, ``secondsLeft``) and the question being asked, the same until
    it is answered; ``question: null`` once the test has ended."""
    account, login = await me(request)
    view, asked = await call(
        exam.question_page, runtime(request), account, test_id, login, locale=locale_of(request)
    )
    return page_json(view, asked)


@post("/tests/{test_id:int}/answers", guards=[candidate_only], status_code=HTTP_200_OK)
async def give_answer(request: _Req, test_id: FromPath[int]) -> dict[str, Any]:
    """``{reference, answer}``: stored, then the next question (or ``null`` once ended)."""
    body = await _json_body(request)
    reference = body.get("reference")
    if not isinstance(reference, str) or len(reference) > 64:
        raise unreadable("'reference' must be the question's reference")
    if "answer" not in body:
        raise unreadable("'answer' is missing")
    account, login = await me(request)
    view, asked = await call(
        exam.answer, runtime(request), account, test_id, login, reference, body["answer"],
        locale=locale_of(request),
    )  # fmt: skip
    return page_json(view, asked)


@post("/tests/{test_id:int}/problems", guards=[candidate_only], status_code=HTTP_201_CREATED)
async def report(request: _Req, test_id: FromPath[int]) -> dict[str, object]:
    """``{reference, description?}``: a problem on a question, recorded as an incident of
    category ``in_challenge_problem``; only from the test's browser while it runs (409
    ``other-browser``, ``time-up``, ``test-ended``, nothing recorded)."""
    body = await _json_body(request)
    reference, description = body.get("reference"), body.get("description", "")
    if not isinstance(reference, str) or not isinstance(description, str):
        raise unreadable("'reference' and 'description' must be strings")
    account, login = await me(request)
    incident = await call(
        exam.report_problem, runtime(request), account, test_id, login, reference[:64],
        description,
    )  # fmt: skip
    return {"incident": incident, "category": "in_challenge_problem"}


router = Router(
    path="/api/certification",
    route_handlers=[check_in, waiting, start, question, give_answer, report],
    tags=["certification"],
)
