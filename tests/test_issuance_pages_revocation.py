"""Revoking a certificate, by the jury (API) or an issuing-authority admin (the page's form):
audited with the actor and the reason, the candidate mailed, the public page and the
verification say revoked, the downloads and ZIPs stop giving it, and a second revocation is
refused. SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
import threading
import zipfile
from typing import Any

from accounts_helpers import add_account
from certification_helpers import as_account
from issuance_jobs_helpers import issued_rows
from issuance_pages_helpers import school_session
from litestar.testing import TestClient
from sqlalchemy import select

from certinum.accounts.area import AccountsArea
from certinum.accounts.roles import grant
from certinum.accounts.tables import Account
from certinum.certification.review_tables import PublishedResult
from certinum.db import transaction
from certinum.issuance.certificates import of_candidate
from certinum.issuance.revocation import AlreadyRevoked, revoke_certificate
from certinum.mail import list_outbox
from certinum.models import AuditEvent, IssuedCredential
from certinum.verification.service import verify


def _with_email(area: AccountsArea, row: IssuedCredential, email: str) -> None:
    with transaction(area.runtime.sessions) as db:
        result = db.get(PublishedResult, row.result_id)
        assert result is not None
        account = db.get(Account, result.account_id)
        assert account is not None
        account.email = email


def _audit(area: AccountsArea, credential_id: str) -> list[AuditEvent]:
    with area.runtime.sessions() as db:
        return list(
            db.scalars(
                select(AuditEvent).where(
                    AuditEvent.action == "credential.revoke", AuditEvent.target == credential_id
                )
            )
        )


def test_the_jury_revokes_a_certificate_for_good(
    client: TestClient[Any], area: AccountsArea
) -> None:
    ids = school_session(area.runtime)
    rows = sorted(issued_rows(area.runtime, ids.session_id), key=lambda r: r.id)
    row = next(r for r in rows if r.subject_name == "Léa MARTIN")  # a pupil of school X
    kept = next(r for r in rows if r is not row)
    code = row.verification_code
    doc = json.loads(row.document)
    _with_email(area, row, "eleve@example.org")
    jury_id = add_account(area, "jury-1", ("jury", ""))
    jury = as_account(client, area, jury_id)

    listed = client.get(f"/api/jury/sessions/{ids.session_id}/certificates", headers=jury)
    assert sorted(c["code"] for c in listed.json()) == sorted(r.verification_code for r in rows)
    empty = client.post(f"/api/certificates/{code}/revocation", json={"reason": " "}, headers=jury)
    assert empty.status_code == 422 and empty.json()["type"].endswith("/reason-required")
    unknown = client.post("/api/certificates/P-BBBBBBBB/revocation", json={"reason": "x"},
                          headers=jury)  # fmt: skip
    assert unknown.status_code == 404
    assert (
        _audit(area, row.id) == [] and list_outbox(area.runtime.settings.data_dir / "outbox") == []
    )

    done = client.post(f"/api/certificates/{code}/revocation", json={"reason": "fraude avérée"},
                       headers=jury)  # fmt: skip
    assert done.status_code == 200, done.text
    assert done.json()["code"] == code and done.json()["candidateMailed"] is True

    (event,) = _audit(area, row.id)
    assert (event.actor, event.reason) == (f"account:{jury_id}", "fraude avérée")
    (mail,) = list_outbox(area.runtime.settings.data_dir / "outbox")
    assert mail["to"] == "eleve@example.org" and code in mail["subject"]
    assert "révoqué" in mail["subject"] and "Motif : fraude avérée" in mail["body"]
    assert f"https://certinum.example/verify/{code}" in mail["body"]
    assert "Reason: fraude avérée" in mail["body"]  # then in English

    result = verify(area.runtime, doc)
    assert result.revoked and not result.verified
    client.cookies.clear()
    public = client.get(f"/verify/{code}")
    assert "Certificat révoqué par son émetteur" in public.text
    assert f"/verify/{code}/certificate.pdf" not in public.text
    for tail in ("certificate.pdf", "credential.json"):
        assert client.get(f"/verify/{code}/{tail}").status_code == 404
    assert verify(area.runtime, json.loads(kept.document)).verified  # the others unchanged
    with area.runtime.sessions() as db:
        holder = db.scalar(
            select(PublishedResult.account_id).where(PublishedResult.id == row.result_id)
        )
    (mine,) = of_candidate(area.runtime, holder or 0)
    assert mine.revoked and mine.revocation_reason == "fraude avérée"
    assert mine.to_json("https://b")["links"] == {"verify": f"https://b/verify/{code}"}
    with transaction(area.runtime.sessions) as db:
        grant(db, holder or 0, "candidate", "", now=area.runtime.clock(), actor="test")
    as_account(client, area, holder or 0)
    page = client.get("/candidate/certificates")
    assert page.status_code == 200 and "Ce certificat a été révoqué le" in page.text
    assert "fraude avérée" in page.text and f"/verify/{code}/certificate.pdf" not in page.text
    school = add_account(area, "school-x", ("organisation_admin", str(ids.orgs["X"])))
    as_account(client, area, school)
    assert "Révoqué" in client.get(f"/schools/{ids.orgs['X']}/certificates").text

    jury = as_account(client, area, jury_id)
    again = client.post(f"/api/certificates/{code}/revocation", json={"reason": "encore"},
                        headers=jury)  # fmt: skip
    assert again.status_code == 409 and again.json()["type"].endswith("/already-revoked")
    assert len(_audit(area, row.id)) == 1
    assert len(list_outbox(area.runtime.settings.data_dir / "outbox")) == 1

    staff = add_account(area, "staff", ("centre_admin", str(ids.centre_id)))
    as_account(client, area, staff)
    url = f"/api/centres/{ids.centre_id}/sessions/{ids.session_id}/certificates.zip"
    names = zipfile.ZipFile(io.BytesIO(client.get(url).content)).namelist()
    assert len(names) == 3 and not any(code in n for n in names)


def test_an_authority_admin_revokes_from_the_page_with_reason_and_confirmation(
    client: TestClient[Any], area: AccountsArea
) -> None:
    ids = school_session(area.runtime)
    row = issued_rows(area.runtime, ids.session_id)[0]
    code = row.verification_code
    admin = add_account(area, "authority", ("authority_admin", ""))
    headers = as_account(client, area, admin)
    csrf = headers["X-CSRF-Token"]

    session_page = client.get(f"/jury/sessions/{ids.session_id}")
    assert f'href="/jury/sessions/{ids.session_id}/certificates"' in session_page.text
    review = client.get(f"/jury/sessions/{ids.session_id}/certificates")
    assert review.status_code == 200 and f'href="/jury/certificates/{code}"' in review.text
    form_page = client.get(f"/jury/certificates/{code}?lang=en")
    assert form_page.status_code == 200 and "Revoke this certificate" in form_page.text
    assert "Révoquer ce certificat" in client.get(f"/jury/certificates/{code}?lang=fr").text
    action = f"/jury/certificates/{code}/revocation"

    unconfirmed = client.post(action, data={"csrf_token": csrf, "reason": "erreur d'identité"})
    assert unconfirmed.status_code == 422
    assert "Cochez la case pour confirmer" in unconfirmed.text
    assert "erreur d&#39;identité" in unconfirmed.text  # the reason is kept in the form
    no_reason = client.post(action, data={"csrf_token": csrf, "reason": "", "confirm": "yes"})
    assert no_reason.status_code == 422 and 'aria-invalid="true"' in no_reason.text
    assert _audit(area, row.id) == []

    done = client.post(action, data={"csrf_token": csrf, "reason": "erreur d'identité",
                                     "confirm": "yes"}, follow_redirects=False)  # fmt: skip
    location = done.headers["location"]
    assert done.status_code == 303 and location.endswith("?notice=revoked&mail=no-address")
    shown = client.get(done.headers["location"])
    assert "Le certificat est révoqué" in shown.text and "<form" not in shown.text.split("<main")[1]
    (event,) = _audit(area, row.id)
    assert (event.actor, event.reason) == (f"account:{admin}", "erreur d'identité")
    # a pupil's account has no email: the revocation is done, no message is sent
    assert list_outbox(area.runtime.settings.data_dir / "outbox") == []

    twice = client.post(action, data={"csrf_token": csrf, "reason": "x", "confirm": "yes"})
    assert twice.status_code == 409 and "déjà révoqué" in twice.text
    assert verify(area.runtime, json.loads(row.document)).revoked

    candidate_id = add_account(area, "cand", ("candidate", ""))
    as_account(client, area, candidate_id)
    assert client.get(f"/jury/certificates/{code}").status_code == 403
    assert client.post(action, data={"reason": "x", "confirm": "yes"}).status_code == 403


def test_two_revocations_at_once_end_with_one(area: AccountsArea) -> None:
    """Both read the certificate as valid; the status list's lock lets one through, the other
    finds the bit set and is refused: one audit event, one message."""
    ids = school_session(area.runtime)
    row = next(r for r in issued_rows(area.runtime, ids.session_id) if "MARTIN" in r.subject_name)
    _with_email(area, row, "eleve@example.org")
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def revoke(actor: str) -> None:
        start.wait()
        try:
            revoke_certificate(area, row.verification_code or "", reason="fraude", actor=actor)
            outcomes.append("revoked")
        except AlreadyRevoked:
            outcomes.append("already-revoked")

    threads = [threading.Thread(target=revoke, args=(f"jury:{k}",)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(outcomes) == ["already-revoked", "revoked"]
    assert len(_audit(area, row.id)) == 1
    assert len(list_outbox(area.runtime.settings.data_dir / "outbox")) == 1


def test_the_jury_sees_the_issuance_progress_of_a_session(
    client: TestClient[Any], area: AccountsArea
) -> None:
    ids = school_session(area.runtime)
    issued = len(issued_rows(area.runtime, ids.session_id))
    jury = add_account(area, "jury-progress", ("jury", ""))
    as_account(client, area, jury)
    page_fr = client.get(f"/jury/sessions/{ids.session_id}/certificates")
    assert page_fr.status_code == 200
    assert f"{issued} certificats émis sur {issued}" in page_fr.text
    assert f'max="{issued}" value="{issued}"' in page_fr.text
    assert "Tâche\u00a0: terminée" in page_fr.text
    page_en = client.get(f"/jury/sessions/{ids.session_id}/certificates?lang=en")
    assert f"{issued} of {issued} certificates issued" in page_en.text
