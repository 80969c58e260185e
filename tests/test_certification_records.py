"""A candidate's certification records in their data export, and erasure keeping only what an
issued certificate states: name, birth date, session and result stay; birth place, INE, UAI,
comments, jury notes go; an enrolment without an issued certificate goes whole (test,
answers, incidents). The certificate still verifies by its code."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from issuance_pages_helpers import school_session
from litestar.testing import TestClient
from sqlalchemy import func, select

from certinum.accounts.area import AccountsArea
from certinum.accounts.personal import erase, export
from certinum.accounts.tables import Account
from certinum.certification.review_tables import JuryNote, PublishedResult
from certinum.certification.tables import (
    CertificationAnswer,
    CertificationSession,
    CertificationTestRow,
    Enrolment,
    Incident,
)
from certinum.db import transaction
from certinum.models import AuditEvent, IssuedCredential


def _unpublished_enrolment(area: AccountsArea, account_id: int, centre_id: int) -> int:
    """A second enrolment of the account, in a session not yet published, with a test, an
    answer, an incident and a jury note."""
    now = area.runtime.clock()
    with transaction(area.runtime.sessions) as db:
        session = CertificationSession(
            centre_id=centre_id, day=date(2026, 7, 1), start_time=now.time(), room="B",
            address="Lyon", examiner="Y", status="finalised", created_by="test", created_at=now,
        )  # fmt: skip
        db.add(session)
        db.flush()
        enrolment = Enrolment(
            session_id=session.id, account_id=account_id, last_name="Martin", first_name="Léa",
            birth_date=date(2011, 3, 4), birth_place="Lyon", created_by="test", created_at=now,
        )  # fmt: skip
        db.add(enrolment)
        db.flush()
        test = CertificationTestRow(
            enrolment_id=enrolment.id, started_at=now, deadline_at=now + timedelta(hours=2)
        )
        db.add(test)
        db.flush()
        answer = CertificationAnswer(
            test_id=test.id, position=1, item_id="i1", item_version=1, parameters={},
            reference="ref-erasure-1", proposal_order=[0, 1], asked_at=now, answer=1,
        )  # fmt: skip
        db.add(answer)
        db.flush()
        db.add(Incident(session_id=session.id, enrolment_id=enrolment.id, answer_id=answer.id,
                        category="other", description="Léa left", reported_by="t",
                        reported_at=now))  # fmt: skip
        db.add(JuryNote(enrolment_id=enrolment.id, candidate_comment="note", updated_by="t",
                        updated_at=now))  # fmt: skip
        return enrolment.id


def test_export_then_erasure_keep_what_the_certificate_states(
    client: TestClient[Any], area: AccountsArea
) -> None:
    ids = school_session(area.runtime)
    with area.runtime.sessions() as db:
        account_id = db.scalar(select(Account.id).where(Account.login == "pupil-SCH-1-0"))
        assert account_id is not None
        kept_id = db.scalar(select(Enrolment.id).where(Enrolment.account_id == account_id))
        result = db.scalars(
            select(PublishedResult).where(PublishedResult.enrolment_id == kept_id)
        ).one()
        code = db.scalar(
            select(IssuedCredential.verification_code).where(
                IssuedCredential.result_id == result.id
            )
        )
        score = result.score
        db.add(JuryNote(enrolment_id=kept_id, candidate_comment="bravo", updated_by="t",
                        updated_at=area.runtime.clock()))  # fmt: skip
        db.commit()
    gone_id = _unpublished_enrolment(area, account_id, ids.centre_id)

    records = export(area, account_id)["certificationRecords"]
    assert [r["session"]["date"] for r in records] == ["2026-06-01", "2026-07-01"]
    assert records[0]["result"]["certificate"]["code"] == code
    assert records[0]["ine"] and records[0]["schoolUai"]
    assert records[1]["test"]["answers"][0]["answer"] == 1 and records[1]["result"] is None

    assert erase(area, account_id, actor=f"account:{account_id}")
    with area.runtime.sessions() as db:
        kept = db.get(Enrolment, kept_id)
        assert kept is not None
        assert (kept.last_name, kept.first_name, kept.birth_date) == (
            "Martin",
            "Léa",
            date(2011, 3, 4),
        )
        assert (kept.birth_place, kept.ine, kept.school_uai) == ("", "", "")
        after = db.scalars(
            select(PublishedResult).where(PublishedResult.enrolment_id == kept_id)
        ).one()
        assert (after.outcome, after.score, after.levels) == (result.outcome, score, result.levels)
        assert after.theta is None and after.candidate_comment == after.school_comment == ""
        assert db.scalar(select(func.count()).select_from(JuryNote)) == 0
        assert db.get(Enrolment, gone_id) is None
        tests = select(CertificationTestRow.id).where(CertificationTestRow.enrolment_id == gone_id)
        assert db.scalar(select(func.count()).select_from(tests.subquery())) == 0
        assert (
            db.scalar(select(func.count()).where(CertificationAnswer.reference == "ref-erasure-1"))
            == 0
        )
        assert db.scalar(select(func.count()).where(Incident.enrolment_id == gone_id)) == 0
        event = db.scalars(select(AuditEvent).where(AuditEvent.action == "account.erasure")).one()
        assert event.details == {"enrolmentsKept": 1, "enrolmentsDeleted": 1}
    assert [r["session"]["date"] for r in export(area, account_id)["certificationRecords"]] == [
        "2026-06-01"
    ]
    checked = client.get(f"/api/certificates/{code}")
    assert checked.status_code == 200, checked.text
    assert "Martin".upper() in checked.text.upper()
