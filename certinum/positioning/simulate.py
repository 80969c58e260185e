"""Simulated candidates taking positioning tests through the service functions.

For tests, the load bench and demo data: a candidate of ability ``theta`` answers each
question right with the 2PL probability of the item's current version (as the engine models
it), drawn from ``rng``. The simulator knows the item from its id, as stored with the
question's opaque reference (variants of a family may share a statement, so the text shown
cannot identify the item), and answers every type: a proposal or a listed element as shown
(in the order drawn for the candidate), a typed answer, a number with its unit, every field.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import select

from assessment.bank import (
    Challenge,
    FieldsSolution,
    FreeAnswerSolution,
    MultipleChoiceSolution,
    NumberSolution,
    PickSolution,
    SingleChoiceSolution,
)
from assessment.irt import probability
from certinum.db import transaction
from certinum.positioning.catalogue import Catalogue, default_catalogue
from certinum.positioning.material import CELL, CHOICE, LINE, pick_ids, pick_mode
from certinum.positioning.reading import attempt_summary, current_question
from certinum.positioning.service import answer, start_attempt
from certinum.positioning.tables import PositioningQuestion
from certinum.positioning.views import AttemptSummary
from certinum.runtime import Runtime


def _number(solution: NumberSolution, right: bool) -> str:
    value = (
        solution.value
        if right
        else solution.value + 10 * solution.tolerance + 1 + abs(solution.value)
    )
    unit = "" if solution.unit == "1" else f" {solution.unit}"
    return f"{value:g}{unit}"


def _free(solution: FreeAnswerSolution | NumberSolution, right: bool, locale: str) -> str:
    if isinstance(solution, NumberSolution):
        return _number(solution, right)
    if not right:
        return "-"
    return solution.accepted_for(locale)[0]


def _pick(challenge: Challenge, solution: PickSolution, order: list[int], right: bool) -> object:
    mode = pick_mode(challenge)
    if mode == CHOICE:
        ids = pick_ids(challenge)
        shown = [ids[i] for i in order]
        return next(k for k, pick in enumerate(shown) if (pick in solution.accepted) == right)
    if right:
        chosen = sorted(solution.accepted)[0]
        return chosen[1:] if mode == LINE else chosen
    if mode == CELL:
        return "ZZ99999"  # outside any shipped table: wrong, and well formed
    return "999999"


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
    if isinstance(solution, FreeAnswerSolution | NumberSolution):
        return _free(solution, right, locale)
    if isinstance(solution, FieldsSolution):
        # wrong: the first field wrong, the others right
        return {
            name: _free(one, right or k > 0, locale)
            for k, (name, one) in enumerate(solution.fields)
        }
    if isinstance(solution, PickSolution):
        return _pick(challenge, solution, order, right)
    raise TypeError(f"unknown solution kind {type(solution).__name__}")


@dataclass(frozen=True, slots=True)
class SimulatedRun:
    attempt: AttemptSummary
    questions: int  # questions shown (answered)


class Oracle:
    """Answers a shown question as simulated, knowing its item from the stored question."""

    def __init__(self, runtime: Runtime, catalogue: Catalogue | None = None) -> None:
        self.runtime = runtime
        self.catalogue = catalogue or default_catalogue()

    def asked(self, reference: str) -> tuple[Challenge, list[int]]:
        """The item asked under ``reference`` and the order drawn for it."""
        with transaction(self.runtime.sessions) as session:
            row = session.execute(
                select(PositioningQuestion.item_id, PositioningQuestion.proposal_order).where(
                    PositioningQuestion.reference == reference
                )
            ).one()
        return self.catalogue.bank.get(row.item_id), list(row.proposal_order)

    def answer(self, view: dict[str, Any], theta: float, rng: np.random.Generator) -> object:
        """Right with the 2PL probability at ``theta``, in the order shown."""
        challenge, order = self.asked(view["reference"])
        irt = challenge.current_irt
        right = bool(rng.random() < float(probability(theta, irt.discrimination, irt.difficulty)))
        return simulated_answer(challenge, order, right, view["locale"])


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
    oracle = Oracle(runtime, catalogue)
    cat = oracle.catalogue
    attempt = start_attempt(runtime, candidate_id, competence, catalogue=cat)
    shown = 0
    while question := current_question(runtime, candidate_id, attempt.id, catalogue=cat):
        shown += 1
        given = oracle.answer(question.view, theta, rng)
        answer(runtime, candidate_id, attempt.id, question.reference, given, catalogue=cat)
    return SimulatedRun(attempt_summary(runtime, candidate_id, attempt.id), shown)
