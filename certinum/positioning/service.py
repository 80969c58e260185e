"""Positioning tests, one question at a time, stored so that a reload resumes where it stopped.

Each function is one transaction and takes the candidate's id: an attempt is only ever seen
or answered by its own candidate (another candidate's attempt is :class:`UnknownAttempt`, as
one that does not exist). The engine (:mod:`assessment.positioning`) decides what to ask and
when the test is over; this module stores and serves:

* :func:`start_attempt` opens an attempt and asks its first question, or returns the open
  attempt of that competence (resume);
* :func:`~certinum.positioning.reading.current_question` is the question being asked: the
  item's ``candidate_view`` (never the solution) without the item id, under a random opaque
  reference, with the proposals in the order drawn for this question when it was asked
  (stored, so stable across reloads);
* :func:`answer` stores the answer *before* the next question is chosen, in the same
  transaction. It starts by taking the attempt's lock, held to the commit: on PostgreSQL by
  reading the attempt and the question ``SELECT … FOR UPDATE`` (both rows), on SQLite by
  writing the attempt's row first (``UPDATE … WHERE id = ? AND candidate_id = ?``, the write
  lock). Two submissions of one answer are served one after the other, and the second finds
  the question answered (``already-answered``). The answer itself is stored by ``UPDATE …
  WHERE answered_at IS NULL``, so no question ever holds two answers. :func:`answer_then_page`
  runs on a Core connection, not an ORM session: it runs at every answer.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, Executable, Row, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from assessment import positioning
from assessment.adaptive import Outcome
from assessment.answers import AnswerFormatError, check_answer
from assessment.framework import COMPETENCE_CODES
from certinum.db import transaction
from certinum.errors import PositioningRefused, UnknownAttempt
from certinum.positioning import statements as sql
from certinum.positioning.asking import Asked, ask_next
from certinum.positioning.catalogue import Catalogue, default_catalogue
from certinum.positioning.exposure import Db, dialect_of, read_exposure, record_started
from certinum.positioning.state import from_json, to_json
from certinum.positioning.tables import OPEN, PositioningAttempt, PositioningQuestion
from certinum.positioning.views import (
    AnswerReceipt,
    AttemptSummary,
    Question,
    as_checked,
    check_locale,
    question_of,
    summary,
)
from certinum.runtime import Runtime


def candidate_id(account_id: int) -> str:
    """The positioning candidate id of an account: its id, as text (pages, API and schools)."""
    return str(account_id)


def _open_attempt(
    session: Session, candidate_id: str, competence: str
) -> PositioningAttempt | None:
    return session.scalar(
        select(PositioningAttempt).where(
            PositioningAttempt.candidate_id == candidate_id,
            PositioningAttempt.competence == competence,
            PositioningAttempt.state == OPEN,
        )
    )


def start_attempt(
    runtime: Runtime,
    candidate_id: str,
    competence: str,
    *,
    catalogue: Catalogue | None = None,
) -> AttemptSummary:
    """Open a positioning attempt of ``competence`` and ask its first question.

    A candidate has at most one open attempt per competence: when one is open it is returned
    (``resumed=True``), also when two starts race (the partial unique index lets one insert
    win; the other returns the winner's attempt). Items seen in earlier attempts of the
    competence are not asked again; when none is left the start is refused (``no-item-left``).
    """
    cat = catalogue or default_catalogue()
    pool = cat.pool(competence)
    if competence not in COMPETENCE_CODES or pool is None:
        raise PositioningRefused("unknown-competence", f"no positioning test for {competence!r}")
    now = runtime.clock()
    try:
        with transaction(runtime.sessions) as session:
            existing = _open_attempt(session, candidate_id, competence)
            if existing is not None:
                return summary(existing, resumed=True)
            seen = session.scalars(
                select(PositioningQuestion.item_id)
                .join(PositioningAttempt, PositioningAttempt.id == PositioningQuestion.attempt_id)
                .where(
                    PositioningAttempt.candidate_id == candidate_id,
                    PositioningAttempt.competence == competence,
                )
            ).all()
            exposure = read_exposure(session, pool, competence)
            test = positioning.start(competence, exposure, seen)  # counts this start in
            attempt = PositioningAttempt(
                candidate_id=candidate_id,
                competence=competence,
                state=OPEN,
                started_at=now,
                updated_at=now,
                engine_state=to_json(test),
                answers=0,
            )
            session.add(attempt)
            session.flush()
            if ask_next(session, cat, attempt.id, test, now, exposure)[0] is not None:
                raise PositioningRefused(
                    "no-item-left", f"every item of {competence} was already asked"
                )
            # last, as the row of the competence is shared: its lock is held until the commit
            record_started(session, competence)
            return summary(attempt)
    except IntegrityError:
        with transaction(runtime.sessions) as session:
            existing = _open_attempt(session, candidate_id, competence)
            if existing is None:
                raise
            return summary(existing, resumed=True)


def _executed(session: Db, statement: Executable, params: dict[str, Any]) -> CursorResult[Any]:
    """Run an UPDATE; its result has the ``rowcount`` the checks below read."""
    return cast(CursorResult[Any], session.execute(statement, params))


def _locked(
    db: Db, candidate_id: str, attempt_id: int, reference: str, now: datetime
) -> tuple[str, dict[str, Any], Row[Any] | None]:
    """The attempt's state and engine state, and its question ``reference`` (None when it has
    none), under the attempt's lock, held to the commit: submissions to one attempt are
    served in turn, and each reads what the one before it wrote.

    PostgreSQL: one ``SELECT … FOR UPDATE OF`` both rows (a statement that waited for the
    lock returns the rows as the other transaction committed them); only when it finds no row
    does a second statement tell an unknown attempt from an unknown reference. SQLite: the
    attempt's row is written first (the database's write lock), then the question read."""
    params = {"p_attempt": attempt_id, "p_candidate": candidate_id, "p_reference": reference}
    if dialect_of(db) == "postgresql":
        found = db.execute(sql.LOCK_ATTEMPT_AND_QUESTION, params).first()
        if found is not None:
            return found.state, found.engine_state, found
    locked = db.execute(sql.LOCK_ATTEMPT, {**params, "p_now": now}).first()
    if locked is None:
        raise UnknownAttempt(f"no positioning attempt {attempt_id} for this candidate")
    question = db.execute(sql.QUESTION_BY_REFERENCE, params).first()
    return locked.state, locked.engine_state, question


def _store_answer(
    session: Db,
    cat: Catalogue,
    candidate_id: str,
    attempt_id: int,
    reference: str,
    given: object,
    locale: str,
    now: datetime,
) -> tuple[AnswerReceipt, Asked | None, Row[Any]]:
    """:func:`answer` in ``session``; also the question it asked next, if any, and the
    attempt's summary row as written."""
    state, engine_state, question = _locked(session, candidate_id, attempt_id, reference, now)
    if question is not None and question.answered_at is not None:
        raise PositioningRefused("already-answered", "this question was already answered")
    if state != OPEN:
        raise PositioningRefused("attempt-finished", "this positioning test is finished")
    test = from_json(engine_state)
    pending = bool(test.asked) and test.asked[-1].outcome is None
    if question is None or not pending or question.position != len(test.asked):
        raise PositioningRefused("not-current-question", "this is not the question being asked")
    challenge = cat.bank.get(question.item_id)
    try:
        correct = check_answer(
            challenge, as_checked(challenge, question.proposal_order, given), locale
        )
    except AnswerFormatError as exc:
        raise PositioningRefused("bad-answer", str(exc)) from None
    stored = _executed(
        session,
        sql.STORE_ANSWER,
        {
            "p_question": question.id,
            "p_answer": given,
            "p_locale": locale,
            "p_correct": correct,
            "p_now": now,
        },
    )
    if stored.rowcount != 1:
        raise PositioningRefused("already-answered", "this question was already answered")
    test = positioning.answer(
        test,
        question.item_id,
        Outcome.CORRECT if correct else Outcome.WRONG,
    )
    result, asked, row = ask_next(session, cat, attempt_id, test, now)
    receipt = AnswerReceipt(
        attempt_id,
        question.position,
        finished=result is not None,
        level=None if result is None else result.level,
        pix=None if result is None else result.pix,
    )
    return receipt, asked, row


