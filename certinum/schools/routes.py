"""The JSON API of schools: organisations, pupil imports, pupils, campaigns and their results.

An organisation's routes are its own admins' (``organisation_admin`` of that organisation's
id): another school's admin gets 403, so a school sees only its pupils. The issuing
authority's admins create organisations; a pupil (role candidate) joins a campaign by code.
The pages (:mod:`certinum.schools.pages`) call the same service functions.

A pupil file comes as ``multipart/form-data`` (field ``file``, its filename naming the format)
or as the raw body with ``?filename=``; either way at most :data:`MAX_IMPORT_BYTES` (413
beyond). A file refused whole, or with rejected rows in mode ``all-or-nothing``, gets 422
problem details, the latter with the whole report as its ``report`` member.
"""

from __future__ import annotations

import functools
from typing import Any, Literal

import anyio
from litestar import Request, Response, Router, get, post
from litestar.datastructures import UploadFile
from litestar.params import FromPath, FromQuery
from litestar.status_codes import HTTP_201_CREATED

from certinum.accounts.guard import path_param, principal, requires
from certinum.accounts.routes import text_field
from certinum.body import BodyTooLarge, ClientGone, read_body
from certinum.errors import SchoolRefused
from certinum.http import _json_body, _problem, runtime_of, unreadable
from certinum.schools import campaigns, imports, service, slips

MAX_IMPORT_BYTES = 16 * 1024 * 1024
_Req = Request[Any, Any, Any]
_too_large = functools.partial(
    _problem, 413, "too-large", "Request too large",
    f"a pupil file is limited to {MAX_IMPORT_BYTES // (1024 * 1024)} MiB",
)  # fmt: skip

_authority = requires("authority_admin")
_org_admin = requires("organisation_admin", scope_from=path_param("org_id"))
_pupil = requires("candidate")


@post("/organisations", guards=[_authority], status_code=HTTP_201_CREATED)
async def create_organisation(request: _Req) -> dict[str, object]:
    """``{"name", "uai", "adminLogin"?}``: a new school, and its first admin when named."""
    who = await principal(request)
    body = await _json_body(request)
    call = functools.partial(
        service.create_organisation,
        runtime_of(request.app.state),
        name=text_field(body, "name", limit=300),
        uai=text_field(body, "uai", limit=20),
        admin_login=text_field(body, "adminLogin", limit=254, required=False),
        actor=who.actor,
    )
    info = await anyio.to_thread.run_sync(call)
    return info.to_json()


async def _upload(request: _Req, filename: str | None) -> tuple[bytes, str, str | None]:
    """The file's bytes and name, and the ``mode`` form field of a multipart upload."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "multipart/form-data":
        form = await request.form()
        upload, mode = form.get("file"), form.get("mode")
        if not isinstance(upload, UploadFile):
            raise unreadable("send the pupil file as the multipart field 'file'")
        return await upload.read(), upload.filename or "", mode if isinstance(mode, str) else None
    if not filename:
        raise unreadable("send the pupil file as multipart field 'file', or raw with ?filename=")
    try:
        return await read_body(request, MAX_IMPORT_BYTES), filename, None
    except BodyTooLarge:
        raise _too_large() from None
    except ClientGone:
        raise unreadable("the body was cut short") from None


@post(
    "/organisations/{org_id:str}/imports",
    guards=[_org_admin],
    request_max_body_size=MAX_IMPORT_BYTES,
)
async def import_pupils(
    request: _Req,
    org_id: FromPath[str],
    filename: FromQuery[str | None] = None,
    mode: FromQuery[str | None] = None,
) -> dict[str, object]:
    """Import pupils from SIECLE XML or ZIP, CSV, XLSX or ODS: the report, the accounts
    created with their initial passwords (shown this once), updates and departures.
    400 ``bad-mode`` for a mode other than ``all-or-nothing`` or ``valid-only``."""
    who = await principal(request)
    data, name, form_mode = await _upload(request, filename)
    for given in (mode, form_mode):
        if given is not None and given not in imports.MODES:
            raise _problem(
                400, "bad-mode", "Unreadable request", f"mode is one of {', '.join(imports.MODES)}"
            )
    if len(data) > MAX_IMPORT_BYTES:
        raise _too_large()
    result = await anyio.to_thread.run_sync(
        functools.partial(
            imports.import_pupils,
            runtime_of(request.app.state),
            org_id,
            data,
            name[:200],
            mode=mode or form_mode or "all-or-nothing",
            actor=who.actor,
        )
    )
    if not result.written:
        refused = SchoolRefused(
            "rows-rejected",
            f"{len(result.report.rejected)} rows were rejected: nothing was imported; correct"
            " them, or import the valid rows only (mode valid-only)",
        )
        refused.extra["report"] = result.to_json()
        raise refused
    return result.to_json()


@get("/organisations/{org_id:str}/pupils", guards=[_org_admin])
async def list_pupils(request: _Req, org_id: FromPath[str]) -> list[dict[str, object]]:
    """The school's pupils (those who left too, with the date they were marked left)."""
    found = await anyio.to_thread.run_sync(service.pupils, runtime_of(request.app.state), org_id)
    return [p.to_json() for p in found]


