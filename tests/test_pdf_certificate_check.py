"""issuer.certificate_pdf_check: a genuine PDF certificate matches; each tamper is caught alone.

Every tampered PDF is made from a genuine one with the tools an attacker would use (ReportLab
to draw, pypdf to edit, plain bytes); each must give exactly its one finding, and every
hostile input is answered in under a second.
"""

from __future__ import annotations

import io
import json
import zlib
from collections.abc import Callable
from typing import Any

import pytest
from abuse_cases import did_key_method, sign, signed_certificate
from certificates import certificate
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText
from pypdf.generic import (
    DictionaryObject,
    NameObject,
    NumberObject,
    RectangleObject,
    StreamObject,
    TextStringObject,
)
from reportlab.pdfgen.canvas import Canvas

from issuer.certificate_pdf import credential_bytes, render_certificate
from issuer.certificate_pdf_check import CODES, PdfCheck, check_certificate_pdf
from issuer.certificate_pdf_read import MAX_OBJECTS, MAX_PDF_BYTES
from vc.jsonld import DocumentLoader

BASE = "https://certinum.example"  # the base of the credentials of abuse_cases/certificates


@pytest.fixture(scope="module")
def credential() -> dict[str, Any]:
    return signed_certificate()


@pytest.fixture(scope="module")
def other() -> dict[str, Any]:
    """Another genuinely signed certificate (another candidate, another code)."""
    return sign(certificate(did_key_method().split("#")[0], BASE, seed=2), DocumentLoader())


@pytest.fixture(scope="module")
def genuine(credential: dict[str, Any]) -> bytes:
    return render_certificate(credential, base_url=BASE)


def checked(data: bytes, base_url: str = BASE) -> PdfCheck:
    """The check of ``data``, whose findings carry only the documented codes. Its bounds are
    asserted by the codes they give (``pdf-too-large``, a page not read to the end), not by
    timing; the time of a check is measured by ``bench/certificate_pdf.py``."""
    result = check_certificate_pdf(data, base_url=base_url)
    assert all(code in CODES for code in result.codes)
    return result


def edited(pdf: bytes, change: Callable[[PdfWriter], None]) -> bytes:
    """``pdf`` opened in pypdf, changed, and saved again (a full rewrite)."""
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def unchanged(writer: PdfWriter) -> None:
    """Saving again with pypdf changes nothing drawn."""


# --- genuine PDFs ------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_genuine_pdf_matches_its_credential(credential: dict[str, Any], lang: str) -> None:
    result = checked(render_certificate(credential, base_url=BASE, lang=lang))
    assert result.matches and result.findings == ()
    assert result.credential == credential
    assert result.lang == lang


def recompressed(writer: PdfWriter) -> None:
    writer.pages[0].compress_content_streams()
    writer.compress_identical_objects()


@pytest.mark.parametrize("change", [unchanged, recompressed])
def test_saved_again_by_another_tool_it_still_matches(
    genuine: bytes, change: Callable[[PdfWriter], None]
) -> None:
    resaved = edited(genuine, change)
    assert resaved != genuine
    assert checked(resaved).matches


def test_the_base_url_is_the_caller_s_or_the_credential_s(
    credential: dict[str, Any], genuine: bytes
) -> None:
    moved = "https://verify.example.org"
    assert checked(genuine, base_url=moved).matches  # rendered at the credential's base
    assert checked(render_certificate(credential, base_url=moved), base_url=moved).matches
    elsewhere = render_certificate(credential, base_url="https://evil.example")
    assert checked(elsewhere).codes == ("pdf-content-mismatch",)


# --- tampering ---------------------------------------------------------------------------


def overlay(draw: Callable[[Canvas], None]) -> Callable[[PdfWriter], None]:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(841.8898, 595.2756))
    draw(canvas)
    canvas.showPage()
    canvas.save()

    def merge(writer: PdfWriter) -> None:
        writer.pages[0].merge_page(PdfReader(io.BytesIO(out.getvalue())).pages[0])

    return merge


