"""What every area's routes share: problem details, the bounded JSON body, the runtime.

``_problem`` and ``_json_body`` moved here unchanged from ``certinum/app.py``; the areas'
routes import them from here.
"""

from __future__ import annotations

import json
from typing import Any

from litestar import Request
from litestar.datastructures import State
from litestar.plugins.problem_details import ProblemDetailsException

from certinum.runtime import Runtime

MAX_BODY_BYTES = 256 * 1024
JSON_LD = "application/ld+json"
PROBLEM_BASE = "https://certinum.example/problems/"


def _problem(
    status: int, slug: str, title: str, detail: str, **extra: Any
) -> ProblemDetailsException:
    return ProblemDetailsException(
        status_code=status,
        type_=PROBLEM_BASE + slug,
        title=title,
        detail=detail,
        extra=extra or None,
    )


def runtime_of(state: State) -> Runtime:
    runtime: Runtime = state.runtime
    return runtime


async def _json_body(request: Request[Any, Any, Any]) -> dict[str, Any]:
    """The request body as a JSON object, bounded in size; 400/413 otherwise."""
    length = request.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > MAX_BODY_BYTES:
        raise _problem(
            413,
            "too-large",
            "Request too large",
            f"the body is limited to {MAX_BODY_BYTES // 1024} KiB",
        )
    raw = await request.body()
    if len(raw) > MAX_BODY_BYTES:
        raise _problem(
            413,
            "too-large",
            "Request too large",
            f"the body is limited to {MAX_BODY_BYTES // 1024} KiB",
        )
    try:
        body = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _problem(
            400, "unreadable", "Unreadable request", f"the body is not JSON: {exc}"
        ) from None
    if not isinstance(body, dict):
        raise _problem(400, "unreadable", "Unreadable request", "the body must be a JSON object")
    return body


def unreadable(detail: str) -> ProblemDetailsException:
    """400: the request cannot be read as what the endpoint expects."""
    return _problem(400, "unreadable", "Unreadable request", detail)
