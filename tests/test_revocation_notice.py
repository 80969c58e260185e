"""One revocation notice whichever way a certificate is revoked: ``certinum credentials revoke``
and ``POST /credentials/status`` mail the holder as the jury's page and API do (through
:func:`certinum.issuance.revocation.notify_revocation`), say when no mail went out, and refuse
a blank reason (exit 2, 422 ``reason-required``). SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from accounts_helpers import add_account
from certification_helpers import as_account
from click.testing import CliRunner
from issuance_jobs_helpers import issued_rows
from issuance_pages_helpers import school_session
from litestar.testing import TestClient
from sqlalchemy import func, select

from certinum.accounts.area import AccountsArea
from certinum.accounts.service import create
from certinum.accounts.tables import Account
from certinum.certification.review_tables import PublishedResult
from certinum.cli import cli
from certinum.db import transaction
from certinum.mail import list_outbox
from certinum.models import AuditEvent, IssuedCredential


def _with_email(area: AccountsArea, row: IssuedCredential, email: str) -> None:
    with transaction(area.runtime.sessions) as db:
        result = db.get(PublishedResult, row.result_id)
        assert result is not None
        account = db.get(Account, result.account_id)
        assert account is not None
        account.email = email


def _outbox(area: AccountsArea) -> list[dict[str, Any]]:
    return list_outbox(area.runtime.settings.data_dir / "outbox")


def _revocations(area: AccountsArea) -> int:
    with area.runtime.sessions() as db:
        query = select(func.count()).where(AuditEvent.action == "credential.revoke")
        return int(db.scalar(query) or 0)


def test_the_command_line_mails_the_holder_and_refuses_a_blank_reason(
    area: AccountsArea, service_env: dict[str, str]
) -> None:
    ids = school_session(area.runtime)
    rows = sorted(issued_rows(area.runtime, ids.session_id), key=lambda r: r.id)
    mailed, silent = rows[0], rows[1]
    _with_email(area, mailed, "holder@example.org")
    runner = CliRunner()

    def run(*args: str) -> Any:
        return runner.invoke(cli, list(args), env=service_env, catch_exceptions=False)

    blank = run("credentials", "revoke", mailed.verification_code or "", "--reason", "   ")
    assert blank.exit_code == 2
    assert "give the reason for the revocation" in blank.output
    assert _revocations(area) == 0 and _outbox(area) == []

    done = run("credentials", "revoke", mailed.verification_code or "", "--reason", "fraude")
    assert done.exit_code == 0, done.output
    assert done.output.splitlines() == ["revoked", "the holder was told by email"]
    (mail,) = _outbox(area)
    assert mail["to"] == "holder@example.org" and "Motif : fraude" in mail["body"]

    by_id = run("credentials", "revoke", silent.id, "--reason", "erreur")
    assert by_id.exit_code == 0, by_id.output
    assert by_id.output.splitlines()[1].startswith("no email sent: the holder's account has no")
    assert len(_outbox(area)) == 1 and _revocations(area) == 2


def _status_body(credential_id: str, **extra: Any) -> dict[str, Any]:
    entry = {"type": "BitstringStatusListEntry", "status": True, "statusPurpose": "revocation"}
    return {"credentialId": credential_id, "credentialStatus": [entry], **extra}


def test_the_status_api_mails_the_holder_and_refuses_a_blank_reason(
    client: TestClient[Any], area: AccountsArea
) -> None:
    ids = school_session(area.runtime)
    rows = sorted(issued_rows(area.runtime, ids.session_id), key=lambda r: r.id)
    mailed, silent = rows[0], rows[1]
    _with_email(area, mailed, "holder@example.org")
    token = create(area.runtime, role="admin", label="admin", actor="t")
    admin = {"Authorization": f"Bearer {token}"}

    blank = client.post("/credentials/status", json=_status_body(mailed.id, reason=" "),
                        headers=admin)  # fmt: skip
    assert blank.status_code == 422 and blank.json()["type"].endswith("/reason-required")
    assert _revocations(area) == 0 and _outbox(area) == []

    done = client.post("/credentials/status", json=_status_body(mailed.id, reason="fraude"),
                       headers=admin)  # fmt: skip
    assert done.status_code == 200, done.text
    (change,) = done.json()["credentialStatus"]
    assert change["changed"] is True and change["holderNotice"] == "sent"
    (mail,) = _outbox(area)
    assert mail["to"] == "holder@example.org" and "Reason: fraude" in mail["body"]

    other = client.post("/credentials/status", json=_status_body(silent.id, reason="erreur"),
                        headers=admin)  # fmt: skip
    assert other.json()["credentialStatus"][0]["holderNotice"] == "no-address"
    again = client.post("/credentials/status", json=_status_body(silent.id, reason="erreur"),
                        headers=admin)  # fmt: skip
    assert again.status_code == 200 and "holderNotice" not in again.json()["credentialStatus"][0]
    assert len(_outbox(area)) == 1 and _revocations(area) == 2


def test_the_page_says_when_no_mail_went_out(client: TestClient[Any], area: AccountsArea) -> None:
    ids = school_session(area.runtime)
    row = issued_rows(area.runtime, ids.session_id)[0]  # a pupil: no email address
    admin = add_account(area, "authority", ("authority_admin", ""))
    csrf = as_account(client, area, admin)["X-CSRF-Token"]
    action = f"/jury/certificates/{row.verification_code}/revocation"
    blank = client.post(action, data={"csrf_token": csrf, "reason": "  ", "confirm": "yes"})
    assert blank.status_code == 422 and "Donnez le motif de cette décision." in blank.text
    done = client.post(action, data={"csrf_token": csrf, "reason": "erreur", "confirm": "yes"},
                       follow_redirects=False)  # fmt: skip
    assert done.status_code == 303 and done.headers["location"].endswith("&mail=no-address")
    shown = client.get(done.headers["location"] + "&lang=en")
    assert "no email went out: the holder" in shown.text and "has no email address" in shown.text
    assert "aucun courriel n" in client.get(done.headers["location"] + "&lang=fr").text
    assert _outbox(area) == []
