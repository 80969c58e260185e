"""The jury's pages: the finalised sessions (``/jury``) and one session's review
(``/jury/sessions/{id}``) with, for each candidate, the forms to neutralise a question, cancel
the result and write comments, and the form publishing the session.

Forms post back with the session's CSRF token; a decision redirects (POST-redirect-GET) with
a notice, a refusal shows the page again (422, or 409 for the session's state) with the
catalogue's message. Only ``jury`` and ``authority_admin`` open them (403 otherwise).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import anyio
from litestar import Request, Router, get, post
from litestar.params import FromPath
from litestar.response import Redirect, Template

from certinum.accounts.forms import field, form_data, message_page, page_principal, see_other
from certinum.accounts.roles import Principal
from certinum.accounts.sessions import csrf_token
from certinum.certification import jury, publication
from certinum.certification.pages_results import results_pages
from certinum.certification.results_views import (
    ABORT_REASONS,
    CATEGORIES,
    LEVELS,
    REVIEW_MESSAGES,
    TEST_STATUSES,
    competences,
)
from certinum.certification.review_rules import ReviewConflict
from certinum.certification.views import STATUSES, UNKNOWN
from certinum.errors import CertificationRefused, UnknownCertificationRecord
from certinum.http import runtime_of
from certinum.web.i18n import N_
from certinum.web.templating import page

_Req = Request[Any, Any, Any]
NOT_JURY = N_("This page is for the jury of the issuing authority.")
NOTICES = {
    "neutralised": N_("The question was neutralised and the result recomputed."),
    "cancelled": N_("The result was cancelled."),
    "commented": N_("The comments were saved."),
    "published": N_("The results of the session are published."),
}
BASE = "/jury/sessions/{session_id:int}"


async def _jury_member(request: _Req) -> Principal | Template:
    who = await page_principal(request)
    if isinstance(who, Template):
        return who
    if not any(who.has(role) for role in jury.JURY_ROLES):
        return message_page(request, 403, NOT_JURY)
    return who


@get("/jury", include_in_schema=False)
async def jury_home(request: _Req) -> Template:
    """The finalised sessions waiting for the jury."""
    who = await _jury_member(request)
    if isinstance(who, Template):
        return who
    found = await anyio.to_thread.run_sync(jury.reviewable_sessions, runtime_of(request.app.state))
    return page(request, "certification/review/sessions.html", sessions=found)


async def _review_page(
    request: _Req, who: Principal, session_id: int, *, status: int = 200, error: str = "",
    error_for: int = 0,
) -> Template:  # fmt: skip
    rt = runtime_of(request.app.state)
    try:
        review = await anyio.to_thread.run_sync(jury.session_review, rt, session_id)
    except UnknownCertificationRecord:
        return message_page(request, 404, UNKNOWN)
    notice = request.query_params.get("notice", "")
    return page(
        request, "certification/review/session.html", status_code=status, review=review,
        csrf=csrf_token(who.session_id or ""), statuses=STATUSES, error=error,
        error_for=error_for, notice=NOTICES.get(notice, ""), competences=competences(),
        levels=LEVELS, categories_names=CATEGORIES, test_statuses=TEST_STATUSES,
        abort_reasons=ABORT_REASONS,
    )  # fmt: skip


@get(BASE, include_in_schema=False)
async def review_page(request: _Req, session_id: FromPath[int]) -> Template:
    who = await _jury_member(request)
    if isinstance(who, Template):
        return who
    return await _review_page(request, who, session_id)


async def _decide(
    request: _Req, session_id: int, enrolment_id: int, notice: str,
    make: Callable[[dict[str, list[str]], str], Callable[[], object]],
) -> Template | Redirect:  # fmt: skip
    who = await _jury_member(request)
    if isinstance(who, Template):
        return who
    form = await form_data(request)
    try:
        await anyio.to_thread.run_sync(make(form, who.actor))
    except UnknownCertificationRecord:
        return message_page(request, 404, UNKNOWN)
    except CertificationRefused as exc:
        status = 409 if isinstance(exc, ReviewConflict) else 422
        message = REVIEW_MESSAGES.get(exc.code, REVIEW_MESSAGES["generic"])
        return await _review_page(
            request, who, session_id, status=status, error=message, error_for=enrolment_id
        )
    anchor = f"#candidate-{enrolment_id}" if enrolment_id else ""
    return see_other(f"/jury/sessions/{session_id}?notice={notice}{anchor}")


@post(BASE + "/candidates/{enrolment_id:int}/neutralise", include_in_schema=False)
async def neutralise(
    request: _Req, session_id: FromPath[int], enrolment_id: FromPath[int]
) -> Template | Redirect:
    rt = runtime_of(request.app.state)

    def make(form: dict[str, list[str]], actor: str) -> Callable[[], object]:
        return functools.partial(
            jury.neutralise, rt, session_id, enrolment_id, field(form, "item", 100),
            reason=field(form, "reason", 2000), actor=actor,
        )  # fmt: skip

    return await _decide(request, session_id, enrolment_id, "neutralised", make)


@post(BASE + "/candidates/{enrolment_id:int}/cancel", include_in_schema=False)
async def cancel(
    request: _Req, session_id: FromPath[int], enrolment_id: FromPath[int]
) -> Template | Redirect:
    rt = runtime_of(request.app.state)

    def make(form: dict[str, list[str]], actor: str) -> Callable[[], object]:
        return functools.partial(
            jury.cancel, rt, session_id, enrolment_id, reason=field(form, "reason", 2000),
            actor=actor,
        )  # fmt: skip

    return await _decide(request, session_id, enrolment_id, "cancelled", make)


@post(BASE + "/candidates/{enrolment_id:int}/comments", include_in_schema=False)
async def comments(
    request: _Req, session_id: FromPath[int], enrolment_id: FromPath[int]
) -> Template | Redirect:
    rt = runtime_of(request.app.state)

    def make(form: dict[str, list[str]], actor: str) -> Callable[[], object]:
        return functools.partial(
            jury.comment, rt, session_id, enrolment_id,
            for_candidate=field(form, "candidate", 4000), for_school=field(form, "school", 4000),
            reason=field(form, "reason", 2000), actor=actor,
        )  # fmt: skip

    return await _decide(request, session_id, enrolment_id, "commented", make)


@post(BASE + "/publish", include_in_schema=False)
async def publish(request: _Req, session_id: FromPath[int]) -> Template | Redirect:
    rt = runtime_of(request.app.state)

    def make(form: dict[str, list[str]], actor: str) -> Callable[[], object]:
        return functools.partial(publication.publish, rt, session_id, actor=actor)

    return await _decide(request, session_id, 0, "published", make)


jury_pages = Router(
    path="/", route_handlers=[jury_home, review_page, neutralise, cancel, comments, publish]
)

# The review's pages and the results' pages, as one router.
router = Router(path="/", route_handlers=[jury_pages, results_pages])
