"""Campaign pages and login slips of a school admin, and the pupil's campaign page.

The admin creates a campaign for chosen classes (its code is shown), lists them, follows a
campaign's progress and results per pupil and per competence, and downloads the results CSV
(the API's ``results.csv``: ``;``, or ``,`` on request). Printing a class's login slips issues
new initial passwords (:mod:`certinum.schools.slips`) and closes the pupils' open sessions.
A pupil types a campaign's code at ``/campaigns`` and then takes its competences' positioning
tests through the candidate pages (``/candidate/attempts``).
"""

from __future__ import annotations

import functools
from typing import Any

import anyio
from litestar import Request, Response, get, post
from litestar.params import FromPath
from litestar.response import Redirect, Template
from sqlalchemy import select

from assessment.framework import COMPETENCES
from certinum.accounts.forms import field, form_data, message_page, page_principal, see_other
from certinum.accounts.sessions import csrf_token
from certinum.errors import SchoolRefused, UnknownSchoolRecord
from certinum.http import runtime_of
from certinum.positioning.profile import profile
from certinum.positioning.service import candidate_id
from certinum.positioning.tables import OPEN, PositioningAttempt
from certinum.runtime import Runtime
from certinum.schools import campaigns, service, slips
from certinum.schools.pages import UNKNOWN_SCHOOL, organisation_of, school_admin
from certinum.schools.tables import Campaign, CampaignParticipant
from certinum.web.i18n import LANG_COOKIE, N_, choose_language
from certinum.web.templating import page

_Req = Request[Any, Any, Any]
UNKNOWN_CAMPAIGN = N_("This campaign does not exist.")
REFUSED = {
    "bad-name": N_("Give the campaign a name (at most 200 characters)."),
    "no-competence": N_("Choose at least one competence."),
    "unknown-competence": N_("Choose competences from the list."),
    "unknown-class": N_("Choose classes from the list."),
    "unknown-code": N_("No campaign has this code: check it and type it again."),
    "not-a-pupil-here": N_("This campaign is for the pupils of another school."),
    "not-in-these-classes": N_("This campaign is for other classes."),
}
NO_PUPIL = N_("This class has no pupil to print a slip for.")
JOINED = N_("You have joined the campaign.")


def _lang(request: _Req) -> str:
    return choose_language(request.query_params.get("lang"), request.cookies.get(LANG_COOKIE))[0]


async def _campaigns_page(
    request: _Req, org_id: str, *, status: int = 200, error: str = "",
    values: dict[str, Any] | None = None,
) -> Template:  # fmt: skip
    who = await school_admin(request, org_id)
    if isinstance(who, Template):
        return who
    org = await organisation_of(request, org_id)
    if isinstance(org, Template):
        return org
    rt = runtime_of(request.app.state)
    found = await anyio.to_thread.run_sync(campaigns.campaigns, rt, org_id)
    pupils = await anyio.to_thread.run_sync(
        functools.partial(service.pupils, rt, org_id, include_left=False)
    )
    return page(
        request,
        "schools/campaigns.html",
        status_code=status,
        org=org,
        campaigns=found,
        classes=sorted({p.class_code for p in pupils}),
        competences=COMPETENCES,
        error=error,
        values=values or {"name": "", "classes": [], "competences": []},
        csrf=csrf_token(who.session_id or ""),
    )


@get("/schools/{org_id:str}/campaigns")
async def campaigns_page(request: _Req, org_id: FromPath[str]) -> Template:
    """The school's campaigns, and the form that creates one."""
    return await _campaigns_page(request, org_id)


@post("/schools/{org_id:str}/campaigns")
async def campaign_create(request: _Req, org_id: FromPath[str]) -> Template | Redirect:
    who = await school_admin(request, org_id)
    if isinstance(who, Template):
        return who
    form = await form_data(request)
    name = field(form, "name", 300)
    classes = [c[:40] for c in (form.get("classes") or [])[:100]]
    chosen = [c[:10] for c in (form.get("competences") or [])[:20]]
    values: dict[str, Any] = {"name": name, "classes": classes, "competences": chosen}
    call = functools.partial(
        campaigns.create_campaign,
        runtime_of(request.app.state),
        org_id,
        name=name,
        classes=classes,
        competences=chosen,
        actor=who.actor,
    )
    try:
        info = await anyio.to_thread.run_sync(call)
    except UnknownSchoolRecord:
        return message_page(request, 404, UNKNOWN_SCHOOL)
    except SchoolRefused as exc:
        error = REFUSED.get(exc.code, REFUSED["bad-name"])
        return await _campaigns_page(request, org_id, status=422, error=error, values=values)
    return see_other(f"/schools/{org_id}/campaigns/{info.id}")


