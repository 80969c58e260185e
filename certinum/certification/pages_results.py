"""The pages after the session outside the jury: the centre's finalisation form, a
candidate's published results (``/candidate/certifications``) and a school's
(``/schools/{org_id}/certifications``: per session, each pupil's class, outcome, score and
level, the jury's comment and the 16 competence levels, with a CSV per session).

The finalisation form lists the tests still started, each with its abort reason to choose,
the examiner's comment and one incident; a refusal shows the form again (422, or 409 once
finalised) with the catalogue's message.
"""

from __future__ import annotations

import functools
from typing import Any

import anyio
from litestar import Request, Router, get, post
from litestar.params import FromPath
from litestar.response import Redirect, Template

from certinum.accounts.forms import field, form_data, message_page, page_principal, see_other
from certinum.accounts.roles import Principal
from certinum.accounts.sessions import csrf_token
from certinum.certification import centres, finalise, publication
from certinum.certification import school_results as school
from certinum.certification.jury_views import review_of
from certinum.certification.results_views import (
    ABORT_REASONS,
    CATEGORIES,
    LEVELS,
    OUTCOMES,
    REVIEW_MESSAGES,
    SCHOOL_OUTCOMES,
    competences,
)
from certinum.certification.review_rules import ReviewConflict
from certinum.certification.sessions import find_session
from certinum.certification.views import STATUSES, UNKNOWN, staff_of
from certinum.errors import CertificationRefused, SchoolRefused, UnknownCertificationRecord
from certinum.http import runtime_of
from certinum.runtime import Runtime
from certinum.web.i18n import N_
from certinum.web.templating import page

_Req = Request[Any, Any, Any]
NOT_SCHOOL = N_("This page is for the admins of this school.")
FINALISE = "/centres/{centre_id:str}/sessions/{session_id:int}/finalisation"


def _session_review(rt: Runtime, centre_id: str, session_id: int) -> Any:
    with rt.sessions() as db:
        return review_of(db, find_session(db, centre_id, session_id))


async def _finalise_page(
    request: _Req, who: Principal, centre_id: str, session_id: int, *, status: int = 200,
    error: str = "", values: dict[str, str] | None = None, missing: tuple[int, ...] = (),
) -> Template:  # fmt: skip
    rt = runtime_of(request.app.state)
    try:
        info = await anyio.to_thread.run_sync(centres.centre, rt, centre_id)
        review = await anyio.to_thread.run_sync(_session_review, rt, centre_id, session_id)
    except UnknownCertificationRecord:
        return message_page(request, 404, UNKNOWN)
    return page(
        request, "certification/review/finalise.html", status_code=status, centre=info,
        review=review, csrf=csrf_token(who.session_id or ""), error=error, values=values or {},
        reasons=ABORT_REASONS, categories=CATEGORIES, statuses=STATUSES, missing=missing,
    )  # fmt: skip


@get(FINALISE, include_in_schema=False)
async def finalise_page(
    request: _Req, centre_id: FromPath[str], session_id: FromPath[int]
) -> Template:
    who = await staff_of(request, centre_id)
    if isinstance(who, Template):
        return who
    return await _finalise_page(request, who, centre_id, session_id)


@post(FINALISE, include_in_schema=False)
async def finalise_form(
    request: _Req, centre_id: FromPath[str], session_id: FromPath[int]
) -> Template | Redirect:
    who = await staff_of(request, centre_id)
    if isinstance(who, Template):
        return who
    form = await form_data(request)
    aborts = {
        int(k[len("abort-"):]): field(form, k, 20)
        for k in form
        if k.startswith("abort-") and k[len("abort-"):].isdigit() and field(form, k, 20)
    }  # fmt: skip
    category = field(form, "incident_category", 40)
    about = field(form, "incident_candidate", 12)
    incidents = (
        [
            finalise.IncidentInput(
                category,
                field(form, "incident_description", 2000),
                int(about) if about.isdigit() else None,
            )
        ]
        if category
        else []
    )
    call = functools.partial(
        finalise.finalise, runtime_of(request.app.state), centre_id, session_id,
        comment=field(form, "comment", 2000), aborts=aborts, incidents=incidents, actor=who.actor,
    )  # fmt: skip
    try:
        await anyio.to_thread.run_sync(call)
    except UnknownCertificationRecord:
        return message_page(request, 404, UNKNOWN)
    except CertificationRefused as exc:
        values = {k: field(form, k, 2000) for k in form}
        return await _finalise_page(
            request, who, centre_id, session_id, values=values,
            status=409 if isinstance(exc, ReviewConflict) else 422,
            error=REVIEW_MESSAGES.get(exc.code, REVIEW_MESSAGES["generic"]),
            missing=tuple(exc.extra.get("enrolments", ())),
        )  # fmt: skip
    return see_other(f"/centres/{centre_id}/sessions/{session_id}")


@get("/candidate/certifications", include_in_schema=False)
async def candidate_results(request: _Req) -> Template:
    """The signed-in candidate's published certification results."""
    who = await page_principal(request, "candidate")
    if isinstance(who, Template):
        return who
    found = await anyio.to_thread.run_sync(
        publication.candidate_results, runtime_of(request.app.state), who.account_id or 0
    )
    return page(
        request, "certification/review/mine.html", results=found, outcomes=OUTCOMES,
        competences=competences(), levels=LEVELS,
    )  # fmt: skip


@get("/schools/{org_id:str}/certifications", include_in_schema=False)
async def school_results(request: _Req, org_id: FromPath[str]) -> Template:
    """The published certification results of the school's pupils, by session."""
    who = await page_principal(request)
    if isinstance(who, Template):
        return who
    if not who.has("organisation_admin", org_id):
        return message_page(request, 403, NOT_SCHOOL)
    rt = runtime_of(request.app.state)
    try:
        found = await anyio.to_thread.run_sync(school.school_results, rt, org_id)
    except SchoolRefused:
        return message_page(request, 404, UNKNOWN)
    by_session: dict[int, list[school.SchoolResult]] = {}
    for r in found:
        by_session.setdefault(r.result.session_id, []).append(r)
    return page(
        request, "certification/review/school.html", org_id=org_id, sessions=by_session,
        outcomes=SCHOOL_OUTCOMES, competences=competences(), levels=LEVELS,
    )  # fmt: skip


results_pages = Router(
    path="/",
    route_handlers=[finalise_page, finalise_form, candidate_results, school_results],
)
