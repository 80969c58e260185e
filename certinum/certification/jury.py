"""The jury's review of a finalised session (issuing authority: ``jury``, ``authority_admin``).

The jury sees the finalised sessions; for one session, its candidates with their provisional
results (recomputed from the stored answers, so a neutralisation shows at once), the
incidents and the problems candidates reported on a question. Its decisions, each audited with
who and why: neutralise a faulty question for one candidate (the result is recomputed without
it), cancel a result, write comments for the candidate and for the school. A decision needs a
finalised session (409 ``not-finalised`` before, ``published`` after: a published certificate
is revoked by issuance instead) and a reason (422 ``reason-required``); nothing changes when
it is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from certinum.audit import record
from certinum.certification.jury_views import CandidateReview, SessionReview, review_of
from certinum.certification.review_rules import (
    ReviewConflict,
    answers_of,
    lock_session,
    result_of,
    score_test,
)
from certinum.certification.review_tables import JuryNote
from certinum.certification.tables import (
    FINALISED,
    PUBLISHED,
    Centre,
    CertificationAnswer,
    CertificationSession,
    CertificationTestRow,
    Enrolment,
)
from certinum.db import transaction
from certinum.errors import CertificationRefused, UnknownCertificationRecord
from certinum.runtime import Runtime

MAX_REASON = 1000
MAX_COMMENT = 2000
JURY_ROLES = ("jury", "authority_admin")
__all__ = ["CandidateReview", "SessionReview", "session_review"]


@dataclass(frozen=True, slots=True)
class SessionSummary:
    id: int
    centre: str
    day: str
    status: str
    candidates: int

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "centre": self.centre,
            "date": self.day,
            "status": self.status,
            "candidates": self.candidates,
        }


def reviewable_sessions(runtime: Runtime) -> list[SessionSummary]:
    """The finalised sessions waiting for the jury, oldest first."""
    with runtime.sessions() as db:
        counted = db.execute(
            select(Enrolment.session_id, func.count(Enrolment.id)).group_by(Enrolment.session_id)
        )
        counts = {int(sid): int(n) for sid, n in counted}
        rows = db.execute(
            select(CertificationSession, Centre.name)
            .join(Centre, Centre.id == CertificationSession.centre_id)
            .where(CertificationSession.status == FINALISED)
            .order_by(CertificationSession.finalised_at, CertificationSession.id)
        ).all()
        return [
            SessionSummary(s.id, name, s.day.isoformat(), s.status, int(counts.get(s.id, 0)))
            for s, name in rows
        ]


def jury_session(db: Session, session_id: int) -> CertificationSession:
    """A finalised or published session; 404 ``unknown-session`` for any other."""
    row = db.get(CertificationSession, session_id)
    if row is None or row.status not in (FINALISED, PUBLISHED):
        raise UnknownCertificationRecord("unknown-session", f"no session {session_id} to review")
    return row


def session_review(runtime: Runtime, session_id: int) -> SessionReview:
    with runtime.sessions() as db:
        return review_of(db, jury_session(db, session_id))


def _open_for_decision(db: Session, session_id: int) -> CertificationSession:
    row = lock_session(db, session_id)  # a decision and a publication at once: one waits
    if row is None:
        raise UnknownCertificationRecord("unknown-session", f"no session {session_id}")
    if row.status == PUBLISHED:
        raise ReviewConflict(
            "published", "the results are published: a certificate is revoked instead"
        )
    if row.status != FINALISED:
        raise ReviewConflict("not-finalised", "the centre has not finalised this session yet")
    return row


def _reason(reason: str) -> str:
    text = " ".join(reason.split())
    if not text or len(text) > MAX_REASON:
        raise CertificationRefused(
            "reason-required", f"a jury decision gives its reason (1 to {MAX_REASON} characters)"
        )
    return text


def _test_of(db: Session, session_id: int, enrolment_id: int) -> CertificationTestRow:
    enrolment = db.get(Enrolment, enrolment_id)
    if enrolment is None or enrolment.session_id != session_id:
        raise UnknownCertificationRecord("unknown-candidate", "no such candidate in this session")
    test = db.scalar(
        select(CertificationTestRow).where(CertificationTestRow.enrolment_id == enrolment_id)
    )
    if test is None:
        raise CertificationRefused("no-test", "this candidate took no test")
    return test


def neutralise(
    runtime: Runtime, session_id: int, enrolment_id: int, item_id: str, *, reason: str,
    actor: str,
) -> CandidateReview:  # fmt: skip
    """Neutralise the question ``item_id`` of one candidate's test and recompute the result.
    422 ``item-not-in-test``, ``already-neutralised``, ``reason-required``, ``no-test``."""
    why = _reason(reason)
    now = runtime.clock()
    with transaction(runtime.sessions) as db:
        session = _open_for_decision(db, session_id)
        test = _test_of(db, session.id, enrolment_id)
        asked = db.scalar(
            select(CertificationAnswer).where(
                CertificationAnswer.test_id == test.id, CertificationAnswer.item_id == item_id
            )
        )
        if asked is None:
            raise CertificationRefused("item-not-in-test", "this question was not in the test")
        if asked.neutralised:
            raise CertificationRefused("already-neutralised", "this question is neutralised")
        earlier = result_of(test, answers_of(db, test.id))
        before = earlier.score if earlier else None
        asked.neutralised = True
        db.flush()
        after = score_test(db, test)
        record(db, now=now, actor=actor, action="result.neutralise",
               target=f"enrolment:{enrolment_id}", reason=why,
               details={"item": item_id, "version": asked.item_version, "scoreBefore": before,
                        "scoreAfter": after.score if after else None})  # fmt: skip
        db.flush()
        return _candidate(db, session, enrolment_id)


def cancel(
    runtime: Runtime, session_id: int, enrolment_id: int, *, reason: str, actor: str
) -> CandidateReview:
    """Cancel one candidate's result before publication; 422 ``already-cancelled``."""
    why = _reason(reason)
    now = runtime.clock()
    with transaction(runtime.sessions) as db:
        session = _open_for_decision(db, session_id)
        test = _test_of(db, session.id, enrolment_id)
        if test.cancelled_reason:
            raise CertificationRefused("already-cancelled", "this result is already cancelled")
        test.cancelled_reason = why
        record(db, now=now, actor=actor, action="result.cancel",
               target=f"enrolment:{enrolment_id}", reason=why)  # fmt: skip
        db.flush()
        return _candidate(db, session, enrolment_id)


