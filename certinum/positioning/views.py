"""What the positioning service hands out: attempts, questions and answer receipts.

A question's ``view`` is built from :func:`assessment.bank.candidate_view` (an allow-list that
never holds the solution nor the IRT parameters) without the item id, whose name could spell
the answer: the candidate sees the opaque reference instead, and the proposals in the order
drawn for them. Answers come back as indices in that order and are mapped back before they
are checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row

from assessment.bank import LOCALES, Challenge, candidate_view
from certinum.errors import PositioningRefused
from certinum.positioning.tables import PositioningAttempt


@dataclass(frozen=True, slots=True)
class AttemptSummary:
    """An attempt as its candidate sees it; ``level`` and ``pix`` once finished."""

    id: int
    competence: str
    state: str
    answers: int
    started_at: datetime
    finished_at: datetime | None
    level: int | None
    pix: int | None
    resumed: bool = False


@dataclass(frozen=True, slots=True)
class Question:
    """The question being asked: ``view`` is all the candidate's page may show."""

    attempt_id: int
    number: int  # 1 for the first question of the attempt
    reference: str
    view: dict[str, Any]


@dataclass(frozen=True, slots=True)
class AnswerReceipt:
    """What an answer leads to: the next question is asked, or the attempt is finished."""

    attempt_id: int
    number: int
    finished: bool
    level: int | None
    pix: int | None


def summary(row: PositioningAttempt | Row[Any], *, resumed: bool = False) -> AttemptSummary:
    """The summary of an attempt's row (the ORM's, or a row of its summary columns)."""
    return AttemptSummary(
        id=row.id,
        competence=row.competence,
        state=row.state,
        answers=row.answers,
        started_at=row.started_at,
        finished_at=row.finished_at,
        level=row.level,
        pix=row.pix,
        resumed=resumed,
    )


def shown_view(challenge: Challenge, order: list[int], locale: str) -> dict[str, Any]:
    """``candidate_view`` without the item id, the proposals in the order ``order``."""
    view = candidate_view(challenge, locale)
    del view["id"]
    proposals = view["proposals"]
    view["proposals"] = [proposals[i] for i in order]
    return view


def question_of(
    attempt_id: int,
    position: int,
    reference: str,
    challenge: Challenge,
    order: list[int],
    locale: str,
) -> Question:
    """The question asked at ``position`` of the attempt, as its candidate is shown it."""
    view = shown_view(challenge, order, locale)
    return Question(attempt_id, position, reference, {"reference": reference, **view})


def in_bank_order(order: list[int], given: object) -> object:
    """The answer with the proposal indices as shown mapped back to the bank's indices;
    anything that is not a valid shown index is left as is, for ``check_answer`` to refuse."""

    def one(value: object) -> object:
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < len(order):
            return order[value]
        return value

    if not order:
        return given
    if isinstance(given, list | tuple):
        return [one(v) for v in given]
    return one(given)


def check_locale(locale: str) -> None:
    if locale not in LOCALES:
        raise PositioningRefused("unsupported-locale", f"locale must be one of {list(LOCALES)}")
