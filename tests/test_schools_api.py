"""The schools JSON API: a school's admin imports pupils (bad rows, bad files, too large),
lists them, runs a campaign a pupil joins, and downloads the results; another school's admin
is refused; every route is in the OpenAPI."""

from __future__ import annotations

from typing import Any

from accounts_helpers import add_account, session_headers
from fixtures.schools.siecle_builder import pupils, siecle_xml
from litestar.testing import TestClient

from certinum.accounts.area import AccountsArea
from certinum.schools.routes import MAX_IMPORT_BYTES

UAI = "0750001U"
HEADER = "INE;Nom;Prénom;Date de naissance;Sexe;Classe"
ROWS = [
    "123456789AB;=Aubépine;Léa;14/02/2012;F;4A",
    "1234567890C;Cœurdoux;Noël;30/11/2011;M;4B",
    "1234567891D;Dufrêne;Inès;31/02/2012;F;4A",
]
CSV = "\r\n".join([HEADER, *ROWS]).encode()


def _as(client: TestClient[Any], area: AccountsArea, account: int) -> dict[str, str]:
    cookies, headers = session_headers(area, account)
    client.cookies.clear()
    client.cookies.update(cookies)
    return headers


def _school(client: TestClient[Any], area: AccountsArea, uai: str = UAI) -> tuple[str, int]:
    """A new organisation (by the authority) and a session header of its admin."""
    authority = add_account(area, f"authority-{uai}", ("authority_admin", ""))
    admin = add_account(area, f"admin-{uai.lower()}")
    created = client.post(
        "/api/organisations",
        json={"name": f"Collège {uai}", "uai": uai, "adminLogin": f"admin-{uai.lower()}"},
        headers=_as(client, area, authority),
    )
    assert created.status_code == 201, created.text
    return str(created.json()["id"]), admin


def _problem_type(response: Any) -> str:
    return str(response.json()["type"]).rsplit("/", 1)[-1]


def test_import_with_bad_rows_in_both_modes(client: TestClient[Any], area: AccountsArea) -> None:
    org, admin = _school(client, area)
    headers = _as(client, area, admin)
    refused = client.post(
        f"/api/organisations/{org}/imports?filename=eleves.csv", content=CSV, headers=headers
    )
    assert refused.status_code == 422 and _problem_type(refused) == "rows-rejected"
    report = refused.json()["report"]
    assert report["written"] is False and report["created"] == []
    assert [(r["where"], r["field"], r["code"]) for r in report["rejected"]] == [
        ("line 4", "birth_date", "bad-date")
    ]
    assert client.get(f"/api/organisations/{org}/pupils").json() == []

    done = client.post(
        f"/api/organisations/{org}/imports",
        files={"file": ("eleves.csv", CSV, "text/csv")},
        data={"mode": "valid-only"},
        headers=headers,
    )
    assert done.status_code == 201, done.text
    created = done.json()["created"]
    assert [(c["login"], c["class"]) for c in created] == [
        ("lea.aubepine1", "4A"),
        ("noel.coeurdoux1", "4B"),
    ]
    assert all("initialPassword" not in c for c in created)  # the slips give passwords
    listed = client.get(f"/api/organisations/{org}/pupils").json()
    assert [(p["ine"], p["class"], p["login"], p["left"]) for p in listed] == [
        ("123456789AB", "4A", "lea.aubepine1", None),
        ("1234567890C", "4B", "noel.coeurdoux1", None),
    ]


def test_bad_files_get_422_and_a_too_large_one_413(
    client: TestClient[Any], area: AccountsArea
) -> None:
    org, admin = _school(client, area)
    headers = _as(client, area, admin)
    url = f"/api/organisations/{org}/imports"
    other_school = siecle_xml(pupils(2), uai="0999999F")
    cases = {
        "uai-mismatch": client.post(f"{url}?filename=E.xml", content=other_school, headers=headers),
        "unknown-format": client.post(f"{url}?filename=e.pdf", content=b"%PDF", headers=headers),
    }
    for code, response in cases.items():
        assert response.status_code == 422, response.text
        assert _problem_type(response) == code
    truncated = client.post(f"{url}?filename=E.xml", content=other_school[:200], headers=headers)
    assert truncated.status_code == 422
    no_name = client.post(url, content=CSV, headers=headers)
    assert no_name.status_code == 400
    bad_mode = client.post(f"{url}?filename=e.csv&mode=some", content=CSV, headers=headers)
    assert bad_mode.status_code == 400
    too_large = client.post(
        f"{url}?filename=e.csv", content=b"x" * (MAX_IMPORT_BYTES + 1), headers=headers
    )
    assert too_large.status_code == 413 and _problem_type(too_large) == "too-large"
    big_upload = client.post(
        url, files={"file": ("e.csv", b"x" * (MAX_IMPORT_BYTES + 1), "text/csv")}, headers=headers
    )
    assert big_upload.status_code == 413
    assert client.get(f"/api/organisations/{org}/pupils").json() == []


