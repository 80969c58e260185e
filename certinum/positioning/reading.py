"""Reading an attempt: its summary and the question being asked (no writes).

Both take the candidate's id; another candidate's attempt is :class:`UnknownAttempt`, as one
that does not exist.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from certinum.db import transaction
from certinum.errors import UnknownAttempt
from certinum.positioning import statements as sql
from certinum.positioning.catalogue import Catalogue, default_catalogue
from certinum.positioning.tables import OPEN, PositioningAttempt
from certinum.positioning.views import (
    AttemptSummary,
    Question,
    check_locale,
    question_of,
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
    return question_page(runtime, candidate_id, attempt_id, locale=locale, catalogue=catalogue)[1]


def question_page(
    runtime: Runtime,
    candidate_id: str,
    attempt_id: int,
    *,
    locale: str = "fr",
    catalogue: Catalogue | None = None,
) -> tuple[AttemptSummary, Question | None]:
    """The attempt's summary and :func:`current_question`, read together in one query."""
    check_locale(locale)
    cat = catalogue or default_catalogue()
    with transaction(runtime.sessions) as session:
        found = session.execute(
            sql.QUESTION_PAGE, {"p_attempt": attempt_id, "p_candidate": candidate_id}
        ).first()
    if found is None:
        raise UnknownAttempt(f"no positioning attempt {attempt_id} for this candidate")
    if found.state != OPEN or found.q_reference is None:
        return summary(found), None
    challenge = cat.bank.get(found.q_item_id)
    question = question_of(
        attempt_id,
        found.q_position,
        found.q_reference,
        challenge,
        found.q_proposal_order,
        locale,
    )
    return summary(found), question
