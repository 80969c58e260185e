"""2PL functions and the grid EAP (assessment.irt)."""

import math
from itertools import pairwise

import numpy as np
import pytest

from assessment import irt


def test_probability_known_values() -> None:
    assert irt.probability(0.0, 1.0, 0.0) == pytest.approx(0.5)
    assert irt.probability(1.0, 1.0, 0.0) == pytest.approx(1 / (1 + math.exp(-1)))
    assert irt.probability(0.0, 2.0, 1.0) == pytest.approx(1 / (1 + math.exp(2)))


def test_information_known_values() -> None:
    assert irt.information(0.0, 1.0, 0.0) == pytest.approx(0.25)
    assert irt.information(0.5, 2.0, 0.5) == pytest.approx(1.0)
    p = 1 / (1 + math.exp(1.5 * (0.2 - 1.0)))
    assert irt.information(1.0, 1.5, 0.2) == pytest.approx(1.5**2 * p * (1 - p))


def test_log_likelihood_stable_for_extreme_items() -> None:
    ll = irt.log_likelihood_on_grid([50.0], [5.0], [True])
    assert np.isfinite(ll).all()
    assert ll[0, 0] < -100  # a very low-ability point almost never answers it


def _brute_force(a, b, c):
    t = np.linspace(-10, 10, 200_001)
    logp = -0.5 * t**2
    for ai, bi, ci in zip(a, b, c, strict=True):
        p = 1 / (1 + np.exp(ai * (bi - t)))
        logp = logp + np.log(p if ci else 1 - p)
    w = np.exp(logp - logp.max())
    m = (w * t).sum() / w.sum()
    sd = math.sqrt((w * (t - m) ** 2).sum() / w.sum())
    return m, sd


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_eap_matches_brute_force_integral(seed: int) -> None:
    rng = np.random.default_rng(seed)
    a = rng.lognormal(0, 0.3, 15)
    b = rng.normal(0, 1, 15)
    c = rng.random(15) < 0.6
    m, sd = irt.estimate(a, b, c)
    bm, bsd = _brute_force(a, b, c)
    assert m == pytest.approx(bm, abs=2e-3)
    assert sd == pytest.approx(bsd, abs=2e-3)


def test_incremental_update_equals_batch() -> None:
    rng = np.random.default_rng(4)
    a, b = rng.lognormal(0, 0.3, 10), rng.normal(0, 1, 10)
    c = rng.random(10) < 0.5
    lp = irt.initial_log_posterior(1)
    for j in range(10):
        lp = irt.update_log_posterior(lp, [a[j]], [b[j]], [c[j]])
    m1, s1 = irt.eap(lp)
    m2, s2 = irt.estimate(a, b, c)
    assert m1[0] == pytest.approx(m2)
    assert s1[0] == pytest.approx(s2)


def test_prior_only_is_standard_normal() -> None:
    m, sd = irt.estimate([], [], [])
    assert m == pytest.approx(0.0, abs=1e-9)
    assert sd == pytest.approx(1.0, abs=1e-3)


def test_more_correct_answers_raise_the_estimate() -> None:
    a, b = [1.0] * 6, [0.0] * 6
    estimates = [irt.estimate(a, b, [True] * k + [False] * (6 - k))[0] for k in range(7)]
    assert all(x < y for x, y in pairwise(estimates))
