"""Error pages for browsers: the app's exception handlers, answering a page when a page was
asked for.

:func:`html_aware` wraps each handler of :func:`certinum.problems.exception_handlers`: a
request that accepts ``text/html`` outside the machine routes (:data:`API_PREFIXES`) gets the
error as a page in the site's layout, with a translated message for its status and the
problem's code; every other request keeps its RFC 9457 problem details. The status and the
``Retry-After`` and ``Allow`` headers are the same either way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from litestar import Request, Response
from litestar.response import Template

from certinum.http import PROBLEM_BASE
from certinum.web.i18n import N_
from certinum.web.templating import page

_Req = Request[Any, Any, Any]
Handler = Callable[..., Response[Any]]
Handlers = dict[type[Exception] | int, Handler]

#: Paths of the machine interfaces, which answer problem details whatever they accept.
API_PREFIXES = (
    "/api/",
    "/credentials/",
    "/presentations/",
    "/issuers/",
    "/status/",
    "/.well-known/",
    "/oid4vci/",
    "/schema",
    "/health",
)
#: The message of each status; other 4xx take 400's, other 5xx 500's.
MESSAGES = {
    400: N_("This request could not be read."),
    401: N_("Log in to see this page."),
    403: N_("You are not allowed to open this page."),
    404: N_("This page does not exist, or no longer does."),
    405: N_("This page cannot be used this way."),
    409: N_("This conflicts with what is already recorded."),
    413: N_("What was sent is too large."),
    422: N_("This request was refused: check what was sent."),
    429: N_("Too many requests: wait a moment before trying again."),
    500: N_("Something went wrong on our side: please try again later."),
    503: N_("The service is unavailable for a moment: please try again later."),
}
KEPT_HEADERS = ("retry-after", "allow")


def wants_page(request: _Req) -> bool:
    """Whether ``request`` is a browser's for a page: it accepts HTML, outside the APIs."""
    if request.url.path.startswith(API_PREFIXES):
        return False
    return "text/html" in request.headers.get("accept", "").lower()


def message_for(status: int) -> str:
    """The catalogue message shown for ``status``."""
    return MESSAGES.get(status) or MESSAGES[500 if status >= 500 else 400]


def _code(response: Response[Any]) -> str:
    content = response.content
    kind = content.get("type", "") if isinstance(content, dict) else ""
    if isinstance(kind, str) and kind.startswith(PROBLEM_BASE):
        return kind[len(PROBLEM_BASE) :]
    return ""


def error_page(request: _Req, response: Response[Any]) -> Template:
    """The page in the site's layout telling what the problem ``response`` tells."""
    status = response.status_code or 500
    shown = page(
        request, "error.html", status_code=status, message=message_for(status),
        code=_code(response), status=status,
    )  # fmt: skip
    for name, value in response.headers.items():
        if name.lower() in KEPT_HEADERS:
            shown.headers[name] = value
    return shown


def _as_page(handler: Handler) -> Handler:
    def handle(request: _Req, exc: Exception) -> Response[Any]:
        response = handler(request, exc)
        if (response.status_code or 500) >= 400 and wants_page(request):
            return error_page(request, response)
        return response

    return handle


def html_aware(handlers: Handlers) -> Handlers:
    """``handlers`` (the app's exception table), each answering a page to a browser's page
    request and problem details otherwise."""
    return {key: _as_page(handler) for key, handler in handlers.items()}