@get("/schools/{org_id:str}/campaigns/{campaign_id:int}")
async def campaign_page(
    request: _Req, org_id: FromPath[str], campaign_id: FromPath[int]
) -> Template:
    """A campaign: its code, how far its pupils are, their levels per competence."""
    who = await school_admin(request, org_id)
    if isinstance(who, Template):
        return who
    org = await organisation_of(request, org_id)
    if isinstance(org, Template):
        return org
    rt = runtime_of(request.app.state)
    try:
        info, results = await anyio.to_thread.run_sync(
            campaigns.campaign_results, rt, org_id, campaign_id
        )
    except UnknownSchoolRecord:
        return message_page(request, 404, UNKNOWN_CAMPAIGN)
    pupils = await anyio.to_thread.run_sync(
        functools.partial(service.pupils, rt, org_id, include_left=False)
    )
    expected = [p for p in pupils if not info.classes or p.class_code in info.classes]
    titles = {c.code: (c.title_fr if _lang(request) == "fr" else c.title_en) for c in COMPETENCES}
    return page(
        request,
        "schools/campaign.html",
        org=org,
        campaign=info,
        results=results,
        expected=len(expected),
        finished=sum(1 for r in results if r.tested == len(info.competences)),
        titles=titles,
        csv=f"/api/organisations/{org_id}/campaigns/{campaign_id}/results.csv",
    )


@post("/schools/{org_id:str}/slips")
async def slips_pdf(request: _Req, org_id: FromPath[str]) -> Template | Response[bytes]:
    """New initial passwords for the form's ``class``, as a PDF of login slips."""
    who = await school_admin(request, org_id)
    if isinstance(who, Template):
        return who
    org = await organisation_of(request, org_id)
    if isinstance(org, Template):
        return org
    form = await form_data(request)
    try:
        data = await slips.slips_pdf(
            request, org_id, field(form, "class", 40), actor=who.actor, lang=_lang(request)
        )
    except SchoolRefused:
        return message_page(request, 422, NO_PUPIL)
    return Response(data, media_type="application/pdf", status_code=200, headers=slips.PDF_HEADERS)


def _joined(rt: Runtime, account_id: int) -> tuple[list[Campaign], dict[str, int]]:
    """The campaigns the pupil joined, and their open attempt of each competence."""
    with rt.sessions() as db:
        found = list(
            db.scalars(
                select(Campaign)
                .join(CampaignParticipant, CampaignParticipant.campaign_id == Campaign.id)
                .where(CampaignParticipant.account_id == account_id)
                .order_by(Campaign.id)
            )
        )
        db.expunge_all()
        open_ = db.execute(
            select(PositioningAttempt.competence, PositioningAttempt.id).where(
                PositioningAttempt.candidate_id == candidate_id(account_id),
                PositioningAttempt.state == OPEN,
            )
        ).all()
    return found, {str(c): int(i) for c, i in open_}


async def _pupil_page(
    request: _Req, *, status: int = 200, error: str = "", code: str = ""
) -> Template:
    who = await page_principal(request, "candidate")
    if isinstance(who, Template):
        return who
    rt, account = runtime_of(request.app.state), who.account_id or 0
    joined, open_ = await anyio.to_thread.run_sync(_joined, rt, account)
    found = await anyio.to_thread.run_sync(profile, rt, candidate_id(account))
    levels = {c.code: c.level for a in found.areas for c in a.competences if c.tested}
    lang = _lang(request)
    titles = {c.code: (c.title_fr if lang == "fr" else c.title_en) for c in COMPETENCES}
    return page(
        request,
        "schools/join.html",
        status_code=status,
        joined=joined,
        open_attempts=open_,
        levels=levels,
        titles=titles,
        error=error,
        code=code,
        notice=JOINED if request.query_params.get("joined") == "1" else "",
        csrf=csrf_token(who.session_id or ""),
    )


@get("/campaigns")
async def pupil_campaigns(request: _Req) -> Template:
    """The pupil's campaigns and the form to join one with its code."""
    return await _pupil_page(request)


@post("/campaigns")
async def pupil_join(request: _Req) -> Template | Redirect:
    who = await page_principal(request, "candidate")
    if isinstance(who, Template):
        return who
    code = field(await form_data(request), "code", 40)
    try:
        await anyio.to_thread.run_sync(
            campaigns.join_campaign, runtime_of(request.app.state), code, who.account_id or 0
        )
    except SchoolRefused as exc:
        error = REFUSED.get(exc.code, REFUSED["unknown-code"])
        status = 404 if isinstance(exc, UnknownSchoolRecord) else 422
        return await _pupil_page(request, status=status, error=error, code=code[:40])
    return see_other("/campaigns?joined=1")


handlers = [
    campaigns_page,
    campaign_create,
    campaign_page,
    slips_pdf,
    pupil_campaigns,
    pupil_join,
]