def answer(
    runtime: Runtime,
    candidate_id: str,
    attempt_id: int,
    reference: str,
    given: object,
    *,
    locale: str = "fr",
    catalogue: Catalogue | None = None,
) -> AnswerReceipt:
    """Store the answer to the question ``reference``, then ask the next one or finish.

    ``given`` is what the candidate sent: a proposal index as shown (single choice), a list
    of them (multiple choice) or text (free answer). Refused, with nothing stored:
    ``already-answered`` (a double submission), ``not-current-question`` (a reference that
    is not the question being asked), ``attempt-finished``, ``bad-answer`` (not the shape the
    question expects), and :class:`UnknownAttempt`.
    """
    check_locale(locale)
    cat = catalogue or default_catalogue()
    now = runtime.clock()
    with runtime.engine.begin() as conn:
        return _store_answer(conn, cat, candidate_id, attempt_id, reference, given, locale, now)[0]


def answer_then_page(
    runtime: Runtime,
    candidate_id: str,
    attempt_id: int,
    reference: str,
    given: object,
    *,
    locale: str = "fr",
    catalogue: Catalogue | None = None,
) -> tuple[AttemptSummary, Question | None]:
    """:func:`answer`, then what :func:`~certinum.positioning.reading.attempt_summary` and
    :func:`~certinum.positioning.reading.current_question` return after it, in the same
    transaction (one connection, no second read of the question just asked)."""
    check_locale(locale)
    cat = catalogue or default_catalogue()
    now = runtime.clock()
    with runtime.engine.begin() as conn:  # Core: no ORM unit of work on this hot path
        _, asked, row = _store_answer(
            conn, cat, candidate_id, attempt_id, reference, given, locale, now
        )
        question = None
        if asked is not None:
            challenge = cat.bank.get(asked.item_id)
            question = question_of(
                attempt_id, asked.position, asked.reference, challenge, asked.proposal_order, locale
            )
        return summary(row), question
