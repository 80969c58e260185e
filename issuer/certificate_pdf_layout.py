"""The drawing of a certificate page (A4 landscape), from :class:`CertificateFacts`.

Top: the issuer and the verification code, the title and the framework, the candidate's
name (fitted to the width, on two lines when it is long), birth date, session date and
centre. Middle: the global score and level in a panel (with the nine bands as a scale), the
16 competence levels as marks and figures, grouped under their five areas in two columns.
Bottom: the QR code of the verification URL, the code, the date of issue and a sentence on
the embedded credential. Every size and position is computed from the facts alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from assessment.framework import AREAS, COMPETENCES, MAX_LEVEL
from assessment.scoring import BANDS, MAX_SCORE
from issuer.certificate_pdf_facts import CertificateFacts, format_date
from issuer.certificate_pdf_parts import BOLD, REGULAR, draw_qr

__all__ = ["HEIGHT", "MARGIN", "WIDTH", "draw_page", "fit_lines", "issuer_lines", "spaced_width"]

WIDTH, HEIGHT = landscape(A4)
MARGIN: Final = 48.0
INK: Final = (0.11, 0.16, 0.27)  # the dark navy of titles and the frame
ACCENT: Final = (0.66, 0.53, 0.24)  # the gold of rules and level marks
MUTED: Final = (0.36, 0.38, 0.42)
TINT: Final = (0.95, 0.96, 0.98)
PIP, PIP_PITCH = 4.6, 6.0  # the level marks of a competence
PIPS_WIDTH: Final = MAX_LEVEL * PIP_PITCH + 10
COLUMNS: Final = (("1", "2"), ("3", "4", "5"))  # areas per column of the competence table


def draw_page(
    canvas: Any, facts: CertificateFacts, text: Mapping[str, str], lang: str, base: str
) -> None:
    """Draw the whole page of ``facts`` on ``canvas``; ``base`` is the verifier's base URL."""
    _frame(canvas)
    _header(canvas, facts, text, lang)
    _score_panel(canvas, facts, text, lang)
    _competences(canvas, facts, text, lang)
    _footer(canvas, facts, text, lang, base)


# --- drawing helpers ---------------------------------------------------------------------


def _fit(text: str, font: str, size: float, low: float, width: float) -> float:
    """The largest size from ``size`` down to ``low`` (by half points) at which ``text`` fits
    ``width``; ``low`` when none does."""
    while size > low and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def fit_lines(
    text: str, font: str, size: float, width: float, keep: float = 0.65
) -> tuple[float, list[str]]:
    """``text`` on one line at ``size`` down to ``keep`` (65 %) of it; else on two
    lines, from 80 % of ``size`` down to 6 points, split at the space nearest the middle
    or, when a half would not fit even at 6 points (a very long word), in the middle of
    the text. A name has at most :data:`~issuer.certificate_pdf_facts.MAX_TEXT` (200)
    characters: its two halves fit the name's width at 6 points (the test checks the
    worst case)."""
    one = _fit(text, font, size, size * keep, width)
    if stringWidth(text, font, one) <= width:
        return one, [text]
    words = text.split(" ")
    cut = min(
        range(1, len(words)),
        key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))),
        default=0,
    )
    lines = [" ".join(words[:cut]), " ".join(words[cut:])]
    if not cut or max(stringWidth(line, font, 6.0) for line in lines) > width:
        half = len(text) // 2
        lines = [text[:half], text[half:]]
    longest = max(lines, key=lambda line: stringWidth(line, font, size))
    return _fit(longest, font, size * 0.8, 6.0, width), lines


def spaced_width(text: str, font: str, size: float) -> float:
    """The width :func:`_spaced` draws ``text`` over (upper case, letter spacing)."""
    return float(stringWidth(text.upper(), font, size)) + len(text) * size * 0.12


