"""Certification state machine and positioning (assessment.certification, .positioning)."""

import dataclasses

import numpy as np
import pytest

from assessment import certification as cert
from assessment import positioning as pos
from assessment.adaptive import (
    AlreadyAnsweredError,
    ItemNotAskedError,
    NotCertifiableError,
    Outcome,
    TestEndedError,
    ability,
)
from assessment.framework import COMPETENCE_CODES
from assessment.irt import estimate, probability
from assessment.pool import ExposureCounts, ItemPool
from assessment.types import ItemParams

PROFILE = dict.fromkeys(COMPETENCE_CODES, 2)


def make_pool(per_comp: int = 8) -> ItemPool:
    rng = np.random.default_rng(0)
    return ItemPool.from_items(
        ItemParams(f"{c}-{k}", c, f"t{k}", float(rng.lognormal(0, 0.25)), float(rng.normal()))
        for c in COMPETENCE_CODES
        for k in range(per_comp)
    )


def sit(test, pool, exposure, rng, n, theta=0.0, outcome=None):
    for _ in range(n):
        test, item = cert.next_item(test, pool, exposure, rng)
        if outcome is None:
            ok = rng.random() < probability(theta, item.discrimination, item.difficulty)
            o = Outcome.CORRECT if ok else Outcome.WRONG
        else:
            o = outcome
        test = cert.answer(test, item.id, o)
    return test


def test_not_certifiable_below_five_competences() -> None:
    ex = ExposureCounts.empty(make_pool())
    profile = dict.fromkeys(COMPETENCE_CODES, 0) | {"1.1": 1, "1.2": 1, "1.3": 1, "2.1": 1}
    with pytest.raises(NotCertifiableError):
        cert.start(profile, ex)
    assert ex.tests == 0
    assert cert.is_certifiable(profile | {"2.2": 3})


def test_full_test_completes_and_covers_all_competences() -> None:
    pool, rng = make_pool(), np.random.default_rng(1)
    ex = ExposureCounts.empty(pool)
    test = sit(cert.start(PROFILE, ex), pool, ex, rng, 32, theta=0.8)
    assert test.status is cert.TestStatus.COMPLETED
    assert {x.params.competence for x in test.asked} == set(COMPETENCE_CODES)
    res = cert.result(test)
    assert res is not None and res.valid and res.answers == 32
    assert 0 <= res.score <= 1023
    # recomputable exactly from the recorded versions and parameters
    t2, se2 = estimate(
        [x.params.discrimination for x in test.asked],
        [x.params.difficulty for x in test.asked],
        [x.outcome is Outcome.CORRECT for x in test.asked],
    )
    assert (res.theta, res.standard_error) == (t2, se2)
    assert all(x.params.version == 1 for x in test.asked)


def test_errors_leave_state_unchanged() -> None:
    pool, rng = make_pool(), np.random.default_rng(2)
    ex = ExposureCounts.empty(pool)
    test = sit(cert.start(PROFILE, ex), pool, ex, rng, 3)
    test, item = cert.next_item(test, pool, ex, rng)
    before = dataclasses.replace(test)
    with pytest.raises(ItemNotAskedError):
        cert.answer(test, "not-asked", Outcome.CORRECT)
    with pytest.raises(AlreadyAnsweredError):
        cert.answer(test, test.asked[0].params.id, Outcome.CORRECT)
    assert test == before
    ended = cert.end_by_invigilator(test, cert.AbortReason.CANDIDATE)
    with pytest.raises(TestEndedError):
        cert.answer(ended, item.id, Outcome.CORRECT)
    with pytest.raises(TestEndedError):
        cert.next_item(ended, pool, ex, rng)
    with pytest.raises(TestEndedError):
        cert.end_by_finalization(ended)
    # the pending item was timed out (wrong) at the end
    assert ended.asked[-1].outcome is Outcome.TIMED_OUT


def test_next_item_is_idempotent_while_pending() -> None:
    pool, rng = make_pool(), np.random.default_rng(3)
    ex = ExposureCounts.empty(pool)
    test = cert.start(PROFILE, ex)
    t1, i1 = cert.next_item(test, pool, ex, rng)
    t2, i2 = cert.next_item(t1, pool, ex, rng)
    assert i1 == i2 and t1 == t2 and int(ex.counts.sum()) == 1


def test_technical_abort_before_20_gives_no_result_and_retake() -> None:
    pool, rng = make_pool(), np.random.default_rng(4)
    ex = ExposureCounts.empty(pool)
    test = sit(cert.start(PROFILE, ex), pool, ex, rng, 10)
    ended = cert.end_by_invigilator(test, cert.AbortReason.TECHNICAL)
    assert cert.result(ended) is None
    assert cert.retake_allowed(ended)


def test_candidate_abort_scores_but_not_valid_below_20() -> None:
    pool, rng = make_pool(), np.random.default_rng(5)
    ex = ExposureCounts.empty(pool)
    test = sit(cert.start(PROFILE, ex), pool, ex, rng, 12)
    res = cert.result(cert.end_by_invigilator(test, cert.AbortReason.CANDIDATE))
    assert res is not None and not res.valid and res.answers == 12
    test = sit(test, pool, ex, rng, 10)
    res = cert.result(cert.end_by_finalization(test))
    assert res is not None and res.valid


def test_skipped_items_score_as_wrong() -> None:
    pool, rng = make_pool(), np.random.default_rng(6)
    ex = ExposureCounts.empty(pool)
    skipped = sit(cert.start(PROFILE, ex), pool, ex, rng, 20, outcome=Outcome.SKIPPED)
    a = [x.params.discrimination for x in skipped.asked]
    b = [x.params.difficulty for x in skipped.asked]
    assert ability(skipped.asked) == estimate(a, b, [False] * 20)


def test_result_needs_an_ended_test() -> None:
    pool = make_pool()
    with pytest.raises(TestEndedError):
        cert.result(cert.start(PROFILE, ExposureCounts.empty(pool)))


def test_positioning_stops_on_precision_and_reports_level_and_pix() -> None:
    pool = pos.competence_pool(make_pool(per_comp=40), "3.4")
    ex = ExposureCounts.empty(pool)
    rng = np.random.default_rng(7)
    test = pos.start("3.4", ex, se_target=0.5, max_items=30)
    while True:
        test, item = pos.next_item(test, pool, ex, rng)
        if item is None:
            break
        ok = rng.random() < probability(1.0, item.discrimination, item.difficulty)
        test = pos.answer(test, item.id, Outcome.CORRECT if ok else Outcome.WRONG)
    res = pos.result(test)
    assert res.answers < 30 and res.standard_error <= 0.5
    assert 0 <= res.level <= 8 and 8 * res.level <= res.pix <= min(8 * res.level + 7, 64)
    with pytest.raises(TestEndedError):
        pos.answer(test, "x", Outcome.CORRECT)
