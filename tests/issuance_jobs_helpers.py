"""What the issuance job tests share: a published session through the API (the review
helpers), a large published session written straight into the tables, waiting for a job, and
the checks every issued session must pass (one credential per certified result, unique codes
and status indexes, each one verifying, each one with its French PDF made at issuance)."""

from __future__ import annotations

import json
import random
import time
from datetime import date
from typing import Any

from certification_helpers import as_account
from certification_review_helpers import jury_headers, session_with, sit
from litestar.testing import TestClient
from sqlalchemy import func, select

from assessment.framework import COMPETENCE_CODES
from certinum.accounts.area import AccountsArea
from certinum.accounts.tables import Account
from certinum.certification.review_tables import CERTIFIED, PublishedResult
from certinum.certification.tables import Centre, CertificationSession, Enrolment
from certinum.db import transaction
from certinum.issuance.documents import certificate_pdf
from certinum.issuance.jobs import progress
from certinum.issuance.worker import Worker
from certinum.models import CertificateDocument, IssuedCredential, StatusList
from certinum.runtime import Runtime
from certinum.verification.service import fast_options
from issuer.certificate_pdf import render_certificate
from issuer.certificate_pdf_read import embedded_credential
from issuer.codes import is_valid_code
from verifier.verify import verify_credential


def published_session(
    client: TestClient[Any], area: AccountsArea
) -> tuple[int, dict[str, int], dict[str, str]]:
    """A session published by the jury: two complete tests (``a``, ``b``), one cancelled by
    the jury (``cancelled``), one absent candidate (``absent``); its id, the enrolment ids by
    name, and the jury's headers."""
    centre_id, session_id, headers, enrolled, _ = session_with(client, area, 4)
    sit(area, enrolled[0], theta=0.8, seed=1)
    sit(area, enrolled[1], theta=-0.2, seed=2)
    sit(area, enrolled[2], theta=0.1, seed=3)
    url = f"/api/centres/{centre_id}/sessions/{session_id}/finalisation"
    assert client.post(url, json={"comment": "RAS"}, headers=headers).status_code == 200
    jury = jury_headers(client, area)
    base = f"/api/jury/sessions/{session_id}"
    cancel = f"{base}/candidates/{enrolled[2]}/cancellation"
    assert client.post(cancel, json={"reason": "fraude"}, headers=jury).status_code == 200
    published = client.post(f"{base}/publication", headers=jury)
    assert published.status_code == 200, published.text
    names = dict(zip(("a", "b", "cancelled", "absent"), enrolled, strict=True))
    return session_id, names, jury


def result_ids(runtime: Runtime, session_id: int) -> dict[int, tuple[int, str]]:
    """enrolment id → (result id, outcome) of a published session."""
    with runtime.sessions() as db:
        rows = db.execute(
            select(PublishedResult.enrolment_id, PublishedResult.id, PublishedResult.outcome)
            .where(PublishedResult.session_id == session_id)
        )  # fmt: skip
        return {e: (r, o) for e, r, o in rows}


def synthetic_session(runtime: Runtime, n: int, seed: int, status: str = "published") -> int:
    """A published session of ``n`` certified results written straight into the tables
    (accounts, enrolments, results with seeded scores and levels): issuance is what is under
    test here, not the scoring. Another ``status`` (``finalised``): the enrolments only."""
    rng = random.Random(seed)
    now = runtime.clock()
    with transaction(runtime.sessions) as db:
        centre = Centre(name="Centre de Lyon", code=f"SY-{seed}", address="", created_at=now)
        db.add(centre)
        db.flush()
        session = CertificationSession(
            centre_id=centre.id, day=date(2026, 6, 1), start_time=now.time(), room="A",
            address="Lyon", examiner="X", status=status, created_by="test",
            created_at=now, finalised_at=now, published_at=now,
        )  # fmt: skip
        db.add(session)
        db.flush()
        for k in range(n):
            account = Account(login=f"syn{seed}-{k}", email=None, display_name=f"C{k}",
                              password_hash="", created_at=now)  # fmt: skip
            db.add(account)
            db.flush()
            enrolment = Enrolment(
                session_id=session.id, account_id=account.id, last_name=f"Nom{k}",
                first_name="Léa", birth_date=date(2010, 1 + k % 12, 1 + k % 28),
                created_by="test", created_at=now,
            )  # fmt: skip
            db.add(enrolment)
            db.flush()
            if status != "published":
                continue
            levels = {c: rng.randint(0, 8) for c in COMPETENCE_CODES}
            db.add(
                PublishedResult(
                    enrolment_id=enrolment.id, session_id=session.id, account_id=account.id,
                    outcome=CERTIFIED, answers=32, theta=0.0, score=rng.randint(0, 1023),
                    band_level=3, levels=levels, published_by="test", published_at=now,
                )
            )  # fmt: skip
        return session.id


