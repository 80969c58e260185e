"""Error pages for browsers: a page request (accepting text/html, outside the APIs) that fails
gets a page in the site's layout, translated, with the problem's code; the APIs keep problem
details whatever they accept. An import with a bad mode is a 400 ``bad-mode``."""

from __future__ import annotations

from typing import Any

from accounts_helpers import add_account, session_headers
from litestar.testing import TestClient

from certinum.accounts.area import AccountsArea

HTML = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}


def test_an_unknown_page_is_a_page(client: TestClient[Any]) -> None:
    shown = client.get("/no-such-page", headers=HTML)
    assert shown.status_code == 404
    assert shown.headers["content-type"].startswith("text/html")
    assert "Cette page n’existe pas, ou plus." in shown.text
    assert 'id="main"' in shown.text and '<html lang="fr">' in shown.text
    english = client.get("/no-such-page?lang=en", headers=HTML)
    assert "This page does not exist, or no longer does." in english.text


def test_a_domain_error_shows_its_code(client: TestClient[Any]) -> None:
    shown = client.get("/verify/P-BBBBBBBB/certificate.pdf?lang=en", headers=HTML)
    assert shown.status_code == 404
    assert shown.headers["content-type"].startswith("text/html")
    assert "code unknown-code" in shown.text


def test_apis_and_other_clients_keep_problem_details(client: TestClient[Any]) -> None:
    for path, headers in (
        ("/no-such-page", {"Accept": "application/json"}),
        ("/no-such-page", {}),
        ("/api/no-such-route", HTML),
        ("/api/certificates/P-BBBBBBBB", HTML),
    ):
        answer = client.get(path, headers=headers)
        assert answer.status_code == 404, path
        assert answer.headers["content-type"].startswith("application/problem+json"), path
    assert (
        client.get("/api/certificates/P-BBBBBBBB", headers=HTML)
        .json()["type"]
        .endswith("/unknown-code")
    )


def test_a_method_not_allowed_keeps_allow(client: TestClient[Any]) -> None:
    shown = client.delete("/verify", headers=HTML)
    assert shown.status_code == 405
    assert shown.headers["content-type"].startswith("text/html")
    assert "allow" in shown.headers


def test_an_import_with_a_bad_mode_is_a_400(client: TestClient[Any], area: AccountsArea) -> None:
    authority = add_account(area, "authority-mode", ("authority_admin", ""))
    admin = add_account(area, "admin-mode")
    cookies, headers = session_headers(area, authority)
    client.cookies.update(cookies)
    made = client.post(
        "/api/organisations",
        json={"name": "Collège", "uai": "0750654D", "adminLogin": "admin-mode"},
        headers=headers,
    )
    assert made.status_code == 201, made.text
    org = made.json()["id"]
    client.cookies.clear()
    cookies, headers = session_headers(area, admin)
    client.cookies.update(cookies)
    url = f"/api/organisations/{org}/imports"
    data = "INE;Nom;Prénom;Date de naissance;Sexe;Classe\r\n".encode()
    for bad in (
        client.post(f"{url}?filename=e.csv&mode=bogus", content=data, headers=headers),
        client.post(url, files={"file": ("e.csv", data, "text/csv")}, data={"mode": "x"},
                    headers=headers),
    ):  # fmt: skip
        assert bad.status_code == 400, bad.text
        assert bad.json()["type"].endswith("/bad-mode")