def test_text_drawn_over_the_original_is_caught(genuine: bytes) -> None:
    def draw(canvas: Canvas) -> None:
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(300, 250, 80, 40, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont("Helvetica-Bold", 24)
        canvas.drawString(305, 260, "1023")

    result = checked(edited(genuine, overlay(draw)))
    assert result.codes == ("pdf-content-mismatch",) and not result.matches


def test_a_white_box_alone_over_a_mark_is_caught(genuine: bytes) -> None:
    def draw(canvas: Canvas) -> None:
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(500, 200, 60, 12, stroke=0, fill=1)

    assert checked(edited(genuine, overlay(draw))).codes == ("pdf-content-mismatch",)


def test_a_changed_figure_in_the_content_stream_is_caught(genuine: bytes) -> None:
    def change(writer: PdfWriter) -> None:
        page = writer.pages[0]
        data = page.get_contents().get_data()  # type: ignore[union-attr]
        page.replace_contents(_content(data.replace(b" re f", b" re S", 1)))

    assert checked(edited(genuine, change)).codes == ("pdf-content-mismatch",)


def test_a_crop_box_hiding_part_of_the_page_is_caught(genuine: bytes) -> None:
    def crop(writer: PdfWriter) -> None:
        writer.pages[0][NameObject("/CropBox")] = RectangleObject([0, 150, 841.8898, 595.2756])

    assert checked(edited(genuine, crop)).codes == ("pdf-content-mismatch",)


def test_a_changed_embedded_font_is_caught(genuine: bytes) -> None:
    """Same text codes drawn, other glyph shapes: the font program is compared too."""

    def change(writer: PdfWriter) -> None:
        fonts = writer.pages[0]["/Resources"]["/Font"]
        font = next(iter(fonts.values())).get_object()
        program = font["/FontDescriptor"].get_object()["/FontFile2"].get_object()
        data = bytearray(program.get_data())
        data[-100] ^= 0xFF
        program.set_data(bytes(data))

    assert checked(edited(genuine, change)).codes == ("pdf-content-mismatch",)


def test_a_declared_language_that_is_not_the_page_s_is_caught(genuine: bytes) -> None:
    def change(writer: PdfWriter) -> None:
        writer._root_object[NameObject("/Lang")] = TextStringObject("en")

    assert checked(edited(genuine, change)).codes == ("pdf-content-mismatch",)


def test_another_document_title_is_caught(genuine: bytes) -> None:
    def retitle(writer: PdfWriter) -> None:
        writer.add_metadata({"/Title": "Certificat de compétences numériques – Zoë Autre"})

    assert checked(edited(genuine, retitle)).codes == ("pdf-content-mismatch",)

    def keywords(writer: PdfWriter) -> None:  # not shown: not compared
        writer.add_metadata({"/Keywords": "certificat"})

    assert checked(edited(genuine, keywords)).matches


def without_attachments(writer: PdfWriter) -> None:
    del writer._root_object["/Names"]
    del writer._root_object["/AF"]


def test_an_attachment_swapped_for_another_genuine_credential_is_caught(
    genuine: bytes, other: dict[str, Any]
) -> None:
    def swap(writer: PdfWriter) -> None:
        without_attachments(writer)
        swapped = writer.add_attachment("credential.json", credential_bytes(other))
        swapped.subtype = NameObject("/application/vc")

    result = checked(edited(genuine, swap))
    assert result.codes == ("pdf-attachment-mismatch",)
    assert result.credential == other  # genuine on its own: the page is what lies
    assert checked(render_certificate(other, base_url=BASE)).matches


def test_an_incremental_update_is_caught(genuine: bytes) -> None:
    writer = PdfWriter(io.BytesIO(genuine), incremental=True)
    writer.add_metadata({"/Keywords": "edited"})
    out = io.BytesIO()
    writer.write(out)
    assert out.getvalue().startswith(genuine)  # appended: the first version is untouched
    assert checked(out.getvalue()).codes == ("pdf-incremental-update",)


def test_an_annotation_is_caught(genuine: bytes) -> None:
    def annotate(writer: PdfWriter) -> None:
        note = FreeText(text="Niveau 8 partout", rect=(300, 250, 500, 290))
        writer.add_annotation(page_number=0, annotation=note)

    assert checked(edited(genuine, annotate)).codes == ("pdf-annotations",)


def test_a_script_run_on_opening_is_caught(genuine: bytes) -> None:
    def script(writer: PdfWriter) -> None:
        action = {"/S": NameObject("/JavaScript"), "/JS": TextStringObject("app.alert('OK');")}
        opening = DictionaryObject({NameObject(k): v for k, v in action.items()})
        writer._root_object[NameObject("/OpenAction")] = writer._add_object(opening)

    assert checked(edited(genuine, script)).codes == ("pdf-active-content",)


def test_an_added_page_is_caught(genuine: bytes) -> None:
    def add_page(writer: PdfWriter) -> None:
        writer.add_blank_page()

    assert checked(edited(genuine, add_page)).codes == ("pdf-page-count",)


def test_a_removed_credential_is_caught(genuine: bytes) -> None:
    result = checked(edited(genuine, without_attachments))
    assert result.codes == ("pdf-no-credential",) and result.credential is None


def test_a_second_credential_or_another_file_is_caught(
    genuine: bytes, other: dict[str, Any]
) -> None:
    def second(writer: PdfWriter) -> None:
        added = writer.add_attachment("other.json", credential_bytes(other))
        added.subtype = NameObject("/application/vc")

    assert checked(edited(genuine, second)).codes == ("pdf-several-credentials",)

    def notes(writer: PdfWriter) -> None:
        writer.add_attachment("notes.txt", b"hello")

    assert checked(edited(genuine, notes)).codes == ("pdf-other-attachments",)


def test_a_credential_that_is_not_a_certificate_is_said_so(genuine: bytes) -> None:
    def replace(writer: PdfWriter) -> None:
        without_attachments(writer)
        added = writer.add_attachment("credential.json", json.dumps({"type": ["X"]}).encode())
        added.subtype = NameObject("/application/vc")

    assert checked(edited(genuine, replace)).codes == ("pdf-not-a-certificate",)


# --- hostile input -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "data", [b"", b"garbage", b"%PDF-1.7\n" + bytes(range(256)) * 64, b"<html>%PDF-1.7"]
)
def test_garbage_is_unreadable(data: bytes) -> None:
    result = checked(data)
    assert result.codes == ("pdf-unreadable",) and result.credential is None


