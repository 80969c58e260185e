"""Enrolment and session data through the centres' API: a pupil enrolled by INE carries their
school's UAI; extra time is a whole number (the API's JSON integer, the file's digits); a
session change names only the fields it changes, and a finalised session refuses every
change with 409 ``session-closed``; times in the JSON answers are UTC ending with ``Z``."""

from __future__ import annotations

from datetime import date
from typing import Any

from accounts_helpers import add_account
from certification_helpers import SESSION, as_account, candidate, centre, pupil
from exam_helpers import planned, started_test
from litestar.testing import TestClient

from certinum.accounts.area import AccountsArea
from certinum.certification.tables import FINALISED, CertificationSession, Enrolment

HEADER = "Nom;Prénom;Date de naissance;Lieu de naissance;Temps majoré (%);Email;INE;UAI"
INES = {"lastName": "Dufrêne", "firstName": "Inès", "birthDate": "03/05/2011"}
LEA = {"lastName": "Martin", "firstName": "Léa", "birthDate": "14/02/1990"}


def _type(response: Any) -> str:
    return str(response.json()["type"]).rsplit("/", 1)[-1]


def _session(client: TestClient[Any], area: AccountsArea) -> tuple[str, dict[str, str]]:
    centre_id, admin = centre(client, area)
    headers = as_account(client, area, admin)
    made = client.post(f"/api/centres/{centre_id}/sessions", json=SESSION, headers=headers)
    assert made.status_code == 201, made.text
    return f"/api/centres/{centre_id}/sessions/{made.json()['id']}", headers


def _enrolled(area: AccountsArea) -> list[tuple[str, str, int]]:
    with area.runtime.sessions() as db:
        rows = db.query(Enrolment).order_by(Enrolment.id).all()
        return [(e.last_name, e.school_uai, e.extra_time_percent) for e in rows]


def _csv(*rows: str) -> dict[str, Any]:
    data = ("\r\n".join([HEADER, *rows]) + "\r\n").encode()
    return {"file": ("candidats.csv", data, "text/csv")}


def test_a_pupil_enrolled_by_ine_carries_the_school_uai(
    client: TestClient[Any], area: AccountsArea
) -> None:
    base, headers = _session(client, area)
    pupil(area, "ines.dufrene1", "123456789AB", "0690001A", date(2011, 5, 3))
    pupil(area, "hugo.blanc1", "1234567890C", "0751234J", date(2011, 6, 1))
    candidate(area, "lea@example.org")
    made = client.post(f"{base}/enrolments", json={**INES, "ine": "123456789AB"}, headers=headers)
    assert made.status_code == 201, made.text
    adult = client.post(f"{base}/enrolments", json={**LEA, "email": "lea@example.org"},
                        headers=headers)  # fmt: skip
    assert adult.status_code == 201, adult.text
    filed = client.post(
        f"{base}/enrolments/import", files=_csv("Blanc;Hugo;01/06/2011;;;;1234567890C;"),
        headers=headers,
    )  # fmt: skip
    assert filed.status_code == 201, filed.text
    assert _enrolled(area) == [
        ("Dufrêne", "0690001A", 0),
        ("Martin", "", 0),
        ("Blanc", "0751234J", 0),
    ]


def test_extra_time_is_a_whole_number(client: TestClient[Any], area: AccountsArea) -> None:
    base, headers = _session(client, area)
    candidate(area, "lea@example.org")
    person = {**LEA, "email": "lea@example.org"}
    for bad in ("20", 12.5, True, 101, -1, None):
        refused = client.post(f"{base}/enrolments", json={**person, "extraTimePercent": bad},
                              headers=headers)  # fmt: skip
        assert refused.status_code == 422 and _type(refused) == "bad-extra-time", bad
        assert refused.json()["field"] == "extra_time"
    assert _enrolled(area) == []
    rows = (
        "Martin;Léa;14/02/1990;;12.5;lea@example.org;;",
        "Martin;Léa;14/02/1990;;20 x;lea@example.org;;",
    )
    for row in rows:
        report = client.post(f"{base}/enrolments/import", files=_csv(row), headers=headers)
        assert report.status_code == 422 and _type(report) == "rows-rejected"
        assert [r["code"] for r in report.json()["report"]["rejected"]] == ["bad-extra-time"]
    assert _enrolled(area) == []
    good = client.post(
        f"{base}/enrolments/import", files=_csv("Martin;Léa;14/02/1990;;20 %;lea@example.org;;"),
        headers=headers,
    )  # fmt: skip
    assert good.status_code == 201, good.text
    assert _enrolled(area) == [("Martin", "", 20)]


