"""The PDF certificate of an issued credential, for downloads.

The French page (the certificate's default language) is made at issuance and stored with the
credential, in the same transaction (``certificate_documents``, :mod:`certinum.issuance.batch`):
:func:`certificate_pdf` returns those bytes. Other languages, and a credential stored without
its page (issued through the VC API, or before the pages were stored), are rendered on demand
from the stored signed credential by :func:`issuer.certificate_pdf.render_certificate`, which
is deterministic: the same credential, base URL and language give the same bytes with the
same ReportLab version (the page text stays the same across versions), so the verifier can
re-render the embedded credential and compare the pages.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from sqlalchemy import select

from issuer.certificate_pdf import render_certificate

if TYPE_CHECKING:
    from certinum.models import IssuedCredential
    from certinum.runtime import Runtime

LANGS = ("fr", "en")


def stored_pdf(runtime: Runtime, credential_id: str, lang: str) -> bytes | None:
    """The page stored at issuance for ``credential_id`` in ``lang``, or None."""
    from certinum.models import CertificateDocument

    with runtime.sessions() as db:
        return db.scalar(
            select(CertificateDocument.pdf).where(
                CertificateDocument.credential_id == credential_id, CertificateDocument.lang == lang
            )
        )


def certificate_pdf(runtime: Runtime, credential: IssuedCredential, lang: str = "fr") -> bytes:
    """The PDF certificate of ``credential`` in ``lang`` (``fr`` or ``en``): the stored page
    when there is one, else rendered now."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, got {lang!r}")
    stored = stored_pdf(runtime, credential.id, lang)
    if stored is not None:
        return stored
    document = json.loads(credential.document)
    return render_certificate(document, base_url=runtime.settings.base_url, lang=lang)


def certificate_filename(credential: IssuedCredential) -> str:
    """``certificat-P-XXXXXXXX.pdf`` (the verification code names the file)."""
    return f"certificat-{credential.verification_code or 'sans-code'}.pdf"
