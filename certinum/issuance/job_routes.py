"""``GET /api/issuance/sessions/{session_id}`` (``jury`` or ``authority_admin``): how far the
issuance of a session's certificates has got, as :func:`certinum.issuance.jobs.progress`
returns it (an unknown session is a 404)."""

from __future__ import annotations

import functools
from typing import Any

import anyio
from litestar import Request, Router, get
from litestar.params import FromPath

from certinum.accounts.guard import requires
from certinum.certification.jury import JURY_ROLES
from certinum.http import runtime_of
from certinum.issuance.jobs import progress

_jury = requires(*JURY_ROLES)


@get("/sessions/{session_id:int}", guards=[_jury])
async def session_issuance(
    request: Request[Any, Any, Any], session_id: FromPath[int]
) -> dict[str, Any]:
    """The session's issuance job (status, failures, worker) and its live counts."""
    call = functools.partial(progress, runtime_of(request.app.state), session_id)
    return await anyio.to_thread.run_sync(call)


router = Router(path="/api/issuance", route_handlers=[session_issuance], tags=["issuance"])
