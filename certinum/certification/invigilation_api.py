"""The invigilator's JSON API (``/api/invigilation/sessions/{id}/…``), beside the pages of
:mod:`certinum.certification.invigilation_pages` and calling the same service functions.

The login (``POST …/login``, ``{password}``) is
:func:`certinum.certification.checkin.invigilator_login`, with its rate limits (per session
and address, 429 ``too-many-attempts``; per address, ``too-many-from-address``; with
``Retry-After``). It sets the page's cookie
``certinum_invigilator`` (the same value, ``HttpOnly``, ``SameSite=Strict``) on the path
``/api/invigilation`` and answers the cookie's CSRF token. Every other route needs that
cookie: none, or a bad, expired or stale one, is 401 ``unauthenticated``; the cookie of
another session is 403 ``forbidden``. A POST also needs the token in the ``X-CSRF-Token``
header (403 without it), as the rest of the API asks of cookie requests. Then a body that is
not what the route reads is 400 ``unreadable``, an enrolment not in the session 404, a
conflict with a test's state 409 with its code (``not-waiting``, ``no-test``,
``test-ended``), a bad value 422 with its code (``bad-reason``, ``bad-category``,
``description-required``, ``bad-description``): the pages' statuses and codes.
"""

from __future__ import annotations

import hmac
from typing import Any

import anyio
from litestar import Request, Response, Router, get, post
from litestar.params import FromPath
from litestar.status_codes import HTTP_200_OK, HTTP_201_CREATED

from certinum.accounts.clientaddr import client_address
from certinum.accounts.guard import CSRF_HEADER, area_of, forbidden, unauthenticated
from certinum.accounts.sessions import csrf_token
from certinum.certification import checkin, invigilation
from certinum.certification.exam_routes import call
from certinum.certification.invigilation_pages import COOKIE
from certinum.errors import CertificationRefused
from certinum.http import _json_body, _problem, unreadable
from certinum.positioning.routes import runtime

_Req = Request[Any, Any, Any]
PATH = "/api/invigilation"
MAX_ID = 2**31 - 1


def _wrong_password() -> Exception:
    return _problem(401, "invalid-credentials", "Login refused", "wrong session or password")


async def _cookie_of(request: _Req, session_id: int) -> str:
    """The invigilator cookie when it opens ``session_id``; 401 without a working one, 403
    when it opens another session."""
    cookie = request.cookies.get(COOKIE, "")
    found = None
    if cookie:
        found = await anyio.to_thread.run_sync(
            checkin.invigilated_session, runtime(request), cookie
        )
    if found is None:
        raise unauthenticated(
            f"log in as this session's invigilator: POST {PATH}/sessions/{{id}}/login"
        )
    if found != session_id:
        raise forbidden("this invigilator login opens another session")
    return cookie


async def _changing(request: _Req, session_id: int) -> dict[str, Any]:
    """For a POST: the cookie of ``session_id``, its CSRF header, then the JSON body."""
    cookie = await _cookie_of(request, session_id)
    sent = request.headers.get(CSRF_HEADER, "")
    if not hmac.compare_digest(sent.encode(), csrf_token(cookie).encode()):
        raise forbidden(
            "this request needs the invigilator's CSRF token (header X-CSRF-Token), as given"
            " by the login"
        )
    return await _json_body(request)


def _enrolment(body: dict[str, Any], *, required: bool = True) -> int | None:
    value = body.get("enrolment")
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_ID:
        raise unreadable("'enrolment' must be the id of an enrolment (a positive integer)")
    return value


def _text(body: dict[str, Any], name: str, limit: int, default: str | None = None) -> str:
    value = body.get(name, default)
    if not isinstance(value, str) or len(value) > limit:
        raise unreadable(f"{name!r} must be a string of at most {limit} characters")
    return value


@post(
    "/sessions/{session_id:int}/login", status_code=HTTP_200_OK,
    summary="Log in as a session's invigilator",
)  # fmt: skip
async def login(request: _Req, session_id: FromPath[int]) -> Response[dict[str, Any]]:
    """``{password}`` (the session's invigilator password) → ``{session, csrfToken}`` and the
    cookie ``certinum_invigilator`` for ``/api/invigilation``; 401 ``invalid-credentials``
    whatever was wrong (also a finalised session); 429 ``too-many-attempts`` (per session
    and address) or ``too-many-from-address`` with ``Retry-After`` after too many failures."""
    body = await _json_body(request)
    password = _text(body, "password", 200)
    if not 0 < session_id <= MAX_ID:
        raise _wrong_password()
    area = area_of(request)
    try:
        value = await anyio.to_thread.run_sync(
            checkin.invigilator_login, area, session_id, password, client_address(request)
        )
    except CertificationRefused:
        raise _wrong_password() from None
    response = Response({"session": session_id, "csrfToken": csrf_token(value)})
    response.set_cookie(
        COOKIE, value, path=PATH, httponly=True, samesite="strict",
        secure=str(area.runtime.settings.base_url).startswith("https://"),
    )  # fmt: skip
    return response


