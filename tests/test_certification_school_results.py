"""A school's certification results for its report book, on SQLite and PostgreSQL: each
pupil's class, outcome in words, global score and level, the jury's comment and the 16
competence levels, on the page, in the JSON and in the CSV (UTF-8 with BOM, ``;`` or ``,``,
French or English, cells escaped). A result that is not valid (fewer than 20 answers) or
cancelled by the jury is published with its outcome alone: no score, level nor competence
level, for the school as for the candidate."""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from typing import Any

from accounts_helpers import add_account
from certification_helpers import as_account, pupil
from certification_review_helpers import jury_headers, problem, session_with, sit
from litestar.testing import TestClient

from assessment.framework import COMPETENCE_CODES
from certinum.accounts.area import AccountsArea
from certinum.certification.review_tables import PublishedResult
from certinum.schools.tables import Organisation

UAI = "0751234J"
# (INE, last name, login) of three pupils: certified, not valid, cancelled
PUPILS = (
    ("123456789AB", "=Aubert", "p1@example.org"),
    ("123456789AC", "Bernard", "p2@example.org"),
    ("123456789AD", "Caron", "p3@example.org"),
)


def _published(client: TestClient[Any], area: AccountsArea) -> tuple[int, int, list[int], int]:
    """A published session: three pupils of the school (certified; a candidate's abort at 12
    answers, not valid; cancelled by the jury) and a candidate of no school. The school's id,
    the session's, the pupils' enrolments and the not-valid pupil's account."""
    centre_id, session_id, headers, enrolled, _ = session_with(client, area, 1)
    enrolments, accounts = [], []
    for ine, last, login in PUPILS:
        accounts.append(pupil(area, login, ine, UAI, date(2010, 2, 14)))
        person = {"lastName": last, "firstName": "Léa", "birthDate": "14/02/2010", "ine": ine,
                  "uai": UAI}  # fmt: skip
        got = client.post(
            f"/api/centres/{centre_id}/sessions/{session_id}/enrolments", json=person,
            headers=headers,
        )  # fmt: skip
        assert got.status_code == 201, got.text
        enrolments.append(got.json()["id"])
    sit(area, enrolments[0], theta=0.6, seed=11)
    sit(area, enrolments[1], theta=0.2, seed=12, answers=12, status="ended_by_invigilator",
        abort_reason="candidate")  # fmt: skip
    sit(area, enrolments[2], theta=0.4, seed=13)
    sit(area, enrolled[0], theta=0.1, seed=14)
    url = f"/api/centres/{centre_id}/sessions/{session_id}/finalisation"
    assert client.post(url, json={}, headers=headers).status_code == 200
    jury = jury_headers(client, area)
    base = f"/api/jury/sessions/{session_id}/candidates"
    said = client.put(f"{base}/{enrolments[0]}/comments",
                      json={"school": "=SUM(A1)", "reason": "avis"}, headers=jury)  # fmt: skip
    assert said.status_code == 200
    cancelled = client.post(f"{base}/{enrolments[2]}/cancellation", json={"reason": "fraude"},
                            headers=jury)  # fmt: skip
    assert cancelled.status_code == 200
    done = client.post(f"/api/jury/sessions/{session_id}/publication", headers=jury)
    assert done.status_code == 200, done.text
    by = {r["enrolment"]: r for r in done.json()["results"]}
    assert [by[e]["outcome"] for e in enrolments] == ["certified", "not-valid", "cancelled"]
    for e in enrolments[1:]:  # the publication's own answer shows no score either
        assert (by[e]["score"], by[e]["level"], by[e]["competences"]) == (None, None, {})
    with area.runtime.sessions() as db:
        org_id = db.query(Organisation).filter_by(uai=UAI).one().id
        stored = {r.enrolment_id: r for r in db.query(PublishedResult)}
    assert stored[enrolments[0]].score is not None
    for e in enrolments[1:]:
        row = stored[e]
        assert (row.score, row.band_level, row.levels, row.theta) == (None, None, None, None)
    return org_id, session_id, enrolments, accounts[1]


def _rows(data: bytes, delimiter: str = ";") -> list[list[str]]:
    assert data.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=delimiter))


