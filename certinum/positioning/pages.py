"""The candidate's pages: the profile (``/candidate``) and a positioning test, one question at
a time (``/candidate/attempts/{id}``), in the page's language.

Answering posts the question's opaque reference with the answer and redirects back to the
test's page (POST-redirect-GET), which shows the next question or the result. A reload shows
the question being asked (the service keeps it until it is answered); a second submission of
an answered question is refused by the service and the page says so, with the next question.
"""

from __future__ import annotations

import functools
from typing import Any

import anyio
from litestar import Request, Router, get, post
from litestar.params import FromPath
from litestar.response import Redirect, Template
from sqlalchemy import select

from assessment.framework import COMPETENCES
from certinum.accounts.forms import (
    EXPIRED,
    field,
    form_data,
    message_page,
    page_principal,
    see_other,
)
from certinum.accounts.sessions import csrf_token
from certinum.errors import PositioningRefused, UnknownAttempt
from certinum.positioning.attachments import current_material, material_response
from certinum.positioning.profile import profile
from certinum.positioning.reading import attempt_summary, current_question
from certinum.positioning.routes import runtime
from certinum.positioning.service import answer, candidate_id, start_attempt
from certinum.positioning.tables import OPEN, PositioningAttempt
from certinum.runtime import Runtime
from certinum.web.i18n import N_
from certinum.web.question import MAX_FREE_ANSWER, given_answer, material_sizes, page_lang
from certinum.web.templating import page

_Req = Request[Any, Any, Any]
NOTICES = {
    "already-answered": N_("This question was already answered: your first answer was kept."),
    "not-current-question": N_("That question is no longer asked: here is the current one."),
    "attempt-finished": N_("This test is finished: here is its result."),
}
BAD_ANSWER = N_("This answer cannot be read: check it and submit it again.")
NOT_IN_QUESTION = N_("This document is not part of the question being asked.")
UNKNOWN_ATTEMPT = N_("This test does not exist or is not yours.")
NO_ITEM_LEFT = N_("You have answered every question of this competence: no new test is possible.")
TITLES = {c.code: (c.title_fr, c.title_en) for c in COMPETENCES}


def _open_attempts(rt: Runtime, cid: str) -> dict[str, int]:
    """The open attempt of each competence the candidate has one of."""
    with rt.sessions() as db:
        rows = db.execute(
            select(PositioningAttempt.competence, PositioningAttempt.id).where(
                PositioningAttempt.candidate_id == cid, PositioningAttempt.state == OPEN
            )
        ).all()
    return {str(competence): int(attempt_id) for competence, attempt_id in rows}


@get("/candidate", include_in_schema=False)
async def candidate_home(request: _Req) -> Template:
    """The profile: the 16 competences by area with level and pix, the total, certifiable."""
    who = await page_principal(request, "candidate")
    if isinstance(who, Template):
        return who
    rt, cid = runtime(request), candidate_id(who.account_id or 0)
    found = await anyio.to_thread.run_sync(profile, rt, cid)
    open_ = await anyio.to_thread.run_sync(_open_attempts, rt, cid)
    notice = request.query_params.get("notice", "")
    return page(
        request,
        "positioning/profile.html",
        profile=found,
        open_attempts=open_,
        csrf=csrf_token(who.session_id or ""),
        notice=NO_ITEM_LEFT if notice == "no-item-left" else "",
    )


@post("/candidate/attempts", include_in_schema=False)
async def start(request: _Req) -> Template | Redirect:
    """Start (or resume) the test of the form's ``competence`` and go to its page."""
    who = await page_principal(request, "candidate")
    if isinstance(who, Template):
        return who
    form = await form_data(request)
    competence = field(form, "competence", 10)
    try:
        attempt = await anyio.to_thread.run_sync(
            start_attempt, runtime(request), candidate_id(who.account_id or 0), competence
        )
    except PositioningRefused as exc:
        if exc.code == "no-item-left":
            return see_other("/candidate?notice=no-item-left")
        return message_page(request, 422, EXPIRED)
    return see_other(f"/candidate/attempts/{attempt.id}")


@get("/candidate/attempts/{attempt_id:int}", include_in_schema=False)
async def attempt_page(request: _Req, attempt_id: FromPath[int]) -> Template:
    """The question being asked, or the result once the test is finished."""
    who = await page_principal(request, "candidate")
    if isinstance(who, Template):
        return who
    return await _show(request, who.account_id or 0, who.session_id or "", attempt_id)


async def _show(
    request: _Req, account_id: int, session_id: str, attempt_id: int, *, error: str = "",
    status: int = 200,
) -> Template:  # fmt: skip
    rt, cid, lang = runtime(request), candidate_id(account_id), page_lang(request)
    try:
        asked = await anyio.to_thread.run_sync(
            functools.partial(current_question, rt, cid, attempt_id, locale=lang)
        )
        attempt = await anyio.to_thread.run_sync(attempt_summary, rt, cid, attempt_id)
    except UnknownAttempt:
        return message_page(request, 404, UNKNOWN_ATTEMPT)
    title_fr, title_en = TITLES[attempt.competence]
    return page(
        request,
        "positioning/question.html" if asked is not None else "positioning/result.html",
        status_code=status,
        attempt=attempt,
        competence_title=title_fr if lang == "fr" else title_en,
        question=asked,
        csrf=csrf_token(session_id),
        error=error,
        notice=NOTICES.get(request.query_params.get("notice", ""), ""),
        max_free=MAX_FREE_ANSWER,
        sizes=material_sizes(asked, lang),
    )


@post("/candidate/attempts/{attempt_id:int}/answers", include_in_schema=False)
async def submit(request: _Req, attempt_id: FromPath[int]) -> Template | Redirect:
    """Store the answer to the question ``reference`` and show the next one (a redirect)."""
    who = await page_principal(request, "candidate")
    if isinstance(who, Template):
        return who
    form = await form_data(request)
    back = f"/candidate/attempts/{attempt_id}"
    given, missing = given_answer(field(form, "kind", 30), form)
    args = (request, who.account_id or 0, who.session_id or "", attempt_id)
    if given is None:
        return await _show(*args, error=missing, status=422)
    rt, cid, lang = runtime(request), candidate_id(who.account_id or 0), page_lang(request)
    reference = field(form, "reference", 64)
    try:
        await anyio.to_thread.run_sync(
            functools.partial(answer, rt, cid, attempt_id, reference, given, locale=lang)
        )
    except UnknownAttempt:
        return message_page(request, 404, UNKNOWN_ATTEMPT)
    except PositioningRefused as exc:
        if exc.code in NOTICES:
            return see_other(f"{back}?notice={exc.code}")
        return await _show(*args, error=BAD_ANSWER, status=422)
    return see_other(back)


@get("/candidate/attempts/{attempt_id:int}/material/{ref:str}", include_in_schema=False)
async def material_page(request: _Req, attempt_id: FromPath[int], ref: FromPath[str]) -> Any:
    """An attachment of the question being asked (shown in the question's page, or
    downloaded); 404 for anything else."""
    who = await page_principal(request, "candidate")
    if isinstance(who, Template):
        return who
    rt, cid, lang = runtime(request), candidate_id(who.account_id or 0), page_lang(request)
    try:
        attachment, data = await anyio.to_thread.run_sync(
            functools.partial(current_material, rt, cid, attempt_id, ref, locale=lang)
        )
    except UnknownAttempt:
        return message_page(request, 404, NOT_IN_QUESTION)
    return material_response(ref, attachment, data)


router = Router(
    path="/", route_handlers=[candidate_home, start, attempt_page, submit, material_page]
)
