"""What finalisation, the jury and publication share: a test's result from its stored rows.

A stored question (``cert_answers``) reads as an outcome thus: ``correct`` true is correct,
false is wrong; answered (``answered_at`` set) without a ``correct`` flag is skipped; never
answered is timed out. The result is :func:`assessment.rescoring.rescore` of those rows with
their neutralised questions left out, under the test's status and abort reason; a test still
started has none yet. :class:`ReviewConflict` is a refusal because of the session's state
(answered 409 by the review routes). :func:`lock_session` locks a session's row before its
status is checked and changed (finalisation, publication), so that two such calls at once
cannot both pass the check.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from assessment.adaptive import Outcome
from assessment.certification import AbortReason, CertificationResult, TestStatus
from assessment.rescoring import StoredAnswer, rescore
from certinum.certification.tables import (
    CertificationAnswer,
    CertificationSession,
    CertificationTestRow,
)
from certinum.errors import CertificationRefused


class ReviewConflict(CertificationRefused):
    """The session or result is not in a state allowing this (``already-finalised``,
    ``not-finalised``, ``published``): 409."""

    default_code = "review-conflict"


def outcome_of(row: CertificationAnswer) -> Outcome | None:
    if row.answered_at is None:
        return None
    if row.correct is None:
        return Outcome.SKIPPED
    return Outcome.CORRECT if row.correct else Outcome.WRONG


def answers_of(db: Session, test_id: int) -> list[CertificationAnswer]:
    return list(
        db.scalars(
            select(CertificationAnswer)
            .where(CertificationAnswer.test_id == test_id)
            .order_by(CertificationAnswer.position)
        )
    )


def stored(rows: list[CertificationAnswer]) -> list[StoredAnswer]:
    return [
        StoredAnswer(r.item_id, r.item_version, r.parameters, outcome_of(r), r.neutralised)
        for r in rows
    ]


def result_of(
    test: CertificationTestRow, rows: list[CertificationAnswer]
) -> CertificationResult | None:
    """The result of an ended test from its rows; None when it gives none (or not ended)."""
    if test.status == TestStatus.STARTED.value:
        return None
    reason = AbortReason(test.abort_reason) if test.abort_reason else None
    return rescore(stored(rows), status=TestStatus(test.status), abort_reason=reason)


def score_test(db: Session, test: CertificationTestRow) -> CertificationResult | None:
    """Recompute an ended test's result and keep it on its row (θ, score, levels)."""
    found = result_of(test, answers_of(db, test.id))
    test.theta = found.theta if found else None
    test.score = found.score if found else None
    test.levels = dict(found.competence_levels) if found else None
    return found


def lock_session(db: Session, session_id: int) -> CertificationSession | None:
    """The session's row, locked until the transaction ends and read after the lock is held
    (so its status is the latest committed); None when there is none.

    PostgreSQL: ``SELECT … FOR UPDATE``, a second caller waits for the first's commit, then
    reads the status it wrote. SQLite has no row locks: an ``UPDATE`` that changes nothing
    takes the database's write lock first (the driver begins its transaction there), so the
    second caller waits (busy timeout) and then reads the committed status."""
    query = select(CertificationSession).where(CertificationSession.id == session_id)
    if db.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    else:
        db.execute(
            update(CertificationSession)
            .where(CertificationSession.id == session_id)
            .values(status=CertificationSession.status)
            .execution_options(synchronize_session=False)
        )
    return db.scalar(query.execution_options(populate_existing=True))
