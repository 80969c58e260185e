"""The results CSV: BOM, separators, one column per competence, no formula ever runs."""

from __future__ import annotations

import csv
import io

import pytest

from assessment.framework import COMPETENCES
from certinum.schools import PupilResult, escape_cell, results_csv
from certinum.schools.export import headers


def _read(data: bytes, delimiter: str = ";") -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=delimiter))


RESULTS = [
    PupilResult("123456789AB", "Aubépine", "Léa", "4A", {"1.1": 3, "5.2": 0}),
    PupilResult("1234567890C", "Cœurdoux", 'Noël; dit "Nono"', "4A", {}),
]


def test_one_row_per_pupil_one_column_per_competence():
    rows = _read(results_csv(RESULTS))
    assert rows[0][:4] == ["INE", "Nom", "Prénom", "Classe"]
    assert rows[0][4:] == [f"{c.code} {c.title_fr}" for c in COMPETENCES]
    assert len(rows[0]) == 4 + 16
    assert rows[1] == ["123456789AB", "Aubépine", "Léa", "4A", "3", *[""] * 14, "0"]
    assert rows[2][:4] == ["1234567890C", "Cœurdoux", 'Noël; dit "Nono"', "4A"]
    assert rows[2][4:] == [""] * 16


def test_comma_on_request_and_english_headers():
    data = results_csv(RESULTS, delimiter=",", language="en")
    rows = _read(data, ",")
    assert rows[0][:4] == ["INE", "Last name", "First name", "Class"]
    assert rows[0][4] == "1.1 Searching and monitoring information"
    assert rows[1][4] == "3"
    assert b"\r\n" in data


def test_another_delimiter_is_refused():
    with pytest.raises(ValueError, match="delimiter"):
        results_csv(RESULTS, delimiter="\t")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "escaped"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+33 6", "'+33 6"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Léa", "Léa"),
        ("", ""),
        ("a=b", "a=b"),
    ],
)
def test_escape_cell(value, escaped):
    assert escape_cell(value) == escaped


def test_every_cell_of_the_file_is_escaped():
    hostile = PupilResult("=1+1", "+Nom", "-Prénom", "@4A", {"1.1": 2})
    rows = _read(results_csv([hostile]))
    assert rows[1][:4] == ["'=1+1", "'+Nom", "'-Prénom", "'@4A"]
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for cell in r)


def test_headers_are_escaped_too():
    assert all(not h.startswith(("=", "+", "-", "@")) for h in headers("fr") + headers("en"))
