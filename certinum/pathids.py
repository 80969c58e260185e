"""Ids in paths: a number outside ``1 … 2^31 - 1`` is answered 404 ``not-found`` at the door.

Every id the service stores is a positive 32-bit integer (an ``INTEGER`` primary key), so a
path such as ``/centres/0``, ``/api/certification/tests/-3`` or
``/sessions/99999999999999999999`` names nothing: :func:`path_id_guard`, an ASGI middleware of
the whole app, answers it before guards and handlers run (PostgreSQL would otherwise refuse
the out-of-range number in a query, a 500). It checks the path parameters typed ``int`` and
the scope ids typed ``str`` (``centre_id``, ``org_id``) when they are written as numbers. A
browser asking for HTML outside ``/api`` gets the message page; anyone else the problem
details.
"""

from __future__ import annotations

import re
from typing import Any

from litestar import Request
from litestar.enums import ScopeType
from litestar.types import ASGIApp, Receive, Scope, Send

from certinum.http import _problem
from certinum.web.i18n import N_

MAX_ID = 2**31 - 1
#: Path parameters typed ``str`` that hold an id (a centre or an organisation, as a scope).
SCOPE_IDS = frozenset({"centre_id", "org_id"})
_NUMBER = re.compile(r"[+-]?[0-9]+")
NOT_FOUND_PAGE = N_("This page does not exist.")


def out_of_range(params: dict[str, Any]) -> bool:
    """Whether a path parameter holding an id is a number that no stored id can be."""
    for name, given in params.items():
        value = given
        if isinstance(given, str) and name in SCOPE_IDS and _NUMBER.fullmatch(given):
            value = int(given)
        if isinstance(value, int) and not isinstance(value, bool) and not 0 < value <= MAX_ID:
            return True
    return False


def _wants_html(request: Request[Any, Any, Any]) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get(
        "accept", ""
    )


def path_id_guard(app: ASGIApp) -> ASGIApp:
    """The middleware: 404 ``not-found`` for an id out of range, else ``app`` as it is."""

    async def guarded(scope: Scope, receive: Receive, send: Send) -> None:
        params = scope.get("path_params") or {}
        if scope["type"] != ScopeType.HTTP or not params or not out_of_range(params):
            await app(scope, receive, send)
            return
        request: Request[Any, Any, Any] = Request(scope, receive, send)
        if _wants_html(request):
            from certinum.accounts.forms import message_page

            shown = message_page(request, 404, NOT_FOUND_PAGE)
            await shown.to_asgi_response(app=None, request=request)(scope, receive, send)
            return
        raise _problem(404, "not-found", "Not found", "no such record: the id is out of range")

    return guarded
