"""Publication of a reviewed session: each candidate's result becomes final.

Publishing a finalised session writes one ``cert_results`` row per candidate (outcome, the
jury's comments; score, band and competence levels only for a ``certified`` result: a result
that is not valid, cancelled or without result is published with its outcome alone) and sets
the session ``published``; 409 ``not-finalised`` before finalisation, ``already-published``
after. The session's row is locked first (:func:`~certinum.certification.review_rules.
lock_session`), so two publications at once cannot both pass the status check. Once the
transaction is committed, the published results go to issuance as one domain event,
:class:`ResultsPublished`, delivered with the runtime to the functions registered with
:func:`on_results_published` (issuance enqueues its job in the runtime's database).
Candidates then see their results; a school sees its pupils'
(:mod:`certinum.certification.school_results`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, select

from certinum.audit import record
from certinum.certification.review_rules import (
    ReviewConflict,
    answers_of,
    lock_session,
    result_of,
)
from certinum.certification.review_tables import (
    CANCELLED,
    CERTIFIED,
    NO_RESULT,
    NOT_VALID,
    JuryNote,
    PublishedResult,
)
from certinum.certification.tables import (
    FINALISED,
    PUBLISHED,
    Centre,
    CertificationSession,
    CertificationTestRow,
    Enrolment,
)
from certinum.db import transaction
from certinum.errors import UnknownCertificationRecord
from certinum.runtime import Runtime


@dataclass(frozen=True, slots=True)
class FinalResult:
    enrolment_id: int
    account_id: int
    session_id: int
    centre: str
    day: date
    last_name: str
    first_name: str
    ine: str
    outcome: str
    answers: int
    score: int | None
    band_level: int | None
    levels: dict[str, int]
    candidate_comment: str
    school_comment: str

    def to_json(self) -> dict[str, object]:
        """Its JSON; a result that is not certified has no score, level nor competences."""
        return {
            "enrolment": self.enrolment_id, "session": self.session_id, "centre": self.centre,
            "date": self.day.isoformat(), "lastName": self.last_name,
            "firstName": self.first_name, "ine": self.ine or None, "outcome": self.outcome,
            "answers": self.answers, "score": self.score, "level": self.band_level,
            "competences": self.levels, "comment": self.candidate_comment,
        }  # fmt: skip


@dataclass(frozen=True, slots=True)
class ResultsPublished:
    """The domain event issuance receives: a session's final results, as published."""

    session_id: int
    results: tuple[FinalResult, ...]


Listener = Callable[[Runtime, ResultsPublished], None]
_LISTENERS: list[Listener] = []


def on_results_published(listener: Listener) -> Callable[[], None]:
    """Register ``listener`` (issuance) to receive the runtime and every
    :class:`ResultsPublished`, once the publication is committed; registering it again
    changes nothing. Returns the function that unregisters it."""
    if listener not in _LISTENERS:
        _LISTENERS.append(listener)

    def unregister() -> None:
        if listener in _LISTENERS:
            _LISTENERS.remove(listener)

    return unregister


def _outcome(test: CertificationTestRow | None, found: object, valid: bool) -> str:
    if test is not None and test.cancelled_reason:
        return CANCELLED
    if found is None:
        return NO_RESULT
    return CERTIFIED if valid else NOT_VALID


def publish(runtime: Runtime, session_id: int, *, actor: str) -> ResultsPublished:
    now = runtime.clock()
    with transaction(runtime.sessions) as db:
        session = lock_session(db, session_id)
        if session is None:
            raise UnknownCertificationRecord("unknown-session", f"no session {session_id}")
        if session.status == PUBLISHED:
            raise ReviewConflict("already-published", "the session is already published")
        if session.status != FINALISED:
            raise ReviewConflict("not-finalised", "the centre has not finalised this session")
        for e in db.scalars(select(Enrolment).where(Enrolment.session_id == session.id)):
            test = db.scalar(
                select(CertificationTestRow).where(CertificationTestRow.enrolment_id == e.id)
            )
            found = result_of(test, answers_of(db, test.id)) if test is not None else None
            outcome = _outcome(test, found, bool(found and found.valid))
            keep = found is not None and outcome == CERTIFIED  # else the outcome alone
            note = db.scalar(select(JuryNote).where(JuryNote.enrolment_id == e.id))
            db.add(
                PublishedResult(
                    enrolment_id=e.id, session_id=session.id, account_id=e.account_id,
                    outcome=outcome, answers=found.answers if found else 0,
                    theta=found.theta if keep and found else None,
                    score=found.score if keep and found else None,
                    band_level=found.band_level if keep and found else None,
                    levels=dict(found.competence_levels) if keep and found else None,
                    cancelled_reason=test.cancelled_reason if test else "",
                    candidate_comment=note.candidate_comment if note else "",
                    school_comment=note.school_comment if note else "",
                    published_by=actor, published_at=now,
                )
            )  # fmt: skip
        session.status, session.published_at = PUBLISHED, now
        record(db, now=now, actor=actor, action="session.publish", target=f"session:{session.id}")
    event = ResultsPublished(session_id, tuple(_published(runtime, session_id=session_id)))
    for listener in list(_LISTENERS):
        listener(runtime, event)
    return event


def published_query() -> Select[PublishedResult, Enrolment, CertificationSession, str]:
    """The published results with their enrolment, session and centre's name, latest session
    first, then by name; :func:`final_result` reads a row."""
    return (
        select(PublishedResult, Enrolment, CertificationSession, Centre.name)
        .join(Enrolment, Enrolment.id == PublishedResult.enrolment_id)
        .join(CertificationSession, CertificationSession.id == PublishedResult.session_id)
        .join(Centre, Centre.id == CertificationSession.centre_id)
        .order_by(CertificationSession.day.desc(), Enrolment.last_name, Enrolment.first_name)
    )


def final_result(
    r: PublishedResult, e: Enrolment, s: CertificationSession, centre: str
) -> FinalResult:
    """A row of :func:`published_query`; only a certified result has a score and levels."""
    certified = r.outcome == CERTIFIED
    return FinalResult(
        r.enrolment_id, r.account_id, r.session_id, centre, s.day, e.last_name, e.first_name,
        e.ine, r.outcome, r.answers, r.score if certified else None,
        r.band_level if certified else None, dict(r.levels or {}) if certified else {},
        r.candidate_comment, r.school_comment,
    )  # fmt: skip


def _published(
    runtime: Runtime, *, session_id: int | None = None, account_id: int | None = None
) -> list[FinalResult]:
    query = published_query()
    if session_id is not None:
        query = query.where(PublishedResult.session_id == session_id)
    if account_id is not None:
        query = query.where(PublishedResult.account_id == account_id)
    with runtime.sessions() as db:
        return [final_result(r, e, s, centre) for r, e, s, centre in db.execute(query)]


def candidate_results(runtime: Runtime, account_id: int) -> list[FinalResult]:
    """The published results of one candidate, latest first."""
    return _published(runtime, account_id=account_id)
