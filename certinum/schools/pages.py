"""The school pages of an organisation admin: the dashboard, the pupils by class, the import.

Every page of ``/schools/{org_id}`` lets through only an ``organisation_admin`` of that
organisation, as the JSON API (:mod:`certinum.schools.routes`) does: another school's admin
gets a 403 page, so a school sees only its pupils. The work is done by the same service
functions as the API.

An import is sent in mode all-or-nothing first: a file without rejected rows is imported,
otherwise nothing is and the page shows every rejected row (its line and the reason); the
admin corrects the file, or imports only its valid rows with one more button, which sends the
same file again (it rides in the report page's form, base64-encoded). An import makes the
pupils' accounts without a password: the admin prints the class's login slips, which issue them.
"""

from __future__ import annotations

import base64
import binascii
import functools
from typing import Any

import anyio
from litestar import Request, get, post
from litestar.datastructures import UploadFile
from litestar.params import FromPath
from litestar.response import Redirect, Template

from certinum.accounts.forms import message_page, page_principal, see_other
from certinum.accounts.roles import Principal
from certinum.accounts.sessions import csrf_token
from certinum.errors import SchoolRefused, UnknownSchoolRecord
from certinum.http import runtime_of
from certinum.schools import imports, service
from certinum.schools.campaigns import campaigns
from certinum.schools.routes import MAX_IMPORT_BYTES
from certinum.web.i18n import N_
from certinum.web.templating import page

_Req = Request[Any, Any, Any]
NOT_SCHOOL_ADMIN = N_("This page is for the admins of this school: your account cannot open it.")
UNKNOWN_SCHOOL = N_("This school does not exist.")
NO_FILE = N_("Choose a file to import.")
FILE_REFUSED = N_("The file was refused: nothing was imported.")
FIELDS = {
    "ine": N_("INE"),
    "last_name": N_("Last name"),
    "first_name": N_("First name"),
    "birth_date": N_("Birth date"),
    "sex": N_("Sex"),
    "class_code": N_("Class"),
}
REASONS = {
    "empty": N_("The field is empty."),
    "bad-ine": N_(
        "The INE is not 10 digits and a letter, 9 digits and 2 letters, or an apprentice's INE."
    ),
    "too-long": N_("The field is too long."),
    "control-character": N_("The field holds a control character."),
    "bad-date": N_("The birth date is not a date (dd/mm/yyyy or yyyy-mm-dd)."),
    "future-date": N_("The birth date is in the future."),
    "implausible-age": N_("The birth date gives an age outside 5 to 25 years."),
    "bad-sex": N_("The sex is not M or F (1 or 2)."),
    "duplicate-ine": N_("The same INE is on another row of the file."),
}
#: The base64 of the largest file, which the report page's form sends again.
MAX_RESENT_BYTES = MAX_IMPORT_BYTES * 4 // 3 + 64 * 1024


async def school_admin(request: _Req, org_id: str) -> Principal | Template:
    """The signed-in admin of ``org_id``, or the page to show instead (login form 401, 403)."""
    who = await page_principal(request)
    if isinstance(who, Template):
        return who
    if not who.has("organisation_admin", org_id):
        return message_page(request, 403, NOT_SCHOOL_ADMIN)
    return who


async def organisation_of(request: _Req, org_id: str) -> service.OrganisationInfo | Template:
    try:
        return await anyio.to_thread.run_sync(
            service.organisation, runtime_of(request.app.state), org_id
        )
    except UnknownSchoolRecord:
        return message_page(request, 404, UNKNOWN_SCHOOL)


def admin_scopes(who: Principal) -> list[str]:
    return [r.scope_id for r in who.roles if r.role == "organisation_admin"]


@get("/schools", include_in_schema=False)
async def schools_home(request: _Req) -> Template | Redirect:
    """The way in of a school admin: their school's dashboard (a list when they have several)."""
    who = await page_principal(request)
    if isinstance(who, Template):
        return who
    scopes = admin_scopes(who)
    if not scopes:
        return message_page(request, 403, NOT_SCHOOL_ADMIN)
    if len(scopes) == 1:
        return see_other(f"/schools/{scopes[0]}")
    found = []
    for scope in scopes:
        shown = await organisation_of(request, scope)
        if not isinstance(shown, Template):
            found.append(shown)
    return page(request, "schools/choose.html", organisations=found)


