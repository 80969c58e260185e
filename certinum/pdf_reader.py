"""The signed credential embedded in a certificate PDF.

A Certinum certificate carries its credential as an embedded file (PDF/A-3 style associated
file, media type ``application/vc``). This reads it back with pypdf, a maintained pure-Python
PDF reader, with bounds: a PDF that is not one, has no credential, or several, is an error
with a message, never a crash.
"""

from __future__ import annotations

import io
import json
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PdfReadError

MAX_ATTACHMENT_BYTES = 256 * 1024


class PdfCredentialError(ValueError):
    """The PDF holds no readable credential."""


def credential_from_pdf(data: bytes) -> dict[str, Any]:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        attachments = reader.attachments
        found: list[bytes] = [
            content
            for name, contents in attachments.items()
            if name.lower().endswith((".json", ".jsonld", ".vc"))
            for content in contents
        ]
    except (PdfReadError, OSError, ValueError, KeyError, TypeError) as exc:
        raise PdfCredentialError(f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    if not found:
        raise PdfCredentialError("the PDF has no embedded credential (no .json attachment)")
    if len(found) > 1:
        raise PdfCredentialError("the PDF embeds several credentials; expected one")
    if len(found[0]) > MAX_ATTACHMENT_BYTES:
        raise PdfCredentialError("the embedded credential is larger than 256 KiB")
    try:
        credential = json.loads(found[0])
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PdfCredentialError(f"the embedded credential is not JSON ({exc})") from None
    if not isinstance(credential, dict):
        raise PdfCredentialError("the embedded credential is not a JSON object")
    return credential
