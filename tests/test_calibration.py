"""MML-EM calibration recovers known parameters (assessment.calibration)."""

import numpy as np
import pytest

from assessment.calibration import CalibrationError, calibrate, calibrate_matrix


def simulate(seed: int, n: int = 2000, j: int = 60):
    rng = np.random.default_rng(seed)
    a = rng.lognormal(0, 0.25, j)
    b = rng.normal(0, 1, j)
    th = rng.normal(0, 1, n)
    p = 1 / (1 + np.exp(a * (b - th[:, None])))
    return a, b, (rng.random(p.shape) < p).astype(float), rng


def test_recovery_2000_by_60() -> None:
    a, b, y, _ = simulate(2024)
    res = calibrate_matrix(y, [f"i{k}" for k in range(60)])
    ea = np.array([it.discrimination for it in res.items])
    eb = np.array([it.difficulty for it in res.items])
    assert res.converged
    assert np.sqrt(np.mean((eb - b) ** 2)) <= 0.10
    assert np.sqrt(np.mean((ea - a) ** 2)) <= 0.15
    assert not res.misfitting


def test_sparse_design_and_misfit_flag() -> None:
    _, b, y, rng = simulate(7)
    y[rng.random(y.shape) < 0.5] = np.nan  # half the answers missing
    # item 0 answered at random whatever the ability: it fits badly
    y[:, 0] = np.where(np.isnan(y[:, 0]), np.nan, (rng.random(2000) < 0.5).astype(float))
    y[:, 1] = np.where(np.isnan(y[:, 1]), np.nan, 1.0 - y[:, 1])  # a reversed key
    res = calibrate_matrix(y, [f"i{k}" for k in range(60)])
    eb = np.array([it.difficulty for it in res.items])[2:]
    assert np.sqrt(np.mean((eb - b[2:]) ** 2)) <= 0.2
    assert "i1" in {it.id for it in res.misfitting}
    assert res.items[0].discrimination < 0.3


def test_triples_interface() -> None:
    _, _, y, _ = simulate(3, n=300, j=5)
    triples = [(f"c{i}", f"i{j}", bool(y[i, j])) for i in range(300) for j in range(5)]
    res = calibrate(triples)
    assert [it.id for it in res.items] == [f"i{j}" for j in range(5)]
    assert set(res.updates()) == {f"i{j}" for j in range(5)}


def test_empty_responses_rejected() -> None:
    with pytest.raises(CalibrationError):
        calibrate([])
