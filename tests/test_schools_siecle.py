"""SIECLE `ElevesSansAdresses.xml` and its ZIP: what is imported, and every bad file refused."""

from __future__ import annotations

import io
import tracemalloc
import zipfile
from datetime import date
from pathlib import Path

import pytest
from fixtures.schools.siecle_builder import Pupil, pupils, siecle_xml, siecle_zip, zip_bomb

from certinum.schools import (
    ImportRefused,
    Location,
    read_pupil_file,
    read_siecle,
    read_siecle_zip,
    siecle,
)

FIXTURES = Path(__file__).parent / "fixtures" / "schools"
TODAY = date(2026, 12, 2)
UAI = "0750001U"


def _refused(data: bytes, *, uai: str = UAI, reader=read_siecle) -> ImportRefused:
    with pytest.raises(ImportRefused) as info:
        reader(data, uai=uai, today=TODAY)
    return info.value


def test_the_fixture_export_is_read_with_its_classes_and_skips():
    data = (FIXTURES / "ElevesSansAdresses.xml").read_bytes()
    report = read_siecle(data, uai=UAI, today=TODAY)
    assert [(p.ine, p.last_name, p.first_name, p.sex, p.class_code) for p in report.accepted] == [
        ("123456789AB", "Aubépine", "Léa", "F", "4A"),
        ("1234567890C", "Cœurdoux", "Noël", "M", "4A"),
        ("0123A45678D", "Dufrêne", "Maël", "M", "4B"),
    ]
    assert report.accepted[0].birth_date == date(2012, 2, 14)
    assert report.accepted[0].location == Location(eleve_id="1001")
    assert [(str(s.location), s.reason) for s in report.skipped] == [
        ("ELEVE_ID 1004", "left the school on 15/10/2026"),
        ("ELEVE_ID 1005", "has no INE (ID_NATIONAL) yet"),
    ]
    # the division "Inactifs" is not a class (as in Pix's import)
    assert [(r.location.eleve_id, r.field, r.code) for r in report.rejected] == [
        ("1006", "class_code", "no-division")
    ]


def test_the_uai_is_compared_without_case_and_a_file_object_is_read():
    data = (FIXTURES / "ElevesSansAdresses.xml").read_bytes()
    report = read_siecle(io.BytesIO(data), uai="0750001u", today=TODAY)
    assert len(report.accepted) == 3


def test_utf8_declared_file_reads_like_iso_8859_15():
    rows = [Pupil("1", "123456789AB", "Cœurdoux", "Anaïs")]
    latin = read_siecle(siecle_xml(rows), uai=UAI, today=TODAY)
    utf8 = read_siecle(siecle_xml(rows, encoding="UTF-8"), uai=UAI, today=TODAY)
    assert latin == utf8
    assert utf8.accepted[0].last_name == "Cœurdoux"


def test_structures_before_pupils_give_the_same_classes():
    rows = pupils(8)
    before = read_siecle(siecle_xml(rows, structures_first=True), uai=UAI, today=TODAY)
    after = read_siecle(siecle_xml(rows), uai=UAI, today=TODAY)
    assert [p.class_code for p in before.accepted] == [p.class_code for p in after.accepted]
    assert len(before.accepted) == 8


def test_a_file_of_another_school_is_refused_whole():
    error = _refused(siecle_xml(pupils(3), uai="0930002X"))
    assert error.code == "uai-mismatch"
    assert "0930002X" in error.message


def test_a_file_without_uaj_is_refused():
    data = siecle_xml(pupils(2)).replace(b"<UAJ>0750001U</UAJ>", b"")
    assert _refused(data).code == "no-uai"


def test_another_xml_document_is_refused():
    assert _refused(b"<?xml version='1.0'?><html><body/></html>").code == "not-siecle"


