"""During a session, the invigilator's side: every candidate's live status, letting them
start, ending a test with a reason, letting a test go on in another browser, incidents. The
check-in and the invigilator's login are :mod:`certinum.certification.checkin`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from assessment import certification as engine
from certinum.audit import record
from certinum.certification.exam import TestConflict
from certinum.certification.exam_state import end_values, from_json, utc
from certinum.certification.tables import (
    ABORT_REASONS,
    INCIDENT_CATEGORIES,
    PLANNED,
    STARTED,
    CertificationSession,
    CertificationTestRow,
    Enrolment,
    Incident,
)
from certinum.db import transaction
from certinum.errors import CertificationRefused, UnknownCertificationRecord
from certinum.runtime import Runtime

MAX_DESCRIPTION = 1000


@dataclass(frozen=True, slots=True)
class LiveCandidate:
    """One candidate as the invigilator sees them. ``state``: ``enrolled`` (not checked in),
    ``waiting``, ``authorised`` (not started yet), ``in_progress``, ``time_up`` (the deadline
    passed, the candidate has not come back), ``completed``, ``ended``."""

    enrolment_id: int
    last_name: str
    first_name: str
    state: str
    answers: int
    seconds_left: int | None
    abort_reason: str | None

    def to_json(self) -> dict[str, object]:
        return {
            "enrolment": self.enrolment_id,
            "lastName": self.last_name,
            "firstName": self.first_name,
            "state": self.state,
            "answers": self.answers,
            "secondsLeft": self.seconds_left,
            "abortReason": self.abort_reason,
        }


def _state(enrolment: Enrolment, test: CertificationTestRow | None, now: datetime) -> LiveCandidate:
    answers, left, state = 0, None, "enrolled"
    if test is not None:
        answers = engine.answers_given(from_json(test.engine_state))
        if test.status == "started":
            left = max(0, int((utc(test.deadline_at) - now).total_seconds()))
            state = "in_progress" if left > 0 else "time_up"
        else:
            state = "completed" if test.status == "completed" else "ended"
    elif enrolment.authorised_at is not None:
        state = "authorised"
    elif enrolment.checked_in_at is not None:
        state = "waiting"
    reason = test.abort_reason if test is not None else None
    return LiveCandidate(
        enrolment.id, enrolment.last_name, enrolment.first_name, state, answers, left, reason
    )


def live(runtime: Runtime, session_id: int) -> list[LiveCandidate]:
    now = runtime.clock()
    with runtime.sessions() as db:
        rows = db.execute(
            select(Enrolment, CertificationTestRow)
            .outerjoin(CertificationTestRow, CertificationTestRow.enrolment_id == Enrolment.id)
            .where(Enrolment.session_id == session_id)
            .order_by(Enrolment.last_name, Enrolment.first_name, Enrolment.id)
        ).all()
        return [_state(e, t, now) for e, t in rows]


def _enrolment(db: Session, session_id: int, enrolment_id: int) -> Enrolment:
    row = db.get(Enrolment, enrolment_id)
    if row is None or row.session_id != session_id:
        raise UnknownCertificationRecord(f"no enrolment {enrolment_id} in this session")
    return row


def authorise(runtime: Runtime, session_id: int, enrolment_id: int | None) -> int:
    """Let one checked-in candidate start (or, ``None``, every one waiting): how many."""
    now, actor = runtime.clock(), f"invigilator:{session_id}"
    with transaction(runtime.sessions) as db:
        if enrolment_id is None:
            rows = list(db.scalars(select(Enrolment).where(Enrolment.session_id == session_id)))
        else:
            rows = [_enrolment(db, session_id, enrolment_id)]
        chosen = [r for r in rows if r.checked_in_at is not None and r.authorised_at is None]
        if enrolment_id is not None and not chosen:
            raise TestConflict(
                "not-waiting", "this candidate has not checked in, or may start already"
            )
        for row in chosen:
            row.authorised_at = now
        session = db.get(CertificationSession, session_id)
        if chosen and session is not None and session.status == PLANNED:
            session.status = STARTED
        ids = [r.id for r in chosen]
        record(db, now=now, actor=actor, action="certification.start_authorised",
               target=f"session:{session_id}", details={"enrolments": ids})  # fmt: skip
        return len(chosen)


def _test_of(db: Session, session_id: int, enrolment_id: int) -> CertificationTestRow:
    _enrolment(db, session_id, enrolment_id)
    db.execute(
        update(CertificationTestRow)
        .where(CertificationTestRow.enrolment_id == enrolment_id)
        .values(status=CertificationTestRow.status)
    )  # its lock first, as an answer takes it
    test = db.scalar(
        select(CertificationTestRow).where(CertificationTestRow.enrolment_id == enrolment_id)
    )
    if test is None:
        raise TestConflict("no-test", "this candidate has not started a test")
    return test


def end_test(runtime: Runtime, session_id: int, enrolment_id: int, reason: str) -> None:
    """End a running test with an abort reason (``candidate`` or ``technical``)."""
    if reason not in ABORT_REASONS:
        raise CertificationRefused("bad-reason", f"the reason is one of {list(ABORT_REASONS)}")
    now = runtime.clock()
    with transaction(runtime.sessions) as db:
        test = _test_of(db, session_id, enrolment_id)
        if test.status != "started":
            raise TestConflict("test-ended", "this test has ended already")
        ended = engine.end_by_invigilator(from_json(test.engine_state), engine.AbortReason(reason))
        for name, value in end_values(ended, now).items():
            setattr(test, name, value)
        record(db, now=now, actor=f"invigilator:{session_id}", action="certification.test_ended",
               target=f"enrolment:{enrolment_id}", reason=reason)  # fmt: skip


def release(runtime: Runtime, session_id: int, enrolment_id: int) -> None:
    """Let the candidate go on in another browser: the next browser to open the test takes it."""
    now = runtime.clock()
    with transaction(runtime.sessions) as db:
        test = _test_of(db, session_id, enrolment_id)
        if test.status != "started":
            raise TestConflict("test-ended", "this test has ended already")
        test.browser_token_hash = None
        record(db, now=now, actor=f"invigilator:{session_id}", action="certification.test_released",
               target=f"enrolment:{enrolment_id}")  # fmt: skip


def record_incident(
    runtime: Runtime, session_id: int, enrolment_id: int | None, category: str, description: str
) -> int:
    """An incident of the session (of one candidate or none): 422 ``bad-category``,
    ``description-required`` (blank), ``bad-description`` (too long)."""
    if category not in INCIDENT_CATEGORIES:
        raise CertificationRefused(
            "bad-category", f"the category is one of {list(INCIDENT_CATEGORIES)}"
        )
    text = description.strip()
    if not text:
        raise CertificationRefused("description-required", "describe the incident")
    if len(text) > MAX_DESCRIPTION:
        raise CertificationRefused("bad-description", f"at most {MAX_DESCRIPTION} characters")
    with transaction(runtime.sessions) as db:
        if enrolment_id is not None:
            _enrolment(db, session_id, enrolment_id)
        row = Incident(
            session_id=session_id, enrolment_id=enrolment_id, category=category, description=text,
            reported_by=f"invigilator:{session_id}", reported_at=runtime.clock(),
        )  # fmt: skip
        db.add(row)
        db.flush()
        return row.id
