"""The JSON API after the session: finalisation, the jury's review, publication, results.

* ``POST /api/centres/{centre_id}/sessions/{session_id}/finalisation`` (the centre's staff):
  ``{"comment", "aborts": {"<enrolment id>": "candidate" | "technical"}, "incidents":
  [{"category", "description", "enrolment"?}]}``.
* ``/api/jury/…`` (``jury`` or ``authority_admin``): the finalised sessions, one session's
  review, and the decisions on a candidate (neutralisation ``{"item", "reason"}``,
  cancellation ``{"reason"}``, comments ``{"candidate", "school", "reason"}``), publication.
* ``GET /api/me/certifications`` (a candidate): their published results;
  ``/api/organisations/{org_id}/certifications[/{session_id}/results.csv]`` (the school's
  admins): their pupils' published results with their class
  (:mod:`certinum.certification.school_results`).

A refusal because of the session's state (:class:`ReviewConflict`) is a 409 whose type names
its code (``already-finalised``, ``not-finalised``, ``already-published``, ``published``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import anyio
from litestar import Request, Response, Router, get, post, put
from litestar.params import FromPath, FromQuery
from litestar.status_codes import HTTP_200_OK

from certinum.accounts.guard import path_param, principal, requires
from certinum.accounts.routes import text_field
from certinum.certification import finalise, jury, publication
from certinum.certification import school_results as school
from certinum.certification.pages_review import router as pages_router
from certinum.certification.review_rules import ReviewConflict
from certinum.http import _json_body, _problem, runtime_of, unreadable

_Req = Request[Any, Any, Any]
T = TypeVar("T")
STAFF = ("centre_member", "centre_admin")
_staff = requires(*STAFF, scope_from=path_param("centre_id"))
_jury = requires(*jury.JURY_ROLES)
_candidate = requires("candidate")
_org_admin = requires("organisation_admin", scope_from=path_param("org_id"))
JURY = "/jury/sessions/{session_id:int}"
CANDIDATE = JURY + "/candidates/{enrolment_id:int}"


async def run(call: Callable[[], T]) -> T:
    """``call`` in a worker thread; a :class:`ReviewConflict` becomes a 409."""
    try:
        return await anyio.to_thread.run_sync(call)
    except ReviewConflict as exc:
        raise _problem(409, exc.code, "Conflict", str(exc)) from None


def _aborts(body: dict[str, Any]) -> dict[int, str]:
    given = body.get("aborts", {})
    if not isinstance(given, dict) or len(given) > 1000:
        raise unreadable("'aborts' maps enrolment ids to 'candidate' or 'technical'")
    out: dict[int, str] = {}
    for key, value in given.items():
        if not str(key).isdigit() or len(str(key)) > 12 or not isinstance(value, str):
            raise unreadable("'aborts' maps enrolment ids to 'candidate' or 'technical'")
        out[int(key)] = value[:20]
    return out


def _incidents(body: dict[str, Any]) -> list[finalise.IncidentInput]:
    given = body.get("incidents", [])
    if not isinstance(given, list) or len(given) > finalise.MAX_INCIDENTS:
        raise unreadable(f"'incidents' is a list of at most {finalise.MAX_INCIDENTS} objects")
    out = []
    for item in given:
        if not isinstance(item, dict):
            raise unreadable("an incident is an object {category, description, enrolment?}")
        enrolment = item.get("enrolment")
        if enrolment is not None and (
            not isinstance(enrolment, int) or isinstance(enrolment, bool)
        ):
            raise unreadable("an incident's 'enrolment' is an enrolment id")
        out.append(
            finalise.IncidentInput(
                text_field(item, "category", limit=40),
                text_field(item, "description", limit=4000, required=False),
                enrolment,
            )
        )
    return out


@post(
    "/centres/{centre_id:str}/sessions/{session_id:int}/finalisation",
    guards=[_staff],
    status_code=HTTP_200_OK,
)
async def finalise_session(
    request: _Req, centre_id: FromPath[str], session_id: FromPath[int]
) -> dict[str, object]:
    """Finalise the session: 422 ``unfinished-tests`` while a test lacks an abort reason."""
    who = await principal(request)
    body = await _json_body(request)
    call = functools.partial(
        finalise.finalise, runtime_of(request.app.state), centre_id, session_id,
        comment=text_field(body, "comment", limit=4000, required=False), aborts=_aborts(body),
        incidents=_incidents(body), actor=who.actor,
    )  # fmt: skip
    return (await run(call)).to_json()


@get("/jury/sessions", guards=[_jury])
async def reviewable(request: _Req) -> list[dict[str, object]]:
    """The finalised sessions waiting for the jury."""
    found = await run(functools.partial(jury.reviewable_sessions, runtime_of(request.app.state)))
    return [s.to_json() for s in found]


@get(JURY, guards=[_jury])
async def review(request: _Req, session_id: FromPath[int]) -> dict[str, object]:
    """A finalised (or published) session: candidates, provisional results, incidents."""
    call = functools.partial(jury.session_review, runtime_of(request.app.state), session_id)
    return (await run(call)).to_json()


@post(CANDIDATE + "/neutralisations", guards=[_jury], status_code=HTTP_200_OK)
async def neutralise(
    request: _Req, session_id: FromPath[int], enrolment_id: FromPath[int]
) -> dict[str, object]:
    """``{"item", "reason"}``: that question no longer counts; the result is recomputed."""
    who = await principal(request)
    body = await _json_body(request)
    call = functools.partial(
        jury.neutralise, runtime_of(request.app.state), session_id, enrolment_id,
        text_field(body, "item", limit=100), reason=text_field(body, "reason", limit=2000,
        required=False), actor=who.actor,
    )  # fmt: skip
    return (await run(call)).to_json()


@post(CANDIDATE + "/cancellation", guards=[_jury], status_code=HTTP_200_OK)
async def cancel(
    request: _Req, session_id: FromPath[int], enrolment_id: FromPath[int]
) -> dict[str, object]:
    """``{"reason"}``: cancel the result (before publication only: 409 ``published``)."""
    who = await principal(request)
    body = await _json_body(request)
    call = functools.partial(
        jury.cancel, runtime_of(request.app.state), session_id, enrolment_id,
        reason=text_field(body, "reason", limit=2000, required=False), actor=who.actor,
    )  # fmt: skip
    return (await run(call)).to_json()


@put(CANDIDATE + "/comments", guards=[_jury])
async def comments(
    request: _Req, session_id: FromPath[int], enrolment_id: FromPath[int]
) -> dict[str, object]:
    """``{"candidate", "school", "reason"}``: the jury's comments (empty: none)."""
    who = await principal(request)
    body = await _json_body(request)
    call = functools.partial(
        jury.comment, runtime_of(request.app.state), session_id, enrolment_id,
        for_candidate=text_field(body, "candidate", limit=4000, required=False),
        for_school=text_field(body, "school", limit=4000, required=False),
        reason=text_field(body, "reason", limit=2000, required=False), actor=who.actor,
    )  # fmt: skip
    return (await run(call)).to_json()


