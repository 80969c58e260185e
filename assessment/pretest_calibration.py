"""Pretest items calibrated from the responses stored by positioning tests: fixed item
parameter calibration (FIPC) by marginal maximum likelihood, EM with multiple cycles.

The design (:mod:`assessment.positioning`): a positioning test carries a few unscored pretest
items (about 1 in 10); the candidates' θ are unknown, and what the test knows of each is the
posterior given their *scored* answers. Plugging a point estimate of θ into a logistic
regression flattens a (the estimate's error attenuates the slope); here the candidates' θ are
integrated over their posteriors on the engine's grid, the scored items' parameters staying
fixed, so the pretest items land on the scored items' θ scale.

What 300 responses allow: from candidates θ ~ N(0, 1), items a ~ lognormal(0, 0.25) and
b ~ N(0, 1), the Cramér–Rao bound on b with a estimated is about 0.20 (RMS over items) even
were every θ known, and 0.145 with a known (:func:`assessment.pretesting.b_variance_bound`,
printed by ``simulate --pretest``); the estimates here come within a few percent of it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from assessment.calibration import LOG_A_PRIOR_SD, CalibrationError, FloatArray
from assessment.irt import GRID

PRETEST_MIN_RESPONSES = 300  # an item is served as scored once its parameters rest on this many
PRETEST_PRIOR_SD = 1.0  # SD of the prior on b around the b an item is served with
_WEAK_B_PRIOR_SD = 3.0  # prior on b of an item served without one


@dataclass(frozen=True, slots=True)
class PretestEstimate:
    """A pretest item's estimate; ``scored`` once ``answers`` ≥ the minimum. ``difficulty_se``
    is the standard error of b (observed information, Louis's formula); ``converged`` whether
    the item's a and b moved less than the tolerance at the last EM iteration."""

    id: str
    discrimination: float
    difficulty: float
    answers: int
    scored: bool
    difficulty_se: float = math.nan
    converged: bool = True


def normal_log_posterior(theta: float, se: float) -> FloatArray:
    """A candidate's posterior N(θ, SE²) on the engine's grid (:data:`assessment.irt.GRID`)."""
    return np.asarray(-0.5 * ((GRID - theta) / se) ** 2, dtype=np.float64)


def calibrate_pretest(
    responses: Iterable[tuple[str, str, bool]],
    abilities: Mapping[str, tuple[float, float]],
    **options: Any,
) -> list[PretestEstimate]:
    """:func:`calibrate_pretest_posteriors` with each candidate's posterior taken as
    N(θ, SE²) from their scored estimate ``abilities[candidate] = (θ, SE)`` (the EAP and
    posterior SD the engine stored)."""
    posteriors = {c: normal_log_posterior(t, max(s, 1e-3)) for c, (t, s) in abilities.items()}
    return calibrate_pretest_posteriors(responses, posteriors, **options)


def calibrate_pretest_posteriors(
    responses: Iterable[tuple[str, str, bool]],
    log_posteriors: Mapping[str, FloatArray],
    *,
    min_responses: int = PRETEST_MIN_RESPONSES,
    max_iterations: int = 200,
    tolerance: float = 1e-4,
    prior_difficulty: Mapping[str, float] | None = None,
    prior_sd: float = PRETEST_PRIOR_SD,
    discrimination: float | None = None,
) -> list[PretestEstimate]:
    """Estimate the pretest items of ``(candidate, item, correct)`` responses by marginal
    maximum likelihood, the scored items fixed (fixed item parameter calibration, EM with
    multiple cycles).

    ``log_posteriors[candidate]`` is the candidate's log-posterior on the engine's grid given
    their *scored* answers only (what the positioning test stored; the scored items'
    parameters are not touched, so the θ scale is theirs). E-step: each candidate's posterior
    times the likelihood of their pretest answers at the current estimates; expected numbers
    of answers and of correct answers per item and grid point. M-step: two Fisher-scoring
    steps per item in (a, b), all items at once, with a log a ~ N(0, 0.5²) prior and a
    N(b served, ``prior_sd``²) prior on b (``prior_difficulty``; N(0, 3²) for an item without
    one). ``discrimination`` fixes every a to that value and estimates b only. Stops when no
    a or b moves by ``tolerance`` or after ``max_iterations``. Responses of candidates without
    a posterior are left out; raises :class:`CalibrationError` when none can be used.
    """
    cands: dict[str, int] = {}
    items: dict[str, int] = {}
    rows: list[tuple[int, int, bool]] = []
    for cand, item, ok in responses:
        if cand in log_posteriors:
            row = (cands.setdefault(cand, len(cands)), items.setdefault(item, len(items)), ok)
            rows.append(row)
    if not rows:
        raise CalibrationError("no pretest response from a candidate with a scored estimate")
    base = np.stack([np.asarray(log_posteriors[c], dtype=np.float64) for c in cands])
    if base.shape[1] != GRID.size or not np.isfinite(base).all():
        raise CalibrationError(f"a posterior is not {GRID.size} finite values on the grid")
    base -= base.max(axis=1, keepdims=True)
    ci, ij, yv = (np.array(col) for col in zip(*rows, strict=True))
    y = yv.astype(bool)
    n_items = len(items)
    answers = np.bincount(ij, minlength=n_items)
    b0 = np.zeros(n_items)
    b_sd = np.full(n_items, _WEAK_B_PRIOR_SD)
    for item, j in items.items():
        if prior_difficulty is not None and item in prior_difficulty:
            b0[j], b_sd[j] = prior_difficulty[item], prior_sd
    # start: the responders' mean θ, moved by the logit of the item's proportion correct
    mean_theta = (_normalise(base) @ GRID)[ci]
    pc = np.clip(np.bincount(ij, y, n_items) / answers, 0.05, 0.95)
    b = np.bincount(ij, mean_theta, n_items) / answers - 1.3 * np.log(pc / (1 - pc))
    a = np.full(n_items, 1.0 if discrimination is None else float(discrimination))
    moved = np.full(n_items, np.inf)
    for _ in range(max_iterations):
        post = _pretest_posterior(base, ci, ij, y, a, b)[ci]  # (R, G): each response's weights
        n_jk = _sum_rows(post, ij, n_items)
        r_jk = _sum_rows(post * y[:, None], ij, n_items)
        a_new, b_new = a, b
        for _ in range(2):
            a_new, b_new = _pretest_step(a_new, b_new, n_jk, r_jk, b0, b_sd, discrimination)
        moved = np.maximum(np.abs(a_new - a), np.abs(b_new - b))
        a, b = a_new, b_new
        if moved.max() < tolerance:
            break
    post = _pretest_posterior(base, ci, ij, y, a, b)[ci]
    se = _difficulty_se(post, ij, y, a, b, b_sd, fixed_a=discrimination is not None)
    return [
        PretestEstimate(
            item,
            float(a[j]),
            float(b[j]),
            int(answers[j]),
            bool(answers[j] >= min_responses),
            float(se[j]),
            bool(moved[j] < tolerance),
        )
        for item, j in items.items()
    ]


def _normalise(log_post: FloatArray) -> FloatArray:
    w = np.exp(log_post - log_post.max(axis=1, keepdims=True))
    return np.asarray(w / w.sum(axis=1, keepdims=True), dtype=np.float64)


def _sum_rows(values: FloatArray, index: npt.NDArray[np.int_], n: int) -> FloatArray:
    out = np.zeros((n, values.shape[1]))
    np.add.at(out, index, values)
    return out


def _pretest_posterior(
    base: FloatArray,
    ci: npt.NDArray[np.int_],
    ij: npt.NDArray[np.int_],
    y: npt.NDArray[np.bool_],
    a: FloatArray,
    b: FloatArray,
) -> FloatArray:
    """Each candidate's posterior given their scored answers and their pretest answers at
    the current estimates, shape ``(candidates, G)``."""
    z = a[ij, None] * (GRID[None, :] - b[ij, None])
    log_post = base.copy()
    np.add.at(log_post, ci, -np.logaddexp(0.0, np.where(y[:, None], -z, z)))
    return _normalise(log_post)


def _pretest_step(
    a: FloatArray,
    b: FloatArray,
    n_jk: FloatArray,
    r_jk: FloatArray,
    b0: FloatArray,
    b_sd: FloatArray,
    fixed_a: float | None,
) -> tuple[FloatArray, FloatArray]:
    """One Fisher-scoring step in (a, b) on the expected complete-data log-posterior."""
    d = GRID[None, :] - b[:, None]
    p = 1.0 / (1.0 + np.exp(-a[:, None] * d))
    resid = r_jk - n_jk * p
    w = n_jk * p * (1.0 - p)
    g_b = -a * resid.sum(1) - (b - b0) / b_sd**2
    h_bb = a * a * w.sum(1) + 1.0 / b_sd**2
    if fixed_a is not None:
        return a, b + np.clip(g_b / h_bb, -1.0, 1.0)
    s2a = LOG_A_PRIOR_SD**2
    g_a = (resid * d).sum(1) - (np.log(a) / s2a + 1.0) / a
    h_aa = (w * d * d).sum(1) + 1.0 / (a * a * s2a)
    h_ab = -a * (w * d).sum(1)
    det = h_aa * h_bb - h_ab * h_ab
    da = np.clip((h_bb * g_a - h_ab * g_b) / det, -0.5 * a, 1.0)
    db = np.clip((h_aa * g_b - h_ab * g_a) / det, -1.0, 1.0)
    return np.maximum(a + da, 0.05), b + db


def _difficulty_se(
    post: FloatArray,
    ij: npt.NDArray[np.int_],
    y: npt.NDArray[np.bool_],
    a: FloatArray,
    b: FloatArray,
    b_sd: FloatArray,
    *,
    fixed_a: bool,
) -> FloatArray:
    """SE of b from the observed information of each item (Louis, 1982: expected
    complete-data information less the posterior variance of the complete-data score, per
    response), priors included, item by item (the small covariances between the items one
    candidate answered are left out); with a estimated, the item's (a, b) block is inverted."""
    d = GRID[None, :] - b[ij, None]
    ar = a[ij, None]
    p = 1.0 / (1.0 + np.exp(-ar * d))
    e = np.where(y[:, None], 1.0 - p, -p)  # y − p
    gs = [e * d, -ar * e]  # complete-data score of (a, b) at each node
    n_items = a.size
    info = np.zeros((n_items, 2, 2))
    for u in range(2):
        for v in range(2):
            hess = (p * (1.0 - p) * [d * d, -ar * d, ar * ar][u + v] * post).sum(1)
            cov = (gs[u] * gs[v] * post).sum(1) - (gs[u] * post).sum(1) * (gs[v] * post).sum(1)
            info[:, u, v] = np.bincount(ij, hess - cov, n_items)
    info[:, 1, 1] += 1.0 / b_sd**2
    if fixed_a:
        return np.asarray(1.0 / np.sqrt(np.maximum(info[:, 1, 1], 1e-12)), dtype=np.float64)
    info[:, 0, 0] += 1.0 / (a * a * LOG_A_PRIOR_SD**2)
    det = info[:, 0, 0] * info[:, 1, 1] - info[:, 0, 1] ** 2
    var_b = np.where(det > 0, info[:, 0, 0] / np.where(det > 0, det, 1.0), np.inf)
    return np.asarray(np.sqrt(var_b), dtype=np.float64)
