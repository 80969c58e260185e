"""A candidate's certification records, for their account's data export and erasure
(:mod:`certinum.accounts.personal`, inside its transaction).

The export lists each enrolment: the session (date, centre), the identity the centre typed
(names, birth date and place, extra time, school UAI, INE), attendance, the test with each
question's item and answer, the published result with the jury's comment, and the certificate
(code, issue date, revoked or not).

Erasure keeps only what an issued certificate states, since the certificate stays valid and
checkable by its code: for an enrolment whose published result has an issued certificate, the
name, birth date and session stay on the enrolment, the outcome, score, band and competence
levels and the signed document on the result, and the test with its answers (the result's
basis); the rest is blanked (birth place, extra time, UAI, INE, attendance and check-in, the
result's comments, cancellation reason and ability estimate, the test's end reason and browser
binding, the incidents' descriptions) and the jury's notes are deleted. Every other enrolment
(a session not published, a result without a certificate) is deleted with its test, answers,
incidents, notes and result.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from certinum.certification.review_tables import JuryNote, PublishedResult
from certinum.certification.tables import (
    Centre,
    CertificationAnswer,
    CertificationSession,
    CertificationTestRow,
    Enrolment,
    Incident,
)
from certinum.models import IssuedCredential


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _test(db: Session, enrolment_id: int) -> dict[str, Any] | None:
    test = db.scalar(
        select(CertificationTestRow).where(CertificationTestRow.enrolment_id == enrolment_id)
    )
    if test is None:
        return None
    answers = db.scalars(
        select(CertificationAnswer)
        .where(CertificationAnswer.test_id == test.id)
        .order_by(CertificationAnswer.position)
    )
    return {
        "status": test.status,
        "started": _iso(test.started_at),
        "ended": _iso(test.ended_at),
        "abortReason": test.abort_reason,
        "score": test.score,
        "levels": test.levels,
        "answers": [
            {"position": a.position, "item": a.item_id, "version": a.item_version,
             "answer": a.answer, "correct": a.correct, "neutralised": a.neutralised,
             "asked": _iso(a.asked_at), "answered": _iso(a.answered_at)}
            for a in answers
        ],
    }  # fmt: skip


def _result(db: Session, enrolment_id: int) -> dict[str, Any] | None:
    result = db.scalar(select(PublishedResult).where(PublishedResult.enrolment_id == enrolment_id))
    if result is None:
        return None
    credential = db.scalar(select(IssuedCredential).where(IssuedCredential.result_id == result.id))
    return {
        "outcome": result.outcome,
        "score": result.score,
        "bandLevel": result.band_level,
        "levels": result.levels,
        "candidateComment": result.candidate_comment,
        "published": _iso(result.published_at),
        "certificate": None
        if credential is None
        else {
            "code": credential.verification_code,
            "issued": _iso(credential.issued_at),
            "revoked": _iso(credential.revoked_at),
        },
    }


def certification_records(db: Session, account_id: int) -> list[dict[str, Any]]:
    """Every enrolment of the account, with its session, test, result and certificate."""
    rows = db.execute(
        select(Enrolment, CertificationSession.day, Centre.name)
        .join(CertificationSession, Enrolment.session_id == CertificationSession.id)
        .join(Centre, CertificationSession.centre_id == Centre.id)
        .where(Enrolment.account_id == account_id)
        .order_by(Enrolment.id)
    ).all()
    return [
        {
            "session": {"id": e.session_id, "date": day.isoformat(), "centre": centre},
            "lastName": e.last_name,
            "firstName": e.first_name,
            "birthDate": e.birth_date.isoformat(),
            "birthPlace": e.birth_place,
            "extraTimePercent": e.extra_time_percent,
            "schoolUai": e.school_uai,
            "ine": e.ine,
            "attendance": e.attendance,
            "checkedIn": _iso(e.checked_in_at),
            "test": _test(db, e.id),
            "result": _result(db, e.id),
        }
        for e, day, centre in rows
    ]


def _issued(db: Session, enrolment_id: int) -> int | None:
    """The id of the enrolment's published result when a certificate states it."""
    return db.scalar(
        select(PublishedResult.id)
        .join(IssuedCredential, IssuedCredential.result_id == PublishedResult.id)
        .where(PublishedResult.enrolment_id == enrolment_id)
    )


def _keep_certified(db: Session, enrolment_id: int, result_id: int) -> None:
    db.execute(
        update(Enrolment)
        .where(Enrolment.id == enrolment_id)
        .values(birth_place="", extra_time_percent=0, school_uai="", ine="",
                attendance="unknown", checked_in_at=None, authorised_at=None)
    )  # fmt: skip
    db.execute(
        update(PublishedResult)
        .where(PublishedResult.id == result_id)
        .values(theta=None, cancelled_reason="", candidate_comment="", school_comment="")
    )
    db.execute(
        update(CertificationTestRow)
        .where(CertificationTestRow.enrolment_id == enrolment_id)
        .values(end_reason="", browser_token_hash=None)
    )
    db.execute(update(Incident).where(Incident.enrolment_id == enrolment_id).values(description=""))
    db.execute(delete(JuryNote).where(JuryNote.enrolment_id == enrolment_id))


def _delete_enrolment(db: Session, enrolment_id: int) -> None:
    tests = select(CertificationTestRow.id).where(CertificationTestRow.enrolment_id == enrolment_id)
    answers = select(CertificationAnswer.id).where(CertificationAnswer.test_id.in_(tests))
    db.execute(
        delete(Incident).where(
            (Incident.enrolment_id == enrolment_id) | Incident.answer_id.in_(answers)
        )
    )
    db.execute(delete(CertificationAnswer).where(CertificationAnswer.test_id.in_(tests)))
    db.execute(
        delete(CertificationTestRow).where(CertificationTestRow.enrolment_id == enrolment_id)
    )
    db.execute(delete(JuryNote).where(JuryNote.enrolment_id == enrolment_id))
    db.execute(delete(PublishedResult).where(PublishedResult.enrolment_id == enrolment_id))
    db.execute(delete(Enrolment).where(Enrolment.id == enrolment_id))


def erase_certification_records(db: Session, account_id: int) -> dict[str, int]:
    """Keep what the account's issued certificates state, delete the rest (see the module);
    how many enrolments were ``kept`` (certified) and ``deleted``."""
    kept = deleted = 0
    enrolments = db.scalars(select(Enrolment.id).where(Enrolment.account_id == account_id)).all()
    for enrolment_id in enrolments:
        result_id = _issued(db, enrolment_id)
        if result_id is not None:
            _keep_certified(db, enrolment_id, result_id)
            kept += 1
        else:
            _delete_enrolment(db, enrolment_id)
            deleted += 1
    return {"kept": kept, "deleted": deleted}
