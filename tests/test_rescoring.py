"""Rescoring a certification test from its stored answers (assessment.rescoring): the same
result as the engine's, neutralised questions left out, from the stored parameters alone."""

from __future__ import annotations

import numpy as np
import pytest

from assessment import certification as cert
from assessment.adaptive import Outcome
from assessment.framework import COMPETENCE_CODES
from assessment.irt import probability
from assessment.pool import ExposureCounts, ItemPool
from assessment.rescoring import StoredAnswer, params_of, rescore
from assessment.types import ItemParams

PROFILE = dict.fromkeys(COMPETENCE_CODES, 2)


def _pool() -> ItemPool:
    rng = np.random.default_rng(0)
    return ItemPool.from_items(
        ItemParams(f"{c}-{k}", c, f"t{k}", float(rng.lognormal(0, 0.25)), float(rng.normal()), 3)
        for c in COMPETENCE_CODES
        for k in range(8)
    )


def _taken(theta: float, seed: int, n: int = 32) -> cert.CertificationTest:
    pool, rng = _pool(), np.random.default_rng(seed)
    exposure = ExposureCounts.empty(pool)
    test = cert.start(PROFILE, exposure)
    for _ in range(n):
        test, item = cert.next_item(test, pool, exposure, rng)
        ok = rng.random() < probability(theta, item.discrimination, item.difficulty)
        test = cert.answer(test, item.id, Outcome.CORRECT if ok else Outcome.WRONG)
    return test


def _stored(
    test: cert.CertificationTest, neutralised: frozenset[str] = frozenset()
) -> list[StoredAnswer]:
    return [
        StoredAnswer(
            x.params.id,
            x.params.version,
            {
                "a": x.params.discrimination,
                "b": x.params.difficulty,
                "competence": x.params.competence,
                "tube": x.params.tube,
            },
            x.outcome,
            x.params.id in neutralised,
        )
        for x in test.asked
    ]


@pytest.mark.parametrize("theta", [-1.5, 0.0, 1.2])
def test_rescoring_the_stored_answers_gives_the_engines_result(theta: float) -> None:
    test = _taken(theta, seed=int(10 * theta) + 20)
    assert rescore(_stored(test)) == cert.result(test)


def test_a_neutralised_question_counts_for_nothing() -> None:
    test = _taken(0.3, seed=5)
    dropped = test.asked[7].params.id
    again = rescore(_stored(test, frozenset({dropped})))
    without = cert.CertificationTest(
        asked=tuple(x for x in test.asked if x.params.id != dropped), status=test.status
    )
    assert again == cert.result(without)
    assert again is not None and again.answers == 31
    assert _stored(test)[7].version == 3 and params_of(_stored(test)[7]).version == 3


def test_neutralising_under_twenty_answers_makes_the_result_not_valid() -> None:
    test = _taken(0.0, seed=6, n=20)
    ended = cert.end_by_invigilator(test, cert.AbortReason.CANDIDATE)
    full = rescore(_stored(ended), status=ended.status, abort_reason=ended.abort_reason)
    assert full is not None and full.valid
    fewer = rescore(
        _stored(ended, frozenset({ended.asked[0].params.id})), status=ended.status,
        abort_reason=cert.AbortReason.CANDIDATE,
    )  # fmt: skip
    assert fewer is not None and not fewer.valid and fewer.answers == 19
    technical = rescore(
        _stored(ended, frozenset({ended.asked[0].params.id})), status=ended.status,
        abort_reason=cert.AbortReason.TECHNICAL,
    )  # fmt: skip
    assert technical is None


def test_an_unanswered_question_is_timed_out_and_the_long_names_are_read() -> None:
    row = StoredAnswer("x", 2, {"discrimination": 1.2, "difficulty": 0.5, "competence": "1.1"},
                       None)  # fmt: skip
    assert params_of(row) == ItemParams("x", "1.1", "x", 1.2, 0.5, 2)
    found = rescore([row], status=cert.TestStatus.ENDED_BY_FINALIZATION)
    assert found is not None and found.answers == 0 and not found.valid


@pytest.mark.parametrize(
    "parameters",
    [{}, {"a": "x", "b": 0, "competence": "1.1"}, {"a": 0, "b": 0, "competence": "1.1"}],
)
def test_unusable_stored_parameters_are_refused(parameters: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="item 'x'"):
        params_of(StoredAnswer("x", 1, parameters, Outcome.CORRECT))
    with pytest.raises(ValueError, match="started"):
        rescore([], status=cert.TestStatus.STARTED)
