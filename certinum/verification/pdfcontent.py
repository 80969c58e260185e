"""Whether a certificate PDF shows what its embedded credential says: :func:`pdf_findings`.

The credential embedded in a PDF is verified like any other; this checks the *page*, which is
what a person reads. The service renders certificates deterministically
(:func:`issuer.certificate_pdf.render_certificate`, ReportLab's invariant mode), so the page's
lines of text must be those of a re-render of the embedded credential, in French or English.
Named findings, each a reason to distrust the page:

- ``pdf-unreadable``: no single readable page or credential (bounds of
  :mod:`issuer.certificate_pdf_read`);
- ``pdf-content-mismatch``: the page's text is not the re-render's (text drawn over the
  original, a credential swapped for another's);
- ``pdf-incremental-update``: the file was appended to after it was written (more than one
  ``%%EOF``), the way a PDF editor changes a signed file;
- ``pdf-annotations``: the page carries annotations, which can draw over it.

An interim check of this area: the lead replaces it with the PDF checker of the ``pdfcheck``
branch (``check_certificate_pdf``), which also compares what the page draws.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from issuer.certificate_pdf import render_certificate
from issuer.certificate_pdf_facts import LANGS, CertificateRenderError
from issuer.certificate_pdf_read import CertificatePdfError, embedded_credential, page_text

_READ_ERRORS = (PyPdfError, OSError, ValueError, KeyError, TypeError, AttributeError, IndexError)


@dataclass(frozen=True, slots=True)
class Finding:
    """One reason the PDF's page cannot be trusted: a stable code and an English message."""

    code: str
    message: str


def _structure(data: bytes) -> list[Finding]:
    found = []
    if data.count(b"%%EOF") > 1:
        found.append(Finding("pdf-incremental-update", "the file was changed after it was made"))
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        annotated = any(page.get("/Annots") for page in reader.pages[:2])
    except _READ_ERRORS:
        return [*found, Finding("pdf-unreadable", "the PDF's pages cannot be read")]
    if annotated:
        found.append(Finding("pdf-annotations", "the page carries annotations"))
    return found


def pdf_findings(data: bytes, base_url: str) -> list[Finding]:
    """What is wrong with the page of the certificate PDF ``data``; empty when it is exactly
    the page this service renders from its embedded credential (with ``base_url``)."""
    try:
        shown = page_text(data)
        credential = embedded_credential(data)
    except CertificatePdfError as exc:
        return [Finding("pdf-unreadable", str(exc))]
    found = _structure(data)
    for lang in LANGS:
        try:
            expected = page_text(render_certificate(credential, base_url=base_url, lang=lang))
        except (CertificateRenderError, CertificatePdfError, ValueError, KeyError, TypeError):
            return [*found, Finding("pdf-content-mismatch", "the credential is not a certificate")]
        if expected == shown:
            return found
    mismatch = "the page does not show what its embedded credential says"
    return [*found, Finding("pdf-content-mismatch", mismatch)]
