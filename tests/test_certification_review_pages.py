"""The pages after the session: the centre's finalisation form, the jury's review pages and
their decision forms (CSRF-protected, refusals shown with the catalogue's message), the
candidate's results, the school's results and their CSV (escaped against formulas)."""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

from accounts_helpers import add_account
from certification_helpers import as_account, pupil
from certification_review_helpers import jury_headers, problem, session_with, sit
from litestar.testing import TestClient

from certinum.accounts.area import AccountsArea
from certinum.certification.tables import (
    CertificationAnswer,
    CertificationSession,
    CertificationTestRow,
)
from certinum.schools.tables import Organisation


def _status(area: AccountsArea, session_id: int) -> str:
    with area.runtime.sessions() as db:
        row = db.get(CertificationSession, session_id)
        assert row is not None
        return row.status


def test_the_centre_finalises_through_its_page(client: TestClient[Any], area: AccountsArea) -> None:
    centre_id, session_id, headers, enrolled, _ = session_with(client, area, 2)
    sit(area, enrolled[0], theta=0.2, seed=1, answers=8, status="started", pending=True)
    url = f"/centres/{centre_id}/sessions/{session_id}/finalisation"
    shown = client.get(url)
    assert shown.status_code == 200 and f'name="abort-{enrolled[0]}"' in shown.text
    token = headers["X-CSRF-Token"]
    no_csrf = client.post(url, data={"comment": "x"})
    assert no_csrf.status_code == 403 and _status(area, session_id) == "planned"
    refused = client.post(url, data={"csrf_token": token, "comment": "Panne"})
    assert refused.status_code == 422 and "motif d’abandon pour chacun" in refused.text
    assert f'name="abort-{enrolled[0]}" aria-invalid="true"' in refused.text
    assert _status(area, session_id) == "planned"
    form = {"csrf_token": token, "comment": "Panne", f"abort-{enrolled[0]}": "technical",
            "incident_category": "technical_problem", "incident_candidate": str(enrolled[0]),
            "incident_description": "écran noir"}  # fmt: skip
    done = client.post(url, data=form, follow_redirects=False)
    assert done.status_code == 303 and _status(area, session_id) == "finalised"
    again = client.post(url, data=form)
    assert again.status_code == 409 and "déjà finalisée" in again.text


def test_the_jury_decides_and_publishes_through_its_pages(
    client: TestClient[Any], area: AccountsArea
) -> None:
    centre_id, session_id, headers, enrolled, accounts = session_with(client, area, 2)
    staff = client.cookies["certinum_session"]  # the centre admin's
    sit(area, enrolled[0], theta=1.0, seed=2)
    sit(area, enrolled[1], theta=-1.0, seed=3)
    url = f"/api/centres/{centre_id}/sessions/{session_id}/finalisation"
    assert client.post(url, json={"comment": "RAS"}, headers=headers).status_code == 200

    token = jury_headers(client, area)["X-CSRF-Token"]
    listed = client.get("/jury")
    assert listed.status_code == 200 and f'href="/jury/sessions/{session_id}"' in listed.text
    base = f"/jury/sessions/{session_id}"
    page = client.get(base)
    assert page.status_code == 200 and "NOM0 Léa" in page.text and "NOM1 Léa" in page.text
    who = enrolled[0]
    test_item = _item_of(area, who, position=3)
    assert f'value="{test_item}"' in page.text
    neutralise = f"{base}/candidates/{who}/neutralise"
    bare = client.post(neutralise, data={"csrf_token": token, "item": test_item, "reason": ""})
    assert bare.status_code == 422 and "Donnez le motif" in bare.text
    done = client.post(
        neutralise, data={"csrf_token": token, "item": test_item, "reason": "lien mort"},
        follow_redirects=False,
    )  # fmt: skip
    assert done.status_code == 303 and "notice=neutralised" in done.headers["location"]
    assert client.get(done.headers["location"]).status_code == 200
    comment = client.post(
        f"{base}/candidates/{enrolled[1]}/comments",
        data={"csrf_token": token, "candidate": "Courage", "school": "", "reason": "avis"},
        follow_redirects=False,
    )  # fmt: skip
    assert comment.status_code == 303
    published = client.post(f"{base}/publish", data={"csrf_token": token}, follow_redirects=False)
    assert published.status_code == 303 and _status(area, session_id) == "published"
    for lang, label in (("en", "Published"), ("fr", "Publiée")):  # the status named, not its code
        shown = client.get(f"{base}?lang={lang}").text
        assert f"<dd>{label}</dd>" in shown and ">published<" not in shown
    late = client.post(
        f"{base}/candidates/{enrolled[1]}/cancel", data={"csrf_token": token, "reason": "x"}
    )
    assert late.status_code == 409 and "révoqué à la place" in late.text

    as_account(client, area, accounts[1])
    mine = client.get("/candidate/certifications?lang=fr")
    assert mine.status_code == 200 and "Courage" in mine.text and "Certifié" in mine.text
    not_jury = client.get("/jury")
    assert not_jury.status_code == 403
    client.cookies.clear()
    client.cookies.update({"certinum_session": staff})
    for lang, label in (("fr", "Publiée"), ("en", "Published")):
        closed = client.get(f"/centres/{centre_id}/sessions/{session_id}/finalisation?lang={lang}")
        assert f"<dd>{label}</dd>" in closed.text and ">published<" not in closed.text


