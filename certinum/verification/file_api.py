"""``POST /api/certificates/verify-file``: the JSON counterpart of the upload form of ``/verify``.

What the form takes, read by the same functions (:mod:`certinum.verification.uploads`): a PDF
certificate (its embedded credential verified, and its page compared with a re-render of
that credential), a credential (JSON), or an Open Badges 3.0 baked badge (PNG or SVG), known by
its first bytes. It comes as the raw body (any content type but a form's; at most
:data:`~certinum.verification.uploads.MAX_UPLOAD_BYTES`), or as a form (multipart ``file``, or
the pasted JSON as ``credential``, within
:data:`~certinum.verification.uploads.MAX_FORM_BYTES`). The answer is the one
``GET /api/certificates/{code}`` gives (:func:`certinum.verification.pages.api_answer`, with a
PDF's page findings in the verdict and the checks), plus ``source``, the kind read. Refusals
are problem details with the page's statuses: 413 ``too-large``, 422 ``nothing-sent``,
``unknown-file-kind``, ``no-credential-in-pdf``, ``not-a-credential``,
``no-credential-in-badge``; 400 ``unreadable`` for a body cut short. Like the form, it needs
no login and no CSRF token (it changes nothing) and is not counted as a code look-up.
"""

from __future__ import annotations

from typing import Any

import anyio
from litestar import Request, Router, post
from litestar.datastructures import State, UploadFile

from certinum.accounts.guard import FORM_TYPES
from certinum.body import BodyTooLarge, ClientGone, read_body
from certinum.http import _problem, runtime_of
from certinum.runtime import Runtime
from certinum.verification import pages, uploads
from certinum.verification.facts import certificate_facts
from certinum.verification.service import verify
from certinum.verification.uploads import (
    MAX_FORM_BYTES,
    MAX_UPLOAD_BYTES,
    UploadRefused,
    credential_json,
    read_upload,
)

_Req = Request[Any, Any, State]
#: The form's catalogue message of a refusal → the problem type's slug.
SLUGS = {
    uploads.TOO_LARGE: "too-large",
    uploads.UNKNOWN_KIND: "unknown-file-kind",
    uploads.NOT_A_PDF_CERTIFICATE: "no-credential-in-pdf",
    uploads.NOT_A_CREDENTIAL: "not-a-credential",
    uploads.NOT_A_BADGE: "no-credential-in-badge",
}


def _too_large(limit: int) -> Exception:
    return _problem(
        413, "too-large", "Request too large", f"a file is limited to {limit // 1024} KiB"
    )


async def _form_values(request: _Req, raw: bytes) -> tuple[bytes, str]:
    """The form's ``file`` and ``credential`` (the body, already read, replayed to Litestar's
    form parser)."""
    sent = False

    async def replay() -> Any:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": raw, "more_body": False}

    form = await Request[Any, Any, State](request.scope, receive=replay).form()
    upload, pasted = form.get("file"), form.get("credential")
    data = await upload.read() if isinstance(upload, UploadFile) else b""
    return data, pasted.strip() if isinstance(pasted, str) else ""


async def _sent(request: _Req) -> tuple[bytes, str]:
    """(file bytes, pasted JSON) of the request, within the bounds; problem details otherwise."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    form = content_type in FORM_TYPES
    limit = MAX_FORM_BYTES if form else MAX_UPLOAD_BYTES
    try:
        raw = await read_body(request, limit)
    except BodyTooLarge:
        raise _too_large(MAX_UPLOAD_BYTES) from None
    except ClientGone:
        raise _problem(400, "unreadable", "Unreadable request", "the body was cut short") from None
    return await _form_values(request, raw) if form else (raw, "")


def _answer(runtime: Runtime, data: bytes, pasted: str) -> dict[str, Any]:
    if data:
        reading = read_upload(data, runtime.settings.base_url)
    else:
        reading = uploads.Reading("pasted", credential_json(pasted.encode("utf-8")))
    result = verify(runtime, reading.credential)
    code = certificate_facts(reading.credential).code
    base_url = runtime.settings.base_url
    answer = pages.api_answer(code, reading.credential, result, base_url, pdf=reading.pdf)
    if not code:
        answer.update(code=None, links={})
    return {**answer, "source": reading.kind}


@post(
    "/api/certificates/verify-file",
    status_code=200,
    request_max_body_size=MAX_FORM_BYTES,
    summary="Verify a certificate file (PDF, credential JSON, baked PNG or SVG badge)",
)
async def verify_file(request: _Req, state: State) -> dict[str, Any]:
    """Body: the file itself (a PDF certificate, a credential as JSON, a baked badge PNG or
    SVG; at most 2 MiB), or a multipart form with ``file`` (or ``credential``, pasted JSON).
    Answer: as ``GET /api/certificates/{code}`` (verdict, checks, what it states, the
    credential; a PDF's page compared with its credential in the check ``pdf_content``) and
    ``source`` (``pdf``, ``json``, ``png``, ``svg``, ``pasted``); 413 ``too-large``, 422
    ``nothing-sent``, ``unknown-file-kind``, ``no-credential-in-pdf``, ``not-a-credential``,
    ``no-credential-in-badge``."""
    data, pasted = await _sent(request)
    if not data and not pasted:
        raise _problem(
            422, "nothing-sent", "Nothing to verify",
            "send a file as the body, or a form with 'file' or 'credential'",
        )  # fmt: skip
    try:
        return await anyio.to_thread.run_sync(_answer, runtime_of(state), data, pasted)
    except UploadRefused as exc:
        status = 413 if exc.message == uploads.TOO_LARGE else 422
        slug = SLUGS.get(exc.message, "unusable-file")
        raise _problem(status, slug, "Unusable file", exc.detail) from None


router = Router(path="/", route_handlers=[verify_file], tags=["verification"])
