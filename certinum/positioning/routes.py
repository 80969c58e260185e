"""The positioning JSON API of a candidate: start or resume a test, the question being asked,
answers, the profile. Every route needs the role ``candidate`` (session cookie with its CSRF
header for a POST, or 401/403); an attempt is only ever reached by its own candidate, whose
positioning id is their account id (:func:`candidate_id`).

The service functions (:mod:`certinum.positioning.service`, :mod:`.reading`, :mod:`.profile`)
do the work; refusals are :class:`~certinum.errors.PositioningRefused` (422) and
:class:`~certinum.errors.UnknownAttempt` (404), mapped by :mod:`certinum.problems`.
"""

from __future__ import annotations

import functools
from dataclasses import asdict
from typing import Any

import anyio
from litestar import Request, Response, Router, get, post
from litestar.params import FromPath
from litestar.status_codes import HTTP_200_OK, HTTP_201_CREATED

from certinum.accounts.guard import principal, requires
from certinum.http import _json_body, unreadable
from certinum.positioning.attachments import current_material, material_response
from certinum.positioning.profile import Profile, profile
from certinum.positioning.reading import question_page
from certinum.positioning.service import answer_then_page, candidate_id, start_attempt
from certinum.positioning.views import AttemptSummary, Question
from certinum.runtime import Runtime

_Req = Request[Any, Any, Any]
candidate_only = requires("candidate")
LOCALES = ("fr", "en")


async def who(request: _Req) -> str:
    """The positioning id of the logged-in candidate (the guard has let them through)."""
    return candidate_id((await principal(request)).account_id or 0)


def runtime(request: _Req) -> Runtime:
    rt: Runtime = request.app.state.runtime
    return rt


def locale_of(request: _Req) -> str:
    """``?locale=fr|en`` (French by default); 400 for another value."""
    locale = request.query_params.get("locale", "fr")
    if locale not in LOCALES:
        raise unreadable(f"locale must be one of {list(LOCALES)}")
    return locale


def attempt_json(attempt: AttemptSummary) -> dict[str, Any]:
    return {
        "id": attempt.id,
        "competence": attempt.competence,
        "state": attempt.state,
        "answers": attempt.answers,
        "startedAt": attempt.started_at.isoformat(),
        "finishedAt": attempt.finished_at.isoformat() if attempt.finished_at else None,
        "level": attempt.level,
        "pix": attempt.pix,
        "resumed": attempt.resumed,
    }


def question_json(question: Question | None) -> dict[str, Any] | None:
    if question is None:
        return None
    return {"number": question.number, "reference": question.reference, **question.view}


def profile_json(found: Profile) -> dict[str, Any]:
    return {
        "areas": [
            {
                "code": area.code,
                "titleFr": area.title_fr,
                "titleEn": area.title_en,
                "competences": [
                    {
                        **{k: v for k, v in asdict(c).items() if not k.startswith("title")},
                        "titleFr": c.title_fr,
                        "titleEn": c.title_en,
                    }
                    for c in area.competences
                ],
            }
            for area in found.areas
        ],
        "totalPix": found.total_pix,
        "certifiable": found.certifiable,
    }


@post("/attempts", guards=[candidate_only], status_code=HTTP_201_CREATED)
async def start(request: _Req) -> Response[Any]:
    """``{"competence": "1.1"}``: open the positioning test of a competence (201), or return
    the open one of that competence (200, ``resumed: true``); 422 ``unknown-competence`` or
    ``no-item-left``."""
    body = await _json_body(request)
    competence = body.get("competence")
    if not isinstance(competence, str) or len(competence) > 10:
        raise unreadable("'competence' must be a competence code such as \"1.1\"")
    attempt = await anyio.to_thread.run_sync(
        start_attempt, runtime(request), await who(request), competence
    )
    status = HTTP_200_OK if attempt.resumed else HTTP_201_CREATED
    return Response(attempt_json(attempt), status_code=status)


@get("/attempts/{attempt_id:int}/question", guards=[candidate_only])
async def question(request: _Req, attempt_id: FromPath[int]) -> dict[str, Any]:
    """The question being asked (the same until it is answered): its opaque ``reference``,
    ``type`` (single_choice, multiple_choice, free_answer, fields, pick, number),
    ``statement`` and ``proposals`` in the order drawn for this candidate; ``fields`` (id,
    label); ``material`` (ref, media_type, alt, size: fetch it from ``material/{ref}``);
    ``pick`` (``mode`` choice with ``choices`` in the order drawn, or cell, or line) and
    ``pick_in``; ``unit`` (a number's unit, unless writing it is part of the answer), in
    ``?locale=`` (fr or en); ``question: null`` once the test is finished, with the attempt and
    its result. 404 for another candidate's attempt."""
    rt, cid, locale = runtime(request), await who(request), locale_of(request)
    attempt, asked = await anyio.to_thread.run_sync(
        functools.partial(question_page, rt, cid, attempt_id, locale=locale)
    )
    return {"attempt": attempt_json(attempt), "question": question_json(asked)}


@post("/attempts/{attempt_id:int}/answers", guards=[candidate_only], status_code=HTTP_200_OK)
async def give_answer(request: _Req, attempt_id: FromPath[int]) -> dict[str, Any]:
    """``{"reference", "answer"}``: ``answer`` is a proposal index as shown (single choice), a
    list of them (multiple choice), text (free answer, number), an object field id → text
    (fields), or for a pick the position of the choice as shown (mode choice), a cell
    reference such as ``"B7"`` (cell) or a line number (line). Stored before the next question is
    asked; the reply holds the next question, or ``question: null`` and the result. 422
    ``already-answered`` (a double submission), ``not-current-question``, ``attempt-finished``,
    ``bad-answer``."""
    body = await _json_body(request)
    reference = body.get("reference")
    if not isinstance(reference, str) or len(reference) > 64:
        raise unreadable("'reference' must be the question's reference")
    if "answer" not in body:
        raise unreadable("'answer' is missing")
    rt, cid, locale = runtime(request), await who(request), locale_of(request)
    # Stored, and the next question read, in one transaction (one thread, one connection).
    attempt, asked = await anyio.to_thread.run_sync(
        functools.partial(
            answer_then_page, rt, cid, attempt_id, reference, body["answer"], locale=locale
        )
    )
    return {"attempt": attempt_json(attempt), "question": question_json(asked)}


@get("/attempts/{attempt_id:int}/material/{ref:str}", guards=[candidate_only])
async def material(request: _Req, attempt_id: FromPath[int], ref: FromPath[str]) -> Response[bytes]:
    """An attachment (``ref`` as listed in the question's ``material``) of the question being
    asked, in ``?locale=``, with its media type; 404 for any other (another candidate's, a
    finished attempt's, an answered question's, a reference the question lacks)."""
    rt, cid, locale = runtime(request), await who(request), locale_of(request)
    attachment, data = await anyio.to_thread.run_sync(
        functools.partial(current_material, rt, cid, attempt_id, ref[:8], locale=locale)
    )
    return material_response(ref, attachment, data)


@get("/profile", guards=[candidate_only])
async def my_profile(request: _Req) -> dict[str, Any]:
    """The 16 competences by area with level and pix (latest finished test of each), the
    total pix, and whether the candidate is certifiable (5 competences at level 1 or more)."""
    found = await anyio.to_thread.run_sync(profile, runtime(request), await who(request))
    return profile_json(found)


router = Router(
    path="/api/positioning",
    route_handlers=[start, question, give_answer, material, my_profile],
    tags=["positioning"],
)
