"""Reading an attempt: its summary and the question being asked (no writes).

Both take the candidate's id; another candidate's attempt is :class:`UnknownAttempt`, as one
that does not exist.
"""

from __future__ import annotations

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from certinum.db import transaction
from certinum.errors import UnknownAttempt
from certinum.positioning.catalogue import Catalogue, default_catalogue
from certinum.positioning.tables import OPEN, PositioningAttempt, PositioningQuestion
from certinum.positioning.views import (
    AttemptSummary,
    Question,
    check_locale,
    shown_view,
    summary,
)
from certinum.runtime import Runtime


def attempt_of(session: Session, candidate_id: str, attempt_id: int) -> PositioningAttempt:
    row = session.scalar(
        select(PositioningAttempt).where(
            PositioningAttempt.id == attempt_id, PositioningAttempt.candidate_id == candidate_id
        )
    )
    if row is None:
        raise UnknownAttempt(f"no positioning attempt {attempt_id} for this candidate")
    return row


def attempt_summary(runtime: Runtime, candidate_id: str, attempt_id: int) -> AttemptSummary:
    """The candidate's attempt: state, answers so far, and the result once finished."""
    with transaction(runtime.sessions) as session:
        return summary(attempt_of(session, candidate_id, attempt_id))


def current_question(
    runtime: Runtime,
    candidate_id: str,
    attempt_id: int,
    *,
    locale: str = "fr",
    catalogue: Catalogue | None = None,
) -> Question | None:
    """The question being asked in the attempt (the same one at every call until it is
    answered), or None once the attempt is finished."""
    check_locale(locale)
    cat = catalogue or default_catalogue()
    with transaction(runtime.sessions) as session:
        found = session.execute(
            select(PositioningAttempt.state, PositioningQuestion)
            .select_from(PositioningAttempt)
            .outerjoin(
                PositioningQuestion,
                and_(
                    PositioningQuestion.attempt_id == PositioningAttempt.id,
                    PositioningQuestion.answered_at.is_(None),
                ),
            )
            .where(
                PositioningAttempt.id == attempt_id,
                PositioningAttempt.candidate_id == candidate_id,
            )
        ).first()
        if found is None:
            raise UnknownAttempt(f"no positioning attempt {attempt_id} for this candidate")
        state, question = found
        if state != OPEN or question is None:
            return None
        view = shown_view(cat.bank.get(question.item_id), question.proposal_order, locale)
        return Question(
            attempt_id,
            question.position,
            question.reference,
            {"reference": question.reference, **view},
        )
