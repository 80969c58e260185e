"""People's accounts through the JSON API: sign-up, login, sessions, CSRF, password change
and reset, personal data (SQLite and PostgreSQL)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from accounts_helpers import PASSWORD, Clock, accounts_runtime
from litestar.testing import TestClient
from sqlalchemy import select

from certinum.accounts.area import AccountsArea
from certinum.accounts.tables import Account, PasswordReset
from certinum.mail import list_outbox
from certinum.models import AuditEvent

EMAIL = "jeanne.dupont@example.org"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def area(service_env: dict[str, str], clock: Clock) -> Iterator[AccountsArea]:
    with accounts_runtime(service_env, clock) as runtime:
        yield AccountsArea.open(runtime)


def _sign_up(client: TestClient[Any], email: str = EMAIL) -> Any:
    response = client.post(
        "/api/accounts", json={"email": email, "password": PASSWORD, "displayName": "Jeanne"}
    )
    assert response.status_code == 201, response.text
    return response.json()


def _login(client: TestClient[Any], login: str = EMAIL, password: str = PASSWORD) -> Any:
    return client.post("/api/session", json={"login": login, "password": password})


def _actions(area: AccountsArea) -> list[str]:
    with area.runtime.sessions() as db:
        return list(db.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_sign_up_gives_a_candidate_and_never_the_hash(
    client: TestClient[Any], area: AccountsArea
) -> None:
    body = _sign_up(client, "Jeanne.Dupont@Example.org")
    assert body["login"] == EMAIL and body["email"] == EMAIL
    assert [r["role"] for r in body["roles"]] == ["candidate"]
    with area.runtime.sessions() as db:
        stored = db.scalar(select(Account.password_hash))
    assert stored is not None and stored.startswith("$argon2id$")
    assert "argon2" not in str(body)
    assert "account.sign_up" in _actions(area)


@pytest.mark.parametrize(
    ("payload", "status", "slug"),
    [
        ({"email": EMAIL, "password": "short"}, 422, "weak-password"),
        ({"email": "not-an-email", "password": PASSWORD}, 422, "bad-email"),
        ({"email": EMAIL}, 400, "unreadable"),
    ],
)
def test_sign_up_refused(client: TestClient[Any], payload: Any, status: int, slug: str) -> None:
    response = client.post("/api/accounts", json=payload)
    assert response.status_code == status
    assert response.json()["type"].endswith("/" + slug)


def test_sign_up_twice_is_a_conflict(client: TestClient[Any]) -> None:
    _sign_up(client)
    response = client.post("/api/accounts", json={"email": EMAIL, "password": PASSWORD})
    assert response.status_code == 409
    assert response.json()["type"].endswith("/account-exists")


def test_login_sets_a_strict_cookie_and_me_gives_the_csrf_token(client: TestClient[Any]) -> None:
    _sign_up(client)
    response = _login(client)
    assert response.status_code == 200, response.text
    cookie = response.headers["set-cookie"]
    for attribute in ("HttpOnly", "SameSite=lax", "Secure", "Path=/"):
        assert attribute in cookie
    me = client.get("/api/me")
    assert me.status_code == 200
    assert me.json()["account"]["login"] == EMAIL
    assert me.json()["csrfToken"] == response.json()["csrfToken"]
    assert re.fullmatch(r"[0-9a-f]{64}", me.json()["csrfToken"])


def test_unknown_login_and_wrong_password_get_the_same_answer(client: TestClient[Any]) -> None:
    _sign_up(client)
    wrong = _login(client, password="wrong password!")
    unknown = _login(client, login="nobody@example.org")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    assert wrong.json()["type"].endswith("/invalid-credentials")


def test_unknown_login_costs_an_argon2_verification(
    client: TestClient[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from nacl import pwhash

    calls: list[bytes] = []
    real = pwhash.argon2id.verify

    def spy(stored: bytes, password: bytes) -> bool:
        calls.append(stored)
        return bool(real(stored, password))

    monkeypatch.setattr(pwhash.argon2id, "verify", spy)
    assert _login(client, login="nobody@example.org").status_code == 401
    assert len(calls) == 1 and calls[0].startswith(b"$argon2id$")


def test_logout_needs_the_csrf_token_then_ends_the_session(
    client: TestClient[Any], area: AccountsArea
) -> None:
    _sign_up(client)
    token = _login(client).json()["csrfToken"]
    cookie = client.cookies.get("certinum_session")
    refused = client.delete("/api/session", headers={"X-CSRF-Token": "0" * 64})
    assert refused.status_code == 403
    assert "CSRF" in refused.json()["detail"]
    assert client.delete("/api/session", headers={"X-CSRF-Token": token}).status_code == 204
    assert area.sessions.get(cookie or "", area.runtime.clock()) is None
    client.cookies.set("certinum_session", cookie or "")
    ended = client.get("/api/me")
    assert ended.status_code == 401
    assert "session has ended" in ended.json()["detail"]


def test_a_form_carries_the_csrf_token_as_a_field(client: TestClient[Any]) -> None:
    _sign_up(client)
    token = _login(client).json()["csrfToken"]
    without = client.post("/api/me/erasure", data={"confirm": "yes"})
    assert without.status_code == 403
    done = client.post("/api/me/erasure", data={"csrf_token": token})
    assert done.status_code == 200, done.text


def test_api_tokens_are_exempt_from_csrf(client: TestClient[Any], area: AccountsArea) -> None:
    from certinum.accounts.service import create

    token = create(area.runtime, role="admin", label="t", actor="test")
    response = client.post(
        "/api/admin/memberships", json={}, headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 403
    assert "CSRF" not in response.json()["detail"]


def test_idle_timeout_ends_a_session(client: TestClient[Any], clock: Clock) -> None:
    _sign_up(client)
    _login(client)
    clock.advance(minutes=29)
    assert client.get("/api/me").status_code == 200
    clock.advance(minutes=29)  # last seen 29 minutes ago: still alive
    assert client.get("/api/me").status_code == 200
    clock.advance(minutes=31)
    assert client.get("/api/me").status_code == 401


def test_absolute_timeout_ends_a_busy_session(client: TestClient[Any], clock: Clock) -> None:
    _sign_up(client)
    _login(client)
    for _ in range(12 * 3 - 1):
        clock.advance(minutes=20)
        assert client.get("/api/me").status_code == 200
    clock.advance(minutes=20)  # 12 hours after login
    assert client.get("/api/me").status_code == 401


def test_password_change_needs_the_current_one_and_ends_other_sessions(
    client: TestClient[Any], area: AccountsArea
) -> None:
    _sign_up(client)
    token = _login(client).json()["csrfToken"]
    old_cookie = client.cookies.get("certinum_session") or ""
    headers = {"X-CSRF-Token": token}
    wrong = client.post(
        "/api/me/password", json={"current": "not it at all", "new": "a new password"},
        headers=headers,
    )  # fmt: skip
    assert wrong.status_code == 422
    assert wrong.json()["type"].endswith("/wrong-password")
    done = client.post(
        "/api/me/password", json={"current": PASSWORD, "new": "a new password"}, headers=headers
    )
    assert done.status_code == 200, done.text
    assert area.sessions.get(old_cookie, area.runtime.clock()) is None
    assert client.get("/api/me").status_code == 200  # the new session cookie
    assert _login(client).status_code == 401
    assert _login(client, password="a new password").status_code == 200
    assert "account.password_change" in _actions(area)


def _reset_link(area: AccountsArea) -> str:
    messages = list_outbox(area.runtime.settings.data_dir / "outbox")
    assert len(messages) == 1
    assert messages[0]["to"] == EMAIL
    found = re.search(r"/password-reset/([A-Za-z0-9_-]+)", messages[0]["body"])
    assert found is not None
    return found.group(1)


def test_reset_by_a_single_use_token(client: TestClient[Any], area: AccountsArea) -> None:
    _sign_up(client)
    unknown = client.post("/api/password-reset", json={"email": "nobody@example.org"})
    known = client.post("/api/password-reset", json={"email": EMAIL})
    assert unknown.status_code == known.status_code == 202
    assert unknown.json() == known.json()
    token = _reset_link(area)
    with area.runtime.sessions() as db:
        assert db.scalar(select(PasswordReset.token_hash)) != token  # stored hashed
    confirm = {"token": token, "password": "brand new password"}
    assert client.post("/api/password-reset/confirm", json=confirm).status_code == 200
    again = client.post("/api/password-reset/confirm", json=confirm)
    assert again.status_code == 400
    assert again.json()["type"].endswith("/invalid-reset-token")
    assert _login(client, password="brand new password").status_code == 200
    assert {"account.reset_request", "account.password_reset"} <= set(_actions(area))


def test_reset_token_expires(client: TestClient[Any], area: AccountsArea, clock: Clock) -> None:
    _sign_up(client)
    client.post("/api/password-reset", json={"email": EMAIL})
    token = _reset_link(area)
    clock.advance(minutes=31)
    late = client.post(
        "/api/password-reset/confirm", json={"token": token, "password": "brand new password"}
    )
    assert late.status_code == 400
    assert late.json()["type"].endswith("/invalid-reset-token")


def test_data_export_then_erasure(client: TestClient[Any], area: AccountsArea) -> None:
    _sign_up(client)
    token = _login(client).json()["csrfToken"]
    data = client.get("/api/me/data")
    assert data.status_code == 200
    body = data.json()
    assert body["account"]["email"] == EMAIL
    assert len(body["sessions"]) == 1
    assert "account.sign_up" in [e["action"] for e in body["auditEvents"]]
    assert "argon2" not in data.text
    erased = client.post("/api/me/erasure", headers={"X-CSRF-Token": token})
    assert erased.status_code == 200
    with area.runtime.sessions() as db:
        row = db.scalars(select(Account)).one()
        assert (row.email, row.display_name, row.password_hash) == (None, "", "")
        assert row.erased_at is not None
    assert _login(client).status_code == 401
    _sign_up(client)  # the address is free again
    assert "account.erasure" in _actions(area)


def test_outbox_is_for_authority_admins(client: TestClient[Any], area: AccountsArea) -> None:
    from accounts_helpers import add_account, session_headers

    _sign_up(client)
    client.post("/api/password-reset", json={"email": EMAIL})
    admin = add_account(area, "admin", ("authority_admin", ""))
    cookies, _ = session_headers(area, admin)
    client.cookies.clear()
    client.cookies.update(cookies)
    listed = client.get("/api/admin/outbox")
    assert listed.status_code == 200
    assert [m["to"] for m in listed.json()["messages"]] == [EMAIL]
    client.cookies.clear()
    _login(client)
    assert client.get("/api/admin/outbox").status_code == 403