def _item_of(area: AccountsArea, enrolment_id: int, position: int) -> str:
    with area.runtime.sessions() as db:
        test = db.query(CertificationTestRow).filter_by(enrolment_id=enrolment_id).one()
        row = db.query(CertificationAnswer).filter_by(test_id=test.id, position=position).one()
        return row.item_id


def test_a_school_sees_and_exports_its_pupils_results(
    client: TestClient[Any], area: AccountsArea
) -> None:
    centre_id, session_id, headers, enrolled, _ = session_with(client, area, 1)
    account = pupil(area, "=cmd|' /C calc'!A0", "123456789AB", "0751234J", date(2010, 2, 14))
    person = {"lastName": "=Martin", "firstName": "Léa", "birthDate": "14/02/2010",
              "ine": "123456789AB", "uai": "0751234J"}  # fmt: skip
    got = client.post(
        f"/api/centres/{centre_id}/sessions/{session_id}/enrolments", json=person, headers=headers
    )
    assert got.status_code == 201, got.text
    pupil_enrolment = got.json()["id"]
    sit(area, pupil_enrolment, theta=0.5, seed=7)
    sit(area, enrolled[0], theta=0.5, seed=8)
    url = f"/api/centres/{centre_id}/sessions/{session_id}/finalisation"
    assert client.post(url, json={}, headers=headers).status_code == 200
    with area.runtime.sessions() as db:
        org = db.query(Organisation).filter_by(uai="0751234J").one()
        org_id = org.id
    admin = add_account(area, "school-admin", ("organisation_admin", str(org_id)))
    as_account(client, area, admin)
    csv_url = f"/api/organisations/{org_id}/certifications/{session_id}/results.csv"
    early = client.get(csv_url)
    assert early.status_code == 404 and problem(early) == "unknown-session"

    jury = jury_headers(client, area)
    client.put(
        f"/api/jury/sessions/{session_id}/candidates/{pupil_enrolment}/comments",
        json={"school": "+Très bien", "reason": "avis"}, headers=jury,
    )  # fmt: skip
    assert (
        client.post(f"/api/jury/sessions/{session_id}/publication", headers=jury).status_code == 200
    )

    as_account(client, area, admin)
    listed = client.get(f"/api/organisations/{org_id}/certifications").json()
    assert [r["enrolment"] for r in listed] == [pupil_enrolment]  # not the other candidate
    assert listed[0]["comment"] == "+Très bien"
    data = client.get(csv_url)
    assert data.status_code == 200 and data.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:5] == ["INE", "Nom", "Prénom", "Classe", "Résultat"]
    assert len(rows[0]) == 8 + 16 and len(rows) == 2
    assert rows[1][0] == "123456789AB" and rows[1][1] == "'=Martin" and rows[1][4] == "Certifié"
    assert rows[1][7] == "'+Très bien" and all(cell.isdigit() for cell in rows[1][8:])
    page = client.get(f"/schools/{org_id}/certifications")
    assert page.status_code == 200 and "+Très bien" in page.text
    other = client.get(f"/schools/{org_id + 1}/certifications")
    assert other.status_code == 403
    assert account
