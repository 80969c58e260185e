"""The school pages: an admin imports a file with a wrong row (report, then the valid rows
only), sees the pupils, prints a class's login slips (new passwords that log in, the old ones
no more), creates a campaign a pupil joins from their page; another school's admin and
anonymous visitors are kept out; a form without its CSRF token is refused."""

from __future__ import annotations

import io
import re
from typing import Any

import pytest
from accounts_helpers import add_account, session_headers
from litestar.testing import TestClient
from pypdf import PdfReader

from certinum.accounts.area import AccountsArea
from certinum.accounts.errors import LoginRefused
from certinum.accounts.people import log_in
from certinum.schools.service import create_organisation

HEADER = "INE;Nom;Prénom;Date de naissance;Sexe;Classe"
ROWS = [
    "123456789AB;Aubépine;Léa;14/02/2012;F;4A",
    "1234567890C;Cœurdoux;Noël;30/11/2011;M;4A",
    "1234567891D;Dufrêne;Inès;31/02/2012;F;4B",
]
CSV = "\r\n".join([HEADER, *ROWS]).encode()


def _as(client: TestClient[Any], area: AccountsArea, account: int) -> str:
    """Log ``account`` in on ``client``; its CSRF token."""
    cookies, headers = session_headers(area, account)
    client.cookies.clear()
    client.cookies.update(cookies)
    return headers["X-CSRF-Token"]


def _school(area: AccountsArea, uai: str = "0750001U") -> tuple[int, int]:
    admin = add_account(area, f"admin-{uai.lower()}")
    org = create_organisation(
        area.runtime,
        name=f"Collège {uai}",
        uai=uai,
        actor="test",
        admin_login=f"admin-{uai.lower()}",
    )
    return org.id, admin


def _import(client: TestClient[Any], area: AccountsArea, org: int, admin: int) -> None:
    csrf = _as(client, area, admin)
    report = client.post(
        f"/schools/{org}/import",
        files={"file": ("eleves.csv", CSV, "text/csv")},
        data={"csrf_token": csrf, "mode": "all-or-nothing"},
    )
    assert report.status_code == 422, report.text
    assert "Ligne 4" in report.text and "La date de naissance" in report.text
    assert "Lignes à corriger" in report.text
    assert client.get(f"/api/organisations/{org}/pupils").json() == []
    data = re.search(r'name="data" value="([^"]+)"', report.text)
    assert data is not None
    done = client.post(
        f"/schools/{org}/import",
        files={"x": ("", b"", "application/octet-stream")},
        data={"csrf_token": csrf, "mode": "valid-only", "filename": "eleves.csv", "data": data[1]},
    )
    assert done.status_code == 200, done.text
    assert "Élèves ajoutés : 2" in done.text


def _slips_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(p.extract_text() for p in reader.pages)


