"""A certification answer, on one Core connection with statements built once per process.

This runs at every answer of every candidate of every session, so it is lean. It starts by
taking the test's lock, held to the commit, so the submissions to one test are served in
turn: on PostgreSQL the test and the question answered are read ``SELECT … FOR UPDATE`` (both
rows, as last committed), on SQLite the test's row is written first (``UPDATE … RETURNING``,
the write lock) and the question read after. Then the answer is stored by ``UPDATE … WHERE
answered_at IS NULL`` (a double submission stores one answer), and, when the test goes on,
the item exposure counts are read in one statement, the next question inserted, the test's
state written and the item's exposure count raised by one (``INSERT … ON CONFLICT DO UPDATE
SET count = count + 1``, last: the item's row is shared and its lock is held to the commit).
The reply is built from what the transaction wrote: nothing is read twice. Six statements on
PostgreSQL, where the ORM took thirteen.

:func:`certinum.certification.exam.answer` is the service function; this module is its body.
"""

from __future__ import annotations

import functools
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np
from sqlalchemy import Connection, String, Table, bindparam, cast, func, insert, select, update
from sqlalchemy.orm import Session

from assessment import certification as engine
from assessment.adaptive import Outcome
from assessment.answers import AnswerFormatError, check_answer
from assessment.pool import ExposureCounts, ItemPool
from certinum.accounts.sessions import session_digest
from certinum.certification.exam_state import (
    end_values,
    from_json,
    params_json,
    time_up,
    to_json,
    utc,
)
from certinum.certification.tables import CertificationAnswer, CertificationTestRow, Enrolment
from certinum.errors import (
    CertificationConflict,
    CertificationRefused,
    UnknownCertificationRecord,
)
from certinum.positioning.catalogue import Catalogue
from certinum.positioning.exposure import constant_statement, dialect_of, record_shown
from certinum.positioning.tables import ItemExposure, PositioningStarts
from certinum.positioning.views import Question, as_checked, drawn_order, question_of

TESTS: Table = CertificationTestRow.__table__  # type: ignore[assignment]
ANSWERS: Table = CertificationAnswer.__table__  # type: ignore[assignment]
T, Q = TESTS.c, ANSWERS.c
REFERENCE_BYTES = 12

# The candidate's test, written first (its lock serialises the answers to one test) and read.
LOCK_TEST = (
    update(TESTS)
    .where(
        T.id == bindparam("p_test"),
        T.enrolment_id.in_(
            select(Enrolment.id).where(Enrolment.account_id == bindparam("p_account"))
        ),
    )
    .values(status=T.status)
    .returning(T.id, T.enrolment_id, T.status, T.deadline_at, T.engine_state,
               T.browser_token_hash)
)  # fmt: skip
QUESTION = select(
    Q.id.label("answer_id"), Q.position, Q.item_id, Q.proposal_order, Q.answered_at
).where(Q.test_id == bindparam("p_test"), Q.reference == bindparam("p_reference"))
# PostgreSQL: the candidate's test and its question ``reference``, both rows locked (a
# statement that waited for the locks returns the rows as last committed).
LOCK_TEST_AND_QUESTION = (
    select(T.id, T.enrolment_id, T.status, T.deadline_at, T.engine_state,
           T.browser_token_hash, Q.id.label("answer_id"), Q.position, Q.item_id,
           Q.proposal_order, Q.answered_at)
    .select_from(TESTS)
    .join(ANSWERS, Q.test_id == T.id)
    .where(
        T.id == bindparam("p_test"),
        T.enrolment_id.in_(
            select(Enrolment.id).where(Enrolment.account_id == bindparam("p_account"))
        ),
        Q.reference == bindparam("p_reference"),
    )
    .with_for_update(of=[TESTS, ANSWERS])
)  # fmt: skip
STORE_ANSWER = (
    update(ANSWERS)
    .where(Q.id == bindparam("p_answer_id"), Q.answered_at.is_(None))
    .values(
        answer=bindparam("p_given", type_=Q.answer.type),
        correct=bindparam("p_correct", type_=Q.correct.type),
        answered_at=bindparam("p_now", type_=Q.answered_at.type),
    )
)
ASK = insert(ANSWERS)
# SET is made of the columns given at execution (state, or the columns of an ended test).
WRITE_TEST = update(TESTS).where(T.id == bindparam("p_test"))


class TestConflict(CertificationConflict):
    """A test action that conflicts with the test's state (409): ``time-up``,
    ``not-current-question``, ``already-answered``, ``test-ended``, ``other-browser``,
    ``not-authorised``."""

    __test__ = False
    default_code = "test-conflict"


@dataclass(frozen=True, slots=True)
class Shown:
    """What the answer leads to: the test's columns as written, and the next question."""

    id: int
    enrolment_id: int
    status: str
    answers: int
    deadline_at: datetime
    question: Question | None


@functools.cache
def _exposure_statements() -> tuple[Any, Any]:
    """The counts summed over versions, as two newline-joined strings (ids, counts) with
    their number and the tests: one row however many items were shown, so neither the
    driver nor SQLAlchemy builds a row per item; and the same as rows, the fallback."""
    exposures = ItemExposure.__table__.c
    tests = (
        select(func.coalesce(func.sum(PositioningStarts.__table__.c.count), 0)).scalar_subquery()
        + select(func.count(T.id)).scalar_subquery()
    )
    per_item = select(exposures.item_id, func.sum(exposures.count).label("n")).group_by(
        exposures.item_id
    )
    sub = per_item.subquery()
    joined = select(
        func.aggregate_strings(sub.c.item_id, "\n"),
        func.aggregate_strings(cast(sub.c.n, String), "\n"),
        func.count(),
        tests,
    )
    return joined, per_item


