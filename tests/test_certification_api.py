"""The certification centres' JSON API: the authority creates a centre and names its admin;
the admin plans and edits sessions, sets the invigilator password (shown once, stored hashed),
enrols candidates one by one and from CSV/XLSX/ODS files (the template round-trips), and gets
the attendance sheet. Bad input gets its code and changes nothing."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import openpyxl
import pytest
from accounts_helpers import add_account
from certification_helpers import SESSION, as_account, candidate, centre, pupil
from litestar.testing import TestClient

from certinum.accounts.area import AccountsArea
from certinum.accounts.passwords import verify_password
from certinum.certification.tables import CertificationSession, Enrolment
from certinum.certification.template import template
from certinum.models import AuditEvent

HEADER = "Nom;Prénom;Date de naissance;Lieu de naissance;Temps majoré (%);Email;INE;UAI"


def _type(response: Any) -> str:
    return str(response.json()["type"]).rsplit("/", 1)[-1]


def _session(client: TestClient[Any], area: AccountsArea) -> tuple[str, int, dict[str, str]]:
    centre_id, admin = centre(client, area)
    headers = as_account(client, area, admin)
    made = client.post(f"/api/centres/{centre_id}/sessions", json=SESSION, headers=headers)
    assert made.status_code == 201, made.text
    return centre_id, made.json()["id"], headers


def _count(area: AccountsArea, table: Any) -> int:
    with area.runtime.sessions() as db:
        return db.query(table).count()


def test_sessions_are_planned_edited_and_listed(
    client: TestClient[Any], area: AccountsArea
) -> None:
    centre_id, session_id, headers = _session(client, area)
    base = f"/api/centres/{centre_id}/sessions"
    shown = client.get(f"{base}/{session_id}", headers=headers).json()
    assert shown["status"] == "planned" and len(shown["accessCode"]) == 6
    assert shown["time"] == "09:30" and shown["candidates"] == []
    edited = client.patch(
        f"{base}/{session_id}", json={**SESSION, "room": "Salle 4"}, headers=headers
    )
    assert edited.status_code == 200 and edited.json()["room"] == "Salle 4"
    listed = client.get(base, headers=headers).json()
    assert [s["id"] for s in listed] == [session_id]

    for bad, code in (
        ({"date": "31/02/2027"}, "bad-date"),
        ({"date": "2026-01-01"}, "date-past"),
        ({"time": "25:00"}, "bad-time"),
        ({"room": "  "}, "bad-room"),
    ):
        refused = client.post(base, json={**SESSION, **bad}, headers=headers)
        assert refused.status_code == 422 and _type(refused) == code, refused.text
    assert len(client.get(base, headers=headers).json()) == 1


def test_the_invigilator_password_is_shown_once_and_stored_hashed(
    client: TestClient[Any], area: AccountsArea
) -> None:
    centre_id, session_id, headers = _session(client, area)
    url = f"/api/centres/{centre_id}/sessions/{session_id}/invigilator-password"
    first = client.post(url, headers=headers).json()["password"]
    second = client.post(url, headers=headers).json()["password"]
    assert first != second and len(second) == 12
    with area.runtime.sessions() as db:
        stored = db.get(CertificationSession, session_id)
        assert stored is not None and stored.invigilator_password_hash
        assert second not in stored.invigilator_password_hash
        policy = area.runtime.settings.accounts
        assert verify_password(stored.invigilator_password_hash, second, policy)
        assert not verify_password(stored.invigilator_password_hash, first, policy)


def test_one_candidate_is_enrolled_if_certifiable(
    client: TestClient[Any], area: AccountsArea
) -> None:
    centre_id, session_id, headers = _session(client, area)
    candidate(area, "lea@example.org")
    candidate(area, "noel@example.org", competences=4)
    url = f"/api/centres/{centre_id}/sessions/{session_id}/enrolments"
    person = {"lastName": "Martin", "firstName": "Léa", "birthDate": "14/02/1990",
              "birthPlace": "Lyon", "extraTimePercent": 33,
              "email": "lea@example.org"}  # fmt: skip
    made = client.post(url, json=person, headers=headers)
    assert made.status_code == 201, made.text
    assert made.json()["extraTimePercent"] == 33 and made.json()["birthDate"] == "1990-02-14"

    again = client.post(url, json=person, headers=headers)
    assert again.status_code == 422 and _type(again) == "already-enrolled"
    not_yet = client.post(url, json={**person, "email": "noel@example.org"}, headers=headers)
    assert not_yet.status_code == 422 and _type(not_yet) == "not-certifiable"
    assert "4 competences" in not_yet.json()["detail"]
    for bad, code in (
        ({"email": "nobody@example.org"}, "no-account"),
        ({"birthDate": "1990-13-01"}, "bad-date"),
        ({"extraTimePercent": 150}, "bad-extra-time"),
        ({"email": "", "ine": ""}, "no-identifier"),
        ({"email": "", "ine": "123456789AB", "uai": "0690001A"}, "bad-uai-letter"),
    ):
        refused = client.post(url, json={**person, **bad}, headers=headers)
        assert refused.status_code == 422 and _type(refused) == code, refused.text
    assert _count(area, Enrolment) == 1


def _csv(*rows: str) -> bytes:
    return ("\r\n".join([HEADER, *rows]) + "\r\n").encode()


def test_a_file_is_enrolled_whole_or_reported(client: TestClient[Any], area: AccountsArea) -> None:
    centre_id, session_id, headers = _session(client, area)
    candidate(area, "lea@example.org")
    candidate(area, "noel@example.org", competences=2)
    pupil(area, "ines.dufrene1", "123456789AB", "0690001B", date(2011, 5, 3))
    url = f"/api/centres/{centre_id}/sessions/{session_id}/enrolments/import"
    data = _csv(
        "Martin;Léa;14/02/1990;Lyon;;lea@example.org;;",
        "Dufrêne;Inès;03/05/2011;Lyon;33;;123456789AB;",
        "Martin;Léa;14/02/1990;Lyon;;lea@example.org;;",
        "Cœur;Noël;30/11/1991;Paris;;noel@example.org;;",
        "Petit;Jean;1991-02-30;Paris;;jean@example.org;;",
        "Dufrêne;Inès;04/05/2011;Lyon;;;123456789AB;",
        "Inconnu;Paul;01/01/2011;Lyon;;;987654321CD;",
    )
    files = {"file": ("candidats.csv", data, "text/csv")}
    refused = client.post(url, files=files, headers=headers)
    assert refused.status_code == 422 and _type(refused) == "rows-rejected"
    report = refused.json()["report"]
    assert [(r["line"], r["code"]) for r in report["rejected"]] == [
        (4, "duplicate-row"),
        (5, "not-certifiable"),
        (6, "bad-date"),
        (7, "birth-date-mismatch"),
        (8, "no-account"),
    ]
    assert report["rejected"][0]["reason"] == "the same candidate as line 2"
    assert _count(area, Enrolment) == 0
    for bad in ({"data": {"mode": "some-rows"}}, {"params": {"mode": "some-rows"}}):
        wrong_mode = client.post(url, files=files, headers=headers, **bad)
        assert wrong_mode.status_code == 400 and _type(wrong_mode) == "bad-mode"
    assert _count(area, Enrolment) == 0

    done = client.post(url, files=files, data={"mode": "valid-only"}, headers=headers)
    assert done.status_code == 201, done.text
    assert done.json()["written"] is True and len(done.json()["accepted"]) == 2
    shown = client.get(f"/api/centres/{centre_id}/sessions/{session_id}", headers=headers).json()
    assert [(c["lastName"], c["extraTimePercent"]) for c in shown["candidates"]] == [
        ("Dufrêne", 33),
        ("Martin", 0),
    ]
    with area.runtime.sessions() as db:
        audit = db.query(AuditEvent).filter_by(action="enrolment.import").one()
        assert audit.details["enrolled"] == 2 and "Martin" not in str(audit.details)


@pytest.mark.parametrize("kind", ["csv", "xlsx", "ods"])
def test_the_template_round_trips(client: TestClient[Any], area: AccountsArea, kind: str) -> None:
    centre_id, session_id, headers = _session(client, area)
    got = client.get(f"/api/enrolment-templates/{kind}", headers=headers)
    assert got.status_code == 200 and got.content == template(kind)
    if kind == "csv":
        assert got.headers["content-type"] == "text/csv; charset=utf-8"  # one charset parameter
    url = f"/api/centres/{centre_id}/sessions/{session_id}/enrolments/import"
    sent = client.post(url, files={"file": (f"t.{kind}", got.content)}, headers=headers)
    # The example row names a pupil nobody imported: read, then rejected for that alone.
    assert sent.status_code == 422, sent.text
    assert [r["code"] for r in sent.json()["report"]["rejected"]] == ["no-account"]


def test_an_xlsx_file_with_date_cells_is_read(client: TestClient[Any], area: AccountsArea) -> None:
    centre_id, session_id, headers = _session(client, area)
    candidate(area, "lea@example.org")
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["NOM", "prénom", "Date naissance", "E-mail", "Remarque"])
    sheet.append(["Martin", "Léa", date(1990, 2, 14), "lea@example.org", "x"])
    out = io.BytesIO()
    book.save(out)
    url = f"/api/centres/{centre_id}/sessions/{session_id}/enrolments/import?filename=c.xlsx"
    done = client.post(url, content=out.getvalue(), headers=headers)
    assert done.status_code == 201, done.text
    assert done.json()["ignoredColumns"] == ["Remarque"]


@pytest.mark.parametrize(
    ("filename", "data", "code"),
    [
        ("c.csv", b"Nom;Prenom;Email\r\nA;B;c@d.e\r\n", "missing-columns"),
        ("c.csv", b"Nom;Prenom;Date de naissance\r\nA;B;01/01/2000\r\n", "missing-columns"),
        ("c.csv", b"Nom;Nom;Prenom;Date de naissance;Email\r\n", "duplicate-column"),
        ("c.csv", b"", "empty-file"),
        ("c.csv", HEADER.encode() + b"\r\n", "empty-file"),
        ("c.xlsx", b"not a zip", "bad-zip"),
        ("c.pdf", b"%PDF", "unknown-format"),
    ],
)
def test_files_refused_whole(
    client: TestClient[Any], area: AccountsArea, filename: str, data: bytes, code: str
) -> None:
    centre_id, session_id, headers = _session(client, area)
    url = f"/api/centres/{centre_id}/sessions/{session_id}/enrolments/import"
    refused = client.post(url, files={"file": (filename, data)}, headers=headers)
    assert refused.status_code == 422, refused.text
    assert _type(refused) == code
    assert _count(area, Enrolment) == 0


def test_another_centre_is_refused(client: TestClient[Any], area: AccountsArea) -> None:
    centre_id, session_id, _ = _session(client, area)
    other_id, other_admin = centre(client, area, "CC-02")
    headers = as_account(client, area, other_admin)
    # Another centre's staff: 403 on that centre's routes ...
    assert client.get(f"/api/centres/{centre_id}/sessions", headers=headers).status_code == 403
    # ... and 404 for that centre's session under their own centre.
    url = f"/api/centres/{other_id}/sessions/{session_id}"
    missing = client.get(url, headers=headers)
    assert missing.status_code == 404 and _type(missing) == "unknown-session"
    assert client.patch(url, json=SESSION, headers=headers).status_code == 404


def test_a_cookie_request_without_csrf_is_refused(
    client: TestClient[Any], area: AccountsArea
) -> None:
    centre_id, _, headers = _session(client, area)
    refused = client.post(f"/api/centres/{centre_id}/sessions", json=SESSION)
    assert refused.status_code == 403
    assert len(client.get(f"/api/centres/{centre_id}/sessions", headers=headers).json()) == 1


def test_centres_are_created_by_the_authority(client: TestClient[Any], area: AccountsArea) -> None:
    centre(client, area, "CC-01")
    authority = add_account(area, "authority-2", ("authority_admin", ""))
    headers = as_account(client, area, authority)
    for body, code in (
        ({"name": "X", "code": "CC-01"}, "code-taken"),
        ({"name": "X", "code": "!"}, "bad-code"),
        ({"name": "", "code": "CC-09"}, "bad-name"),
        ({"name": "X", "code": "CC-08", "adminLogin": "nobody"}, "unknown-account"),
    ):
        refused = client.post("/api/centres", json=body, headers=headers)
        assert refused.status_code == 422 and _type(refused) == code, refused.text
    with area.runtime.sessions() as db:
        assert db.query(AuditEvent).filter_by(action="centre.create").count() == 1


def test_the_attendance_sheet_is_a_pdf(client: TestClient[Any], area: AccountsArea) -> None:
    centre_id, session_id, headers = _session(client, area)
    candidate(area, "lea@example.org")
    url = f"/api/centres/{centre_id}/sessions/{session_id}"
    person = {"lastName": "Martin", "firstName": "Léa", "birthDate": "14/02/1990",
              "email": "lea@example.org"}  # fmt: skip
    assert client.post(f"{url}/enrolments", json=person, headers=headers).status_code == 201
    got = client.get(f"{url}/attendance.pdf", headers=headers)
    assert got.status_code == 200 and got.headers["content-type"] == "application/pdf"
    assert got.content.startswith(b"%PDF-") and b"/Lang" in got.content


def test_the_attendance_sheet_embeds_its_font_and_names_its_language() -> None:
    from datetime import UTC, datetime, time

    from certinum.certification.attendance import FONT_DIR, attendance_pdf
    from certinum.certification.centres import CentreInfo
    from certinum.certification.enrolment import EnrolmentInfo
    from certinum.certification.sessions import SessionInfo

    centre_info = CentreInfo(1, "Centre Jean-Moulin", "CC-01", "", datetime(2026, 6, 1, tzinfo=UTC))
    session = SessionInfo(4, 1, date(2027, 3, 15), time(9, 30), "Salle 12", "Lyon", "Mme Œuvray",
                          "BCD234", "planned", True, 1)  # fmt: skip
    people = [EnrolmentInfo(1, 1, "Dufrêne", "Inès", date(2009, 2, 14), "Saint-Étienne", 33, "",
                            "unknown")]  # fmt: skip
    data = attendance_pdf(centre_info, session, people, "fr")
    assert data.startswith(b"%PDF-") and b"/Lang (fr)" in data
    if (FONT_DIR / "DejaVuSans.ttf").exists():
        assert b"DejaVuSans" in data and b"/FontFile2" in data
