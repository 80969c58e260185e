"""The PDF certificate (issuer.certificate_pdf) and its bounded reader (certificate_pdf_read).

The checks that need poppler-utils (pdffonts, pdftoppm) or zbar-tools (zbarimg) skip with a
message when those are missing, unless ``CERTINUM_REQUIRE_E2E=1`` makes them mandatory.
"""

from __future__ import annotations

import copy
import io
import json
import shutil
import subprocess
import sys
import zlib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from abuse_cases import signed_certificate
from certificates import certificate
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from skipping import ROOT, skip_or_fail

from assessment.framework import COMPETENCES
from issuer.certificate_pdf import render_certificate
from issuer.certificate_pdf_facts import CertificateRenderError, format_date
from issuer.certificate_pdf_layout import MARGIN, WIDTH, fit_lines
from issuer.certificate_pdf_parts import BOLD, embed_credential, register_fonts
from issuer.certificate_pdf_read import (
    MAX_CREDENTIAL_BYTES,
    MAX_PDF_BYTES,
    CertificatePdfError,
    embedded_credential,
    page_text,
)

BASE = "https://certinum.example"
LONG_NAME = (
    "Marie-Éléonore Anaïs Françoise Béatrice de la Rochefoucauld-Łukasiewicz D'ARTAGNAN-MONTMORENCY"
)


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        skip_or_fail(
            f"{name} is not installed (poppler-utils / zbar-tools)", "CERTINUM_REQUIRE_E2E"
        )
    assert found is not None
    return found


@pytest.fixture(scope="module")
def credential() -> dict[str, Any]:
    return signed_certificate()


@pytest.fixture(scope="module")
def pdf_fr(credential: dict[str, Any]) -> bytes:
    return render_certificate(credential, base_url=BASE)


def catalog(pdf: bytes) -> Any:
    return PdfReader(io.BytesIO(pdf)).trailer["/Root"].get_object()


def renamed(credential: dict[str, Any], name: str) -> dict[str, Any]:
    changed = copy.deepcopy(credential)
    changed["credentialSubject"]["name"] = name
    return changed


# --- determinism -------------------------------------------------------------------------


def test_same_credential_renders_the_same_bytes(credential: dict[str, Any], pdf_fr: bytes) -> None:
    assert render_certificate(credential, base_url=BASE) == pdf_fr
    english = render_certificate(credential, base_url=BASE, lang="en")
    assert english == render_certificate(credential, base_url=BASE, lang="en")
    assert english != pdf_fr


def test_a_fresh_process_renders_the_same_bytes(credential: dict[str, Any], pdf_fr: bytes) -> None:
    """The font cache is warm here and cold in the child: the bytes must not depend on it."""
    script = (
        "import json, sys; from issuer.certificate_pdf import render_certificate; "
        "sys.stdout.buffer.write(render_certificate(json.loads(sys.stdin.read()), "
        f"base_url={BASE!r}))"
    )
    child = subprocess.run(
        [sys.executable, "-c", script],
        input=json.dumps(credential).encode(),
        capture_output=True,
        cwd=ROOT,
        check=True,
    )
    assert child.stdout == pdf_fr


def test_the_pdf_dates_are_the_credential_s_issue_date(pdf_fr: bytes) -> None:
    info = PdfReader(io.BytesIO(pdf_fr)).trailer["/Info"].get_object()
    assert info["/CreationDate"] == info["/ModDate"] == "D:20260612153000Z"  # validFrom


# --- the embedded credential -------------------------------------------------------------


def test_the_embedded_credential_round_trips_as_an_associated_vc_file(
    credential: dict[str, Any], pdf_fr: bytes
) -> None:
    assert embedded_credential(pdf_fr) == credential
    root = catalog(pdf_fr)
    (spec,) = [s.get_object() for s in root["/AF"]]
    assert spec["/AFRelationship"] == "/Source"
    assert spec["/UF"] == spec["/F"] == "credential.json"
    stream = spec["/EF"]["/F"].get_object()
    assert stream["/Subtype"] == "/application/vc"  # as pypdf decodes the name
    assert b"/Subtype /application#2Fvc" in pdf_fr  # '/' written #2F inside a PDF name
    assert json.loads(stream.get_data()) == credential
    names = root["/Names"]["/EmbeddedFiles"]["/Names"]
    assert names[0] == "credential.json"
    assert names[1].get_object() == spec