def read_exposure(db: Session | Connection, pool: ItemPool) -> ExposureCounts:
    """The stored counts of every item (summed over versions), over the tests that could have
    shown them (positioning attempts started and certification tests), in one statement."""
    joined, per_item = _exposure_statements()
    ids, counts, n, tests = db.execute(constant_statement(db, joined)).one()
    names, values = (ids.split("\n"), counts.split("\n")) if n else ([], [])
    if len(names) == len(values) == n:
        found = dict(zip(names, map(int, values), strict=True))
    else:  # an item id holding a newline: read row by row
        found = {r[0]: int(r[1]) for r in db.execute(constant_statement(db, per_item))}
    return ExposureCounts.from_mapping(pool, found, int(tests or 0))


def ask_next(
    db: Connection, cat: Catalogue, pool: ItemPool, test_id: int, test: engine.CertificationTest,
    now: datetime,
) -> tuple[engine.CertificationTest, str, list[int]]:  # fmt: skip
    """The engine's next item stored as the test's next question (with its version and
    parameters), its exposure counted last; the state, the question's reference and order."""
    test, item = engine.next_item(test, pool, read_exposure(db, pool), np.random.default_rng())
    order = drawn_order(cat.bank.get(item.id))
    reference = secrets.token_urlsafe(REFERENCE_BYTES)
    db.execute(
        ASK,
        {"test_id": test_id, "position": len(test.asked), "item_id": item.id,
         "item_version": item.version, "parameters": params_json(item), "reference": reference,
         "proposal_order": order, "asked_at": now, "neutralised": False},
    )  # fmt: skip
    db.execute(WRITE_TEST, {"p_test": test_id, "engine_state": to_json(test)})
    record_shown(db, item)
    return test, reference, order


def _locked(db: Connection, account_id: int, test_id: int, reference: str) -> tuple[Any, Any]:
    """The test's row and its question ``reference`` (None when it has none), under the
    test's lock, held to the commit. PostgreSQL: one ``SELECT … FOR UPDATE OF`` both rows,
    and only when it finds none the two statements SQLite always runs: the test's row
    written first (the write lock there) and read back, then the question."""
    params = {"p_test": test_id, "p_account": account_id, "p_reference": reference}
    if dialect_of(db) == "postgresql":
        found = db.execute(LOCK_TEST_AND_QUESTION, params).first()
        if found is not None:
            return found, found
    row = db.execute(LOCK_TEST, params).first()
    if row is None:
        raise UnknownCertificationRecord(f"no certification test {test_id} of this candidate")
    return row, db.execute(QUESTION, params).first()


def answer_in(
    db: Connection, cat: Catalogue, pool: ItemPool, account_id: int, test_id: int,
    login_session: str, reference: str, given: object, locale: str, now: datetime,
) -> Shown | None:  # fmt: skip
    """The answer's transaction on ``db``; None when the time was up: the test has been
    ended here, and the caller commits that end, then refuses the answer (``time-up``)."""
    row, asked = _locked(db, account_id, test_id, reference)
    status, changes = row.status, {}
    if status == "started":
        digest = session_digest(login_session)
        if row.browser_token_hash is None:
            changes["browser_token_hash"] = digest  # released by the invigilator: taken here
        elif not secrets.compare_digest(row.browser_token_hash, digest):
            raise TestConflict(
                "other-browser",
                "this test is open in another browser; the invigilator can let you go on here",
            )
        if now >= utc(row.deadline_at):
            db.execute(
                WRITE_TEST,
                {"p_test": test_id, **changes,
                 **end_values(time_up(from_json(row.engine_state)), now)},
            )  # fmt: skip
            return None
    if asked is not None and asked.answered_at is not None:
        raise TestConflict("already-answered", "this question was already answered")
    if status != "started":
        raise TestConflict("test-ended", "this test has ended")
    test = from_json(row.engine_state)
    if asked is None or test.pending is None or asked.position != len(test.asked):
        raise TestConflict("not-current-question", "this is not the question being asked")
    challenge = cat.bank.get(asked.item_id)
    try:
        checked = as_checked(challenge, asked.proposal_order, given)
        correct = check_answer(challenge, checked, locale)
    except AnswerFormatError as exc:
        raise CertificationRefused("bad-answer", str(exc)) from None
    stored = db.execute(
        STORE_ANSWER,
        {"p_answer_id": asked.answer_id, "p_given": given, "p_correct": correct, "p_now": now},
    )
    if stored.rowcount != 1:
        raise TestConflict("already-answered", "this question was already answered")
    test = engine.answer(test, asked.item_id, Outcome.CORRECT if correct else Outcome.WRONG)
    if changes:
        db.execute(WRITE_TEST, {"p_test": test_id, **changes})
    question = None
    if test.ended:
        ended = end_values(test, now)
        db.execute(WRITE_TEST, {"p_test": test_id, **ended})
        status = str(ended["status"])
    else:
        test, ref, order = ask_next(db, cat, pool, test_id, test, now)
        item = cat.bank.get(test.asked[-1].params.id)
        question = question_of(test_id, len(test.asked), ref, item, order, locale)
    answers = engine.answers_given(test)
    return Shown(row.id, row.enrolment_id, status, answers, row.deadline_at, question)