def comment(
    runtime: Runtime, session_id: int, enrolment_id: int, *, for_candidate: str,
    for_school: str, reason: str, actor: str,
) -> CandidateReview:  # fmt: skip
    """Set the jury's comments for the candidate and for their school (empty: none)."""
    why = _reason(reason)
    texts = (for_candidate.strip(), for_school.strip())
    if any(len(t) > MAX_COMMENT for t in texts):
        raise CertificationRefused("bad-comment", f"a comment has at most {MAX_COMMENT} characters")
    now = runtime.clock()
    with transaction(runtime.sessions) as db:
        session = _open_for_decision(db, session_id)
        enrolment = db.get(Enrolment, enrolment_id)
        if enrolment is None or enrolment.session_id != session.id:
            raise UnknownCertificationRecord("unknown-candidate", "no such candidate here")
        note = db.scalar(select(JuryNote).where(JuryNote.enrolment_id == enrolment_id))
        if note is None:
            note = JuryNote(enrolment_id=enrolment_id)
            db.add(note)
        note.candidate_comment, note.school_comment = texts
        note.updated_by, note.updated_at = actor, now
        record(db, now=now, actor=actor, action="result.comment",
               target=f"enrolment:{enrolment_id}", reason=why,
               details={"candidate": texts[0], "school": texts[1]})  # fmt: skip
        db.flush()
        return _candidate(db, session, enrolment_id)


def _candidate(db: Session, session: CertificationSession, enrolment_id: int) -> CandidateReview:
    return next(c for c in review_of(db, session).candidates if c.enrolment_id == enrolment_id)
