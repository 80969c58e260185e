"""Checking an uploaded PDF certificate against the credential embedded in it.

:func:`check_certificate_pdf` reads the PDF with the bounds of
:mod:`issuer.certificate_pdf_bounds` (size, objects, bytes parsed, pypdf's own limits),
:mod:`issuer.certificate_pdf_read` (attachments, inflated sizes) and
:mod:`issuer.certificate_pdf_page` (page tree, values and bytes compared), takes
out the embedded credential and lists, as :class:`PdfFinding`\\ s with stable codes
(:data:`CODES`), every way in which the PDF is not the certificate that credential renders
to. It does not verify the credential (proof, issuer, status): the caller does that with
:mod:`verifier.verify` on :attr:`PdfCheck.credential`. It never raises for bad input: a
hostile PDF is a finding. ``matches`` is true only with a credential and no finding at all.

How the page is compared (a decision of this module). The renderer is deterministic
(:func:`issuer.certificate_pdf.render_certificate`), so the page is rendered again from the
embedded credential, in the language the PDF declares in its catalogue (``/Lang``, ``fr`` or
``en``; another one is ``pdf-content-mismatch``), and the uploaded page's
:func:`~issuer.certificate_pdf_page.page_snapshot` must *equal* the new one: the decoded
content stream (every drawn text, mark and the QR code), every resource it draws with (fonts
with their embedded font programs and ``ToUnicode`` maps, images, forms, graphics states) and
the page boxes; so must the document title (``/Info /Title``, which viewers show in place of
the file name: it holds the name and the code). Not the whole file's bytes: saving the PDF
again with another tool (object numbers, compression, other ``/Info`` entries) leaves the
page as it was and still matches. Not the extracted text alone: a white box over a level
mark, or a font whose glyph for "3" draws an "8", would pass a text comparison. The price: a
PDF made by another version of ReportLab than the verifier's may draw the same page with
other bytes and then does not match (the issuer and the verifier are one service, so only
across an upgrade; the credential itself still verifies).

When the page differs, the page's text (pypdf's extraction) tells which part lies: if it shows
the embedded credential's verification code, or cannot be read within bounds, the page was
changed (``pdf-content-mismatch``); if it is read and does not show the code, the page is
another certificate's and the attachment was swapped (``pdf-attachment-mismatch``).

The base URL (printed under the QR code and inside it) is tried in this order: the caller's
``base_url`` (the service's own, with which it renders its certificates), then the one the
credential states (its achievement id is ``{base}/achievements/certification``, signed with
the rest; the credential has no other verification URL). Both are trusted for this purpose,
and a PDF rendered before the service moved to another address still matches.

An incremental update is found by its trailer's ``/Prev`` or a second
``startxref … %%EOF``; a linearized file has two by design and is reported the same way (a
certificate is never linearized).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any, Final

from pypdf import PdfReader, apply_configuration
from pypdf.errors import PyPdfError
from pypdf.generic import TextStringObject

from issuer.certificate_pdf import render_certificate
from issuer.certificate_pdf_facts import LANGS, CertificateRenderError
from issuer.certificate_pdf_page import MAX_PAGES, Page, page_snapshot, pages
from issuer.certificate_pdf_read import (
    MAX_PDF_BYTES,
    CertificatePdfError,
    as_pdf_error,
    attachments,
    credential_files,
    open_pdf,
    pypdf_limits,
    read_credential,
    resolved,
)
from issuer.openbadge import ACHIEVEMENT_PATH

__all__ = ["CODES", "MAX_PDF_BYTES", "PdfCheck", "PdfFinding", "check_certificate_pdf"]

CODES: Final = {
    "pdf-too-large": "the PDF, or a part of it, is past a reading limit (size, objects, "
    "attachments, inflated size, complexity)",
    "pdf-unreadable": "not a PDF, or an encrypted or broken one",
    "pdf-no-credential": "no credential is embedded",
    "pdf-several-credentials": "more than one credential is embedded",
    "pdf-credential-unreadable": "the embedded credential is corrupt or not a JSON object",
    "pdf-other-attachments": "files other than the credential are embedded",
    "pdf-incremental-update": "the file was modified after it was made (incremental update)",
    "pdf-page-count": "a certificate has exactly one page",
    "pdf-annotations": "annotations (notes, stamps, form fields, links) are on a page",
    "pdf-active-content": "the PDF runs actions or scripts when opened, or has a form",
    "pdf-not-a-certificate": "the embedded credential is not a certificate that can be rendered",
    "pdf-content-mismatch": "the page is not what the embedded credential renders to",
    "pdf-attachment-mismatch": "the page shows another certificate than the embedded credential",
}
_ACTIVE: Final = ("/OpenAction", "/AA", "/AcroForm")  # in the catalogue; a certificate has none
MAX_TEXT_WORK: Final = 20_000  # content-stream tokens read for the text; a certificate has <5,000
_UPDATE = re.compile(rb"[\r\n]startxref[ \t\r\n\f\0]+\d+[ \t\r\n\f\0]+%%EOF")
_READ_ERRORS = (
    CertificatePdfError,
    PyPdfError,
    ValueError,
    KeyError,
    TypeError,
    AttributeError,
    IndexError,
    OSError,
    RecursionError,
)


@dataclass(frozen=True)
class PdfFinding:
    """One thing wrong with the PDF: a stable ``code`` (:data:`CODES`) and an English detail."""

    code: str
    message: str


@dataclass(frozen=True)
class PdfCheck:
    """The outcome of :func:`check_certificate_pdf`."""

    credential: dict[str, Any] | None
    findings: tuple[PdfFinding, ...] = ()
    lang: str | None = None  # the language the PDF declares, when it is one of ours
    codes: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "codes", tuple(f.code for f in self.findings))

    @property
    def matches(self) -> bool:
        """The PDF is exactly the certificate its embedded credential renders to."""
        return self.credential is not None and not self.findings


def _finding(code: str, message: str) -> PdfFinding:
    assert code in CODES, code
    return PdfFinding(code, message)


def check_certificate_pdf(data: bytes, *, base_url: str) -> PdfCheck:
    """Check the PDF certificate ``data`` (see the module doc); never raises for bad input.

    ``base_url`` is the service's base URL (``https://…``, no trailing slash needed).
    """
    if len(data) > MAX_PDF_BYTES:
        too_large = f"the PDF is larger than {MAX_PDF_BYTES // 1024} KiB"
        return PdfCheck(None, (_finding("pdf-too-large", too_large),))
    with pypdf_limits():
        try:
            reader = open_pdf(data)
        except CertificatePdfError as exc:
            return PdfCheck(None, (_finding(exc.code, str(exc)),))
        return _Checker(data, reader, base_url).run()


class _Checker:
    def __init__(self, data: bytes, reader: PdfReader, base_url: str) -> None:
        self.data, self.reader, self.base_url = data, reader, base_url.rstrip("/")
        self.findings: list[PdfFinding] = []
        self.credential: dict[str, Any] | None = None
        self.lang: str | None = None

    def add(self, code: str, message: str) -> None:
        if code not in {f.code for f in self.findings}:
            self.findings.append(_finding(code, message))

    def run(self) -> PdfCheck:
        steps = (self.revisions, self.active_content, self.attachments, self.pages_and_content)
        for step in steps:
            try:
                step()
            except _READ_ERRORS as exc:
                error = as_pdf_error(exc)
                self.add(error.code, str(error))
        return PdfCheck(self.credential, tuple(self.findings), self.lang)

    def revisions(self) -> None:
        updates = len(_UPDATE.findall(self.data)) - 1
        if updates > 0 or "/Prev" in self.reader.trailer:
            self.add(
                "pdf-incremental-update",
                f"the file has {max(updates, 1)} incremental update(s) after its first version",
            )

    def active_content(self) -> None:
        catalog = resolved(self.reader.trailer, "/Root")
        found = [key for key in _ACTIVE if resolved(catalog, key) is not None]
        if resolved(resolved(catalog, "/Names"), "/JavaScript") is not None:
            found.append("/Names /JavaScript")
        if found:
            self.add("pdf-active-content", f"the document has {', '.join(found)}")

    def attachments(self) -> None:
        files = attachments(self.reader)
        found = credential_files(files)
        others = [f.name for f in files if all(f is not c for c in found)]
        if others:
            self.add("pdf-other-attachments", f"other embedded files: {', '.join(others)[:200]}")
        if not found:
            self.add("pdf-no-credential", "the PDF embeds no credential (application/vc)")
        elif len(found) > 1:
            self.add("pdf-several-credentials", f"the PDF embeds {len(found)} credentials")
        else:
            self.credential = read_credential(found[0])

    def pages_and_content(self) -> None:
        found, more = pages(self.reader)
        if more or len(found) != 1:
            count = f"more than {MAX_PAGES}" if more else str(len(found))
            self.add("pdf-page-count", f"the PDF has {count} pages; a certificate has one")
        with_notes = [n for n, page in enumerate(found, 1) if _annotated(page)]
        if with_notes:
            self.add("pdf-annotations", f"annotations on page(s) {with_notes}")
        if found and self.credential is not None:
            self.compare(found[0], self.credential)

    def compare(self, page: Page, credential: dict[str, Any]) -> None:
        declared = resolved(self.reader.trailer, "/Root")
        lang = str(resolved(declared, "/Lang") or "")
        if lang not in LANGS:
            self.add("pdf-content-mismatch", f"the PDF declares no language of ours ({lang!r})")
            return
        self.lang = lang
        uploaded = page_snapshot(page), _title(self.reader)
        try:
            for base in _bases(self.base_url, credential):
                rendered = PdfReader(
                    io.BytesIO(render_certificate(credential, base_url=base, lang=lang))
                )
                if (page_snapshot(pages(rendered)[0][0]), _title(rendered)) == uploaded:
                    return
        except CertificateRenderError as exc:
            self.add("pdf-not-a-certificate", f"the credential cannot be rendered ({exc})")
            return
        code = credential["credentialSubject"]["licenseNumber"]  # rendered: it is there
        lines = _page_lines(self.reader)
        if lines is None or code in lines:
            unread = " (and its text cannot be read within bounds)" if lines is None else ""
            self.add(
                "pdf-content-mismatch", f"the page differs from its credential's rendering{unread}"
            )
        else:
            self.add(
                "pdf-attachment-mismatch",
                f"the page does not show the embedded credential's code {code}: the attachment "
                "is not the credential the page was rendered from",
            )


def _annotated(page: Page) -> bool:
    annots = page.dictionary.get("/Annots")
    annots = annots.get_object() if annots is not None else None
    return bool(annots)


def _bases(base_url: str, credential: dict[str, Any]) -> list[str]:
    """The caller's base URL, then the credential's (from its achievement id) if another."""
    bases = [base_url]
    subject = credential.get("credentialSubject")
    achievement = subject.get("achievement") if isinstance(subject, dict) else None
    stated = achievement.get("id") if isinstance(achievement, dict) else None
    if isinstance(stated, str) and stated.endswith(ACHIEVEMENT_PATH):
        base = stated.removesuffix(ACHIEVEMENT_PATH)
        if base.startswith(("https://", "http://")) and base != base_url:
            bases.append(base)
    return bases


def _title(reader: PdfReader) -> Any:
    """The document title (viewers show it instead of the file name), as its bytes."""
    title = resolved(resolved(reader.trailer, "/Info"), "/Title")
    return title.get_original_bytes() if isinstance(title, TextStringObject) else title


def _page_lines(reader: PdfReader) -> list[str] | None:
    """The first page's lines of text, stripped (pypdf's extraction, under
    :func:`pypdf_limits`, reading at most :data:`MAX_TEXT_WORK` tokens); None when unreadable."""
    try:
        with apply_configuration(stream_parsing_work_maximum_count=MAX_TEXT_WORK):
            text = reader.pages[0].extract_text()
    except _READ_ERRORS:
        return None
    return [line.strip() for line in text.splitlines() if line.strip()]
