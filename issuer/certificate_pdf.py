"""The PDF certificate: one A4 landscape page rendered from a signed certificate credential.

:func:`render_certificate` prints only what it reads from the credential
(:mod:`issuer.certificate_pdf_facts`): the candidate's name and birth date, the centre, the
session date, the date of issue, the global score and level with its label, the 16
competence levels grouped by area, the verification code and a QR code of
``{base_url}/verify/{code}``; French by default, English with ``lang="en"``. The credential
itself is embedded as ``credential.json`` (media type ``application/vc``, an associated file of
the document), so the PDF carries its own proof.

The output is deterministic: ReportLab's invariant mode (fixed document id), the creation and
modification dates taken from the credential's ``validFrom``, no random ids; the same
credential, base URL and language give the same bytes (with the same ReportLab version), so a
verifier can re-render the embedded credential and compare the pages
(:mod:`issuer.certificate_pdf_check`). Fonts are the project's Certinum Sans (DejaVu Sans), embedded
as subsets; the document has a title (shown by viewers instead of the file name) and a language.
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from issuer.certificate_pdf_facts import (
    LANGS,
    TEXT,
    CertificateRenderError,
    certificate_facts,
)
from issuer.certificate_pdf_layout import HEIGHT, WIDTH, draw_page
from issuer.certificate_pdf_parts import REGULAR, embed_credential, pdf_date, register_fonts

__all__ = ["CertificateRenderError", "credential_bytes", "render_certificate"]


def credential_bytes(credential: Mapping[str, Any]) -> bytes:
    """The embedded file: the credential as compact UTF-8 JSON, keys in the order received."""
    return json.dumps(credential, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def render_certificate(credential: dict[str, Any], *, base_url: str, lang: str = "fr") -> bytes:
    """The certificate of ``credential`` as PDF bytes (see the module docstring)."""
    if lang not in LANGS:
        raise CertificateRenderError(f"lang is one of {', '.join(LANGS)}")
    if not base_url.startswith(("https://", "http://")):
        raise CertificateRenderError("base_url must be an absolute http(s) URL")
    facts = certificate_facts(credential)
    text = TEXT[lang]
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(
        out,
        pagesize=(WIDTH, HEIGHT),
        invariant=1,
        pageCompression=1,
        lang=lang,
        initialFontName=REGULAR,  # not Helvetica, which would be a font not embedded
        initialFontSize=10,
        pdfVersion=(1, 7),  # /UF is PDF 1.7; /AF as PDF/A-3 (on 1.7) defines it
    )
    stamp = pdf_date(facts.issued)
    canvas.setDateFormatter(lambda *_: stamp)
    canvas.setTitle(text["doc_title"].format(name=facts.name, code=facts.code))
    canvas.setAuthor(facts.issuer)
    canvas.setSubject(text["subject"])
    canvas.setCreator("Certinum")
    canvas.setViewerPreference("DisplayDocTitle", "true")
    draw_page(canvas, facts, text, lang, base_url.rstrip("/"))
    embed_credential(
        canvas,
        credential_bytes(credential),
        modified=facts.issued,
        description=text["proof"].format(issuer=facts.issuer),
    )
    canvas.showPage()
    canvas.save()
    return out.getvalue()