def test_the_school_sees_class_levels_and_comment_and_no_score_of_an_invalid_result(
    client: TestClient[Any], area: AccountsArea
) -> None:
    org_id, session_id, enrolments, not_valid = _published(client, area)
    admin = add_account(area, "school-admin", ("organisation_admin", str(org_id)))
    as_account(client, area, admin)

    listed = client.get(f"/api/organisations/{org_id}/certifications")
    assert listed.status_code == 200
    by = {r["enrolment"]: r for r in listed.json()}
    assert set(by) == set(enrolments)  # not the candidate of no school
    certified, invalid, cancelled = (by[e] for e in enrolments)
    assert {r["class"] for r in by.values()} == {"3A"}
    assert certified["outcome"] == "certified" and certified["comment"] == "=SUM(A1)"
    assert 0 <= certified["score"] <= 1023 and certified["level"] is not None
    assert sorted(certified["competences"]) == sorted(COMPETENCE_CODES)
    assert (invalid["outcome"], cancelled["outcome"]) == ("not-valid", "cancelled")
    for r in (invalid, cancelled):
        assert (r["score"], r["level"], r["competences"]) == (None, None, {})

    base = f"/api/organisations/{org_id}/certifications/{session_id}/results.csv"
    got = client.get(base)
    assert got.status_code == 200 and got.headers["content-type"] == "text/csv; charset=utf-8"
    rows = _rows(got.content)
    assert rows[0][:8] == ["INE", "Nom", "Prénom", "Classe", "Résultat", "Score global",
                           "Niveau global", "Commentaire du jury"]  # fmt: skip
    assert [h.split(" ", 1)[0] for h in rows[0][8:]] == list(COMPETENCE_CODES)
    assert rows[0][8].startswith("1.1 Mener une recherche")
    assert [(r[0], r[1], r[3], r[4]) for r in rows[1:]] == [
        ("123456789AB", "'=Aubert", "3A", "Certifié"),
        ("123456789AC", "Bernard", "3A", "Non certifié"),
        ("123456789AD", "Caron", "3A", "Annulé"),
    ]
    first = rows[1]
    assert first[5] == str(certified["score"]) and first[6] and first[7] == "'=SUM(A1)"
    assert first[8:] == [str(certified["competences"][c]) for c in COMPETENCE_CODES]
    for row in rows[2:]:
        assert row[5:] == [""] * (3 + 16)

    english = _rows(client.get(f"{base}?delimiter=,&lang=en").content, delimiter=",")
    assert english[0][:8] == ["INE", "Last name", "First name", "Class", "Result",
                              "Global score", "Global level", "Comment of the jury"]  # fmt: skip
    assert english[0][8].startswith("1.1 Searching")
    assert [r[4] for r in english[1:]] == ["Certified", "Not certified", "Cancelled"]

    bad = client.get(f"{base}?delimiter=%09")
    assert bad.status_code == 400 and problem(bad) == "bad-delimiter"
    bad = client.get(f"{base}?lang=de")
    assert bad.status_code == 400 and problem(bad) == "bad-language"

    page = client.get(f"/schools/{org_id}/certifications?lang=fr")
    assert page.status_code == 200
    text = page.text
    assert 'class="table-wrap" tabindex="0" role="region" aria-label="Résultats des élèves' in text
    assert all(f">{code}</abbr></th>" in text for code in COMPETENCE_CODES)
    shown = {
        name: re.findall(r"<td>([^<]*)</td>", row)
        for name, row in re.findall(r'<th scope="row">([^<]+)</th>(.*?)</tr>', text, re.S)
    }
    assert shown["=AUBERT Léa"][:4] == ["3A", "Certifié", str(certified["score"]),
                                        shown["=AUBERT Léa"][3]]  # fmt: skip
    assert shown["=AUBERT Léa"][4] == "=SUM(A1)"
    assert shown["=AUBERT Léa"][5:] == [str(certified["competences"][c]) for c in COMPETENCE_CODES]
    for name, words in (("BERNARD Léa", "Non certifié"), ("CARON Léa", "Annulé")):
        assert shown[name][:2] == ["3A", words]
        assert shown[name][2:4] == ["—", "—"] and shown[name][5:] == ["—"] * 16
    english_page = client.get(f"/schools/{org_id}/certifications?lang=en").text
    assert "Not certified" in english_page and "Cancelled" in english_page

    as_account(client, area, not_valid)  # the candidate sees the outcome alone too
    (mine,) = client.get("/api/me/certifications").json()
    assert mine["outcome"] == "not-valid"
    assert (mine["score"], mine["level"], mine["competences"]) == (None, None, {})
    mine_page = client.get("/candidate/certifications?lang=fr").text
    assert "Non valide" in mine_page and 'class="score"' not in mine_page
