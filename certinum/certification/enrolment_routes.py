"""``PATCH /api/centres/{id}/sessions/{sid}/enrolments/{eid}``: a change to one enrolment, by
the centre's staff (:func:`certinum.certification.enrolment_edit.edit_enrolment`), beside the
centres' API of :mod:`certinum.certification.routes`."""

from __future__ import annotations

import functools
from typing import Any

import anyio
from litestar import Request, Router, patch
from litestar.params import FromPath

from certinum.accounts.guard import principal
from certinum.accounts.routes import text_field
from certinum.certification.enrolment_edit import EnrolmentChanges, edit_enrolment
from certinum.certification.routes import _staff, extra_time
from certinum.http import _json_body, runtime_of

_Req = Request[Any, Any, Any]
TEXTS = {"lastName": "last_name", "firstName": "first_name", "birthDate": "birth_date",
         "birthPlace": "birth_place"}  # fmt: skip


def changes_of(body: dict[str, Any]) -> EnrolmentChanges:
    """The fields of ``body`` the route reads (strings; extra time a JSON integer)."""
    given = {name: text_field(body, key, limit=200) for key, name in TEXTS.items() if key in body}
    if "extraTimePercent" in body:
        given["extra_time"] = extra_time(body)
    return EnrolmentChanges(**given)


@patch(
    "/centres/{centre_id:str}/sessions/{session_id:int}/enrolments/{enrolment_id:int}",
    guards=[_staff],
)
async def edit(
    request: _Req, centre_id: FromPath[str], session_id: FromPath[int], enrolment_id: FromPath[int]
) -> dict[str, object]:
    """``{lastName?, firstName?, birthDate?, birthPlace?, extraTimePercent?}``: only the fields
    sent change; 422 with the enrolment's codes and ``field``, 409 ``session-closed`` or
    ``test-started`` (extra time), 404 for an enrolment of another session."""
    who = await principal(request)
    changes = changes_of(await _json_body(request))
    call = functools.partial(
        edit_enrolment, runtime_of(request.app.state), centre_id, session_id, enrolment_id,
        changes, actor=who.actor,
    )  # fmt: skip
    return (await anyio.to_thread.run_sync(call)).to_json()


router = Router(path="/api", route_handlers=[edit], tags=["certification"])
