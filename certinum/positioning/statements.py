"""The SQL statements of a positioning answer and of a question page, built once per process.

They run at every request of a candidate taking a test, so they are Core statements on the
tables (not the ORM's unit of work) with named parameters: SQLAlchemy then neither builds
the statement nor computes its cache key again at each call. The parameters are named
``p_…`` (a ``bindparam`` may not take the name of a column it sets).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, and_, bindparam, insert, select, update
from sqlalchemy.sql import Insert, Select, Update

from certinum.positioning.tables import PositioningAttempt, PositioningQuestion

ATTEMPTS: Table = PositioningAttempt.__table__  # type: ignore[assignment]
QUESTIONS: Table = PositioningQuestion.__table__  # type: ignore[assignment]
A, Q = ATTEMPTS.c, QUESTIONS.c

# The attempt's row, written first (its row lock serialises the answers to one attempt).
LOCK_ATTEMPT: Update = (
    update(ATTEMPTS)
    .where(A.id == bindparam("p_attempt"), A.candidate_id == bindparam("p_candidate"))
    .values(updated_at=bindparam("p_now", type_=A.updated_at.type))
    .returning(A.state, A.engine_state)
)

QUESTION_BY_REFERENCE: Select[Any] = select(
    Q.id, Q.position, Q.item_id, Q.proposal_order, Q.answered_at
).where(Q.attempt_id == bindparam("p_attempt"), Q.reference == bindparam("p_reference"))

# PostgreSQL: the attempt (of this candidate) and its question ``reference``, both rows
# locked; a statement that waited for the locks returns the rows as last committed.
LOCK_ATTEMPT_AND_QUESTION: Select[Any] = (
    select(A.state, A.engine_state, Q.id, Q.position, Q.item_id, Q.proposal_order, Q.answered_at)
    .select_from(ATTEMPTS)
    .join(QUESTIONS, Q.attempt_id == A.id)
    .where(
        A.id == bindparam("p_attempt"),
        A.candidate_id == bindparam("p_candidate"),
        Q.reference == bindparam("p_reference"),
    )
    .with_for_update(of=[ATTEMPTS, QUESTIONS])
)

STORE_ANSWER: Update = (
    update(QUESTIONS)
    .where(Q.id == bindparam("p_question"), Q.answered_at.is_(None))
    .values(
        answer=bindparam("p_answer", type_=Q.answer.type),
        answer_locale=bindparam("p_locale", type_=Q.answer_locale.type),
        correct=bindparam("p_correct", type_=Q.correct.type),
        answered_at=bindparam("p_now", type_=Q.answered_at.type),
    )
)

ASK_QUESTION: Insert = insert(QUESTIONS)

SUMMARY_COLUMNS = (
    A.id,
    A.competence,
    A.state,
    A.answers,
    A.started_at,
    A.finished_at,
    A.level,
    A.pix,
)

# SET is made of the columns given at execution (the engine's state, and the result once
# the attempt is finished); it returns the attempt's summary as written.
ADVANCE_ATTEMPT: Update = (
    update(ATTEMPTS).where(A.id == bindparam("p_attempt")).returning(*SUMMARY_COLUMNS)
)

# The attempt (of this candidate) and its question being asked, if any, in one query.
QUESTION_PAGE: Select[Any] = (
    select(
        *SUMMARY_COLUMNS,
        Q.position.label("q_position"),
        Q.reference.label("q_reference"),
        Q.item_id.label("q_item_id"),
        Q.proposal_order.label("q_proposal_order"),
    )
    .select_from(ATTEMPTS)
    .outerjoin(QUESTIONS, and_(Q.attempt_id == A.id, Q.answered_at.is_(None)))
    .where(A.id == bindparam("p_attempt"), A.candidate_id == bindparam("p_candidate"))
)
