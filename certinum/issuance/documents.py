"""The PDF certificate of an issued credential, for downloads.

The page is rendered from the stored signed credential by :func:`issuer.certificate_pdf.
render_certificate`, which is deterministic: the same credential, base URL and language give
the same bytes, so a download today and one next year show the same page, and the verifier can
re-render the embedded credential and compare.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from issuer.certificate_pdf import render_certificate

if TYPE_CHECKING:
    from certinum.models import IssuedCredential
    from certinum.runtime import Runtime

LANGS = ("fr", "en")


def certificate_pdf(runtime: Runtime, credential: IssuedCredential, lang: str = "fr") -> bytes:
    """The PDF certificate of ``credential`` in ``lang`` (``fr`` or ``en``)."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, got {lang!r}")
    document = json.loads(credential.document)
    return render_certificate(document, base_url=runtime.settings.base_url, lang=lang)


def certificate_filename(credential: IssuedCredential) -> str:
    """``certificat-P-XXXXXXXX.pdf`` (the verification code names the file)."""
    return f"certificat-{credential.verification_code or 'sans-code'}.pdf"