@post(JURY + "/publication", guards=[_jury], status_code=HTTP_200_OK)
async def publish(request: _Req, session_id: FromPath[int]) -> dict[str, object]:
    """Publish the session's results: 409 ``not-finalised`` or ``already-published``."""
    who = await principal(request)
    call = functools.partial(
        publication.publish, runtime_of(request.app.state), session_id, actor=who.actor
    )
    event = await run(call)
    return {"session": event.session_id, "results": [r.to_json() for r in event.results]}


@get("/me/certifications", guards=[_candidate])
async def my_results(request: _Req) -> list[dict[str, object]]:
    """The signed-in candidate's published certification results."""
    who = await principal(request)
    call = functools.partial(
        publication.candidate_results, runtime_of(request.app.state), who.account_id or 0
    )
    return [r.to_json() for r in await run(call)]


@get("/organisations/{org_id:str}/certifications", guards=[_org_admin])
async def school_results(request: _Req, org_id: FromPath[str]) -> list[dict[str, object]]:
    """The published certification results of the school's pupils, with their class."""
    call = functools.partial(school.school_results, runtime_of(request.app.state), org_id)
    return [r.to_json() for r in await run(call)]


@get("/organisations/{org_id:str}/certifications/{session_id:int}/results.csv",
     guards=[_org_admin])  # fmt: skip
async def school_csv(
    request: _Req, org_id: FromPath[str], session_id: FromPath[int],
    delimiter: FromQuery[str] = ";", lang: FromQuery[str] = "fr",
) -> Response[bytes]:  # fmt: skip
    """One session's results of the school's pupils as CSV: UTF-8 with BOM, ``;``
    (``?delimiter=,``), French (``?lang=en``); 400 ``bad-delimiter``, ``bad-language``."""
    if delimiter not in (";", ","):
        raise _problem(400, "bad-delimiter", "Bad request", "the delimiter is ';' or ','")
    if lang not in ("fr", "en"):
        raise _problem(400, "bad-language", "Bad request", "the language is 'fr' or 'en'")
    call = functools.partial(
        school.school_results, runtime_of(request.app.state), org_id, session_id
    )
    found = await run(call)
    data = school.results_csv(
        found, delimiter=";" if delimiter == ";" else ",", language="en" if lang == "en" else "fr"
    )
    return Response(
        data,
        media_type="text/csv",  # Litestar adds the one "; charset=utf-8"
        headers={"Content-Disposition": f'attachment; filename="certification-{session_id}.csv"'},
    )


api_router = Router(
    path="/api",
    route_handlers=[
        finalise_session, reviewable, review, neutralise, cancel, comments, publish,
        my_results, school_results, school_csv,
    ],
    tags=["certification review"],
)  # fmt: skip

# The API and the pages of the review, as one router for the app.
router = Router(path="/", route_handlers=[api_router, pages_router])
