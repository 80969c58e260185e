"""The validation every pupil import shares: INE, names, birth date, sex, class."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from certinum.schools.pupils import (
    Location,
    PupilRow,
    RawPupil,
    Rejection,
    build_report,
    parse_date,
    validate_rows,
)

TODAY = date(2026, 12, 2)


def _raw(line=2, **fields) -> RawPupil:
    values = {
        "ine": "123456789AB",
        "last_name": "Bérard",
        "first_name": "Zoé",
        "birth_date": "03/04/2012",
        "sex": "F",
        "class_code": "4A",
    } | fields
    return RawPupil(location=Location(line=line), **values)


def _one(**fields) -> PupilRow | Rejection:
    return validate_rows([_raw(**fields)], today=TODAY)[0]


@pytest.mark.parametrize(
    "ine", ["1234567890A", "123456789AB", "0123A45678D", " 123456789ab ", "000000001XZ"]
)
def test_valid_ine_forms(ine):
    result = _one(ine=ine)
    assert isinstance(result, PupilRow), result
    assert result.ine == ine.strip().upper()


@pytest.mark.parametrize(
    "ine",
    ["12345678901", "12345678AB", "1234567890AB", "ABCDEFGHIJK", "1234B12345C", "12345 6789A"],
)
def test_invalid_ine_forms(ine):
    result = _one(ine=ine)
    assert isinstance(result, Rejection)
    assert (result.field, result.code) == ("ine", "bad-ine")


def test_an_empty_ine_is_rejected():
    result = _one(ine="  ")
    assert isinstance(result, Rejection)
    assert (result.field, result.code) == ("ine", "empty")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("03/04/2012", date(2012, 4, 3)),
        ("3/4/2012", date(2012, 4, 3)),
        ("2012-04-03", date(2012, 4, 3)),
        ("2012-04-03T00:00:00", date(2012, 4, 3)),
        (date(2012, 4, 3), date(2012, 4, 3)),
        (datetime(2012, 4, 3, 0, 0), date(2012, 4, 3)),
    ],
)
def test_date_forms(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("birth", "ok"),
    [
        ("02/12/2021", True),  # 5 today
        ("03/12/2021", False),  # 5 tomorrow
        ("03/12/2000", True),  # 25 until tomorrow
        ("02/12/2000", False),  # 26 today
    ],
)
def test_age_bounds(birth, ok):
    result = _one(birth_date=birth)
    assert isinstance(result, PupilRow) is ok
    if not ok:
        assert isinstance(result, Rejection)
        assert result.code == "implausible-age"


@pytest.mark.parametrize(("code", "sex"), [("M", "M"), ("f", "F"), ("1", "M"), ("2", "F")])
def test_sex_codes(code, sex):
    result = _one(sex=code)
    assert isinstance(result, PupilRow)
    assert result.sex == sex


def test_names_are_trimmed_and_spaces_collapsed():
    result = _one(last_name="  De   La  Fontaine ", first_name="Jean\u2009Pierre")
    assert isinstance(result, PupilRow)
    assert (result.last_name, result.first_name) == ("De La Fontaine", "Jean Pierre")


def test_a_class_code_over_40_characters_is_rejected():
    result = _one(class_code="C" * 41)
    assert isinstance(result, Rejection)
    assert (result.field, result.code) == ("class_code", "too-long")


def test_report_keeps_file_order_and_names_every_duplicate():
    rows = [_raw(2), _raw(3, ine="223456789AB"), _raw(4), _raw(5)]
    report = build_report(rows, today=TODAY)
    assert [p.location.line for p in report.accepted] == [3]
    assert [r.reason for r in report.rejected] == [
        "INE 123456789AB also on line 4, line 5",
        "INE 123456789AB also on line 2, line 5",
        "INE 123456789AB also on line 2, line 4",
    ]
