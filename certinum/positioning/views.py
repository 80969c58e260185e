"""What the positioning service hands out: attempts, questions and answer receipts.

A question's ``view`` is built from :func:`assessment.bank.candidate_view` (an allow-list that
never holds the solution nor the IRT parameters) without the item id, whose name could spell
the answer: the candidate sees the opaque reference instead, and the proposals in the order
drawn for them. Answers come back as indices in that order and are mapped back before they
are checked.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Row

from assessment.bank import LOCALES, Challenge, ChallengeType, NumberSolution, candidate_view
from certinum.errors import PositioningRefused
from certinum.positioning.material import (
    TEXTUAL,
    TextView,
    file_bytes,
    pick_ids,
    pick_labels,
    pick_mode,
    picked_id,
    text_view,
)
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
    texts: dict[str, TextView] = field(default_factory=dict)  # ref → TXT, EML, CSV as text


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
    """``candidate_view`` without the item id, the proposals (or the elements to pick) in the
    order ``order``, each attachment with its size in bytes.

    A number's unit is shown as a hint (``unit``) unless the item requires the candidate to
    write it (``unit_required``): then writing the unit is part of the answer. Otherwise the
    unit tells the candidate in what to count, not what the count is, and an answer in another
    unit of the same kind is converted anyway.
    """
    view = candidate_view(challenge, locale)
    del view["id"]
    if view["proposals"]:
        proposals = view["proposals"]
        view["proposals"] = [proposals[i] for i in order]
    for shown, attachment in zip(view.get("material", ()), challenge.material, strict=True):
        shown["size"] = len(file_bytes(attachment.path(locale)))
    mode = pick_mode(challenge)
    if mode is not None:
        view["pick"] = {"mode": mode, "choices": pick_labels(challenge, order, locale)}
    solution = challenge.solution
    if isinstance(solution, NumberSolution) and solution.unit_required:
        view.pop("unit", None)
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
    texts = {
        f"m{n}": text_view(m.path(locale), m.media_type)
        for n, m in enumerate(challenge.material, start=1)
        if m.media_type in TEXTUAL
    }
    return Question(attempt_id, position, reference, {"reference": reference, **view}, texts)


def drawn_order(challenge: Challenge) -> list[int]:
    """A fresh random order of the proposals, or of the listed elements of a pick item."""
    count = len(challenge.fr.proposals) or len(pick_ids(challenge))
    order = list(range(count))
    secrets.SystemRandom().shuffle(order)
    return order


def as_checked(challenge: Challenge, order: list[int], given: object) -> object:
    """The answer as ``check_answer`` takes it: proposal indices in the bank's order, the
    element id a pick names."""
    if challenge.type is ChallengeType.PICK:
        return picked_id(challenge, order, given)
    return in_bank_order(order, given)


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
