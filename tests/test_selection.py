"""Selection rules (assessment.selection): tubes, consecutive competence, seen items, coverage."""

from itertools import pairwise

import numpy as np
import pytest

from assessment.framework import COMPETENCE_CODES
from assessment.irt import log_likelihood_on_grid
from assessment.pool import ExposureCounts, ItemPool, PoolError
from assessment.selection import Progress, SelectionRules, select_next
from assessment.types import ItemParams


def make_pool(per_comp: int = 6, tube_size: int = 2, seed: int = 0) -> ItemPool:
    rng = np.random.default_rng(seed)
    items = []
    for c in COMPETENCE_CODES:
        for k in range(per_comp):
            items.append(
                ItemParams(
                    f"{c}-{k}",
                    c,
                    f"t{k // tube_size}",
                    float(rng.lognormal(0, 0.25)),
                    float(rng.normal()),
                )
            )
    return ItemPool.from_items(items)


def run_test(pool, rules, rng, seen=None, theta=0.0, exposure=None):
    progress = Progress.start(pool, 1, seen=[seen or []])
    exposure = exposure or ExposureCounts.empty(pool)
    exposure.record_tests_started()
    order = []
    for _ in range(rules.length):
        idx = select_next(pool, progress, rules, exposure, rng)
        a, b = pool.a[idx], pool.b[idx]
        correct = rng.random(1) < 1 / (1 + np.exp(a * (b - theta)))
        progress.record(pool, idx, log_likelihood_on_grid(a, b, correct))
        exposure.record_given(idx)
        order.append(int(idx[0]))
    return order


@pytest.mark.parametrize("seed", range(5))
def test_certification_rules_hold(seed: int) -> None:
    pool = make_pool()
    rules = SelectionRules(length=32, max_per_competence=3, exposure_max=None)
    rng = np.random.default_rng(seed)
    order = run_test(pool, rules, rng, theta=float(rng.normal()))
    comps = [pool.items[i].competence for i in order]
    tubes = [(pool.items[i].competence, pool.items[i].tube) for i in order]
    assert len(set(order)) == 32
    assert len(set(tubes)) == 32, "at most one item per tube"
    assert all(x != y for x, y in pairwise(comps)), "no two in a row"
    assert set(comps) == set(COMPETENCE_CODES), "all 16 competences covered"
    assert max(comps.count(c) for c in COMPETENCE_CODES) <= 3


def test_coverage_forced_even_when_one_competence_is_far_more_informative() -> None:
    items = [ItemParams(f"hi{k}", "1.1", f"h{k}", 3.0, 0.0) for k in range(40)]
    items += [
        ItemParams(f"lo{c}{k}", c, f"l{k}", 0.3, 3.0)
        for c in COMPETENCE_CODES[1:]
        for k in range(2)
    ]
    pool = ItemPool.from_items(items)
    rules = SelectionRules(length=16, no_consecutive_competence=False, exposure_max=None)
    order = run_test(pool, rules, np.random.default_rng(0))
    assert {pool.items[i].competence for i in order} == set(COMPETENCE_CODES)


def test_seen_items_are_excluded() -> None:
    pool = make_pool(tube_size=1)
    rules = SelectionRules(length=32, exposure_max=None)
    first = run_test(pool, rules, np.random.default_rng(1))
    second = run_test(pool, rules, np.random.default_rng(1), seen=first)
    assert not set(first) & set(second)


def test_exposure_cap_is_respected_in_a_batch() -> None:
    pool = make_pool(per_comp=10, tube_size=1)
    rules = SelectionRules(length=8, require_all_competences=False, exposure_max=0.2)
    exposure = ExposureCounts.empty(pool)
    progress = Progress.start(pool, 50)
    exposure.record_tests_started(50)
    rng = np.random.default_rng(3)
    for _ in range(8):
        idx = select_next(pool, progress, rules, exposure, rng)
        progress.record(
            pool, idx, log_likelihood_on_grid(pool.a[idx], pool.b[idx], rng.random(50) < 0.5)
        )
        exposure.record_given(idx)
    assert exposure.counts.max() <= 10  # 20 % of 50
    assert exposure.counts.sum() == 400


def test_batch_of_one_is_the_service_path_and_deterministic() -> None:
    pool = make_pool()
    rules = SelectionRules(length=32, max_per_competence=3)
    a = run_test(pool, rules, np.random.default_rng(9), theta=0.5)
    b = run_test(pool, rules, np.random.default_rng(9), theta=0.5)
    assert a == b