def test_a_session_change_is_partial_and_a_closed_session_refuses(
    client: TestClient[Any], area: AccountsArea
) -> None:
    base, headers = _session(client, area)
    before = client.get(base, headers=headers).json()
    changed = client.patch(base, json={"room": "Salle 4"}, headers=headers)
    assert changed.status_code == 200, changed.text
    assert changed.json() == {k: v for k, v in before.items() if k != "candidates"} | {
        "room": "Salle 4"
    }
    refused = client.patch(base, json={"time": "25:00", "room": "Salle 9"}, headers=headers)
    assert refused.status_code == 422 and _type(refused) == "bad-time"
    assert client.get(base, headers=headers).json()["room"] == "Salle 4"

    candidate(area, "lea@example.org")
    candidate(area, "noel@example.org")
    noel = {"lastName": "Cœur", "firstName": "Noël", "birthDate": "30/11/1991"}
    made = client.post(f"{base}/enrolments", json={**noel, "email": "noel@example.org"},
                       headers=headers)  # fmt: skip
    assert made.status_code == 201, made.text
    sid = int(base.rsplit("/", 1)[-1])
    with area.runtime.sessions() as db, db.begin():
        row = db.get(CertificationSession, sid)
        assert row is not None
        row.status = FINALISED
    closed = (
        client.patch(base, json={"room": "Salle 7"}, headers=headers),
        client.post(f"{base}/enrolments", json={**LEA, "email": "lea@example.org"},
                    headers=headers),
        client.post(f"{base}/invigilator-password", headers=headers),
        client.patch(f"{base}/enrolments/{made.json()['id']}", json={"firstName": "Noé"},
                     headers=headers),
    )  # fmt: skip
    for answer in closed:
        assert answer.status_code == 409 and _type(answer) == "session-closed", answer.text
    page = client.post(
        base.removeprefix("/api"),
        data={**SESSION, "room": "Salle 7", "csrf_token": headers["X-CSRF-Token"]},
    )
    assert page.status_code == 409  # the page says the same
    after = client.get(base, headers=headers).json()
    assert after["room"] == "Salle 4" and [c["firstName"] for c in after["candidates"]] == ["Noël"]
    assert after["invigilatorPasswordSet"] is False


def test_times_in_json_end_with_z(client: TestClient[Any], area: AccountsArea) -> None:
    authority = add_account(area, "authority-z", ("authority_admin", ""))
    made = client.post("/api/centres", json={"name": "Centre Z", "code": "CC-Z"},
                       headers=as_account(client, area, authority))  # fmt: skip
    assert made.status_code == 201 and made.json()["created"].endswith("Z"), made.text
    plan = planned(client, area)
    headers, begun = started_test(client, area, plan, "lea@example.org")
    deadline = begun["test"]["deadline"]
    assert deadline.endswith("Z") and "+" not in deadline
    again = client.get(f"/api/certification/tests/{begun['test']['id']}/question",
                       headers=headers)  # fmt: skip
    assert again.json()["test"]["deadline"] == deadline


def test_an_enrolment_change_is_partial(client: TestClient[Any], area: AccountsArea) -> None:
    base, headers = _session(client, area)
    candidate(area, "lea@example.org")
    pupil(area, "ines.dufrene1", "123456789AB", "0690001A", date(2011, 5, 3))
    lea = client.post(f"{base}/enrolments", json={**LEA, "email": "lea@example.org"},
                      headers=headers).json()  # fmt: skip
    ines = client.post(f"{base}/enrolments", json={**INES, "ine": "123456789AB"},
                       headers=headers).json()  # fmt: skip
    url = f"{base}/enrolments/{lea['id']}"
    longer = client.patch(url, json={"extraTimePercent": 33}, headers=headers)
    assert longer.status_code == 200, longer.text
    assert longer.json() == {**lea, "extraTimePercent": 33}
    renamed = client.patch(url, json={"firstName": "Léa-Marie"}, headers=headers)
    assert renamed.json() == {**lea, "extraTimePercent": 33, "firstName": "Léa-Marie"}
    for body, code, field in (
        ({"extraTimePercent": "20"}, "bad-extra-time", "extra_time"),
        ({"extraTimePercent": 12.5}, "bad-extra-time", "extra_time"),
        ({"birthDate": "1990-13-01", "lastName": "Autre"}, "bad-date", "birth_date"),
        ({"lastName": " "}, "empty", "last_name"),
    ):
        refused = client.patch(url, json=body, headers=headers)
        assert refused.status_code == 422 and _type(refused) == code, refused.text
        assert refused.json()["field"] == field
    mismatch = client.patch(f"{base}/enrolments/{ines['id']}", json={"birthDate": "2011-05-04"},
                            headers=headers)  # fmt: skip
    assert mismatch.status_code == 422 and _type(mismatch) == "birth-date-mismatch"
    unknown = client.patch(f"{base}/enrolments/2147483647", json={}, headers=headers)
    assert unknown.status_code == 404 and _type(unknown) == "unknown-enrolment"
    assert _enrolled(area) == [("Martin", "", 33), ("Dufrêne", "0690001A", 0)]
    shown = {c["id"]: c for c in client.get(base, headers=headers).json()["candidates"]}
    assert shown[lea["id"]]["firstName"] == "Léa-Marie"
    assert shown[ines["id"]]["birthDate"] == "2011-05-03"


def test_extra_time_stays_once_the_test_started(
    client: TestClient[Any], area: AccountsArea
) -> None:
    plan = planned(client, area, extra_time=10)
    started_test(client, area, plan, "lea@example.org")
    headers = as_account(
        client, area, add_account(area, "staff-2", ("centre_admin", plan.centre_id))
    )
    url = f"/api/centres/{plan.centre_id}/sessions/{plan.session_id}/enrolments"
    lea = f"{url}/{plan.enrolments['lea@example.org']}"
    refused = client.patch(lea, json={"extraTimePercent": 50}, headers=headers)
    assert refused.status_code == 409 and _type(refused) == "test-started"
    renamed = client.patch(lea, json={"lastName": "Martin-Roy"}, headers=headers)
    assert renamed.status_code == 200 and renamed.json()["extraTimePercent"] == 10
