"""Certificates as files: one PDF or credential for whoever holds the code, and a ZIP of PDFs.

Public downloads (no login: the verification code is the key, as on the paper):
``GET /verify/{code}/certificate.pdf`` (``?lang=en`` for English) and
``GET /verify/{code}/credential.json`` (media type ``application/vc``), only for a published,
certified, unrevoked certificate (:func:`certinum.issuance.certificates.downloadable`); any
other code, well-formed or not, gets the same 404 problem ``unknown-code``, so the answer does
not tell whether a code ever existed (as the verification page does). Each download is a
look-up charged against the client's limit as the page's (429 ``too-many-lookups`` over it,
:func:`certinum.verification.lookup_limits.charge_request`). Every PDF comes from
:func:`certinum.issuance.documents.certificate_pdf`.

:func:`zip_stream` writes a ZIP of PDFs as it goes: the ZIP writer has no seekable file (it
writes data descriptors), each PDF is rendered, written and handed out before the next one, so
memory holds one certificate at a time whatever the class or session size. File names are
the pupil's name and the code in safe ASCII (:func:`safe_filename`).
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from collections.abc import Iterator, Sequence
from typing import Any

from litestar import Request, Response, Router, route
from litestar.params import FromPath
from litestar.response import Stream

from certinum.head import GET_AND_HEAD, head_without_body
from certinum.http import _problem, runtime_of
from certinum.issuance.certificates import Certificate, credential_row, downloadable
from certinum.issuance.documents import LANGS, certificate_filename, certificate_pdf
from certinum.runtime import Runtime
from certinum.verification.lookup_limits import charge_request
from issuer.codes import try_normalize_code

_Req = Request[Any, Any, Any]
VC_MEDIA_TYPE = "application/vc"
_UNSAFE = re.compile(r"[^A-Za-z0-9]+")


def safe_filename(last_name: str, first_name: str, code: str) -> str:
    """``NOM-Prenom-P-XXXXXXXX.pdf``: accents dropped, anything else than letters and digits
    turned into one hyphen, each name cut at 40 characters (the code keeps names unique)."""

    def ascii_part(text: str) -> str:
        plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        return _UNSAFE.sub("-", plain).strip("-")[:40].strip("-")

    parts = [ascii_part(last_name.upper()), ascii_part(first_name), ascii_part(code)]
    return "-".join(p for p in parts if p) + ".pdf"


class _Chunks:
    """A write-only, unseekable sink whose written bytes are taken out as they come."""

    def __init__(self) -> None:
        self._parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self._parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        return None

    def close(self) -> None:
        return None

    def take(self) -> bytes:
        out, self._parts = b"".join(self._parts), []
        return out


def zip_stream(runtime: Runtime, certificates: Sequence[Certificate], lang: str) -> Iterator[bytes]:
    """The PDFs of ``certificates`` (revoked ones left out) as a ZIP, chunk by chunk."""
    sink = _Chunks()
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_STORED) as archive:
        for cert in certificates:
            if cert.revoked:
                continue
            pdf = certificate_pdf(runtime, credential_row(runtime, cert.credential_id), lang)
            info = zipfile.ZipInfo(safe_filename(cert.last_name, cert.first_name, cert.code))
            info.date_time = cert.issued_at.timetuple()[:6]
            archive.writestr(info, pdf)
            yield sink.take()
    yield sink.take()


def zip_response(
    runtime: Runtime, certificates: Sequence[Certificate], lang: str | None, name: str
) -> Stream:
    """The streamed ZIP response named ``name`` (ASCII)."""
    chosen = lang if lang in LANGS else "fr"
    return Stream(
        zip_stream(runtime, certificates, chosen),
        media_type="application/zip",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def _unknown() -> Exception:
    return _problem(404, "unknown-code", "Not found", "no certificate has this code")


def _found(runtime: Runtime, code: str) -> Any:
    normalized = try_normalize_code(code[:40])
    row = downloadable(runtime, normalized) if normalized else None
    if row is None:
        raise _unknown()
    return row


@route("/verify/{code:str}/certificate.pdf", http_method=GET_AND_HEAD, sync_to_thread=True,
       middleware=[head_without_body])  # fmt: skip
def certificate_download(request: _Req, code: FromPath[str]) -> Response[bytes]:
    """The PDF certificate of this code (``?lang=en``: in English); 404 ``unknown-code``, 429
    ``too-many-lookups`` over the look-up limit."""
    charge_request(request)
    runtime = runtime_of(request.app.state)
    row = _found(runtime, code)
    lang = request.query_params.get("lang")
    pdf = certificate_pdf(runtime, row, lang if lang in LANGS else "fr")
    return Response(
        pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{certificate_filename(row)}"'},
    )


@route("/verify/{code:str}/credential.json", http_method=GET_AND_HEAD, sync_to_thread=True,
       middleware=[head_without_body])  # fmt: skip
def credential_download(request: _Req, code: FromPath[str]) -> Response[bytes]:
    """The signed credential of this code, as stored (``application/vc``); 404 otherwise, 429
    over the look-up limit."""
    charge_request(request)
    row = _found(runtime_of(request.app.state), code)
    name = f"certificat-{row.verification_code}.json"
    return Response(
        row.document.encode("utf-8"),
        media_type=VC_MEDIA_TYPE,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


router = Router(path="/", route_handlers=[certificate_download, credential_download])