def test_another_schools_admin_sees_nothing(client: TestClient[Any], area: AccountsArea) -> None:
    org_a, admin_a = _school(client, area)
    _, admin_b = _school(client, area, "0750002V")
    client.post(f"/api/organisations/{org_a}/imports?filename=e.csv", content=CSV,
                headers=_as(client, area, admin_a))  # fmt: skip
    headers_b = _as(client, area, admin_b)
    assert client.get(f"/api/organisations/{org_a}/pupils").status_code == 403
    sent = client.post(
        f"/api/organisations/{org_a}/imports?filename=e.csv", content=CSV, headers=headers_b
    )
    assert sent.status_code == 403
    made = client.post(f"/api/organisations/{org_a}/campaigns",
                       json={"name": "x", "competences": ["1.1"]}, headers=headers_b)  # fmt: skip
    assert made.status_code == 403
    assert client.get(f"/api/organisations/{org_a}/campaigns/1/results.csv").status_code == 403


def test_a_campaign_joined_and_its_results_exported(
    client: TestClient[Any], area: AccountsArea
) -> None:
    org, admin = _school(client, area)
    headers = _as(client, area, admin)
    imported = client.post(f"/api/organisations/{org}/imports?filename=e.csv&mode=valid-only",
                           content=CSV, headers=headers).json()  # fmt: skip
    made = client.post(
        f"/api/organisations/{org}/campaigns",
        json={"name": "Positionnement 4A", "classes": ["4A"], "competences": ["1.1", "2.1"]},
        headers=headers,
    )
    assert made.status_code == 201, made.text
    campaign = made.json()
    assert [c["id"] for c in client.get(f"/api/organisations/{org}/campaigns").json()] == [
        campaign["id"]
    ]
    unknown_class = client.post(f"/api/organisations/{org}/campaigns",
                                json={"name": "x", "classes": ["9Z"], "competences": ["1.1"]},
                                headers=headers)  # fmt: skip
    assert unknown_class.status_code == 422 and _problem_type(unknown_class) == "unknown-class"

    # the pupil logs in with the slip's identifier and password, then joins
    from certinum.schools.slips import issue_slips

    slip = issue_slips(area.runtime, org, "4A", actor="test")[0][0]
    assert slip.login == imported["created"][0]["login"]
    client.cookies.clear()
    session = client.post("/api/session", json={"login": slip.login, "password": slip.password})
    assert session.status_code == 200, session.text
    csrf = {"X-CSRF-Token": session.json()["csrfToken"]}
    wrong = client.post("/api/campaigns/join", json={"code": "BBBBBBBB"}, headers=csrf)
    assert wrong.status_code == 404 and _problem_type(wrong) == "unknown-code"
    joined = client.post("/api/campaigns/join", json={"code": campaign["code"]}, headers=csrf)
    assert joined.status_code == 201, joined.text
    assert joined.json()["competences"] == ["1.1", "2.1"]

    headers = _as(client, area, admin)
    results = client.get(f"/api/organisations/{org}/campaigns/{campaign['id']}/results").json()
    assert [(p["ine"], p["levels"], p["tested"]) for p in results["participants"]] == [
        ("123456789AB", {}, 0)
    ]
    csv = client.get(f"/api/organisations/{org}/campaigns/{campaign['id']}/results.csv")
    assert csv.status_code == 200
    assert csv.headers["content-type"] == "text/csv; charset=utf-8"
    text = csv.content.decode("utf-8")
    assert text.startswith("\ufeffINE;Nom;Prénom;Classe;1.1 ")
    assert text.splitlines()[1].startswith("123456789AB;'=Aubépine;Léa;4A;")
    comma = client.get(
        f"/api/organisations/{org}/campaigns/{campaign['id']}/results.csv?delimiter=,"
    )
    assert comma.content.decode("utf-8").splitlines()[1].startswith("123456789AB,'=Aubépine,")
    bad = client.get(f"/api/organisations/{org}/campaigns/{campaign['id']}/results.csv?delimiter=x")
    assert bad.status_code == 400
    missing = client.get(f"/api/organisations/{org}/campaigns/999/results")
    assert missing.status_code == 404 and _problem_type(missing) == "unknown-campaign"


def test_only_a_pupil_of_the_school_joins(client: TestClient[Any], area: AccountsArea) -> None:
    org, admin = _school(client, area)
    headers = _as(client, area, admin)
    made = client.post(f"/api/organisations/{org}/campaigns",
                       json={"name": "Tous", "competences": ["1.1"]}, headers=headers)  # fmt: skip
    adult = add_account(area, "adult@example.org", ("candidate", ""))
    refused = client.post(
        "/api/campaigns/join", json={"code": made.json()["code"]}, headers=_as(client, area, adult)
    )
    assert refused.status_code == 422 and _problem_type(refused) == "not-a-pupil-here"


def test_every_schools_route_is_in_the_openapi(client: TestClient[Any]) -> None:
    paths = client.get("/schema/openapi.json").json()["paths"]
    for path in (
        "/api/organisations",
        "/api/organisations/{org_id}/imports",
        "/api/organisations/{org_id}/pupils",
        "/api/organisations/{org_id}/campaigns",
        "/api/organisations/{org_id}/campaigns/{campaign_id}/results",
        "/api/organisations/{org_id}/campaigns/{campaign_id}/results.csv",
        "/api/campaigns/join",
    ):
        assert path in paths, path
