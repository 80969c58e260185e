"""Simulated candidates taking positioning tests through the service functions.

For tests, the load bench and demo data: a candidate of ability ``theta`` answers each
question right with the 2PL probability of the item's current version (as the engine models
it), drawn from ``rng``. The simulator works from what the candidate is shown, like a client
would: it recognises the item by its statement (statements are unique in the bank) and finds
the right proposals by their text, so it needs no access to the opaque reference's item.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from assessment.bank import (
    LOCALES,
    Challenge,
    FreeAnswerSolution,
    MultipleChoiceSolution,
    SingleChoiceSolution,
)
from assessment.irt import probability
from certinum.positioning.catalogue import Catalogue, default_catalogue
from certinum.positioning.reading import attempt_summary, current_question
from certinum.positioning.service import answer, start_attempt
from certinum.positioning.views import AttemptSummary
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


class Oracle:
    """Recognises a shown question's item from its statement, to answer it as simulated."""

    def __init__(self, catalogue: Catalogue | None = None) -> None:
        self.catalogue = catalogue or default_catalogue()
        self._by_statement = {
            (locale, c.content(locale).statement): c
            for c in self.catalogue.bank.challenges
            for locale in LOCALES
        }

    def challenge(self, view: dict[str, Any]) -> Challenge:
        return self._by_statement[(view["locale"], view["statement"])]

    def answer(self, view: dict[str, Any], theta: float, rng: np.random.Generator) -> object:
        """Right with the 2PL probability at ``theta``, in the proposal order shown."""
        challenge = self.challenge(view)
        irt = challenge.current_irt
        right = bool(rng.random() < float(probability(theta, irt.discrimination, irt.difficulty)))
        bank_proposals = list(challenge.content(view["locale"]).proposals)
        order = [bank_proposals.index(text) for text in view["proposals"]]
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
    oracle = Oracle(catalogue)
    cat = oracle.catalogue
    attempt = start_attempt(runtime, candidate_id, competence, catalogue=cat)
    shown = 0
    while question := current_question(runtime, candidate_id, attempt.id, catalogue=cat):
        shown += 1
        given = oracle.answer(question.view, theta, rng)
        answer(runtime, candidate_id, attempt.id, question.reference, given, catalogue=cat)
    return SimulatedRun(attempt_summary(runtime, candidate_id, attempt.id), shown)
