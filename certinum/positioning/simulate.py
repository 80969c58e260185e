"""Simulated candidates taking positioning tests through the service functions.

For tests, the load bench and demo data: a candidate of ability ``theta`` answers each
question right with the 2PL probability of the item version asked (as the engine models it),
drawn from ``rng``. To give a right or a wrong answer the simulator looks up, on the server
side, which item sits behind the opaque reference; nothing of that reaches a real candidate.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sqlalchemy import select

from assessment.bank import (
    Challenge,
    FreeAnswerSolution,
    MultipleChoiceSolution,
    SingleChoiceSolution,
)
from assessment.irt import probability
from certinum.positioning.catalogue import Catalogue, default_catalogue
from certinum.positioning.service import (
    answer,
    attempt_summary,
    current_question,
    start_attempt,
)
from certinum.positioning.tables import PositioningQuestion
from certinum.positioning.views import AttemptSummary, Question
from certinum.runtime import Runtime


def simulated_answer(
    challenge: Challenge, order: list[int], right: bool, locale: str = "fr"
) -> object:
    """A right or a wrong answer to ``challenge``, as shown in ``order``."""
    shown_of = {bank_index: shown for shown, bank_index in enumerate(order)}
    solution = challenge.solution
    if isinstance(solution, SingleChoiceSolution):
        if right:
            return shown_of[solution.index]
        return next(s for s, b in enumerate(order) if b != solution.index)
    if isinstance(solution, MultipleChoiceSolution):
        chosen = sorted(shown_of[i] for i in solution.indices)
        return chosen if right else chosen[:-1]
    if isinstance(solution, FreeAnswerSolution):
        return solution.accepted_for(locale)[0] if right else ""
    raise TypeError(f"unknown solution kind {type(solution).__name__}")


@dataclass(frozen=True, slots=True)
class SimulatedRun:
    attempt: AttemptSummary
    questions: int  # questions shown (answered)


def answer_question(
    runtime: Runtime,
    candidate_id: str,
    question: Question,
    theta: float,
    rng: np.random.Generator,
    *,
    catalogue: Catalogue | None = None,
) -> bool:
    """Answer ``question`` as a candidate of ability ``theta``; True when the test finished."""
    cat = catalogue or default_catalogue()
    with runtime.sessions() as session:
        row = session.scalar(
            select(PositioningQuestion).where(PositioningQuestion.reference == question.reference)
        )
    if row is None:
        raise LookupError(f"no question {question.reference!r}")
    params = cat.bank.params_at(row.item_id, row.item_version)
    p = float(probability(theta, params.discrimination, params.difficulty))
    right = bool(rng.random() < p)
    given = simulated_answer(cat.bank.get(row.item_id), row.proposal_order, right)
    receipt = answer(
        runtime, candidate_id, question.attempt_id, question.reference, given, catalogue=cat
    )
    return receipt.finished


def take_test(
    runtime: Runtime,
    candidate_id: str,
    competence: str,
    theta: float,
    rng: np.random.Generator,
    *,
    catalogue: Catalogue | None = None,
) -> SimulatedRun:
    """A whole positioning test of ``competence``, question by question, to its end."""
    cat = catalogue or default_catalogue()
    attempt = start_attempt(runtime, candidate_id, competence, catalogue=cat)
    shown = 0
    while question := current_question(runtime, candidate_id, attempt.id, catalogue=cat):
        shown += 1
        if answer_question(runtime, candidate_id, question, theta, rng, catalogue=cat):
            break
    return SimulatedRun(attempt_summary(runtime, candidate_id, attempt.id), shown)
