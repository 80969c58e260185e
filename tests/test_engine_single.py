"""The one-candidate path: a test that keeps its record chooses as one read back from storage."""

from dataclasses import replace

import numpy as np
import pytest

from assessment import certification as cert
from assessment.adaptive import AskedItem, Outcome
from assessment.exposure import spread_pick
from assessment.framework import COMPETENCE_CODES
from assessment.generated import generated_bank
from assessment.irt import probability
from assessment.pool import ExposureCounts, ItemPool
from assessment.record import Record
from assessment.single import select_one
from assessment.types import ItemParams

PROFILE = dict.fromkeys(COMPETENCE_CODES, 2)


def _run(pool: ItemPool, stored: bool, n: int = 12) -> tuple[list[list[str]], list[int]]:
    """``n`` certification tests in turn; ``stored``: the test is read back without its
    record before every call, as the service reads it from the database."""
    rng = np.random.default_rng(3)
    thetas = rng.normal(size=n)
    uniforms = rng.random((n, 32))
    exposure = ExposureCounts.empty(pool)
    tests = [cert.start(PROFILE, exposure) for _ in range(n)]
    for step in range(32):
        for i in range(n):
            test = replace(tests[i], memo=None) if stored else tests[i]
            test, item = cert.next_item(test, pool, exposure, rng)
            p = probability(thetas[i], item.discrimination, item.difficulty)
            ok = Outcome.CORRECT if uniforms[i, step] < p else Outcome.WRONG
            tests[i] = cert.answer(test, item.id, ok)
    return [[x.params.id for x in t.asked] for t in tests], exposure.counts.tolist()


@pytest.mark.parametrize("calibrated", [False, True])
def test_kept_record_chooses_as_the_stored_one(calibrated: bool) -> None:
    pool = generated_bank(2, items=700, families_per_competence=30, calibrated=calibrated)
    kept = _run(pool, stored=False)
    assert kept == _run(pool, stored=True)
    assert all(len(set(ids)) == 32 for ids in kept[0])


def test_record_extended_is_the_record_read_again() -> None:
    pool = generated_bank(0, items=700, families_per_competence=30, calibrated=True)
    first, second = pool.items[3], pool.items[250]
    asked = (AskedItem(first, Outcome.CORRECT), AskedItem(second))
    grown = Record(pool).given_item(3).answered(True).given_item(250)
    read = Record(pool, asked)
    for name in ("given", "rows", "count", "last", "n_given", "pending", "in_table"):
        assert getattr(grown, name) == getattr(read, name), name
    assert sorted(grown.blocked) == sorted(read.blocked)
    assert 250 in read.blocked and all(e in read.blocked for e in pool.enemies[3])
    answered = grown.answered(False)
    assert answered.pending == -1 and answered.rows == [7, 500]  # 2 i + correct


def test_recalibrated_item_is_scored_with_its_recorded_parameters() -> None:
    pool = generated_bank(0, items=700, families_per_competence=30, calibrated=True)
    old = pool.items[3]
    asked_then = ItemParams(old.id, old.competence, old.tube, 2.5, -1.0, old.version)
    record = Record(pool, (AskedItem(asked_then, Outcome.CORRECT),))
    assert not record.in_table
    # a pending item whose parameters changed is not extended from the table
    assert Record(pool, (AskedItem(asked_then),)).pending == -1
    rules = cert.CERTIFICATION_RULES
    exposure = ExposureCounts.empty(pool)
    asked = (AskedItem(asked_then, Outcome.CORRECT),)
    rng = np.random.default_rng(0)
    chosen = select_one(pool, asked, (), rules, exposure, rng)
    again = select_one(pool, asked, (), rules, exposure, rng, record=Record(pool, asked))
    assert chosen == again and chosen != 3


def test_fresh_takes_the_best_never_given_item_within_its_tolerance() -> None:
    score = np.array([1.0, 0.9, 0.75, 0.6, -np.inf])
    counts = np.array([5, 0, 0, 0, 0])
    assert spread_pick(score, counts, 0.02) == 0
    # never given and within 30 %: the most informative of them (0.9), not the least given
    assert spread_pick(score, counts, 0.02, fresh=0.3) == 1
    # none within 5 %: the spread pick as without
    assert spread_pick(score, counts, 0.02, fresh=0.05) == 0
    # an item the candidate may not take (-inf) is never fresh
    assert spread_pick(score, np.array([5, 1, 1, 1, 0]), 0.02, fresh=0.99) == 0