@post("/organisations/{org_id:str}/campaigns", guards=[_org_admin], status_code=HTTP_201_CREATED)
async def create_campaign(request: _Req, org_id: FromPath[str]) -> dict[str, object]:
    """``{"name", "classes": [...], "competences": [...]}``: a campaign and its code (no
    classes: every class of the school)."""
    who = await principal(request)
    body = await _json_body(request)
    call = functools.partial(
        campaigns.create_campaign,
        runtime_of(request.app.state),
        org_id,
        name=text_field(body, "name", limit=300),
        classes=_strings(body, "classes", required=False),
        competences=_strings(body, "competences"),
        actor=who.actor,
    )
    return (await anyio.to_thread.run_sync(call)).to_json()


def _strings(body: dict[str, Any], name: str, *, required: bool = True) -> list[str]:
    value = body.get(name, None if required else [])
    if (
        not isinstance(value, list)
        or len(value) > 100
        or not all(isinstance(v, str) and len(v) <= 40 for v in value)
    ):
        raise unreadable(f"{name!r} must be a list of at most 100 short strings")
    return value


@get("/organisations/{org_id:str}/campaigns", guards=[_org_admin])
async def list_campaigns(request: _Req, org_id: FromPath[str]) -> list[dict[str, object]]:
    found = await anyio.to_thread.run_sync(
        campaigns.campaigns, runtime_of(request.app.state), org_id
    )
    return [c.to_json() for c in found]


@get("/organisations/{org_id:str}/campaigns/{campaign_id:int}/results", guards=[_org_admin])
async def campaign_results(
    request: _Req, org_id: FromPath[str], campaign_id: FromPath[int]
) -> dict[str, object]:
    """The campaign and, per participant, the level of each campaign competence tested."""
    info, results = await anyio.to_thread.run_sync(
        campaigns.campaign_results, runtime_of(request.app.state), org_id, campaign_id
    )
    return {**info.to_json(), "participants": [r.to_json() for r in results]}


@get("/organisations/{org_id:str}/campaigns/{campaign_id:int}/results.csv", guards=[_org_admin])
async def campaign_results_csv(
    request: _Req,
    org_id: FromPath[str],
    campaign_id: FromPath[int],
    delimiter: FromQuery[Literal[";", ","]] = ";",
    lang: FromQuery[Literal["fr", "en"]] = "fr",
) -> Response[bytes]:
    """The results as CSV: UTF-8 with BOM, ``;`` (``?delimiter=,`` on request), one column
    per competence, cells escaped against formula injection."""
    data = await anyio.to_thread.run_sync(
        functools.partial(
            campaigns.campaign_csv,
            runtime_of(request.app.state),
            org_id,
            campaign_id,
            delimiter=delimiter,
            language=lang,
        )
    )
    return Response(
        data,
        media_type="text/csv",
        headers={"Content-Disposition": f'attachment; filename="campaign-{campaign_id}.csv"'},
    )


@post("/organisations/{org_id:str}/slips", guards=[_org_admin], status_code=200)
async def print_slips(request: _Req, org_id: FromPath[str]) -> Response[bytes]:
    """``{"class", "lang"?}``: new initial passwords for the class's pupils, as a PDF of login
    slips (earlier slips stop working; the pupils' sessions are closed)."""
    who = await principal(request)
    body = await _json_body(request)
    lang = "en" if body.get("lang") == "en" else "fr"
    data = await slips.slips_pdf(
        request, org_id, text_field(body, "class", limit=40), actor=who.actor, lang=lang
    )
    return Response(data, media_type="application/pdf", headers=slips.PDF_HEADERS)


@post("/campaigns/join", guards=[_pupil])
async def join_campaign(request: _Req) -> dict[str, object]:
    """``{"code"}``: the pupil joins their school's campaign."""
    who = await principal(request)
    if who.account_id is None:
        raise unreadable("a campaign is joined by a pupil's account")
    body = await _json_body(request)
    info = await anyio.to_thread.run_sync(
        campaigns.join_campaign,
        runtime_of(request.app.state),
        text_field(body, "code", limit=40),
        who.account_id,
    )
    return {"id": info.id, "name": info.name, "competences": list(info.competences)}


router = Router(
    path="/api",
    route_handlers=[
        create_organisation,
        import_pupils,
        list_pupils,
        create_campaign,
        list_campaigns,
        campaign_results,
        campaign_results_csv,
        print_slips,
        join_campaign,
    ],
    tags=["schools"],
)
