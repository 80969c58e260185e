"""The verifier's other ways in: an uploaded or pasted credential, the recruiters' bulk CSV,
and the JSON answer for a code.

- ``POST /verify``: the form of ``/verify`` (multipart: ``file`` and/or ``credential``,
  the pasted JSON), with the anonymous form's CSRF token (:mod:`certinum.accounts.forms`);
  the answer is the certificate page of what was sent (for a PDF, with the check that the
  page shows what its credential says). The body is read within :data:`MAX_FORM_BYTES` by
  :func:`certinum.body.read_body` (an oversized upload gets the form again, 413).
- ``GET /verify/bulk`` and ``POST /verify/bulk``: the page of the bulk check and its form,
  answered with the CSV (:mod:`certinum.verification.bulk`).
- ``POST /api/certificates/bulk``: the same for software, the CSV as the body.
- ``GET /api/certificates/{code}``: the certificate's verdict, checks and data; problem 404
  ``unknown-code`` for any code that is not a public certificate (the page's rule).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import anyio
from litestar import Request, Response, Router, get, post
from litestar.datastructures import State, UploadFile
from litestar.params import FromPath
from litestar.response import Template

from certinum.accounts.forms import EXPIRED, anonymous_form_ok, form_cookie
from certinum.body import BodyTooLarge, ClientGone, read_body
from certinum.http import _problem, runtime_of
from certinum.runtime import Runtime
from certinum.verification import bulk, pages
from certinum.verification.facts import certificate_facts
from certinum.verification.lookup import checked
from certinum.verification.lookup_limits import charge_request
from certinum.verification.routes import certificate_page, form_page, verify_page
from certinum.verification.service import verify
from certinum.verification.uploads import (
    MAX_FORM_BYTES,
    TOO_LARGE,
    Reading,
    UploadRefused,
    credential_json,
    read_upload,
)
from certinum.web.i18n import N_
from certinum.web.templating import page
from issuer.codes import try_normalize_code

_Req = Request[Any, Any, State]
NOTHING_SENT = N_("Choose a file or paste a credential to verify.")
BULK_REFUSED = N_("This file cannot be checked: a CSV of at most 1,000 codes and 256 KiB.")


async def _form(request: _Req, limit: int) -> dict[str, Any] | str:
    """The posted form (multipart or urlencoded) read within ``limit`` bytes, or the catalogue
    message of why not (too large, cut short, not a form of this site)."""
    try:
        raw = await read_body(request, limit)
    except BodyTooLarge:
        return TOO_LARGE
    except ClientGone:
        return EXPIRED
    sent = False

    async def replay() -> Any:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": raw, "more_body": False}

    form = await Request[Any, Any, State](request.scope, receive=replay).form()
    values: dict[str, Any] = {key: form.get(key) for key in form}
    if not anonymous_form_ok(request, {k: [v] for k, v in values.items() if isinstance(v, str)}):
        return EXPIRED
    return values


def _read(runtime: Runtime, data: bytes, pasted: str) -> Reading:
    if data:
        return read_upload(data, runtime.settings.base_url)
    return Reading("pasted", credential_json(pasted.encode("utf-8")))


@post("/verify", include_in_schema=False, status_code=200, request_max_body_size=MAX_FORM_BYTES)
async def verify_upload(request: _Req, state: State) -> Template:
    """Verify an uploaded file or a pasted credential; the certificate page of its verdict."""
    form = await _form(request, MAX_FORM_BYTES)
    if isinstance(form, str):
        status = 413 if form == TOO_LARGE else 400
        return form_page(request, status_code=status, upload_error=form)
    upload, pasted = form.get("file"), form.get("credential")
    data = await upload.read() if isinstance(upload, UploadFile) and upload.filename else b""
    pasted = pasted.strip() if isinstance(pasted, str) else ""
    if not data and not pasted:
        return form_page(request, status_code=422, upload_error=NOTHING_SENT)
    runtime = runtime_of(state)
    try:
        reading = await anyio.to_thread.run_sync(_read, runtime, data, pasted)
    except UploadRefused as exc:
        values = {"upload_error": exc.message, "upload_detail": exc.detail}
        return form_page(request, status_code=422, paste=pasted[:4000], **values)
    result = await anyio.to_thread.run_sync(verify, runtime, reading.credential)
    code = certificate_facts(reading.credential).code
    context = pages.certificate_context(
        code, reading.credential, result, pdf=reading.pdf, source=reading.kind
    )
    return page(request, "verify/certificate.html", **context)


def _bulk_answer(runtime: Runtime, data: bytes, charge: Callable[[int], None]) -> bytes:
    """The CSV of verdicts of the codes in ``data`` (a code given twice is verified once);
    :class:`bulk.BulkRefused` otherwise. ``charge(n)`` counts the n codes against the
    client's look-up limit first (429 over it)."""
    codes = bulk.codes_of(data)
    charge(len(codes))

    @functools.cache
    def check(code: str) -> tuple[str, dict[str, Any] | None]:
        found = checked(runtime, code)
        return ("", None) if found is None else (pages.verdict_of(found[1]), found[0])

    return bulk.bulk_csv(bulk.rows_for(codes, check))


