"""The outbox pages of the issuing authority's admins: the list newest first, one message
with its text escaped; other accounts get 403, anonymous the login form (401)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from accounts_helpers import add_account, client_for, session_headers
from certificates import NOW
from litestar.testing import TestClient

from certinum.accounts.area import AccountsArea
from certinum.mail import OutboxMailer, compose


@pytest.fixture
def client(area: AccountsArea) -> Iterator[TestClient[Any]]:
    with client_for(area) as test_client:
        yield test_client


def _send(area: AccountsArea, subject: str, body: str, hours: int) -> None:
    OutboxMailer(area.runtime.settings.data_dir / "outbox").send(
        compose(
            sender="Certinum <no-reply@certinum.example>",
            to="lea@example.org",
            subject=subject,
            body=body,
            now=NOW + timedelta(hours=hours),
        )
    )


def _as(area: AccountsArea, client: TestClient[Any], *roles: tuple[str, str]) -> None:
    cookies, _ = session_headers(area, add_account(area, f"{len(roles)}@example.org", *roles))
    client.cookies.update(cookies)


def test_the_admin_reads_the_outbox_newest_first(
    area: AccountsArea, client: TestClient[Any]
) -> None:
    _as(area, client, ("authority_admin", ""))
    empty = client.get("/admin/outbox?lang=en")
    assert empty.status_code == 200 and "The outbox is empty." in empty.text
    _send(area, "Older", "first", 0)
    _send(area, "Newer <script>alert(1)</script>", "Hello <b>Léa</b>\nhttps://x/?a=1&b=2", 2)
    listing = client.get("/admin/outbox?lang=fr")
    assert listing.status_code == 200
    assert listing.text.index("Newer") < listing.text.index("Older")
    assert "<script>alert" not in listing.text and "&lt;script&gt;" in listing.text
    assert "Boîte d’envoi" in listing.text and "lea@example.org" in listing.text
    assert f"{NOW + timedelta(hours=2):%Y-%m-%d %H:%M}" in listing.text
    link = listing.text.split('href="/admin/outbox/', 1)[1].split('"', 1)[0]
    one = client.get(f"/admin/outbox/{link}")
    assert one.status_code == 200
    assert "Hello &lt;b&gt;Léa&lt;/b&gt;" in one.text and "a=1&amp;b=2" in one.text
    assert "<b>Léa" not in one.text


@pytest.mark.parametrize(
    "name", ["nope.eml", "x-000000000000.eml.bak", "20261202T000000-000000000000.eml"]
)
def test_an_unknown_message_is_404(area: AccountsArea, client: TestClient[Any], name: str) -> None:
    _as(area, client, ("authority_admin", ""))
    response = client.get(f"/admin/outbox/{name}?lang=en")
    assert response.status_code == 404
    assert "This message is not in the outbox." in response.text


def test_no_path_is_read_outside_the_outbox(area: AccountsArea, client: TestClient[Any]) -> None:
    _as(area, client, ("authority_admin", ""))
    for name in ("..%2Fcertinum.db", "%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", ".tmp-x.eml"):
        response = client.get(f"/admin/outbox/{name}")
        assert response.status_code == 404
        assert "SQLite" not in response.text and "root:" not in response.text


def test_others_are_refused(area: AccountsArea, client: TestClient[Any]) -> None:
    assert client.get("/admin/outbox").status_code == 401
    _as(area, client, ("candidate", ""), ("organisation_admin", "1"))
    refused = client.get("/admin/outbox?lang=en")
    assert refused.status_code == 403
    assert "issuing authority" in refused.text and "administrators" in refused.text
