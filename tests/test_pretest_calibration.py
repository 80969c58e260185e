"""Pretest items calibrated against the scored items (assessment.pretest_calibration): fixed
item parameter calibration by marginal maximum likelihood recovers known parameters."""

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from assessment.calibration import CalibrationError
from assessment.irt import GRID, log_posterior_of, probability
from assessment.pretest_calibration import calibrate_pretest, calibrate_pretest_posteriors
from assessment.pretesting import b_variance_bound
from certinum.cli import cli

SCORED_B = np.linspace(-2.0, 2.0, 12)  # a short scored test of a = 1 items


def _design(seed: int, n: int, true: dict[str, tuple[float, float]], per_candidate: int = 2):
    """``n`` candidates θ ~ N(0, 1) answer the 12 scored items and ``per_candidate`` of the
    pretest items ``true`` (round robin); their posteriors come from the scored answers only."""
    rng = np.random.default_rng(seed)
    theta = rng.normal(size=n)
    ids = list(true)
    responses, posteriors = [], {}
    for i in range(n):
        ok = rng.random(SCORED_B.size) < probability(theta[i], 1.0, SCORED_B)
        posteriors[f"c{i}"] = log_posterior_of(np.ones(SCORED_B.size), SCORED_B, ok)
        for k in range(per_candidate):
            item = ids[(i * per_candidate + k) % len(ids)]
            a, b = true[item]
            responses.append((f"c{i}", item, bool(rng.random() < probability(theta[i], a, b))))
    return theta, responses, posteriors


TRUE = {"p0": (0.7, -1.5), "p1": (1.0, -0.5), "p2": (1.4, 0.0), "p3": (1.2, 0.8), "p4": (0.9, 1.6)}


def test_recovers_known_parameters_from_scored_posteriors() -> None:
    _, responses, posteriors = _design(11, 4000, TRUE)  # 1,600 responses per item
    out = {e.id: e for e in calibrate_pretest_posteriors(responses, posteriors)}
    db = np.array([out[i].difficulty - b for i, (_, b) in TRUE.items()])
    da = np.array([out[i].discrimination - a for i, (a, _) in TRUE.items()])
    assert np.sqrt(np.mean(db**2)) <= 0.15
    assert np.sqrt(np.mean(da**2)) <= 0.2
    assert all(e.converged and e.scored and e.answers == 1600 for e in out.values())
    se = np.array([out[i].difficulty_se for i in TRUE])
    assert ((se > 0.03) & (se < 0.2)).all()  # about 0.05–0.1 at 1,600 responses
    assert (np.abs(db) <= 4 * se).all()


def test_standard_error_of_b_matches_the_spread_of_the_estimates() -> None:
    # 40 items of 300 responses: the SE reported should be about the actual error
    rng = np.random.default_rng(5)
    true = {f"q{k}": (float(rng.lognormal(0, 0.25)), float(rng.normal())) for k in range(40)}
    _, responses, posteriors = _design(5, 6000, true)
    est = calibrate_pretest_posteriors(responses, posteriors, min_responses=300)
    err = np.array([e.difficulty - true[e.id][1] for e in est])
    se = np.array([e.difficulty_se for e in est])
    assert all(e.answers == 300 and e.scored for e in est)
    rmse, rms_se = np.sqrt(np.mean(err**2)), np.sqrt(np.mean(se**2))
    assert 0.7 <= rmse / rms_se <= 1.4
    assert np.mean(np.abs(err) <= 1.96 * se) >= 0.8


def test_plug_in_theta_attenuates_the_slope_the_posterior_does_not() -> None:
    # a short scored test leaves each θ uncertain: regressing on the EAP as if it were θ
    # (SE ≈ 0) flattens a; integrating over the posterior does not
    true = {"steep": (1.8, 0.0)}
    _, responses, posteriors = _design(3, 6000, true, per_candidate=1)
    eap, sd = {}, []
    for c, lp in posteriors.items():
        p = np.exp(lp - lp.max())
        p /= p.sum()
        eap[c] = (float(p @ GRID), 1e-3)
        sd.append(np.sqrt(p @ GRID**2 - (p @ GRID) ** 2))
    assert np.median(sd) > 0.4  # the scored test leaves θ this uncertain
    plug_in = calibrate_pretest(responses, eap)[0].discrimination
    marginal = calibrate_pretest_posteriors(responses, posteriors)[0].discrimination
    assert abs(marginal - 1.8) < 0.2
    assert plug_in < marginal - 0.2


