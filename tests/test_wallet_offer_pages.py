"""The candidate's wallet offer pages: the card's button is a CSRF-protected POST that makes
one offer and answers 303 to its page, which a reload shows again without making another;
only the browser that made it sees it; its expiry in Paris time; a notice when phones cannot
reach the base URL, and the CLI's warning. SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from certification_helpers import as_account
from click.testing import CliRunner
from issuance_jobs_helpers import issued_rows, published_session, run_jobs
from litestar.testing import TestClient
from sqlalchemy import select

from certinum.accounts.area import AccountsArea
from certinum.certification.review_tables import PublishedResult
from certinum.cli import cli
from certinum.runtime import utc
from certinum.wallet.oid4vci_pages import OFFER_COOKIE
from certinum.wallet.oid4vci_tables import WalletOffer
from certinum.wallet.reachability import unreachable_by_phone

NOTICE = "is not an https:// address a phone can reach"


@pytest.fixture
def issued(client: TestClient[Any], area: AccountsArea) -> list[Any]:
    session_id, _, _ = published_session(client, area)
    run_jobs(area.runtime, session_id)
    rows = issued_rows(area.runtime, session_id)
    client.cookies.clear()
    return rows


def _owner(area: AccountsArea, row: Any) -> int:
    with area.runtime.sessions() as db:
        result = db.get(PublishedResult, row.result_id)
        assert result is not None
        return int(result.account_id)


def _offers(area: AccountsArea) -> list[WalletOffer]:
    with area.runtime.sessions() as db:
        return list(db.scalars(select(WalletOffer).order_by(WalletOffer.id)))


def test_the_button_posts_once_and_the_page_reloads_the_same_offer(
    client: TestClient[Any], area: AccountsArea, issued: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    row = issued[0]
    csrf = as_account(client, area, _owner(area, row))
    link = f"/candidate/certificates/{row.verification_code}/wallet-offer"
    form = client.get(link + "?lang=en")
    assert form.status_code == 200
    assert f'method="post" action="{link}"' in form.text and csrf["X-CSRF-Token"] in form.text
    assert _offers(area) == []  # showing the button makes nothing

    assert client.post(link).status_code == 403  # no CSRF token
    assert _offers(area) == []
    made = client.post(link, data={"csrf_token": csrf["X-CSRF-Token"]}, follow_redirects=False)
    assert made.status_code == 303
    (offer,) = _offers(area)
    assert made.headers["location"] == f"/wallet-offer/{offer.id}"

    first = client.get(made.headers["location"] + "?lang=en")
    again = client.get(made.headers["location"] + "?lang=en")
    assert first.status_code == again.status_code == 200
    assert "<svg" in first.text and "openid-credential-offer://" in first.text
    assert first.text == again.text and len(_offers(area)) == 1  # a reload makes no offer
    paris = utc(offer.expires_at).astimezone(ZoneInfo("Europe/Paris")).strftime("%H:%M")
    assert f"{paris} (Paris time)" in first.text
    assert NOTICE not in first.text  # https://certinum.example is reachable

    settings = area.runtime.settings
    local = dataclasses.replace(settings, base_url="http://localhost:8000")
    monkeypatch.setattr(area.runtime, "settings", local)
    assert NOTICE in client.get(made.headers["location"] + "?lang=en").text
    monkeypatch.setattr(area.runtime, "settings", settings)

    # another browser of the same candidate, or another candidate, does not see it
    kept = client.cookies.get(OFFER_COOKIE, path=f"/wallet-offer/{offer.id}")
    assert kept
    client.cookies.delete(OFFER_COOKIE, path=f"/wallet-offer/{offer.id}")
    gone = client.get(made.headers["location"] + "?lang=en")
    assert gone.status_code == 404 and "can no longer be shown" in gone.text
    as_account(client, area, _owner(area, issued[1]))
    client.cookies.set(OFFER_COOKIE, kept, path=f"/wallet-offer/{offer.id}")
    assert client.get(made.headers["location"]).status_code == 404
    client.cookies.set(OFFER_COOKIE, kept, path="/wallet-offer/99999999999999999999")
    assert client.get("/wallet-offer/99999999999999999999").status_code == 404
    client.cookies.clear()
    assert client.get(made.headers["location"]).status_code == 401  # the login page


def test_another_candidates_certificate_gets_no_offer(
    client: TestClient[Any], area: AccountsArea, issued: list[Any]
) -> None:
    csrf = as_account(client, area, _owner(area, issued[0]))
    other = f"/candidate/certificates/{issued[1].verification_code}/wallet-offer"
    assert client.get(other).status_code == 404
    assert client.post(other, headers=csrf).status_code == 404
    assert _offers(area) == []


def test_reachability_and_the_cli_warning(service_env: dict[str, str], issued: list[Any]) -> None:
    assert not unreachable_by_phone("https://certinum.example")
    for base in ("http://certinum.example", "https://localhost:8443", "https://127.0.0.1",
                 "https://[::1]:8000", "https://app.localhost", "https://0.0.0.0"):  # fmt: skip
        assert unreachable_by_phone(base), base
    code = issued[0].verification_code
    quiet = CliRunner().invoke(cli, ["wallet", "offer", code], env=service_env)
    assert quiet.exit_code == 0 and "Warning" not in quiet.stderr
    env = {**service_env, "CERTINUM_BASE_URL": "http://localhost:8000"}
    loud = CliRunner().invoke(cli, ["wallet", "offer", code], env=env)
    assert loud.exit_code == 0, loud.output
    assert "Warning:" in loud.stderr and NOTICE in loud.stderr
    assert loud.stdout.splitlines()[0].startswith("openid-credential-offer://")
