"""Concurrent candidates on PostgreSQL: no exposure count lost, no answer stored twice."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import numpy as np
import pytest
from sqlalchemy import func, select

from certinum.errors import PositioningRefused
from certinum.positioning.catalogue import default_catalogue
from certinum.positioning.reading import current_question
from certinum.positioning.service import answer, start_attempt
from certinum.positioning.simulate import SimulatedRun, simulated_answer, take_test
from certinum.positioning.tables import (
    ItemExposure,
    PositioningAttempt,
    PositioningQuestion,
    PositioningStarts,
)
from certinum.runtime import Runtime

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("database_url", ["postgresql"], indirect=True),
]

T = TypeVar("T")


def _at_once(n: int, work: Callable[[int], T]) -> list[T]:
    """``work(0)`` … ``work(n - 1)`` in ``n`` threads released together."""
    barrier = threading.Barrier(n)

    def run(k: int) -> T:
        barrier.wait()
        return work(k)

    with ThreadPoolExecutor(max_workers=n) as pool:
        return list(pool.map(run, range(n)))


def test_concurrent_candidates_lose_no_exposure_count(service: Runtime) -> None:
    competences = ("1.1", "1.1", "1.1", "2.3")  # most candidates share one competence's items

    def candidate(k: int) -> SimulatedRun:
        rng = np.random.default_rng(100 + k)
        theta = float(rng.normal())
        return take_test(service, f"cand-{k}", competences[k % len(competences)], theta, rng)

    runs = _at_once(24, candidate)
    shown = sum(r.questions for r in runs)
    with service.sessions() as session:
        counted = session.scalar(select(func.sum(ItemExposure.count)))
        started = session.scalar(select(func.sum(PositioningStarts.count)))
        questions = session.scalar(select(func.count()).select_from(PositioningQuestion))
        unanswered = session.scalar(
            select(func.count())
            .select_from(PositioningQuestion)
            .where(PositioningQuestion.answered_at.is_(None))
        )
    assert all(r.attempt.state == "finished" for r in runs)
    assert counted == questions == shown
    assert started == len(runs)
    assert unanswered == 0


def test_a_double_submission_at_once_stores_one_answer(service: Runtime) -> None:
    attempt = start_attempt(service, "cand-x", "4.2")
    question = current_question(service, "cand-x", attempt.id)
    assert question is not None
    with service.sessions() as session:
        row = session.scalar(
            select(PositioningQuestion).where(PositioningQuestion.reference == question.reference)
        )
    assert row is not None
    given = simulated_answer(default_catalogue().bank.get(row.item_id), row.proposal_order, True)

    def submit(_: int) -> Any:
        try:
            return answer(service, "cand-x", attempt.id, question.reference, given)
        except PositioningRefused as exc:
            return exc.code

    outcomes = _at_once(8, submit)
    assert sorted(o for o in outcomes if isinstance(o, str)) == ["already-answered"] * 7
    with service.sessions() as session:
        answered = session.scalar(
            select(func.count())
            .select_from(PositioningQuestion)
            .where(
                PositioningQuestion.attempt_id == attempt.id,
                PositioningQuestion.answered_at.is_not(None),
            )
        )
        asked = session.scalar(
            select(func.count())
            .select_from(PositioningQuestion)
            .where(PositioningQuestion.attempt_id == attempt.id)
        )
    assert (answered, asked) == (1, 2)


def test_starts_at_once_open_one_attempt(service: Runtime) -> None:
    attempts = _at_once(8, lambda _: start_attempt(service, "cand-y", "5.2"))
    assert len({a.id for a in attempts}) == 1
    assert sum(not a.resumed for a in attempts) == 1
    with service.sessions() as session:
        opened = session.scalar(
            select(func.count())
            .select_from(PositioningAttempt)
            .where(PositioningAttempt.candidate_id == "cand-y")
        )
        started = session.scalar(
            select(PositioningStarts.count).where(PositioningStarts.competence == "5.2")
        )
    assert opened == started == 1