@get("/schools/{org_id:str}", include_in_schema=False)
async def dashboard(request: _Req, org_id: FromPath[str]) -> Template:
    """The school: its pupils by class, its campaigns, and the way to each page."""
    who = await school_admin(request, org_id)
    if isinstance(who, Template):
        return who
    org = await organisation_of(request, org_id)
    if isinstance(org, Template):
        return org
    rt = runtime_of(request.app.state)
    pupils = await anyio.to_thread.run_sync(
        functools.partial(service.pupils, rt, org_id, include_left=False)
    )
    classes: dict[str, int] = {}
    for p in pupils:
        classes[p.class_code] = classes.get(p.class_code, 0) + 1
    found = await anyio.to_thread.run_sync(campaigns, rt, org_id)
    return page(
        request,
        "schools/dashboard.html",
        org=org,
        classes=classes,
        pupil_count=len(pupils),
        campaigns=found,
        csrf=csrf_token(who.session_id or ""),
    )


@get("/schools/{org_id:str}/pupils", include_in_schema=False)
async def pupils_page(request: _Req, org_id: FromPath[str]) -> Template:
    """The pupils by class, each class with its login slips button."""
    who = await school_admin(request, org_id)
    if isinstance(who, Template):
        return who
    org = await organisation_of(request, org_id)
    if isinstance(org, Template):
        return org
    found = await anyio.to_thread.run_sync(service.pupils, runtime_of(request.app.state), org_id)
    by_class: dict[str, list[service.PupilInfo]] = {}
    for p in found:
        by_class.setdefault(p.class_code, []).append(p)
    return page(
        request,
        "schools/pupils.html",
        org=org,
        by_class=by_class,
        csrf=csrf_token(who.session_id or ""),
    )


def _import_page(
    request: _Req, who: Principal, org: service.OrganisationInfo, *, status: int = 200,
    error: str = "", detail: str = "",
) -> Template:  # fmt: skip
    return page(
        request,
        "schools/import.html",
        status_code=status,
        org=org,
        error=error,
        detail=detail,
        csrf=csrf_token(who.session_id or ""),
        max_mib=MAX_IMPORT_BYTES >> 20,
    )


@get("/schools/{org_id:str}/import", include_in_schema=False)
async def import_form(request: _Req, org_id: FromPath[str]) -> Template:
    who = await school_admin(request, org_id)
    if isinstance(who, Template):
        return who
    org = await organisation_of(request, org_id)
    if isinstance(org, Template):
        return org
    return _import_page(request, who, org)


async def _sent_file(request: _Req) -> tuple[bytes, str, str]:
    """The file (uploaded, or sent again base64-encoded), its name, and the mode."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in ("multipart/form-data", "application/x-www-form-urlencoded"):
        return b"", "", ""
    form = await request.form()
    upload, again = form.get("file"), form.get("data")
    name, mode = form.get("filename"), form.get("mode")
    mode = mode if mode in imports.MODES else "all-or-nothing"
    if isinstance(upload, UploadFile) and upload.filename:
        return (await upload.read())[: MAX_IMPORT_BYTES + 1], upload.filename[:200], mode
    if isinstance(again, str) and again and isinstance(name, str):
        try:
            return base64.b64decode(again, validate=True), name[:200], mode
        except (binascii.Error, ValueError):
            return b"", "", mode
    return b"", "", mode


@post(
    "/schools/{org_id:str}/import",
    include_in_schema=False,
    request_max_body_size=MAX_RESENT_BYTES,
)
async def import_submit(request: _Req, org_id: FromPath[str]) -> Template:
    """Import the file: the result, or the report of its rejected rows (nothing imported)."""
    who = await school_admin(request, org_id)
    if isinstance(who, Template):
        return who
    org = await organisation_of(request, org_id)
    if isinstance(org, Template):
        return org
    data, name, mode = await _sent_file(request)
    if not data or not name:
        return _import_page(request, who, org, status=422, error=NO_FILE)
    if len(data) > MAX_IMPORT_BYTES:
        return _import_page(request, who, org, status=413, error=FILE_REFUSED)
    call = functools.partial(
        imports.import_pupils,
        runtime_of(request.app.state),
        org_id,
        data,
        name,
        mode=mode,
        actor=who.actor,
    )
    try:
        result = await anyio.to_thread.run_sync(call)
    except SchoolRefused as exc:
        return _import_page(request, who, org, status=422, error=FILE_REFUSED, detail=str(exc))
    rejected = [
        {"where": r.location, "field": FIELDS.get(r.field, r.field), "reason": REASONS.get(r.code)}
        | {"original": r.reason}
        for r in result.report.rejected
    ]
    return page(
        request,
        "schools/report.html",
        status_code=200 if result.written else 422,
        org=org,
        result=result,
        rejected=rejected,
        filename=name,
        data=base64.b64encode(data).decode("ascii") if not result.written else "",
        csrf=csrf_token(who.session_id or ""),
    )


handlers = [schools_home, dashboard, pupils_page, import_form, import_submit]