def test_import_slips_campaign_and_join(client: TestClient[Any], area: AccountsArea) -> None:
    org, admin = _school(area)
    _import(client, area, org, admin)
    csrf = _as(client, area, admin)
    pupils = client.get(f"/schools/{org}/pupils")
    assert pupils.status_code == 200 and "lea.aubepine1" in pupils.text
    slips = client.post(f"/schools/{org}/slips", data={"csrf_token": csrf, "class": "4A"})
    assert slips.status_code == 200 and slips.headers["content-type"] == "application/pdf"
    text = _slips_text(slips.content)
    assert "lea.aubepine1" in text and "noel.coeurdoux1" in text
    password = re.search(r"Mot de passe initial\s*\n?\s*([a-z0-9]{12})", text)
    assert password is not None, text
    _, pupil = log_in(area, login="lea.aubepine1", password=password[1], address="test")
    again = client.post(f"/schools/{org}/slips", data={"csrf_token": csrf, "class": "4A"})
    with pytest.raises(LoginRefused):
        log_in(area, login="lea.aubepine1", password=password[1], address="test")
    assert "lea.aubepine1" in _slips_text(again.content)
    assert (
        client.post(f"/schools/{org}/slips", data={"csrf_token": csrf, "class": "9Z"}).status_code
        == 422
    )

    made = client.post(
        f"/schools/{org}/campaigns",
        data={
            "csrf_token": csrf,
            "name": "Rentrée",
            "classes": "4A",
            "competences": ["1.1", "3.1"],
        },
        follow_redirects=False,
    )
    assert made.status_code == 303, made.text
    shown = client.get(made.headers["location"])
    code = re.search(r'id="campaign-code">([A-Z0-9]{8})<', shown.text)
    assert shown.status_code == 200 and code is not None
    assert "rejoint la campagne : 0 sur 2" in shown.text

    pupil_csrf = _as(client, area, pupil)
    wrong = client.post("/campaigns", data={"csrf_token": pupil_csrf, "code": "BBBBBBBB"})
    assert wrong.status_code == 404 and "Aucune campagne" in wrong.text
    joined = client.post("/campaigns", data={"csrf_token": pupil_csrf, "code": code[1].lower()})
    assert joined.status_code == 200 and "Rentrée" in joined.text
    assert 'value="1.1"' in joined.text and 'action="/candidate/attempts"' in joined.text

    _as(client, area, admin)
    results = client.get(made.headers["location"])
    assert "Aubépine" in results.text
    campaign = made.headers["location"].rsplit("/", 1)[1]
    assert f"/api/organisations/{org}/campaigns/{campaign}/results.csv?delimiter=," in results.text
    csv = client.get(f"/api/organisations/{org}/campaigns/{campaign}/results.csv?delimiter=,")
    assert csv.status_code == 200 and b"Aub\xc3\xa9pine" in csv.content


def test_another_school_and_anonymous_are_kept_out(
    client: TestClient[Any], area: AccountsArea
) -> None:
    org, _ = _school(area)
    _, other = _school(area, "0750002V")
    csrf = _as(client, area, other)
    for path in ("", "/pupils", "/import", "/campaigns", "/campaigns/1"):
        assert client.get(f"/schools/{org}{path}").status_code == 403
    refused = client.post(f"/schools/{org}/slips", data={"csrf_token": csrf, "class": "4A"})
    assert refused.status_code == 403
    client.cookies.clear()
    login = client.get(f"/schools/{org}/pupils")
    assert login.status_code == 401 and 'name="password"' in login.text
    assert f'value="/schools/{org}/pupils"' in login.text


def test_schools_entry_and_csrf(client: TestClient[Any], area: AccountsArea) -> None:
    org, admin = _school(area)
    _as(client, area, admin)
    entry = client.get("/schools", follow_redirects=False)
    assert entry.status_code == 303 and entry.headers["location"] == f"/schools/{org}"
    no_token = client.post(f"/schools/{org}/slips", data={"class": "4A"})
    assert no_token.status_code == 403
    pupil = add_account(area, "pupil", ("candidate", ""))
    _as(client, area, pupil)
    assert client.get("/schools").status_code == 403
    assert client.get("/campaigns").status_code == 200


def test_the_api_prints_the_same_slips(client: TestClient[Any], area: AccountsArea) -> None:
    org, admin = _school(area)
    _import(client, area, org, admin)
    csrf = _as(client, area, admin)
    headers = {"X-CSRF-Token": csrf}
    pdf = client.post(f"/api/organisations/{org}/slips", json={"class": "4A"}, headers=headers)
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert "Initial password" not in _slips_text(pdf.content)
    english = client.post(
        f"/api/organisations/{org}/slips", json={"class": "4A", "lang": "en"}, headers=headers
    )
    assert "Initial password" in _slips_text(english.content)
    none = client.post(f"/api/organisations/{org}/slips", json={"class": "9Z"}, headers=headers)
    assert none.status_code == 422 and none.json()["type"].endswith("unknown-class")
    _, other = _school(area, "0750002V")
    csrf = _as(client, area, other)
    refused = client.post(
        f"/api/organisations/{org}/slips", json={"class": "4A"}, headers={"X-CSRF-Token": csrf}
    )
    assert refused.status_code == 403