def test_poppler_lists_the_attachment(pdf_fr: bytes, tmp_path: Path) -> None:
    pdfdetach = tool("pdfdetach")
    path = tmp_path / "c.pdf"
    path.write_bytes(pdf_fr)
    listing = subprocess.run(
        [pdfdetach, "-list", str(path)], capture_output=True, text=True, check=True
    )
    assert "1: credential.json" in listing.stdout


# --- accessibility and fonts -------------------------------------------------------------


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_title_and_language_are_set(credential: dict[str, Any], lang: str) -> None:
    pdf = render_certificate(credential, base_url=BASE, lang=lang)
    reader = PdfReader(io.BytesIO(pdf))
    name, code = (
        credential["credentialSubject"]["name"],
        credential["credentialSubject"]["licenseNumber"],
    )
    title = reader.metadata.title
    assert name in title and code in title
    assert title.startswith("Certificat" if lang == "fr" else "Certificate")
    root = catalog(pdf)
    assert root["/Lang"] == lang
    assert root["/ViewerPreferences"]["/DisplayDocTitle"].value is True


def test_every_font_is_embedded(pdf_fr: bytes, tmp_path: Path) -> None:
    page = PdfReader(io.BytesIO(pdf_fr)).pages[0]
    fonts = [f.get_object() for f in page["/Resources"]["/Font"].values()]
    assert fonts, "the page uses fonts"
    for font in fonts:
        assert "CertinumSans" in font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
    pdffonts = tool("pdffonts")
    path = tmp_path / "c.pdf"
    path.write_bytes(pdf_fr)
    rows = subprocess.run([pdffonts, str(path)], capture_output=True, text=True, check=True)
    lines = rows.stdout.splitlines()[2:]
    assert lines
    for line in lines:
        emb, sub = line.split()[-5:-3]
        assert (emb, sub) == ("yes", "yes"), line


# --- what the page says ------------------------------------------------------------------


def test_the_qr_code_decodes_to_the_verification_url(pdf_fr: bytes, tmp_path: Path) -> None:
    pdftoppm, zbarimg = tool("pdftoppm"), tool("zbarimg")
    (tmp_path / "c.pdf").write_bytes(pdf_fr)
    subprocess.run(
        [pdftoppm, "-r", "100", "-png", str(tmp_path / "c.pdf"), str(tmp_path / "p")], check=True
    )
    (png,) = tmp_path.glob("p*.png")
    decoded = subprocess.run(
        [zbarimg, "--raw", "-q", str(png)], capture_output=True, text=True, check=True
    )
    code = embedded_credential(pdf_fr)["credentialSubject"]["licenseNumber"]
    assert decoded.stdout.strip().splitlines() == [f"{BASE}/verify/{code}"]


def test_french_and_english_texts(credential: dict[str, Any], pdf_fr: bytes) -> None:
    subject = credential["credentialSubject"]
    french = page_text(pdf_fr)
    english = page_text(render_certificate(credential, base_url=BASE, lang="en"))
    for lines in (french, english):
        assert subject["name"] in lines
        assert subject["licenseNumber"] in lines
        assert f"{BASE}/verify" in lines
    assert "Certificat de compétences numériques" in french
    assert "Ce certificat est délivré à" in french
    assert "Délivré le 12 juin 2026 par Certinum" in french
    birth = date.fromisoformat(subject["identifier"][0]["identityHash"])
    session = date.fromisoformat(subject["activityEndDate"][:10])
    assert f"né(e) le {format_date(birth, 'fr')}" in french
    assert f"born on {format_date(birth, 'en')}" in english
    centre = subject["source"]["name"]
    fr_session = f"Session de certification du {format_date(session, 'fr')} · Centre : {centre}"
    assert fr_session in french
    en_session = f"Certification session of {format_date(session, 'en')} · Centre: {centre}"
    assert en_session in english
    assert "Certificate of digital competences" in english
    assert "Issued on 12 June 2026 by Certinum" in english
    assert not set(french) & {"Global score".upper(), "Verify this certificate"}