def test_exposure_counts_round_trip() -> None:
    pool = make_pool()
    ex = ExposureCounts.empty(pool)
    ex.record_tests_started(3)
    ex.record_given([0, 0, 5])
    again = ExposureCounts.from_mapping(pool, ex.to_mapping(pool), ex.tests)
    assert again.to_mapping(pool) == {pool.items[0].id: 2, pool.items[5].id: 1}
    assert again.tests == 3


def test_pool_rejects_bad_items() -> None:
    with pytest.raises(PoolError):
        ItemPool.from_items([ItemParams("x", "1.1", "t", 0.0, 0.0)])
    with pytest.raises(PoolError):
        ItemPool.from_items([ItemParams("x", "9.9", "t", 1.0, 0.0)])
    with pytest.raises(PoolError):
        ItemPool.from_items([ItemParams("x", "1.1", "t", 1.0, 0.0)] * 2)


def _row(progress: Progress, r: int) -> Progress:
    return Progress(
        log_posterior=progress.log_posterior[r : r + 1].copy(),
        given=progress.given[r : r + 1].copy(),
        excluded=progress.excluded[r : r + 1].copy(),
        tube_used=progress.tube_used[r : r + 1].copy(),
        competence_count=progress.competence_count[r : r + 1].copy(),
        last_competence=progress.last_competence[r : r + 1].copy(),
        n_given=progress.n_given[r : r + 1].copy(),
    )


@pytest.mark.parametrize(
    "rules",
    [
        SelectionRules(length=32, max_per_competence=3, exposure_max=0.2),
        SelectionRules(length=32, max_per_competence=3, exposure_max=0.2, top_k=3),
    ],
    ids=["cap", "top-k"],
)
def test_a_batch_call_serves_its_rows_in_turn(rules: SelectionRules) -> None:
    """select_next on n rows == n one-row calls, each recording its choice before the next."""
    pool = make_pool(per_comp=8, tube_size=1)
    n, rng = 40, np.random.default_rng(0)
    progress = Progress.start(pool, n)
    exposure = ExposureCounts.empty(pool)
    exposure.record_tests_started(n)
    for _ in range(5):  # a few steps to spread the posteriors and the counts
        idx = select_next(pool, progress, rules, exposure, rng)
        right = rng.random(n) < 0.5
        progress.record(pool, idx, log_likelihood_on_grid(pool.a[idx], pool.b[idx], right))
        exposure.record_given(idx)
    batch_rng, single_rng = np.random.default_rng(1), np.random.default_rng(1)
    batch = select_next(pool, progress, rules, exposure, batch_rng)
    one_by_one = ExposureCounts(exposure.counts.copy(), exposure.tests)
    singles = []
    for r in range(n):
        idx = select_next(pool, _row(progress, r), rules, one_by_one, single_rng)
        one_by_one.record_given(idx)
        singles.append(int(idx[0]))
    assert batch.tolist() == singles
    assert exposure.counts.tolist() != one_by_one.counts.tolist()  # the caller records
    # and the order matters: served in reverse, the rows would not all get the same items
    reverse = ExposureCounts(exposure.counts.copy(), exposure.tests)
    backwards = {}
    for r in reversed(range(n)):
        idx = select_next(pool, _row(progress, r), rules, reverse, np.random.default_rng(2))
        reverse.record_given(idx)
        backwards[r] = int(idx[0])
    assert [backwards[r] for r in range(n)] != singles


def test_discrimination_ceiling_saves_sharp_items_for_precise_candidates() -> None:
    """Progressive a-stratification: a sharp item loses its edge while θ is still uncertain."""
    items = [
        ItemParams("sharp", "1.1", "s", 2.0, 0.3),
        ItemParams("plain", "1.1", "p", 1.0, 0.0),
        *[ItemParams(f"far{k}", "1.1", f"f{k}", 1.0, 4.0 + k) for k in range(40)],
    ]
    pool = ItemPool.from_items(items)
    plain = SelectionRules(length=40, require_all_competences=False, exposure_max=None)
    ceiling = SelectionRules(
        length=40, require_all_competences=False, exposure_max=None, discrimination_ceiling=1.0
    )
    rng, ex = np.random.default_rng(0), ExposureCounts.empty(pool)
    start = Progress.start(pool, 1)
    assert pool.items[select_next(pool, start, plain, ex, rng)[0]].id == "sharp"
    assert pool.items[select_next(pool, start, ceiling, ex, rng)[0]].id == "plain"
    # after many answers near θ = 0.3, the posterior SD is small and the ceiling no longer binds
    # (answers to items outside the pool: only the posterior changes, nothing is given)
    precise = Progress.start(pool, 1)
    for k in range(60):
        precise.log_posterior += log_likelihood_on_grid([1.5], [0.3], [k % 2 == 0])
    assert pool.items[select_next(pool, precise, ceiling, ex, rng)[0]].id == "sharp"
