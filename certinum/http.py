"""What every area's routes share: problem details, the bounded JSON body, the runtime.

The areas' routes import them from here.
"""

from __future__ import annotations

from typing import Any

from litestar import Request
from litestar.datastructures import State
from litestar.plugins.problem_details import ProblemDetailsException

from certinum.body import BodyTooLarge, ClientGone, read_body
from certinum.runtime import Runtime
from vc.constants import MAX_DOCUMENT_BYTES
from vc.jsonio import JsonInputError, JsonTooLarge, parse_json

MAX_BODY_BYTES = MAX_DOCUMENT_BYTES
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
    """The request body as a JSON object, bounded in size and depth; 400/413 otherwise."""
    try:
        raw = await read_body(request, MAX_BODY_BYTES)
        body = parse_json(raw, max_bytes=MAX_BODY_BYTES)
    except (BodyTooLarge, JsonTooLarge):
        raise _problem(
            413, "too-large", "Request too large",
            f"the body is limited to {MAX_BODY_BYTES // 1024} KiB",
        ) from None  # fmt: skip
    except ClientGone:
        raise _problem(400, "unreadable", "Unreadable request", "the body was cut short") from None
    except JsonInputError as exc:
        slug = "unreadable" if exc.code == "not-json" else exc.code
        raise _problem(400, slug, "Unreadable request", f"the body is not usable: {exc}") from None
    if not isinstance(body, dict):
        raise _problem(400, "unreadable", "Unreadable request", "the body must be a JSON object")
    return body


def unreadable(detail: str) -> ProblemDetailsException:
    """400: the request cannot be read as what the endpoint expects."""
    return _problem(400, "unreadable", "Unreadable request", detail)
