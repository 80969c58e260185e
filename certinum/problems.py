"""The exception-handler table: every error the app lets through becomes RFC 9457 problem details.

One mapping, :data:`PROBLEMS`, from an exception type to its HTTP status, slug and title;
:func:`exception_handlers` gives Litestar one handler per row, found by the exception's MRO.
Domain errors (:mod:`certinum.errors`) use their own ``code`` as slug and their message as
detail; database and runtime errors get a fixed, generic detail (their text may hold SQL or
data, which a client has no business reading).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from litestar import Request, Response
from litestar.exceptions import HTTPException
from litestar.plugins.problem_details import ProblemDetailsException
from sqlalchemy.exc import IntegrityError, OperationalError

from certinum.accounts.errors import (
    AccountExists,
    AccountRefused,
    LoginRefused,
    ResetRefused,
    RoleRefused,
    TooManyAttempts,
)
from certinum.errors import (
    CertificationConflict,
    CertificationRefused,
    CertinumError,
    IssuanceRefused,
    IssuerUnavailable,
    KeyOperationRefused,
    PositioningRefused,
    SchoolRefused,
    StartupRefused,
    StatusChangeRefused,
    UnknownAttempt,
    UnknownCertificationRecord,
    UnknownCredential,
    UnknownIssuer,
    UnknownSchoolRecord,
)
from certinum.http import PROBLEM_BASE


@dataclass(frozen=True, slots=True)
class Problem:
    """How one exception type is answered; ``detail`` None means: the exception's message."""

    status: int
    slug: str | None  # None: the exception's own ``code``
    title: str
    detail: str | None = None


PROBLEMS: Mapping[type[BaseException], Problem] = {
    IssuanceRefused: Problem(422, None, "Credential refused"),
    StatusChangeRefused: Problem(422, None, "Status change refused"),
    UnknownCredential: Problem(404, None, "Unknown credential"),
    UnknownIssuer: Problem(404, None, "Unknown issuer"),
    AccountRefused: Problem(422, None, "Account change refused"),
    AccountExists: Problem(409, None, "Account exists"),
    LoginRefused: Problem(401, None, "Login refused", "wrong login or password"),
    TooManyAttempts: Problem(429, None, "Too many attempts"),
    ResetRefused: Problem(400, None, "Password reset refused"),
    RoleRefused: Problem(422, None, "Role refused"),
    KeyOperationRefused: Problem(422, None, "Key operation refused"),
    PositioningRefused: Problem(422, None, "Positioning action refused"),
    UnknownAttempt: Problem(404, None, "Unknown positioning attempt"),
    SchoolRefused: Problem(422, None, "Schools action refused"),
    UnknownSchoolRecord: Problem(404, None, "Not found"),
    CertificationRefused: Problem(422, None, "Certification action refused"),
    CertificationConflict: Problem(409, None, "Certification conflict"),
    UnknownCertificationRecord: Problem(404, None, "Not found"),
    IssuerUnavailable: Problem(
        503, "issuer-unavailable", "Issuer unavailable", "the issuer key cannot be used now"
    ),
    StartupRefused: Problem(503, None, "Service misconfigured", "the service is misconfigured"),
    IntegrityError: Problem(
        409, "conflict", "Conflict", "the request conflicts with data already stored"
    ),
    OperationalError: Problem(
        503, "database-unavailable", "Database unavailable", "the database is busy or down"
    ),
    RecursionError: Problem(
        400, "too-deep", "Unreadable request", "the request is nested too deeply to process"
    ),
}


def problem_for(exc: BaseException) -> ProblemDetailsException:
    """The problem details of ``exc`` by the first of its classes found in :data:`PROBLEMS`."""
    for cls in type(exc).__mro__:
        entry = PROBLEMS.get(cls)
        if entry is not None:
            break
    else:
        entry = Problem(500, "internal", "Internal error", "the server could not complete it")
    code = getattr(exc, "code", None) if isinstance(exc, CertinumError) else None
    extra = exc.extra if isinstance(exc, CertinumError) and exc.extra else None
    slug = entry.slug or code or "error"
    return ProblemDetailsException(
        status_code=entry.status,
        type_=PROBLEM_BASE + slug,
        title=entry.title,
        detail=entry.detail if entry.detail is not None else str(exc),
        extra=extra,
        headers=getattr(exc, "headers", None),
    )


def _table_problem(request: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
    problem = problem_for(exc)
    if problem.status_code >= 500:
        request.logger.warning("%s: %s", type(exc).__name__, problem.detail)
    return problem.to_response(request)


def _http_problem(request: Request[Any, Any, Any], exc: HTTPException) -> Response[Any]:
    if isinstance(exc, ProblemDetailsException):
        return exc.to_response(request)
    return ProblemDetailsException(
        status_code=exc.status_code, title=exc.detail, detail=exc.detail, headers=exc.headers
    ).to_response(request)


def _unexpected(request: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
    request.logger.exception("unhandled error", exc_info=exc)
    return ProblemDetailsException(
        status_code=500,
        type_=PROBLEM_BASE + "internal",
        title="Internal error",
        detail="the server could not complete the request",
    ).to_response(request)


def exception_handlers() -> dict[type[Exception] | int, Callable[..., Response[Any]]]:
    """Litestar's ``exception_handlers``: HTTP exceptions, every row of the table, then 500."""
    handlers: dict[type[Exception] | int, Callable[..., Response[Any]]] = {
        HTTPException: _http_problem
    }
    for exc_type in PROBLEMS:
        if issubclass(exc_type, Exception):
            handlers[exc_type] = _table_problem
    handlers[500] = _unexpected
    return handlers
