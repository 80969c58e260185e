"""A candidate's positioning data, for the account's export and erasure
(:mod:`certinum.accounts.personal`).

A candidate's positioning id is their account id (:func:`.service.candidate_id`): their
attempts and the questions asked in them, with the answers given, are theirs. The exposure
counts (how many times each item was shown, how many tests were started) count nobody in
particular: they are not personal data and stay, so the exposure rates stay right.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from certinum.positioning.service import candidate_id
from certinum.positioning.tables import PositioningAttempt, PositioningQuestion


def _attempt_ids(account_id: int) -> Any:
    return select(PositioningAttempt.id).where(
        PositioningAttempt.candidate_id == candidate_id(account_id)
    )


def positioning_records(db: Session, account_id: int) -> list[dict[str, Any]]:
    """The candidate's attempts, each with its questions and answers, as JSON (the item id is
    the bank's: it says which question was asked, as the test's history needs)."""
    attempts = db.scalars(
        select(PositioningAttempt)
        .where(PositioningAttempt.candidate_id == candidate_id(account_id))
        .order_by(PositioningAttempt.id)
    ).all()
    questions: dict[int, list[dict[str, Any]]] = {}
    for q in db.scalars(
        select(PositioningQuestion)
        .where(PositioningQuestion.attempt_id.in_(_attempt_ids(account_id)))
        .order_by(PositioningQuestion.attempt_id, PositioningQuestion.position)
    ):
        questions.setdefault(q.attempt_id, []).append(
            {
                "position": q.position,
                "itemId": q.item_id,
                "itemVersion": q.item_version,
                "shownOrder": q.proposal_order,
                "askedAt": q.asked_at.isoformat(),
                "answer": q.answer,
                "answerLocale": q.answer_locale,
                "correct": q.correct,
                "answeredAt": q.answered_at.isoformat() if q.answered_at else None,
            }
        )
    return [
        {
            "competence": a.competence,
            "state": a.state,
            "startedAt": a.started_at.isoformat(),
            "finishedAt": a.finished_at.isoformat() if a.finished_at else None,
            "level": a.level,
            "pix": a.pix,
            "questions": questions.get(a.id, []),
        }
        for a in attempts
    ]


def erase_positioning(db: Session, account_id: int) -> int:
    """Delete the candidate's attempts and questions (answers with them) in ``db``'s
    transaction; the number of attempts deleted. Exposure counts stay."""
    db.execute(
        delete(PositioningQuestion).where(
            PositioningQuestion.attempt_id.in_(_attempt_ids(account_id))
        )
    )
    deleted = db.execute(
        delete(PositioningAttempt).where(
            PositioningAttempt.candidate_id == candidate_id(account_id)
        )
    )
    return int(getattr(deleted, "rowcount", 0) or 0)