def test_score_and_band_label_in_each_language() -> None:
    doc = certificate("did:key:z6Mkexample", BASE, seed=7)
    results = doc["credentialSubject"]["result"]
    ach = doc["credentialSubject"]["achievement"]["id"]
    results[0]["value"] = "600"  # Advanced 1 (512–639)
    results[1]["achievedLevel"] = f"{ach}#level-advanced-1"
    french = page_text(render_certificate(doc, base_url=BASE))
    english = page_text(render_certificate(doc, base_url=BASE, lang="en"))
    assert "600" in french and "Avancé 1" in french and "sur 1024 pix" in french
    assert "600" in english and "Advanced 1" in english and "out of 1024 pix" in english


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_competence_is_printed_with_its_level_under_its_area(lang: str) -> None:
    doc = certificate("did:key:z6Mkexample", BASE, seed=3)
    levels = {
        r["resultDescription"].rsplit("-", 1)[1]: r["value"]
        for r in doc["credentialSubject"]["result"][2:]
    }
    lines = page_text(render_certificate(doc, base_url=BASE, lang=lang))
    for comp in COMPETENCES:
        title = comp.title_fr if lang == "fr" else comp.title_en
        at = lines.index(title)
        assert lines[at - 1 : at + 2] == [comp.code, title, levels[comp.code]]
        area_heading = next(
            line
            for line in reversed(lines[:at])
            if line[:2] in {"1.", "2.", "3.", "4.", "5."} and " " in line
        )
        assert area_heading.startswith(f"{comp.area}. ")


def test_a_long_accented_name_is_printed_whole_within_the_page(credential: dict[str, Any]) -> None:
    pdf = render_certificate(renamed(credential, LONG_NAME), base_url=BASE)
    lines = page_text(pdf)
    start = next(i for i, line in enumerate(lines) if line.startswith("Marie-Éléonore"))
    assert " ".join(lines[start : start + 2]) == LONG_NAME
    register_fonts()
    width = WIDTH - 2 * MARGIN - 40  # the name's width in the layout
    size, parts = fit_lines(LONG_NAME, BOLD, 28, width)
    assert len(parts) == 2 and size >= 14
    assert all(stringWidth(p, BOLD, size) <= width for p in parts)
    one_word = "Éléonore" * 25  # 200 characters, no space to break at: cut in the middle
    size, parts = fit_lines(one_word, BOLD, 28, width)
    assert "".join(parts) == one_word and len(parts) == 2
    assert all(stringWidth(p, BOLD, size) <= width for p in parts)


def test_letters_outside_latin_1_are_embedded_and_extractable(credential: dict[str, Any]) -> None:
    name = "Łukasz ŻÓŁKIEWSKI-Şahin"
    pdf = render_certificate(renamed(credential, name), base_url=BASE)
    assert name in page_text(pdf)
    fonts = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"].values()
    assert len(list(fonts)) == 3  # regular; bold and bold's second subset for Ł Ż Ş


def test_the_credential_decides_what_is_printed(credential: dict[str, Any]) -> None:
    broken = copy.deepcopy(credential)
    broken["credentialSubject"]["result"] = broken["credentialSubject"]["result"][:-1]
    with pytest.raises(CertificateRenderError, match=r"competence 5\.2"):
        render_certificate(broken, base_url=BASE)
    mismatched = copy.deepcopy(credential)
    mismatched["credentialSubject"]["result"][0]["value"] = "1"
    with pytest.raises(CertificateRenderError, match="global level"):
        render_certificate(mismatched, base_url=BASE)
    with pytest.raises(CertificateRenderError, match="lang"):
        render_certificate(credential, base_url=BASE, lang="de")