def issuer_lines(issuer: str, code: str) -> tuple[float, list[str]]:
    """The issuer's name in the header, left of the code: on one line from 10 down to 7
    points, else on two lines (split at the space nearest the middle, or in the middle of
    a word too long) from 8 down to 5 points. A name of
    :data:`~issuer.certificate_pdf_facts.MAX_TEXT` (200) characters fits at 5 points."""
    width = WIDTH - 2 * MARGIN - spaced_width(code, BOLD, 10) - 24  # 24 points before the code
    size = 10.0
    while size > 7 and spaced_width(issuer, BOLD, size) > width:
        size -= 0.5
    if spaced_width(issuer, BOLD, size) <= width:
        return size, [issuer]
    words = issuer.split(" ")
    cut = min(range(1, len(words)), default=0,
              key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))))  # fmt: skip
    lines = [" ".join(words[:cut]), " ".join(words[cut:])] if cut else []
    if not lines or max(spaced_width(line, BOLD, 5.0) for line in lines) > width:
        lines = [issuer[: len(issuer) // 2], issuer[len(issuer) // 2 :]]
    size = 8.0
    while size > 5 and max(spaced_width(line, BOLD, size) for line in lines) > width:
        size -= 0.5
    return size, lines


def _spaced(canvas: Any, x: float, y: float, text: str, font: str, size: float) -> None:
    """Small capitals look: upper case with letter spacing."""
    label = canvas.beginText(x, y)
    label.setFont(font, size)
    label.setCharSpace(size * 0.12)
    label.textOut(text.upper())
    label.setCharSpace(0)  # the spacing is text state: it would outlive this label
    canvas.drawText(label)


# --- the page ----------------------------------------------------------------------------


def _frame(canvas: Any) -> None:
    canvas.setStrokeColorRGB(*INK)
    canvas.setLineWidth(2.2)
    canvas.rect(18, 18, WIDTH - 36, HEIGHT - 36, stroke=1, fill=0)
    canvas.setStrokeColorRGB(*ACCENT)
    canvas.setLineWidth(0.7)
    canvas.rect(25, 25, WIDTH - 50, HEIGHT - 50, stroke=1, fill=0)


def _header(canvas: Any, facts: CertificateFacts, text: Mapping[str, str], lang: str) -> None:
    canvas.setFillColorRGB(*INK)
    size, lines = issuer_lines(facts.issuer, facts.code)
    for i, line in enumerate(lines):  # two lines stay above the title's capitals
        _spaced(canvas, MARGIN, HEIGHT - 58 - i * (size + 1.5), line, BOLD, size)
    code_w = spaced_width(facts.code, BOLD, 10)
    _spaced(canvas, WIDTH - MARGIN - code_w, HEIGHT - 58, facts.code, BOLD, 10)
    canvas.setFont(BOLD, 24)
    canvas.drawCentredString(WIDTH / 2, HEIGHT - 95, text["title"])
    canvas.setFillColorRGB(*MUTED)
    canvas.setFont(REGULAR, 10.5)
    canvas.drawCentredString(WIDTH / 2, HEIGHT - 113, text["framework"])
    canvas.setStrokeColorRGB(*ACCENT)
    canvas.setLineWidth(1.2)
    canvas.line(WIDTH / 2 - 60, HEIGHT - 126, WIDTH / 2 + 60, HEIGHT - 126)
    canvas.setFont(REGULAR, 11)
    canvas.drawCentredString(WIDTH / 2, HEIGHT - 148, text["awarded"])
    width = WIDTH - 2 * MARGIN - 40
    size, lines = fit_lines(facts.name, BOLD, 28, width)
    canvas.setFillColorRGB(*INK)
    canvas.setFont(BOLD, size)
    y = HEIGHT - 156 - size
    for line in lines:
        canvas.drawCentredString(WIDTH / 2, y, line)
        y -= size * 1.15
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(REGULAR, 11)
    y += size * 1.15 - 20
    canvas.drawCentredString(
        WIDTH / 2, y, text["born"].format(date=format_date(facts.birth_date, lang))
    )
    session = text["session"].format(date=format_date(facts.session_date, lang))
    centre = text["centre"].format(centre=facts.centre)
    one = f"{session} · {centre}"
    canvas.setFillColorRGB(*MUTED)
    if stringWidth(one, REGULAR, 10) <= width:
        canvas.setFont(REGULAR, 10)
        canvas.drawCentredString(WIDTH / 2, y - 16, one)
        return
    canvas.setFont(REGULAR, 10)
    canvas.drawCentredString(WIDTH / 2, y - 15, session)
    size, lines = fit_lines(centre, REGULAR, 10, width, keep=0.85)
    canvas.setFont(REGULAR, size)
    for i, line in enumerate(lines):
        canvas.drawCentredString(WIDTH / 2, y - 28 - i * size * 1.2, line)


def _score_panel(canvas: Any, facts: CertificateFacts, text: Mapping[str, str], lang: str) -> None:
    x, y, w, h = MARGIN, 142.0, 172.0, 190.0
    canvas.setFillColorRGB(*TINT)
    canvas.setStrokeColorRGB(*ACCENT)
    canvas.setLineWidth(0.8)
    canvas.roundRect(x, y, w, h, 6, stroke=1, fill=1)
    centre = x + w / 2
    canvas.setFillColorRGB(*MUTED)
    label_w = stringWidth(text["score"].upper(), BOLD, 8.5) * 1.12
    _spaced(canvas, centre - label_w / 2, y + h - 24, text["score"], BOLD, 8.5)
    canvas.setFillColorRGB(*INK)
    canvas.setFont(BOLD, 44)
    canvas.drawCentredString(centre, y + h - 72, str(facts.score))
    canvas.setFillColorRGB(*MUTED)
    canvas.setFont(REGULAR, 9.5)
    canvas.drawCentredString(centre, y + h - 88, text["out_of"].format(max=MAX_SCORE + 1))
    canvas.setStrokeColorRGB(*ACCENT)
    canvas.line(x + 30, y + h - 102, x + w - 30, y + h - 102)
    label_w = stringWidth(text["level"].upper(), BOLD, 8.5) * 1.12
    _spaced(canvas, centre - label_w / 2, y + h - 122, text["level"], BOLD, 8.5)
    canvas.setFillColorRGB(*INK)
    canvas.setFont(BOLD, 20)
    label = facts.band.name_fr if lang == "fr" else facts.band.name_en
    canvas.drawCentredString(centre, y + h - 148, label)
    # the nine bands as a scale, the achieved one and those below filled
    step, gap = 14.0, 3.0
    left = centre - (len(BANDS) * step - gap) / 2
    for band in BANDS:
        filled = band.level <= facts.band.level
        canvas.setFillColorRGB(*(ACCENT if filled else (0.86, 0.87, 0.9)))
        canvas.rect(
            left + band.level * step, y + 16, step - gap, 6 + band.level * 1.5, stroke=0, fill=1
        )


def _competences(canvas: Any, facts: CertificateFacts, text: Mapping[str, str], lang: str) -> None:
    x0, top = MARGIN + 194, 324.0
    canvas.setFillColorRGB(*INK)
    canvas.setFont(BOLD, 10.5)
    canvas.drawString(x0, top, text["competences"].format(max=MAX_LEVEL))
    col_w = (WIDTH - MARGIN - x0 - 16) / 2
    areas = {a.code: a for a in AREAS}
    titles = {c.code: c.title_fr if lang == "fr" else c.title_en for c in COMPETENCES}
    room = col_w - 18 - PIPS_WIDTH - 4
    size = min(_fit(title, REGULAR, 8.0, 6.0, room) for title in titles.values())
    for col, codes in enumerate(COLUMNS):
        x, y = x0 + col * (col_w + 16), top - 20
        for code in codes:
            area = areas[code]
            canvas.setFillColorRGB(*INK)
            canvas.setFont(BOLD, 8.8)
            canvas.drawString(
                x, y, f"{area.code}. {area.title_fr if lang == 'fr' else area.title_en}"
            )
            canvas.setStrokeColorRGB(*ACCENT)
            canvas.setLineWidth(0.5)
            canvas.line(x, y - 3.5, x + col_w, y - 3.5)
            y -= 14.5
            for comp in (c for c in COMPETENCES if c.area == code):
                _competence_row(
                    canvas, x, y, col_w, comp.code, titles[comp.code], size, facts.levels[comp.code]
                )
                y -= 12.5
            y -= 6


def _competence_row(
    canvas: Any, x: float, y: float, width: float, code: str, title: str, size: float, level: int
) -> None:
    canvas.setFillColorRGB(*MUTED)
    canvas.setFont(REGULAR, 7.8)
    canvas.drawString(x, y, code)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(REGULAR, size)
    canvas.drawString(x + 18, y, title)
    left = x + width - PIPS_WIDTH
    for i in range(MAX_LEVEL):
        canvas.setFillColorRGB(*(INK if i < level else (0.85, 0.86, 0.89)))
        canvas.rect(left + i * PIP_PITCH, y - 0.5, PIP, PIP, stroke=0, fill=1)
    canvas.setFillColorRGB(*INK)
    canvas.setFont(BOLD, 8.5)
    canvas.drawRightString(x + width, y - 0.5, str(level))


def _footer(
    canvas: Any, facts: CertificateFacts, text: Mapping[str, str], lang: str, base: str
) -> None:
    canvas.setStrokeColorRGB(*ACCENT)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, 132, WIDTH - MARGIN, 132)
    url = f"{base}/verify/{facts.code}"
    qr = 86.0
    draw_qr(canvas, url, MARGIN - 6, 36, qr)
    x = MARGIN + qr + 4
    canvas.setFillColorRGB(*INK)
    canvas.setFont(BOLD, 10)
    canvas.drawString(x, 108, text["verify"])
    canvas.setFillColorRGB(*MUTED)
    canvas.setFont(REGULAR, 8.5)
    canvas.drawString(x, 94, text["scan"])
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(REGULAR, 8.5)
    canvas.drawString(x, 82, f"{base}/verify")
    canvas.setFillColorRGB(*MUTED)
    canvas.setFont(REGULAR, 8.5)
    canvas.drawString(x, 62, text["code"])
    canvas.setFillColorRGB(*INK)
    canvas.setFont(BOLD, 15)
    canvas.drawString(x, 45, facts.code)
    right, width = WIDTH - MARGIN, 330.0
    canvas.setFillColorRGB(0, 0, 0)
    issued = text["issued"].format(date=format_date(facts.issued.date(), lang), issuer=facts.issuer)
    size, lines = fit_lines(issued, BOLD, 10, width)
    canvas.setFont(BOLD, size)
    y = 108.0
    for line in lines:
        canvas.drawRightString(right, y, line)
        y -= size * 1.3
    canvas.setFillColorRGB(*MUTED)
    proof = text["proof"].format(issuer=facts.issuer)
    size = 7.5 if len(proof) < 300 else 6.0
    canvas.setFont(REGULAR, size)
    for line in simpleSplit(proof, REGULAR, size, width)[:4]:
        y -= size * 1.35
        canvas.drawRightString(right, y, line)
