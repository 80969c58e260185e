"""What an employer may upload or paste on ``/verify``, and how each kind is read.

A file is recognised by its first bytes, never by its name: a PDF starts ``%PDF-``, a
credential (JSON) with ``{`` after optional white space and byte-order mark, an Open Badges 3.0
baked badge with the PNG signature or ``<`` (an SVG), read by
:func:`wallet_export.baking.unbake`. Each kind is one :class:`UploadKind` of :data:`KINDS` (how
to recognise it, what the file input accepts, how to get the credential out).

Bounds: a file is at most :data:`MAX_UPLOAD_BYTES` (a certificate PDF's bound,
:data:`issuer.certificate_pdf_read.MAX_PDF_BYTES`); the credential in it, or pasted, at most
:data:`vc.constants.MAX_DOCUMENT_BYTES`, parsed by :func:`vc.jsonio.parse_json` (depth bound,
duplicate keys refused); a PDF is read and its page checked by
:func:`issuer.certificate_pdf_check.check_certificate_pdf` (objects, attachments and
decompression bounded). Anything else is an :class:`UploadRefused` whose
``message`` is a catalogue message and ``detail`` the English reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from certinum.web.i18n import N_
from issuer.certificate_pdf_check import PdfFinding as Finding
from issuer.certificate_pdf_check import check_certificate_pdf
from issuer.certificate_pdf_read import MAX_PDF_BYTES
from vc.constants import MAX_DOCUMENT_BYTES
from vc.jsonio import JsonInputError, parse_json
from wallet_export.baking import PNG_SIGNATURE, BakedBadgeError, unbake

MAX_UPLOAD_BYTES = MAX_PDF_BYTES
#: The whole form: a file, a pasted credential and the multipart framing.
MAX_FORM_BYTES = MAX_UPLOAD_BYTES + MAX_DOCUMENT_BYTES + 16 * 1024
NOT_A_PDF_CERTIFICATE = N_("This PDF holds no readable electronic certificate.")
NOT_A_CREDENTIAL = N_("This is not a readable electronic certificate (JSON).")
NOT_A_BADGE = N_("This image holds no readable electronic certificate (Open Badge).")
UNKNOWN_KIND = N_(
    "This kind of file cannot be verified: send a PDF certificate, a badge image (PNG or SVG) "
    "or a JSON file."
)
TOO_LARGE = N_("The file is too large to be a certificate.")


class UploadRefused(Exception):
    """The upload cannot be verified: ``message`` for the page, ``detail`` in English."""

    def __init__(self, message: str, detail: str) -> None:
        super().__init__(detail)
        self.message = message
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Reading:
    """The credential read from an upload; ``pdf``: findings on a PDF's page (None: no PDF)."""

    kind: str
    credential: dict[str, Any]
    pdf: list[Finding] | None = None


@dataclass(frozen=True, slots=True)
class UploadKind:
    name: str
    sniff: Callable[[bytes], bool]
    accept: str  # for the file input's ``accept`` attribute
    read: Callable[[bytes, str], Reading]  # (bytes, base URL) → reading, or UploadRefused


def _is_pdf(data: bytes) -> bool:
    return data.startswith(b"%PDF-")


def _is_json(data: bytes) -> bool:
    return data.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n").startswith(b"{")


def credential_json(data: bytes) -> dict[str, Any]:
    """A credential sent as JSON, bounded; :class:`UploadRefused` when it is not one."""
    try:
        found = parse_json(data.removeprefix(b"\xef\xbb\xbf"), max_bytes=MAX_DOCUMENT_BYTES)
    except JsonInputError as exc:
        raise UploadRefused(NOT_A_CREDENTIAL, f"not usable JSON ({exc})") from None
    if not isinstance(found, dict):
        raise UploadRefused(NOT_A_CREDENTIAL, "a credential is a JSON object")
    return found


def _read_json(data: bytes, base_url: str) -> Reading:
    return Reading("json", credential_json(data))


def _read_pdf(data: bytes, base_url: str) -> Reading:
    """The embedded credential and what is wrong with the page
    (:func:`issuer.certificate_pdf_check.check_certificate_pdf`: the page re-rendered from the
    credential and compared, attachments, incremental updates, annotations, active content)."""
    check = check_certificate_pdf(data, base_url=base_url)
    if check.credential is None:
        detail = "; ".join(f"{f.code}: {f.message}" for f in check.findings)
        raise UploadRefused(NOT_A_PDF_CERTIFICATE, detail or "no credential in the PDF")
    return Reading("pdf", check.credential, list(check.findings))


def _is_png(data: bytes) -> bool:
    return data.startswith(PNG_SIGNATURE)


def _is_svg(data: bytes) -> bool:
    return data.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n").startswith(b"<")


def _read_badge(data: bytes, base_url: str) -> Reading:
    try:
        credential = unbake(data)
    except BakedBadgeError as exc:
        raise UploadRefused(NOT_A_BADGE, f"{exc.code}: {exc}") from None
    return Reading("png" if _is_png(data) else "svg", credential)


KINDS: tuple[UploadKind, ...] = (
    UploadKind("pdf", _is_pdf, ".pdf,application/pdf", _read_pdf),
    UploadKind("json", _is_json, ".json,.jsonld,application/json,application/vc", _read_json),
    UploadKind("png", _is_png, ".png,image/png", _read_badge),
    UploadKind("svg", _is_svg, ".svg,image/svg+xml", _read_badge),
)


def accepted() -> str:
    """The file input's ``accept`` attribute: every kind of :data:`KINDS`."""
    return ",".join(kind.accept for kind in KINDS)


def read_upload(data: bytes, base_url: str) -> Reading:
    """The credential of an uploaded file, by the first kind of :data:`KINDS` it looks like."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise UploadRefused(TOO_LARGE, f"a file is limited to {MAX_UPLOAD_BYTES // 1024} KiB")
    for kind in KINDS:
        if kind.sniff(data[:1024]):
            return kind.read(data, base_url)
    raise UploadRefused(UNKNOWN_KIND, "neither a PDF, a JSON document nor a PNG or SVG badge")