# --- the reader refuses what is not one certificate --------------------------------------


def plain_pdf(pages: int = 1) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    for _ in range(pages):
        canvas.drawString(72, 72, "hello")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def with_attachment(data: bytes) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    canvas.drawString(72, 72, "hello")
    embed_credential(
        canvas, data, modified=__import__("datetime").datetime(2026, 1, 1), description="x"
    )
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_a_pdf_without_a_credential_is_refused() -> None:
    with pytest.raises(
        CertificatePdfError, match=r"no embedded credential \(no application/vc or .json file\)"
    ) as refused:
        embedded_credential(plain_pdf())
    assert refused.value.code == "pdf-no-credential"


def test_a_pdf_with_two_credentials_is_refused(pdf_fr: bytes) -> None:
    writer = PdfWriter(clone_from=io.BytesIO(pdf_fr))
    second = writer.add_attachment("other.json", b"{}")
    second.subtype = NameObject("/application/vc")  # written /application#2Fvc
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(CertificatePdfError, match=r"embeds 2 credentials") as refused:
        embedded_credential(out.getvalue())
    assert refused.value.code == "pdf-several-credentials"


def test_an_oversized_pdf_or_credential_is_refused(pdf_fr: bytes) -> None:
    with pytest.raises(CertificatePdfError, match="larger than 1024 KiB"):
        embedded_credential(pdf_fr + b" " * MAX_PDF_BYTES)
    bomb = with_attachment(b"[" + b" " * (20 * MAX_CREDENTIAL_BYTES) + b"]")
    assert len(bomb) < 100_000  # small on disk, 5 MiB once inflated
    with pytest.raises(CertificatePdfError, match="embedded credential is larger than 256 KiB"):
        embedded_credential(bomb)


def test_a_tampered_pdf_is_refused(pdf_fr: bytes) -> None:
    stream = zlib.compress(
        json.dumps(embedded_credential(pdf_fr), ensure_ascii=False, separators=(",", ":")).encode()
    )
    at = pdf_fr.index(stream[:64])
    tampered = pdf_fr[: at + 40] + bytes([pdf_fr[at + 40] ^ 0xFF]) + pdf_fr[at + 41 :]
    with pytest.raises(CertificatePdfError, match="corrupt"):
        embedded_credential(tampered)
    with pytest.raises(CertificatePdfError, match="not a PDF"):
        embedded_credential(b"<html>" + pdf_fr)
    with pytest.raises(CertificatePdfError, match="not usable JSON"):
        embedded_credential(with_attachment(b'{"a": 1, "a": 2}'))


def test_page_text_wants_one_page() -> None:
    with pytest.raises(CertificatePdfError, match="exactly one page"):
        page_text(plain_pdf(pages=2))


_RENDER = """
import hashlib, sys
sys.path.insert(0, {tests!r})
if {others_first}:
    from certinum.certification.attendance import fonts
    from certinum.schools.slips import _register_fonts
    fonts()
    _register_fonts()
from abuse_cases import signed_certificate
from issuer.certificate_pdf import render_certificate
pdf = render_certificate(signed_certificate(), base_url="https://certinum.example", lang="fr")
print(hashlib.sha256(pdf).hexdigest())
"""


def test_fonts_registered_first_by_other_pdfs_do_not_change_the_certificate() -> None:
    """ReportLab keeps one font per face name in a process: the system DejaVu Sans that the
    attendance sheets and the slips register must not be embedded in a certificate rendered
    after them (the verifier re-renders a page in another process and compares)."""
    tests = str(ROOT / "tests")
    runs = [
        subprocess.run(
            [sys.executable, "-c", _RENDER.format(tests=tests, others_first=first)],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=ROOT,
            check=False,
        )
        for first in (True, False)
    ]
    assert all(run.returncode == 0 for run in runs), [run.stderr[-2000:] for run in runs]
    assert runs[0].stdout == runs[1].stdout
