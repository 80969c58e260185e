"""What the jury sees of a session: each candidate's provisional result and the incidents.

A provisional result is recomputed from the stored answers at each look
(:mod:`certinum.certification.review_rules`), neutralised questions left out. "No result" is
shown for a candidate without a test, with a test still started, with a technical abort under
20 answers, or for a result under the 20 answers a valid one needs (``valid`` false).
Problems candidates reported on a question are the incidents linked to one of its answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from assessment.certification import MIN_ANSWERS
from certinum.certification.review_rules import answers_of, result_of
from certinum.certification.review_tables import JuryNote
from certinum.certification.tables import (
    Centre,
    CertificationAnswer,
    CertificationSession,
    CertificationTestRow,
    Enrolment,
    Incident,
)


@dataclass(frozen=True, slots=True)
class Question:
    position: int
    item_id: str
    version: int
    outcome: str
    neutralised: bool

    def to_json(self) -> dict[str, object]:
        return {
            "position": self.position,
            "item": self.item_id,
            "version": self.version,
            "outcome": self.outcome,
            "neutralised": self.neutralised,
        }


@dataclass(frozen=True, slots=True)
class IncidentView:
    id: int
    category: str
    description: str
    enrolment_id: int | None
    question: int | None  # the position of the question it concerns, for a reported problem
    reported_by: str

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "category": self.category,
            "description": self.description,
            "enrolment": self.enrolment_id,
            "question": self.question,
            "reportedBy": self.reported_by,
        }


@dataclass(frozen=True, slots=True)
class CandidateReview:
    enrolment_id: int
    last_name: str
    first_name: str
    test_status: str  # "" when the candidate took no test
    abort_reason: str
    answers: int
    has_result: bool
    valid: bool
    score: int | None
    band_level: int | None
    levels: dict[str, int]
    cancelled_reason: str
    candidate_comment: str
    school_comment: str
    questions: list[Question] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "enrolment": self.enrolment_id,
            "lastName": self.last_name,
            "firstName": self.first_name,
            "test": self.test_status or None,
            "abortReason": self.abort_reason or None,
            "answers": self.answers,
            "result": (
                {
                    "valid": self.valid,
                    "score": self.score,
                    "level": self.band_level,
                    "competences": self.levels,
                }
                if self.has_result
                else None
            ),
            "minimumAnswers": MIN_ANSWERS,
            "cancelled": self.cancelled_reason or None,
            "commentForCandidate": self.candidate_comment,
            "commentForSchool": self.school_comment,
            "questions": [q.to_json() for q in self.questions],
        }


@dataclass(frozen=True, slots=True)
class SessionReview:
    id: int
    centre: str
    day: date
    room: str
    examiner: str
    status: str
    comment: str
    candidates: list[CandidateReview]
    incidents: list[IncidentView]

    @property
    def reported(self) -> list[IncidentView]:
        return [i for i in self.incidents if i.question is not None]

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "centre": self.centre,
            "date": self.day.isoformat(),
            "room": self.room,
            "examiner": self.examiner,
            "status": self.status,
            "examinerComment": self.comment,
            "candidates": [c.to_json() for c in self.candidates],
            "incidents": [i.to_json() for i in self.incidents if i.question is None],
            "reportedProblems": [i.to_json() for i in self.reported],
        }


def _outcome(row: CertificationAnswer) -> str:
    if row.answered_at is None:
        return "timed_out"
    if row.correct is None:
        return "skipped"
    return "correct" if row.correct else "wrong"


def _candidate(
    db: Session, e: Enrolment, test: CertificationTestRow | None, note: JuryNote | None
) -> CandidateReview:
    rows = answers_of(db, test.id) if test is not None else []
    found = result_of(test, rows) if test is not None else None
    questions = [
        Question(r.position, r.item_id, r.item_version, _outcome(r), r.neutralised) for r in rows
    ]
    answers = found.answers if found else sum(
        1 for r in rows if r.answered_at is not None and not r.neutralised
    )  # fmt: skip
    return CandidateReview(
        e.id, e.last_name, e.first_name, test.status if test else "",
        (test.abort_reason or "") if test else "", answers, found is not None,
        bool(found and found.valid), found.score if found else None,
        found.band_level if found else None, dict(found.competence_levels) if found else {},
        test.cancelled_reason if test else "", note.candidate_comment if note else "",
        note.school_comment if note else "", questions,
    )  # fmt: skip


def review_of(db: Session, session: CertificationSession) -> SessionReview:
    enrolments = list(
        db.scalars(
            select(Enrolment)
            .where(Enrolment.session_id == session.id)
            .order_by(Enrolment.last_name, Enrolment.first_name, Enrolment.id)
        )
    )
    ids = [e.id for e in enrolments]
    tests = {
        t.enrolment_id: t
        for t in db.scalars(
            select(CertificationTestRow).where(CertificationTestRow.enrolment_id.in_(ids))
        )
    }
    notes = {
        n.enrolment_id: n
        for n in db.scalars(select(JuryNote).where(JuryNote.enrolment_id.in_(ids)))
    }
    linked = db.execute(
        select(CertificationAnswer.id, CertificationAnswer.position)
        .join(Incident, Incident.answer_id == CertificationAnswer.id)
        .where(Incident.session_id == session.id)
    )
    positions = {int(answer): int(position) for answer, position in linked}
    incidents = [
        IncidentView(
            i.id,
            i.category,
            i.description,
            i.enrolment_id,
            positions.get(i.answer_id) if i.answer_id else None,
            i.reported_by,
        )
        for i in db.scalars(
            select(Incident).where(Incident.session_id == session.id).order_by(Incident.id)
        )
    ]
    centre = db.get(Centre, session.centre_id)
    return SessionReview(
        session.id, centre.name if centre else "", session.day, session.room, session.examiner,
        session.status, session.finalisation_comment,
        [_candidate(db, e, tests.get(e.id), notes.get(e.id)) for e in enrolments], incidents,
    )  # fmt: skip
