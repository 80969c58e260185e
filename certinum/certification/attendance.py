"""The attendance sheet (feuille d'émargement) of a session as a PDF: A4, ReportLab.

The heading names the centre and the session (date, time, room, address, examiner); a table
lists each candidate by last name with their birth date and place, extra time, and an empty
box for their signature on arrival; a box for the examiner's signature ends it. DejaVu Sans is
embedded when ``/usr/share/fonts/truetype/dejavu`` has it (every accent prints), otherwise
ReportLab's Helvetica. The PDF's title and language are set.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from pathlib import Path

from babel.dates import format_date
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from certinum.certification.centres import CentreInfo
from certinum.certification.enrolment import EnrolmentInfo
from certinum.certification.sessions import SessionInfo
from certinum.web.i18n import N_, translations

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
TITLE = N_("Attendance sheet")
LABELS = {
    "session": N_("Session %(id)s, %(date)s at %(time)s"),
    "room": N_("Room: %(room)s, %(address)s"),
    "examiner": N_("Examiner: %(examiner)s"),
    "code": N_("Access code: %(code)s"),
    "name": N_("Name"),
    "birth": N_("Born on"),
    "place": N_("Born in"),
    "extra": N_("Extra time"),
    "signature": N_("Signature"),
    "examiner_signature": N_("Examiner's signature"),
    "none": N_("No candidate is enrolled in this session yet."),
}


@dataclass(frozen=True, slots=True)
class Fonts:
    regular: str
    bold: str


def fonts() -> Fonts:
    """DejaVu Sans (registered once) when installed, else Helvetica."""
    regular, bold = FONT_DIR / "DejaVuSans.ttf", FONT_DIR / "DejaVuSans-Bold.ttf"
    if not (regular.exists() and bold.exists()):
        return Fonts("Helvetica", "Helvetica-Bold")
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(regular)))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(bold)))
    return Fonts("DejaVuSans", "DejaVuSans-Bold")


def attendance_pdf(
    centre: CentreInfo, session: SessionInfo, candidates: list[EnrolmentInfo], lang: str = "fr"
) -> bytes:
    """The attendance sheet of ``session``, in ``lang`` (``fr`` or ``en``)."""
    t = translations(lang).gettext
    f = fonts()
    normal = ParagraphStyle("normal", fontName=f.regular, fontSize=10, leading=13)
    cell = ParagraphStyle("cell", parent=normal, fontSize=9, leading=11)
    heading = ParagraphStyle("title", parent=normal, fontName=f.bold, fontSize=16, leading=20)
    day = format_date(session.day, format="long", locale=lang)
    title = f"{t(TITLE)} — {centre.name}"
    start = session.start_time.strftime("%H:%M")
    when = t(LABELS["session"]) % {"id": session.id, "date": day, "time": start}
    story: list[object] = [
        Paragraph(title, heading),
        Spacer(1, 3 * mm),
        Paragraph(when, normal),
        Paragraph(t(LABELS["room"]) % {"room": session.room, "address": session.address}, normal),
        Paragraph(t(LABELS["examiner"]) % {"examiner": session.examiner}, normal),
        Paragraph(t(LABELS["code"]) % {"code": session.access_code or "—"}, normal),
        Spacer(1, 6 * mm),
    ]
    if candidates:
        bold = ParagraphStyle("head", parent=cell, fontName=f.bold)
        keys = ("name", "birth", "place", "extra", "signature")
        header = [Paragraph(t(LABELS[k]), bold) for k in keys]
        rows = [
            [
                Paragraph(f"{c.last_name.upper()} {c.first_name}", cell),
                Paragraph(format_date(c.birth_date, format="short", locale=lang), cell),
                Paragraph(c.birth_place, cell),
                Paragraph(f"{c.extra_time} %" if c.extra_time else "", cell),
                "",
            ]
            for c in candidates
        ]
        widths = [56 * mm, 24 * mm, 34 * mm, 22 * mm, 44 * mm]
        table = Table([header, *rows], colWidths=widths, repeatRows=1, rowHeights=None)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, 0), f.bold, 9),
                    ("FONT", (0, 1), (-1, -1), f.regular, 9),
                    ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), 9 * mm),
                    ("TOPPADDING", (0, 1), (-1, -1), 2 * mm),
                ]
            )
        )
        story.append(table)
    else:
        story.append(Paragraph(t(LABELS["none"]), normal))
    story += [Spacer(1, 10 * mm), Paragraph(t(LABELS["examiner_signature"]), normal)]
    box = Table([[""]], colWidths=[80 * mm], rowHeights=[25 * mm], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("FONT", (0, 0), (-1, -1), f.regular)]
        )
    )
    story.append(box)
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=A4, title=title, author="Certinum", lang=lang,
        leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=15 * mm,
    )  # fmt: skip
    footer = f"{centre.name} — {when}"

    def page_footer(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.setFont(f.regular, 8)
        canvas.drawString(15 * mm, 8 * mm, f"{footer} — {document.page}")

    doc.build(
        story,
        onFirstPage=page_footer,
        onLaterPages=page_footer,
        canvasmaker=functools.partial(Canvas, initialFontName=f.regular),
    )
    return out.getvalue()