def test_a_truncated_file_is_refused():
    data = siecle_xml(pupils(20))
    assert _refused(data[: len(data) // 2]).code == "malformed-xml"


def test_a_malformed_file_is_refused():
    data = siecle_xml(pupils(3)).replace(b"</PRENOM>", b"</PRENON>", 1)
    error = _refused(data)
    assert error.code == "malformed-xml"
    assert "mismatched tag" in error.message


def test_bad_bytes_for_the_declared_encoding_are_refused():
    data = siecle_xml([Pupil("1", "123456789AB", "Bérard")], encoding="UTF-8")
    assert _refused(data.replace("Bérard".encode(), "Bérard".encode("latin-1"))).code == (
        "malformed-xml"
    )


# ten levels of ten references: 10^10 "lol"s if expanded
BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE BEE_ELEVES [<!ENTITY l0 "lol">'
    + b"".join(b'<!ENTITY l%d "%s">' % (i, b"&l%d;" % (i - 1) * 10) for i in range(1, 10))
    + b"]><BEE_ELEVES><PARAMETRES><UAJ>&l9;</UAJ></PARAMETRES></BEE_ELEVES>"
)


def test_an_xml_bomb_is_refused():
    assert _refused(BILLION_LAUGHS).code == "xml-forbidden"


def test_an_external_entity_is_refused():
    data = (
        b'<?xml version="1.0"?><!DOCTYPE BEE_ELEVES [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<BEE_ELEVES><PARAMETRES><UAJ>&x;</UAJ></PARAMETRES></BEE_ELEVES>"
    )
    assert _refused(data).code == "xml-forbidden"


def test_rows_with_bad_fields_are_rejected_with_their_element():
    rows = [
        Pupil("1", "123456789AB"),
        Pupil("2", "12345", first_name="Hugo"),
        Pupil("3", "223456789AB", birth="31/02/2012"),
        Pupil("4", "323456789AB", sex="3"),
        Pupil("5", "423456789AB", division=None),
    ]
    report = read_siecle(siecle_xml(rows), uai=UAI, today=TODAY)
    assert [p.ine for p in report.accepted] == ["123456789AB"]
    assert sorted((r.location.eleve_id, r.field, r.code) for r in report.rejected) == [
        ("2", "ine", "bad-ine"),
        ("3", "birth_date", "bad-date"),
        ("4", "sex", "bad-sex"),
        ("5", "class_code", "no-division"),
    ]


def test_a_duplicate_ine_rejects_both_pupils():
    rows = [Pupil("1", "123456789AB"), Pupil("2", "223456789AB"), Pupil("3", "123456789ab")]
    report = read_siecle(siecle_xml(rows), uai=UAI, today=TODAY)
    assert [p.location.eleve_id for p in report.accepted] == ["2"]
    assert [(r.location.eleve_id, r.code) for r in report.rejected] == [
        ("1", "duplicate-ine"),
        ("3", "duplicate-ine"),
    ]
    assert "ELEVE_ID 3" in report.rejected[0].reason


def test_3000_pupils_are_read_with_flat_memory():
    """The time of such an import is measured by ``bench/siecle_import.py``."""
    data = siecle_xml(pupils(3000))
    stream = io.BytesIO(data)
    tracemalloc.start()
    try:
        report = read_siecle(stream, uai=UAI, today=TODAY)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(report.accepted) == 3000
    # the pupils kept (3,000 small rows, about 3 MiB) and one element at a time: the whole
    # tree of this file (ElementTree.fromstring) takes about 11 MiB
    assert peak < 5 << 20, peak


def test_the_zip_schools_download_is_read():
    data = siecle_zip((FIXTURES / "ElevesSansAdresses.xml").read_bytes())
    report = read_siecle_zip(data, uai=UAI, today=TODAY)
    assert len(report.accepted) == 3
    assert read_pupil_file(data, "ElevesSansAdresses.zip", uai=UAI, today=TODAY) == report


def test_a_zip_of_another_school_is_refused():
    error = _refused(siecle_zip(siecle_xml(pupils(2), uai="0930002X")), reader=read_siecle_zip)
    assert error.code == "uai-mismatch"


def test_a_zip_without_the_export_is_refused():
    data = siecle_zip(siecle_xml(pupils(2)), name="autre.xml")
    assert _refused(data, reader=read_siecle_zip).code == "zip-member-missing"


def test_a_zip_with_many_members_is_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for i in range(10):
            archive.writestr(f"f{i}.xml", b"x")
    assert _refused(out.getvalue(), reader=read_siecle_zip).code == "zip-bomb"


def test_a_zip_bomb_is_refused_with_little_memory():
    bomb = zip_bomb("ElevesSansAdresses.xml", 60, b"A")
    assert len(bomb) < 1 << 20
    tracemalloc.start()
    try:
        error = _refused(bomb, reader=read_siecle_zip)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert error.code == "zip-bomb"
    assert peak < 1 << 20


def test_a_zip_whose_member_lies_about_its_size_is_refused():
    xml = siecle_xml(pupils(50))
    data = bytearray(siecle_zip(xml))
    # shrink the declared size in the central directory: zipfile stops there, the XML is cut
    central = data.rfind(b"PK\x01\x02")
    size_at = central + 24
    data[size_at : size_at + 4] = (len(xml) // 2).to_bytes(4, "little")
    error = _refused(bytes(data), reader=read_siecle_zip)
    assert error.code == "bad-zip"
    assert "CRC" in error.message


def test_a_file_that_is_not_a_zip_is_refused():
    assert _refused(b"not a zip at all", reader=read_siecle_zip).code == "bad-zip"


def test_an_xml_file_over_the_size_bound_is_refused(monkeypatch):
    monkeypatch.setattr(siecle, "MAX_XML_BYTES", 100_000)
    data = siecle_xml(pupils(200))
    assert len(data) > 100_000
    assert _refused(data).code == "file-too-large"


def test_an_eleve_with_thousands_of_children_is_refused():
    data = siecle_xml(pupils(2)).replace(b"<CODE_PAYS>", b"<X/>" * 3000 + b"<CODE_PAYS>", 1)
    assert _refused(data).code == "malformed-siecle"