def test_fixed_discrimination_estimates_b_only() -> None:
    true = {"r0": (1.0, -1.0), "r1": (1.0, 0.3), "r2": (1.0, 1.2)}
    _, responses, posteriors = _design(7, 3000, true)
    est = calibrate_pretest_posteriors(responses, posteriors, discrimination=1.0)
    assert [e.discrimination for e in est] == [1.0, 1.0, 1.0]
    assert max(abs(e.difficulty - true[e.id][1]) for e in est) < 0.25


def test_prior_on_the_served_difficulty_holds_an_item_nobody_fails() -> None:
    _, responses, posteriors = _design(2, 300, {"easy": (1.0, -2.0)}, per_candidate=1)
    everyone_right = [(c, i, True) for c, i, _ in responses]
    free = calibrate_pretest_posteriors(everyone_right, posteriors)[0]
    held = calibrate_pretest_posteriors(
        everyone_right, posteriors, prior_difficulty={"easy": -2.0}, prior_sd=0.5
    )[0]
    assert np.isfinite(free.difficulty) and free.difficulty < -2.0
    assert free.difficulty < held.difficulty and held.difficulty > -3.5


def test_iterations_are_bounded_and_non_convergence_reported() -> None:
    _, responses, posteriors = _design(4, 600, TRUE)
    one = calibrate_pretest_posteriors(responses, posteriors, max_iterations=1)
    assert not any(e.converged for e in one)


def test_unusable_input_is_refused() -> None:
    _, responses, posteriors = _design(1, 10, TRUE)
    with pytest.raises(CalibrationError, match="no pretest response"):
        calibrate_pretest_posteriors(responses, {})
    with pytest.raises(CalibrationError, match="grid"):
        calibrate_pretest_posteriors(responses, {c: np.zeros(5) for c in posteriors})


def test_variance_bound_is_the_inverse_information() -> None:
    theta = np.array([-1.0, 0.0, 0.5, 2.0])
    q = probability(theta, 1.3, 0.2) * (1 - probability(theta, 1.3, 0.2))
    assert b_variance_bound(theta, 1.3, 0.2, 1.3) == pytest.approx(1 / (1.3**2 * q.sum()))
    # estimating a as well can only lose information on b
    assert b_variance_bound(theta, 1.3, 0.2, None) > b_variance_bound(theta, 1.3, 0.2, 1.3)


def test_calibrate_cli_prints_b_with_its_standard_error(tmp_path: Path) -> None:
    rng = np.random.default_rng(9)
    lines, abil = ["candidate,item,correct"], ["candidate,theta,standard_error"]
    for i in range(500):
        t = rng.normal()
        est = 0.8 * t + rng.normal() * 0.4  # an EAP: shrunk, with its error
        abil.append(f"c{i},{est:.4f},0.45")
        lines.append(f"c{i},new-1,{int(rng.random() < probability(t, 1.2, 0.5))}")
    (tmp_path / "r.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "a.csv").write_text("\n".join(abil) + "\n", encoding="utf-8")
    args = ["assessment", "calibrate", str(tmp_path / "r.csv"), "--dry-run"]
    args += ["--pretest-abilities", str(tmp_path / "a.csv")]
    doc = json.loads(CliRunner().invoke(cli, [*args, "--json"]).output)
    item = doc["items"][0]
    assert item["converged"] and item["scored"]
    assert 0.05 < item["difficulty_se"] < 0.3
    assert abs(item["difficulty"] - 0.5) < 3 * item["difficulty_se"]
    text = CliRunner().invoke(cli, args)
    assert text.exit_code == 0 and f"(SE {item['difficulty_se']:.3f})" in text.output
