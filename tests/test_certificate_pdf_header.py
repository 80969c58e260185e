"""The header of the PDF certificate fits a long issuer name: shrunk, then on two lines, it
stays inside the page and left of the verification code; a short name is drawn as before."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from abuse_cases import signed_certificate

from issuer.certificate_pdf import render_certificate
from issuer.certificate_pdf_layout import MARGIN, WIDTH, issuer_lines, spaced_width
from issuer.certificate_pdf_parts import BOLD, register_fonts
from issuer.certificate_pdf_read import page_text

BASE = "https://certinum.example"
CODE = "P-7KQ2MXRB"
LONG_ISSUER = (
    "Groupement d'intérêt public Certification numérique des compétences – Académie de"
    " Bordeaux, service des examens, Gironde"
)


def _with_issuer(name: str) -> dict[str, Any]:
    credential = copy.deepcopy(signed_certificate())
    credential["issuer"] = {**credential["issuer"], "name": name}
    return credential


def _inside(lines: list[str], size: float, code: str) -> bool:
    """Every line starts at the margin and ends before the code (right-aligned at the
    margin), so within the page."""
    code_left = WIDTH - MARGIN - spaced_width(code, BOLD, 10)
    return all(MARGIN + spaced_width(line, BOLD, size) < code_left for line in lines)


def test_a_120_character_issuer_name_stays_inside_the_page() -> None:
    assert len(LONG_ISSUER) == 120
    register_fonts()
    assert MARGIN + spaced_width(LONG_ISSUER, BOLD, 10) > WIDTH  # drawn as it was: off the page
    size, lines = issuer_lines(LONG_ISSUER, CODE)
    assert " ".join(lines) == LONG_ISSUER and len(lines) == 2 and size >= 5
    assert _inside(lines, size, CODE)
    pdf = render_certificate(_with_issuer(LONG_ISSUER), base_url=BASE)
    text = page_text(pdf)
    assert lines[0].upper() in text and lines[1].upper() in text
    assert text[-1].endswith("(Open Badges 3.0, fichier joint credential.json).")  # the footer


@pytest.mark.parametrize(
    "name",
    ["Certinum", "Académie de Bordeaux " * 3, "É" * 200, ("Mot" * 20 + " ") * 3 + "x" * 17],
)
def test_any_issuer_name_fits_the_header(name: str) -> None:
    register_fonts()
    size, lines = issuer_lines(name.strip(), CODE)
    assert "".join(lines).replace(" ", "") == name.strip().replace(" ", "")
    assert _inside(lines, size, CODE) and 5 <= size <= 10


def test_a_short_issuer_name_keeps_one_line_at_ten_points() -> None:
    register_fonts()
    assert issuer_lines("Certinum", CODE) == (10.0, ["Certinum"])
