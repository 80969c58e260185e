"""The account page: who is signed in, the link to change the password, the data download
(the JSON export as a file), and erasure confirmed with the password and a ticked box (CSRF
needed; a wrong password is a form message, too many of them a 429)."""

from __future__ import annotations

import json
import re
from typing import Any

from litestar.testing import TestClient
from sqlalchemy import select

from certinum.accounts.area import AccountsArea
from certinum.accounts.tables import Account
from certinum.models import AuditEvent

EMAIL = "claire@example.org"
PASSWORD = "correct horse battery"
TOKEN = re.compile(r'name="csrf_token" value="([0-9a-f]+)"')


def _token(html: str) -> str:
    found = TOKEN.search(html)
    assert found, "the form has no CSRF token"
    return found.group(1)


def _signed_up(client: TestClient[Any]) -> str:
    """Sign up (logged in at once); the account page's CSRF token."""
    token = _token(client.get("/signup").text)
    made = client.post(
        "/signup", data={"csrf_token": token, "email": EMAIL, "name": "Claire",
                         "password": PASSWORD}, follow_redirects=False,
    )  # fmt: skip
    assert made.status_code == 303
    shown = client.get("/account")
    assert shown.status_code == 200
    return _token(shown.text)


def test_the_page_shows_the_account_and_its_links(client: TestClient[Any]) -> None:
    assert client.get("/account").status_code == 401  # the login form
    _signed_up(client)
    shown = client.get("/account?lang=en")
    for expected in (EMAIL, 'href="/account/password"', 'href="/account/data"',
                     'action="/account/erasure"', "Erase my account"):  # fmt: skip
        assert expected in shown.text
    assert 'href="/account"' in client.get("/candidate").text


def test_the_data_download(client: TestClient[Any]) -> None:
    _signed_up(client)
    data = client.get("/account/data")
    assert data.status_code == 200
    assert data.headers["content-disposition"].startswith("attachment;")
    body = json.loads(data.content)
    assert body["account"]["email"] == EMAIL
    assert {"sessions", "pupilRecords", "positioningAttempts", "certificationRecords"} <= set(body)
    assert "argon2" not in data.text


def test_erasure_needs_csrf_box_and_password(client: TestClient[Any], area: AccountsArea) -> None:
    csrf = _signed_up(client)
    no_csrf = client.post("/account/erasure", data={"password": PASSWORD, "confirm": "yes"})
    assert no_csrf.status_code == 403
    unticked = client.post("/account/erasure", data={"csrf_token": csrf, "password": PASSWORD})
    assert unticked.status_code == 422 and "Cochez la case" in unticked.text
    wrong = client.post(
        "/account/erasure", data={"csrf_token": csrf, "password": "not it at all", "confirm": "yes"}
    )
    assert wrong.status_code == 422 and "Le mot de passe n’est pas le bon." in wrong.text
    done = client.post(
        "/account/erasure", data={"csrf_token": csrf, "password": PASSWORD, "confirm": "yes"}
    )
    assert done.status_code == 200 and "Votre compte a été effacé." in done.text
    assert client.get("/account").status_code == 401
    with area.runtime.sessions() as db:
        row = db.scalars(select(Account)).one()
        assert row.erased_at is not None and row.email is None
        assert db.scalar(select(AuditEvent.id).where(AuditEvent.action == "account.erasure"))


def test_too_many_wrong_passwords(client: TestClient[Any], area: AccountsArea) -> None:
    csrf = _signed_up(client)
    form = {"csrf_token": csrf, "password": "not it at all", "confirm": "yes"}
    for _ in range(area.policy.login_failures_per_account):
        assert client.post("/account/erasure", data=form).status_code == 422
    limited = client.post("/account/erasure", data={**form, "password": PASSWORD})
    assert limited.status_code == 429 and "retry-after" in limited.headers
    with area.runtime.sessions() as db:
        assert db.scalars(select(Account)).one().erased_at is None
