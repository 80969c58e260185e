"""Pupil lists as CSV, XLSX and ODS: columns, encodings, bad rows and bad files."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from fixtures.schools.siecle_builder import zip_bomb
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

from certinum.schools import (
    ImportRefused,
    read_csv,
    read_ods,
    read_pupil_file,
    read_xlsx,
    spreadsheet,
)
from certinum.schools.spreadsheet import MAX_ROWS, normalize_header

FIXTURES = Path(__file__).parent / "fixtures" / "schools"
TODAY = date(2026, 12, 2)
HEADER = ["INE", "Nom", "Prénom", "Date de naissance", "Sexe", "Classe"]
ROWS = [
    ["123456789AB", "Aubépine", "Léa", "14/02/2012", "F", "4A"],
    ["1234567890C", "Cœurdoux", "Noël", "2011-11-30", "M", "4A"],
]


def _csv(rows, *, sep=";", encoding="utf-8", header=HEADER) -> bytes:
    return "\r\n".join(sep.join(r) for r in [header, *rows]).encode(encoding)


def _refused(reader, data: bytes) -> ImportRefused:
    with pytest.raises(ImportRefused) as info:
        reader(data, today=TODAY)
    return info.value


def _summary(report):
    return [
        (p.ine, p.last_name, p.first_name, p.birth_date, p.sex, p.class_code)
        for p in report.accepted
    ]


EXPECTED = [
    ("123456789AB", "Aubépine", "Léa", date(2012, 2, 14), "F", "4A"),
    ("1234567890C", "Cœurdoux", "Noël", date(2011, 11, 30), "M", "4A"),
]


def test_the_fixture_csv_files_read_alike():
    utf8 = read_csv((FIXTURES / "eleves-utf8-bom.csv").read_bytes(), today=TODAY)
    cp1252 = read_csv((FIXTURES / "eleves-windows-1252.csv").read_bytes(), today=TODAY)
    assert _summary(utf8) == _summary(cp1252) == EXPECTED
    assert utf8.rejected == cp1252.rejected == ()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("sep", [";", ","])
def test_csv_in_each_encoding_and_separator(encoding, sep):
    assert _summary(read_csv(_csv(ROWS, sep=sep, encoding=encoding), today=TODAY)) == EXPECTED


def test_latin1_bytes_that_cp1252_leaves_undefined_still_read():
    rows = [["123456789AB", "Aubépine\x81", "Léa", "14/02/2012", "F", "4A"]]
    report = read_csv(_csv(rows, encoding="latin-1"), today=TODAY)
    assert report.rejected[0].code == "control-character"


def test_header_variants_are_recognised_without_case_or_accents():
    header = ["n° INE", "NOM DE FAMILLE", "prenom", "Date_naissance", "sexe", "Division", "Email"]
    rows = [[*ROWS[0], "lea@example.org"]]
    report = read_csv(_csv(rows, header=header), today=TODAY)
    assert _summary(report) == EXPECTED[:1]
    assert report.ignored_columns == ("Email",)


def test_normalize_header():
    assert normalize_header(" Date-de  Naissance ") == "date de naissance"
    assert normalize_header("N° INE") == "n ine"


def test_missing_columns_are_named():
    error = _refused(read_csv, _csv([ROWS[0][:5]], header=["INE", "Nom", "Prenom", "Né", "Sexe"]))
    assert error.code == "missing-columns"
    assert "Date de naissance, Classe" in error.message
    assert "'Né'" in error.message


def test_two_columns_for_one_field_are_refused():
    error = _refused(read_csv, _csv([[*ROWS[0], "x"]], header=[*HEADER, "Nom de famille"]))
    assert error.code == "duplicate-column"


def test_bad_rows_are_reported_with_their_line_and_field():
    rows = [
        ROWS[0],
        ["12345", "Bérard", "Hugo", "01/01/2012", "M", "4A"],
        ["223456789AB", "Bérard", "Hugo", "31/02/2012", "M", "4A"],
        ["323456789AB", "Bérard", "Hugo", "hier", "M", "4A"],
        ["423456789AB", "Bérard", "Hugo", "01/01/2030", "M", "4A"],
        ["523456789AB", "Bérard", "Hugo", "01/01/1990", "M", "4A"],
        ["623456789AB", "", "Hugo", "01/01/2012", "M", "4A"],
        ["723456789AB", "Bérard", "Hugo", "01/01/2012", "X", "4A"],
        ["823456789AB", "Bérard", "Hugo", "01/01/2012", "M", ""],
        ["923456789AB", "B" * 101, "Hugo", "01/01/2012", "M", "4A"],
    ]
    report = read_csv(_csv(rows), today=TODAY)
    assert [p.ine for p in report.accepted] == ["123456789AB"]
    assert [(r.location.line, r.field, r.code) for r in report.rejected] == [
        (3, "ine", "bad-ine"),
        (4, "birth_date", "bad-date"),
        (5, "birth_date", "bad-date"),
        (6, "birth_date", "future-date"),
        (7, "birth_date", "implausible-age"),
        (8, "last_name", "empty"),
        (9, "sex", "bad-sex"),
        (10, "class_code", "empty"),
        (11, "last_name", "too-long"),
    ]
    assert str(report.rejected[0].location) == "line 3"


def test_a_duplicate_ine_rejects_both_rows():
    rows = [ROWS[0], ROWS[1], [ROWS[0][0].lower(), "Autre", "Élève", "01/01/2012", "M", "4B"]]
    report = read_csv(_csv(rows), today=TODAY)
    assert _summary(report) == EXPECTED[1:]
    assert [(r.location.line, r.code) for r in report.rejected] == [
        (2, "duplicate-ine"),
        (4, "duplicate-ine"),
    ]
    assert report.rejected[0].reason == "INE 123456789AB also on line 4"


def test_blank_lines_are_skipped_and_short_rows_read_as_empty_fields():
    data = _csv([ROWS[0], [";;;;;"], ["123456789AC", "Fauvel"]])
    report = read_csv(data, today=TODAY)
    assert len(report.accepted) == 1
    assert [(r.location.line, r.field) for r in report.rejected] == [(4, "first_name")]


def test_an_empty_or_binary_csv_is_refused():
    assert _refused(read_csv, b"").code == "empty-file"
    assert _refused(read_csv, b"PK\x03\x04\x00\x00").code == "not-csv"


def test_too_many_rows_are_refused():
    row = ";".join(ROWS[0]) + "\r\n"
    data = (";".join(HEADER) + "\r\n" + row * (MAX_ROWS + 1)).encode()
    assert _refused(read_csv, data).code == "too-many-rows"


def _xlsx(rows) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_xlsx_with_date_cells_and_text_dates():
    rows = [
        HEADER,
        ["123456789AB", "Aubépine", "Léa", datetime(2012, 2, 14), "F", "4A"],
        ["1234567890C", "Cœurdoux", "Noël", "30/11/2011", 1, "4A"],
    ]
    report = read_xlsx(_xlsx(rows), today=TODAY)
    assert _summary(report) == EXPECTED
    assert read_pupil_file(_xlsx(rows), "eleves.XLSX", uai="", today=TODAY) == report


def test_xlsx_missing_columns_are_named():
    error = _refused(read_xlsx, _xlsx([["INE", "Nom"], ["123456789AB", "Aubépine"]]))
    assert error.code == "missing-columns"
    assert "Prénom, Date de naissance, Sexe, Classe" in error.message


def test_a_damaged_xlsx_is_refused():
    assert _refused(read_xlsx, b"PK\x03\x04 not really").code == "bad-zip"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", b"not a workbook")
    assert _refused(read_xlsx, out.getvalue()).code == "unreadable-spreadsheet"


def _ods(rows) -> bytes:
    document = OpenDocumentSpreadsheet()
    table = Table(name="Élèves")
    for row in rows:
        table_row = TableRow()
        for value in row:
            if isinstance(value, date):
                cell = TableCell(valuetype="date", datevalue=value.isoformat())
                cell.addElement(P(text=value.strftime("%d/%m/%Y")))
            else:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=value))
            table_row.addElement(cell)
        table.addElement(table_row)
    document.spreadsheet.addElement(table)
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def test_ods_with_date_cells():
    rows = [
        HEADER,
        ["123456789AB", "Aubépine", "Léa", date(2012, 2, 14), "F", "4A"],
        ["1234567890C", "Cœurdoux", "Noël", "2011-11-30", "M", "4A"],
        ["1234567890C", "Cœurdoux", "Noël", "2011-11-30", "M", "4A"],
    ]
    report = read_ods(_ods(rows), today=TODAY)
    assert _summary(report) == EXPECTED[:1]
    assert [(r.location.line, r.code) for r in report.rejected] == [
        (3, "duplicate-ine"),
        (4, "duplicate-ine"),
    ]


def test_a_damaged_ods_is_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", b"application/vnd.oasis.opendocument.spreadsheet")
    assert _refused(read_ods, out.getvalue()).code == "unreadable-spreadsheet"


@pytest.mark.parametrize("reader", [read_xlsx, read_ods])
def test_a_spreadsheet_zip_bomb_is_refused(reader):
    bomb = zip_bomb("content.xml", 40)
    assert _refused(reader, bomb).code == "zip-bomb"


def test_an_unknown_extension_is_refused():
    with pytest.raises(ImportRefused) as info:
        read_pupil_file(b"x", "eleves.pdf", uai="0750001U", today=TODAY)
    assert info.value.code == "unknown-format"


def test_a_csv_over_the_size_bound_is_refused(monkeypatch):
    monkeypatch.setattr(spreadsheet, "MAX_CSV_BYTES", 100)
    assert _refused(read_csv, _csv(ROWS * 3)).code == "file-too-large"


def test_a_utf16_csv_is_refused_with_a_hint():
    error = _refused(read_csv, _csv(ROWS, encoding="utf-16"))
    assert error.code == "not-csv"
    assert "CSV UTF-8" in error.message