def _csv(body: bytes) -> Response[bytes]:
    disposition = 'attachment; filename="certinum-verification.csv"'
    return Response(body, media_type="text/csv", headers={"Content-Disposition": disposition})


def bulk_page(
    request: _Req, *, status_code: int = 200, error: str = "", detail: str = ""
) -> Template:
    token, cookies = form_cookie(request)
    shown = page(
        request, "verify/bulk.html", status_code=status_code, csrf=token, error=error,
        detail=detail, max_rows=bulk.MAX_BULK_ROWS, max_kib=bulk.MAX_BULK_BYTES // 1024,
    )  # fmt: skip
    shown.cookies.extend(cookies)
    return shown


@get("/verify/bulk", sync_to_thread=False, include_in_schema=False)
def bulk_form(request: _Req) -> Template:
    """The recruiters' page: upload a CSV of codes, get a CSV of verdicts back."""
    return bulk_page(request)


@post(
    "/verify/bulk",
    include_in_schema=False,
    status_code=200,
    request_max_body_size=bulk.MAX_BULK_BYTES * 2,
)
async def bulk_submit(request: _Req, state: State) -> Response[bytes] | Template:
    """The CSV of verdicts of the uploaded CSV of codes, or the page with why not."""
    form = await _form(request, bulk.MAX_BULK_BYTES + 16 * 1024)
    if isinstance(form, str):
        status = 413 if form == TOO_LARGE else 400
        return bulk_page(request, status_code=status, error=BULK_REFUSED if status == 413 else form)
    upload = form.get("file")
    data = await upload.read() if isinstance(upload, UploadFile) else b""
    try:
        charge = functools.partial(charge_request, request)
        body = await anyio.to_thread.run_sync(_bulk_answer, runtime_of(state), data, charge)
    except bulk.BulkRefused as exc:
        return bulk_page(request, status_code=422, error=BULK_REFUSED, detail=str(exc))
    return _csv(body)


@post(
    "/api/certificates/bulk",
    status_code=200,
    request_max_body_size=bulk.MAX_BULK_BYTES,
    summary="Check a CSV of verification codes",
)
async def bulk_api(request: _Req, state: State) -> Response[bytes]:
    """Body: a CSV (``text/csv``) of at most 1,000 codes and 256 KiB, the code first on each
    line; answer: a CSV with the verdict and what each certificate states (413 too large,
    422 unusable)."""
    try:
        data = await read_body(request, bulk.MAX_BULK_BYTES)
    except BodyTooLarge:
        raise _problem(
            413, "too-large", "Request too large",
            f"the CSV is limited to {bulk.MAX_BULK_BYTES // 1024} KiB",
        ) from None  # fmt: skip
    except ClientGone:
        raise _problem(400, "unreadable", "Unreadable request", "the body was cut short") from None
    try:
        charge = functools.partial(charge_request, request)
        body = await anyio.to_thread.run_sync(_bulk_answer, runtime_of(state), data, charge)
    except bulk.BulkRefused as exc:
        raise _problem(422, "unusable-csv", "Unusable CSV", str(exc)) from None
    return _csv(body)


@get("/api/certificates/{code:str}", sync_to_thread=True, summary="Verify a certificate by code")
def certificate_api(request: _Req, code: FromPath[str], state: State) -> dict[str, Any]:
    """The certificate's verdict (authentic, revoked, suspended, not-authentic, unknown-issuer,
    status-unknown), each check, what it states and the credential; 404 ``unknown-code``;
    429 ``too-many-lookups`` over the client's look-up limit."""
    charge_request(request)
    runtime = runtime_of(state)
    normalized = try_normalize_code(code[:40])
    found = checked(runtime, normalized) if normalized else None
    if found is None or normalized is None:
        raise _problem(404, "unknown-code", "Not found", "no certificate has this code")
    doc, result, _ = found
    return pages.api_answer(normalized, doc, result, runtime.settings.base_url)


router = Router(
    path="/",
    route_handlers=[
        verify_page, verify_upload, certificate_page, bulk_form, bulk_submit, bulk_api,
        certificate_api,
    ],
)  # fmt: skip