def test_an_oversized_upload_is_refused_before_parsing(genuine: bytes) -> None:
    assert checked(genuine + b" " * MAX_PDF_BYTES).codes == ("pdf-too-large",)


def _content(data: bytes, *, bomb: bool = False) -> StreamObject:
    stream = StreamObject()
    stream._data = zlib.compress(data, 9)
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    if bomb:
        stream[NameObject("/Length")] = NumberObject(len(stream._data))
    return stream


def test_a_zip_bomb_page_stream_is_refused_within_bounds(genuine: bytes) -> None:
    bomb = b"0 0 m\n" * (40 * 2**20 // 6)  # 40 MB of drawing, 60 KB once deflated

    def change(writer: PdfWriter) -> None:
        page = writer.pages[0]
        page[NameObject("/Contents")] = writer._add_object(_content(bomb, bomb=True))

    data = edited(genuine, change)
    assert len(data) < 300_000
    result = checked(data)
    assert result.codes == ("pdf-too-large",) and result.credential is not None


def test_a_page_of_70_000_text_operations_is_compared_within_bounds(genuine: bytes) -> None:
    """Within the stream bounds, but far more than the text extraction may read: the page
    differs and its text is not read to the end."""
    page = (b"BT /F1+0 10 Tf " + b"(a) Tj " * 70_000 + b"ET")[:500_000]

    def change(writer: PdfWriter) -> None:
        writer.pages[0][NameObject("/Contents")] = writer._add_object(_content(page))

    result = checked(edited(genuine, change))
    assert result.codes == ("pdf-content-mismatch",)
    assert "cannot be read within bounds" in result.findings[0].message


def test_a_zip_bomb_credential_is_refused_within_bounds(genuine: bytes) -> None:
    def replace(writer: PdfWriter) -> None:
        without_attachments(writer)
        added = writer.add_attachment("credential.json", b"[" + b" " * (30 * 2**20) + b"]")
        added.subtype = NameObject("/application/vc")

    result = checked(edited(genuine, replace))
    assert result.codes == ("pdf-too-large",) and result.credential is None


def test_thousands_of_objects_are_refused_within_bounds(genuine: bytes) -> None:
    def pad(writer: PdfWriter) -> None:
        for i in range(5000):
            writer._add_object(DictionaryObject({NameObject("/N"): NumberObject(i)}))

    data = edited(genuine, pad)
    assert data.count(b" obj") > MAX_OBJECTS
    assert checked(data).codes == ("pdf-too-large",)


def _pdf(*objects: bytes) -> bytes:
    """A PDF of ``objects`` (numbered from 1; 1 is the catalogue) with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Root 1 0 R /Size %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_an_xref_stream_declaring_70_000_objects_is_refused_before_parsing() -> None:
    head = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    head += b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    row = bytes([1]) + (9).to_bytes(4, "big") + bytes(2)
    entries = zlib.compress(bytes(7) + row * 69_999)
    xref = b"3 0 obj\n<< /Type /XRef /Size 70000 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode"
    xref += b" /Length %d >>\nstream\n%s\nendstream\nendobj\n" % (len(entries), entries)
    data = head + xref + b"startxref\n%d\n%%%%EOF\n" % len(head)
    assert len(data) < 2_000
    assert checked(data).codes == ("pdf-too-large",)


def test_a_page_tree_that_loops_is_refused_within_bounds() -> None:
    data = _pdf(b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R 2 0 R] >>")
    assert checked(data).codes == ("pdf-no-credential", "pdf-unreadable")


def test_a_huge_array_is_refused_within_bounds() -> None:
    data = _pdf(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /MediaBox [0 0 10 10] /X [" + b"1 " * 200_000 + b"] >>",
    )
    assert checked(data).codes == ("pdf-too-large",)


CATALOG, ONE_PAGE = b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] >>"
DEEP_ARRAYS = b"<< /X " + b"[" * 60_000 + b"]" * 60_000 + b" >>"
DEEP_DICTIONARIES = b"<< /X " + b"<</A " * 60_000 + b">>" * 60_000 + b" >>"


@pytest.mark.parametrize(
    ("objects", "codes"),
    [
        ((CATALOG, ONE_PAGE, DEEP_ARRAYS), ("pdf-too-large",)),
        ((CATALOG, ONE_PAGE, DEEP_DICTIONARIES), ("pdf-too-large",)),
        ((CATALOG, b"<< /Kids [" + b"3 0 R " * 9_000 + b"] >>", b"<<>>"), ("pdf-too-large",)),
        ((b"<< /Type /Catalog /Pages 1 0 R /Names 1 0 R >>",), ("pdf-no-credential",)),
        ((b"<< /Type /Catalog >>",), ("pdf-no-credential", "pdf-page-count")),
    ],
    ids=["deep-arrays", "deep-dictionaries", "one-page-9000-times", "self-reference", "no-pages"],
)
def test_hostile_structures_are_answered_within_bounds(
    objects: tuple[bytes, ...], codes: tuple[str, ...]
) -> None:
    assert checked(_pdf(*objects)).codes == codes


@pytest.mark.parametrize("kids", [16, 120])
def test_many_objects_of_numbers_stop_at_the_parsing_budget(kids: int) -> None:
    """Each node of the attachments' name tree 8 KB of numbers (pypdf's slowest input):
    the reader stops after 64 KiB parsed, not at the end of a 1 MB file."""
    refs = b" ".join(b"%d 0 R" % (i + 4) for i in range(kids))
    catalog = b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 3 0 R >> >>"
    nodes = [b"<< /Names [" + b"1 " * 4_000 + b"] >>"] * kids
    data = _pdf(catalog, b"<< /Type /Pages /Kids [] >>", b"<< /Kids [" + refs + b"] >>", *nodes)
    assert checked(data).codes == ("pdf-too-large",)


def test_a_genuine_check_matches_every_time(genuine: bytes) -> None:
    """The check is a pure function of the bytes: three checks of one genuine PDF match."""
    assert all(checked(genuine).matches for _ in range(3))
