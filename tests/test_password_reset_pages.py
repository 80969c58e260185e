"""The password-reset pages: the login page links them; asking answers the same for any email
and mails a link only to an account's; the link's page sets a new password once; an unknown,
used or expired link shows a clear message; the page and the API share one rate limit
(API: 429 ``too-many-resets``)."""

from __future__ import annotations

import re
from typing import Any

from accounts_helpers import Clock
from litestar.testing import TestClient

from certinum.accounts.area import AccountsArea
from certinum.accounts.reset import RESETS_PER_EMAIL
from certinum.mail.outbox import list_outbox
from certinum.models import AuditEvent

EMAIL = "claire@example.org"
PASSWORD = "correct horse battery"
TOKEN = re.compile(r'name="csrf_token" value="([0-9a-f]+)"')


def _form(client: TestClient[Any], form_page: str, action: str, **fields: str) -> Any:
    found = TOKEN.search(client.get(form_page).text)
    assert found, "the form has no CSRF token"
    return client.post(
        action, data={"csrf_token": found.group(1), **fields}, follow_redirects=False
    )


def _sign_up(client: TestClient[Any]) -> None:
    made = _form(client, "/signup", "/signup", email=EMAIL, name="Claire", password=PASSWORD)
    assert made.status_code == 303
    client.cookies.clear()


def _links(area: AccountsArea) -> list[str]:
    messages = list_outbox(area.runtime.settings.data_dir / "outbox")
    return [
        m for msg in messages for m in re.findall(r"/password-reset/[A-Za-z0-9_-]+", msg["body"])
    ]


def _ask(client: TestClient[Any], email: str) -> Any:
    return _form(client, "/password-reset", "/password-reset", email=email)


def test_the_login_page_links_the_reset_page(client: TestClient[Any]) -> None:
    login = client.get("/login")
    assert 'href="/password-reset"' in login.text
    asked = client.get("/password-reset?lang=en")
    assert asked.status_code == 200 and "Forgotten password" in asked.text


def test_reset_through_the_pages(client: TestClient[Any], area: AccountsArea) -> None:
    _sign_up(client)
    unknown, known = _ask(client, "nobody@example.org"), _ask(client, EMAIL)
    assert unknown.status_code == known.status_code == 303
    assert unknown.headers["location"] == known.headers["location"] == "/password-reset?sent=1"
    assert "lien pour choisir un nouveau mot de passe" in client.get("/password-reset?sent=1").text
    [link] = _links(area)  # one message: to the account only
    shown = client.get(link)
    assert shown.status_code == 200 and 'name="password"' in shown.text
    assert shown.headers["referrer-policy"] == "no-referrer"
    weak = _form(client, link, link, password="short")
    assert weak.status_code == 422 and 'aria-invalid="true"' in weak.text
    done = _form(client, link, link, password="a brand new password")
    assert done.status_code == 303 and done.headers["location"] == "/login?reset=1"
    assert "connectez-vous avec" in client.get("/login?reset=1").text
    logged = _form(client, "/login", "/login", login=EMAIL, password="a brand new password")
    assert logged.status_code == 303
    used = client.get(link)
    assert used.status_code == 400 and "déjà utilisé ou expiré" in used.text
    again = client.post(link, data={"csrf_token": "x", "password": "another new password"})
    assert again.status_code == 400
    with area.runtime.sessions() as db:
        actions = {e.action for e in db.query(AuditEvent)}
    assert {"account.reset_request", "account.password_reset"} <= actions


def test_an_expired_or_unknown_link_says_so(client: TestClient[Any], area: AccountsArea) -> None:
    _sign_up(client)
    _ask(client, EMAIL)
    [link] = _links(area)
    assert isinstance(area.runtime.clock, Clock)
    area.runtime.clock.advance(minutes=area.policy.reset_token_minutes + 1)
    for url in (link, "/password-reset/no-such-token"):
        shown = client.get(url + "?lang=en")
        assert shown.status_code == 400
        assert "unknown, already used or expired" in shown.text
        assert 'href="/password-reset"' in shown.text


def test_bad_forms_are_refused(client: TestClient[Any]) -> None:
    no_token = client.post("/password-reset", data={"email": EMAIL}, follow_redirects=False)
    assert no_token.status_code == 400
    bad = _ask(client, "not an email")
    assert bad.status_code == 422 and 'aria-invalid="true"' in bad.text


def test_page_and_api_share_the_reset_limit(client: TestClient[Any], area: AccountsArea) -> None:
    for _ in range(RESETS_PER_EMAIL - 1):
        assert _ask(client, EMAIL).status_code == 303
    assert client.post("/api/password-reset", json={"email": EMAIL}).status_code == 202
    api = client.post("/api/password-reset", json={"email": EMAIL})
    assert api.status_code == 429
    assert api.json()["type"].endswith("/too-many-resets")
    assert int(api.headers["retry-after"]) >= 1
    shown = _ask(client, EMAIL)
    assert shown.status_code == 429 and "retry-after" in shown.headers
    assert "Trop de demandes" in shown.text
    assert (
        client.post("/api/password-reset", json={"email": "other@example.org"}).status_code == 202
    )
    with area.runtime.sessions() as db:
        assert db.query(AuditEvent).filter_by(action="password_reset.rate_limited").count() == 2