def run_jobs(runtime: Runtime, session_id: int, timeout: float = 60) -> dict[str, Any]:
    """Run the queued jobs here; if a job is held by another worker (the service's thread on
    SQLite), wait for it to end. The session's progress at the end."""
    Worker(runtime).run_pending()
    deadline = time.monotonic() + timeout
    while True:
        state = progress(runtime, session_id)
        if state["status"] in ("done", "failed") or time.monotonic() > deadline:
            return state
        time.sleep(0.05)


def issued_rows(runtime: Runtime, session_id: int) -> list[IssuedCredential]:
    with runtime.sessions() as db:
        return list(
            db.scalars(
                select(IssuedCredential)
                .join(PublishedResult, PublishedResult.id == IssuedCredential.result_id)
                .where(PublishedResult.session_id == session_id)
            )
        )


def issued_count(runtime: Runtime, session_id: int) -> int:
    """How many credentials the session has (one count query: cheap to poll)."""
    with runtime.sessions() as db:
        query = (
            select(func.count())
            .select_from(IssuedCredential)
            .join(PublishedResult, PublishedResult.id == IssuedCredential.result_id)
            .where(PublishedResult.session_id == session_id)
        )
        return int(db.scalar(query) or 0)


def check_issued(
    runtime: Runtime, session_id: int, certified: set[int], *, pdf_sample: int | None = None
) -> list[IssuedCredential]:
    """Exactly one credential per certified result, codes and status indexes unique, every
    credential verifying and carrying its code, and every one with its French PDF stored,
    whose embedded credential is the stored one; the rows. ``pdf_sample``: read back the
    embedded credential of that many PDFs drawn at random (seeded) rather than of all (a
    large session: every credential is still verified and has its PDF)."""
    rows = issued_rows(runtime, session_id)
    assert sorted(r.result_id for r in rows if r.result_id is not None) == sorted(certified)
    codes = [r.verification_code for r in rows]
    assert len(set(codes)) == len(rows) and all(is_valid_code(c) for c in codes)
    slots = {(r.status_list_id, r.status_index) for r in rows}
    assert len(slots) == len(rows) and None not in {r.status_index for r in rows}
    with runtime.sessions() as db:
        allocated = db.scalar(select(func.sum(StatusList.allocated))) or 0
        everything = db.scalar(select(func.count()).select_from(IssuedCredential)) or 0
        stored = db.execute(
            select(CertificateDocument.credential_id, CertificateDocument.pdf).where(
                CertificateDocument.credential_id.in_([r.id for r in rows]),
                CertificateDocument.lang == "fr",
            )
        )
        pdfs: dict[str, bytes] = dict(stored.all())  # rows of (credential id, PDF)
    assert allocated == everything  # no status entry claimed by a lost transaction
    assert sorted(pdfs) == sorted(r.id for r in rows)  # no credential without its PDF
    options = fast_options(runtime)  # the checks of verify(), its options built once
    read_back = {r.id for r in rows}
    if pdf_sample is not None and pdf_sample < len(rows):
        read_back = set(random.Random(session_id).sample(sorted(read_back), pdf_sample))
    for row in rows:
        doc = json.loads(row.document)
        assert doc["credentialSubject"]["licenseNumber"] == row.verification_code
        result = verify_credential(doc, options)
        assert result.verified, [c for c in result.checks if c.status == "failed"]
        if row.id in read_back:
            assert embedded_credential(pdfs[row.id]) == doc
            assert certificate_pdf(runtime, row, "fr") == pdfs[row.id]
    if rows:  # the stored page is the one the renderer makes of the stored credential
        first = json.loads(rows[0].document)
        base = runtime.settings.base_url
        assert pdfs[rows[0].id] == render_certificate(first, base_url=base, lang="fr")
    return rows


def authority_headers(client: TestClient[Any], area: AccountsArea) -> dict[str, str]:
    from accounts_helpers import add_account

    return as_account(client, area, add_account(area, "authority-x", ("authority_admin", "")))
