"""The Litestar application: DID document, VC API, status lists, public verification.

Handlers are thin: they parse and bound the request, call :mod:`certinum.service`, and turn
domain errors into RFC 9457 problem details in one place (:func:`_problem`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import anyio
from litestar import Litestar, MediaType, Request, Response, get, post
from litestar.datastructures import State
from litestar.exceptions import HTTPException, NotFoundException
from litestar.openapi.config import OpenAPIConfig
from litestar.params import FromPath, FromQuery
from litestar.plugins.problem_details import ProblemDetailsException
from litestar.response import Redirect
from litestar.status_codes import HTTP_201_CREATED

from certinum import pages
from certinum.body import BodyTooLarge, ClientGone, read_body
from certinum.service import IssuanceRefused, IssuerUnavailable, Service
from certinum.settings import Settings
from issuer.codes import try_normalize_code
from vc.jsonio import JsonInputError, JsonTooLarge, parse_json

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


def _service(state: State) -> Service:
    service: Service = state.service
    return service


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


def _bearer(request: Request[Any, Any, Any]) -> str:
    auth = request.headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ProblemDetailsException(
            status_code=401,
            type_=PROBLEM_BASE + "unauthenticated",
            title="Authentication required",
            detail="send an API token as 'Authorization: Bearer <token>'",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return token.strip()


@get("/.well-known/did.json", media_type="application/did+json", sync_to_thread=False)
def did_document(state: State) -> dict[str, Any]:
    """The service's did:web document: the active key and every retired key still valid."""
    return _service(state).did_document()


@post("/credentials/issue", status_code=HTTP_201_CREATED)
async def issue_credential(request: Request[Any, Any, State], state: State) -> Response[Any]:
    """VC API §3.2.1 issue: sign a credential with the active issuer key (role ``issuer``)."""
    token = _bearer(request)
    service = _service(state)
    body = await _json_body(request)
    if await anyio.to_thread.run_sync(service.token_role, token) != "issuer":
        raise _problem(
            403, "forbidden", "Forbidden", "this endpoint needs a token of role 'issuer'"
        )
    credential = body.get("credential")
    if not isinstance(credential, dict):
        raise _problem(
            400,
            "unreadable",
            "Unreadable request",
            'the body must be {"credential": {...}, "options": {...}}',
        )
    options = body.get("options", {})
    if not isinstance(options, dict):
        raise _problem(400, "unreadable", "Unreadable request", "options must be an object")
    try:
        signed = await anyio.to_thread.run_sync(
            functools.partial(service.issue, credential, options=options, actor="api-token")
        )
    except IssuanceRefused as exc:
        raise _problem(422, exc.code, "Credential refused", str(exc)) from None
    except IssuerUnavailable:
        raise _problem(
            503, "issuer-unavailable", "Issuer unavailable", "the issuer key cannot be used now"
        ) from None
    return Response({"verifiableCredential": signed}, status_code=HTTP_201_CREATED)


@post("/credentials/verify", status_code=200)
async def verify_credential(request: Request[Any, Any, State], state: State) -> Response[Any]:
    """VC API verify: 200 when verified, 422 with the failing checks when not, 400 unreadable."""
    body = await _json_body(request)
    credential = body.get("verifiableCredential")
    if not isinstance(credential, dict):
        raise _problem(
            400,
            "unreadable",
            "Unreadable request",
            'the body must be {"verifiableCredential": {...}}',
        )
    result = await anyio.to_thread.run_sync(_service(state).verify, credential)
    payload = result.to_json()
    results = payload["checks"]
    payload["checks"] = [c["check"] for c in payload["checks"] if c["status"] == "passed"]
    payload["warnings"] = (
        []
        if result.trusted
        else [
            {
                "code": "ISSUER_NOT_TRUSTED",
                "message": "the issuer is not on this service's trust list",
            }
        ]
    )
    payload["results"] = results
    return Response(payload, status_code=200 if result.verified else 422)


@get("/status/{list_id:str}", media_type=JSON_LD, sync_to_thread=True)
def status_list(list_id: FromPath[str], state: State) -> dict[str, Any]:
    """A signed BitstringStatusListCredential (revocation)."""
    doc = _service(state).status_list_credential(list_id)
    if doc is None:
        raise NotFoundException(f"no status list {list_id!r}")
    return doc


@get("/verify", media_type=MediaType.HTML, sync_to_thread=False, include_in_schema=False)
def verify_page(code: FromQuery[str | None] = None) -> Response[str]:
    """The public verification page; ``?code=`` redirects to the certificate's page."""
    if code is None or not code.strip():
        return Response(pages.verify_form_page())
    normalized = try_normalize_code(code[:40])
    if normalized is None:
        return Response(
            pages.verify_form_page(
                code[:40],
                "Un code de vérification s'écrit P- suivi de 8 caractères, par exemple P-7KQ2MXRB.",
            ),
            status_code=400,
        )
    return Redirect(f"/verify/{normalized}")


@get("/verify/{code:str}", media_type=MediaType.HTML, sync_to_thread=True, include_in_schema=False)
def certificate_page(code: FromPath[str], state: State) -> Response[str]:
    """One certificate's verdict and checks, as an employer sees it."""
    normalized = try_normalize_code(code[:40])
    service = _service(state)
    doc = service.credential_by_code(normalized) if normalized else None
    if doc is None or normalized is None:
        return Response(
            pages.verify_form_page(code[:40], "Aucun certificat ne porte ce code."),
            status_code=404,
        )
    return Response(pages.certificate_page(normalized, doc, service.verify(doc)))


@get("/health", sync_to_thread=False)
def health() -> dict[str, str]:
    return {"status": "ok"}


def _unexpected(request: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
    request.logger.exception("unhandled error", exc_info=exc)
    return _problem(
        500, "internal", "Internal error", "the server could not complete the request"
    ).to_response(request)


def create_app(settings: Settings | None = None, *, service: Service | None = None) -> Litestar:
    """Build the application; the service (database, keys) is opened once here."""
    svc = service or Service.open(settings or Settings.from_env())
    handlers: list[Callable[..., Any]] = [
        did_document,
        issue_credential,
        verify_credential,
        status_list,
        health,
        verify_page,
        certificate_page,
    ]
    return Litestar(
        route_handlers=handlers,
        state=State({"service": svc}),
        exception_handlers={HTTPException: _http_problem, 500: _unexpected},
        openapi_config=OpenAPIConfig(title="Certinum", version="0.1.0", path="/schema"),
        request_max_body_size=MAX_BODY_BYTES,
        on_shutdown=[svc.close],
    )


def _http_problem(request: Request[Any, Any, Any], exc: HTTPException) -> Response[Any]:
    if isinstance(exc, ProblemDetailsException):
        return exc.to_response(request)
    return ProblemDetailsException(
        status_code=exc.status_code, title=exc.detail, detail=exc.detail, headers=exc.headers
    ).to_response(request)