@get("/sessions/{session_id:int}/status", summary="A session's candidates and their live state")
async def status(request: _Req, session_id: FromPath[int]) -> dict[str, object]:
    """``{session, candidates[]}``, each ``{enrolment, lastName, firstName, state, answers,
    secondsLeft, abortReason}``; ``state`` is ``enrolled`` (not checked in), ``waiting``,
    ``authorised``, ``in_progress``, ``time_up``, ``completed`` or ``ended``."""
    await _cookie_of(request, session_id)
    people = await anyio.to_thread.run_sync(invigilation.live, runtime(request), session_id)
    return {"session": session_id, "candidates": [p.to_json() for p in people]}


@post(
    "/sessions/{session_id:int}/authorise", status_code=HTTP_200_OK,
    summary="Let a checked-in candidate, or all waiting, start",
)  # fmt: skip
async def authorise(request: _Req, session_id: FromPath[int]) -> dict[str, object]:
    """``{enrolment: id}`` or ``{enrolment: "all"}`` → ``{authorised: how many}``; 404 for an
    enrolment of another session, 409 ``not-waiting`` when that candidate has not checked
    in or may start already."""
    body = await _changing(request, session_id)
    chosen = None if body.get("enrolment") == "all" else _enrolment(body)
    count = await call(invigilation.authorise, runtime(request), session_id, chosen)
    return {"session": session_id, "authorised": count}


@post(
    "/sessions/{session_id:int}/end", status_code=HTTP_200_OK,
    summary="End a candidate's test with a reason",
)  # fmt: skip
async def end(request: _Req, session_id: FromPath[int]) -> dict[str, object]:
    """``{enrolment, reason: candidate|technical}``: the test ends; 422 ``bad-reason``, 409
    ``no-test`` or ``test-ended``, 404 for an enrolment of another session."""
    body = await _changing(request, session_id)
    enrolment, reason = _enrolment(body), _text(body, "reason", 20)
    await call(invigilation.end_test, runtime(request), session_id, enrolment, reason)
    return {"enrolment": enrolment, "ended": True, "reason": reason}


@post(
    "/sessions/{session_id:int}/incidents", status_code=HTTP_201_CREATED,
    summary="Record an incident of the session",
)  # fmt: skip
async def incident(request: _Req, session_id: FromPath[int]) -> dict[str, object]:
    """``{category, description, enrolment?}`` → 201 ``{incident, category}``; the category
    is one of the design's (``candidate_information_change``, ``late_or_leaving``,
    ``connection_or_end_screen``, ``in_challenge_problem``, ``fraud``, ``technical_problem``,
    ``other``: 422 ``bad-category`` otherwise), the description not blank (422
    ``description-required``) and at most 1,000 characters (422 ``bad-description``); 404 for
    an enrolment of another session."""
    body = await _changing(request, session_id)
    category = _text(body, "category", 40)
    description = _text(body, "description", 4 * invigilation.MAX_DESCRIPTION, default="")
    enrolment = _enrolment(body, required=False)
    made = await call(
        invigilation.record_incident, runtime(request), session_id, enrolment, category,
        description,
    )  # fmt: skip
    return {"incident": made, "category": category, "enrolment": enrolment}


@post(
    "/sessions/{session_id:int}/release", status_code=HTTP_200_OK,
    summary="Let a candidate's test go on in another browser",
)  # fmt: skip
async def release(request: _Req, session_id: FromPath[int]) -> dict[str, object]:
    """``{enrolment}``: the next browser of the candidate to open the test takes it over; 409
    ``no-test`` or ``test-ended``, 404 for an enrolment of another session."""
    body = await _changing(request, session_id)
    enrolment = _enrolment(body)
    await call(invigilation.release, runtime(request), session_id, enrolment)
    return {"enrolment": enrolment, "released": True}


router = Router(
    path=PATH,
    route_handlers=[login, status, authorise, end, incident, release],
    tags=["invigilation"],
)
