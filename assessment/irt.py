"""2PL item response theory on a fixed ability grid (DESIGN, "The competence framework").

The reference platform uses the two-parameter logistic model without the 1.7 scaling constant:

    P(correct | θ) = 1 / (1 + exp(a (b − θ)))

and estimates ability as the posterior mean (EAP) on a grid. We do the same:

* grid: 121 points from −6 to 6 (step 0.1). EAP on a 0.1 grid differs from the exact integral by
  far less than the standard errors a 32-item test can reach (≈ 0.25); tests check it against a
  fine brute-force integral.
* prior: standard normal N(0, 1), the population the θ scale is anchored to by calibration
  (:mod:`assessment.calibration` fixes the latent distribution to N(0, 1)).
* the log-posterior is kept and each answer adds one item's log-likelihood, so an update is
  O(grid) and a test of L items costs O(L × grid), never a re-integration over all answers.

Every function works on a *batch* of candidates: arrays of shape ``(n, G)`` for log-posteriors
and ``(n,)`` for answers. The service passes a batch of one; the simulation passes thousands.
Row ``r`` of a batch result is bit for bit the result for row ``r`` alone (only elementwise
operations and row-wise reductions, no matrix product whose rounding depends on the batch).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

GRID_MIN = -6.0
GRID_MAX = 6.0
GRID_POINTS = 121
GRID: FloatArray = np.linspace(GRID_MIN, GRID_MAX, GRID_POINTS)
PRIOR_MEAN = 0.0
PRIOR_SD = 1.0
LOG_PRIOR: FloatArray = -0.5 * ((GRID - PRIOR_MEAN) / PRIOR_SD) ** 2


def probability(theta: npt.ArrayLike, a: npt.ArrayLike, b: npt.ArrayLike) -> FloatArray:
    """P(correct) = 1 / (1 + exp(a (b − θ))), broadcasting over the arguments."""
    z = np.asarray(a, dtype=np.float64) * (
        np.asarray(b, dtype=np.float64) - np.asarray(theta, dtype=np.float64)
    )
    return np.asarray(1.0 / (1.0 + np.exp(z)), dtype=np.float64)


def information(theta: npt.ArrayLike, a: npt.ArrayLike, b: npt.ArrayLike) -> FloatArray:
    """Fisher information of a 2PL item: a² P (1 − P).

    Computed as a² e / (1 + e)² with e = exp(−|a (b − θ)|) (P (1 − P) is symmetric in the
    logit): one exponential, no overflow, and few passes over the (candidates × items) array
    that selection evaluates at every step.
    """
    a_ = np.asarray(a, dtype=np.float64)
    z = np.abs(a_ * (np.asarray(b, dtype=np.float64) - np.asarray(theta, dtype=np.float64)))
    e = np.exp(-z)
    d = 1.0 + e
    return np.asarray((a_ * a_) * e / (d * d), dtype=np.float64)


def log_likelihood_on_grid(
    a: npt.ArrayLike, b: npt.ArrayLike, correct: npt.ArrayLike
) -> FloatArray:
    """Log-likelihood of one answer per candidate at every grid point, shape ``(n, G)``.

    Uses log P = −log(1 + e^{z}) and log(1 − P) = −log(1 + e^{−z}) with ``logaddexp`` so very
    easy or very hard items never produce ``log(0)``.
    """
    a_ = np.atleast_1d(np.asarray(a, dtype=np.float64))[:, None]
    b_ = np.atleast_1d(np.asarray(b, dtype=np.float64))[:, None]
    c_ = np.atleast_1d(np.asarray(correct, dtype=np.bool_))[:, None]
    z = a_ * (b_ - GRID[None, :])
    # correct: log P = -log(1+e^z); wrong: log(1-P) = -log(1+e^-z)
    return np.asarray(-np.logaddexp(0.0, np.where(c_, z, -z)), dtype=np.float64)


def initial_log_posterior(n: int = 1) -> FloatArray:
    """The prior for ``n`` candidates, shape ``(n, G)``."""
    return np.tile(LOG_PRIOR, (n, 1))


def update_log_posterior(
    log_posterior: FloatArray, a: npt.ArrayLike, b: npt.ArrayLike, correct: npt.ArrayLike
) -> FloatArray:
    """Return the log-posterior after one more answer per candidate (a new array)."""
    return log_posterior + log_likelihood_on_grid(a, b, correct)


def posterior_weights(log_posterior: FloatArray) -> FloatArray:
    """Normalised posterior weights on the grid, shape ``(n, G)``."""
    lp = np.atleast_2d(log_posterior)
    d = lp - lp.max(axis=1, keepdims=True)
    # weights below e^-40 of the mode (< 1e-17) are set to 0: their effect on the mean and SD is
    # nil, and subnormal floats would make the matrix products of selection 10x slower.
    w = np.where(d > -40.0, np.exp(np.maximum(d, -40.0)), 0.0)
    return np.asarray(w / w.sum(axis=1, keepdims=True), dtype=np.float64)


def eap(log_posterior: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Posterior mean (the ability estimate) and posterior SD (its standard error)."""
    w = posterior_weights(log_posterior)
    # Row-wise sums, not ``w @ GRID``: BLAS rounds differently for 1 row and for 1,000, and the
    # simulation must give a candidate exactly the figures the service gives it alone.
    mean = (w * GRID).sum(axis=1)
    var = (w * (GRID * GRID)).sum(axis=1) - mean * mean
    return np.asarray(mean, dtype=np.float64), np.sqrt(np.maximum(var, 0.0))


_LL_ROWS: dict[tuple[float, float], FloatArray] = {}
_LL_ROWS_MAX = 200_000  # about 400 MB at most; a bank has a few thousand (a, b) pairs


def ll_rows(a: float, b: float) -> FloatArray:
    """The log-likelihood rows of one item, ``[wrong, correct]`` over the grid, shape ``(2, G)``.

    Cached per ``(a, b)``: a bank has a few thousand distinct parameter pairs, and the service
    rebuilds a candidate's posterior from the stored record at every answer. The rows are
    :func:`log_likelihood_on_grid`'s own values (same elementwise operations), so a posterior
    built from them is bit for bit the one built answer by answer.
    """
    key = (float(a), float(b))
    rows = _LL_ROWS.get(key)
    if rows is None:
        if len(_LL_ROWS) >= _LL_ROWS_MAX:
            _LL_ROWS.clear()
        rows = log_likelihood_on_grid([key[0]] * 2, [key[1]] * 2, [False, True])
        rows.setflags(write=False)
        _LL_ROWS[key] = rows
    return rows


def log_posterior_of(a: npt.ArrayLike, b: npt.ArrayLike, correct: npt.ArrayLike) -> FloatArray:
    """The log-posterior of one candidate from a whole answer vector, shape ``(G,)``.

    Used to recompute a stored test's score exactly from the item parameters it recorded. The
    answers are added to the prior one at a time, in the order given: the same floating-point
    sums as :func:`update_log_posterior` after each answer (a reduction over the first axis of
    a C-ordered array adds its rows in order), so the score of a test equals, bit for bit, the
    posterior its selection used (and the simulation's).
    """
    a_ = np.asarray(a, dtype=np.float64).reshape(-1)
    if a_.size == 0:
        return LOG_PRIOR.copy()
    b_ = np.asarray(b, dtype=np.float64).reshape(-1)
    c_ = np.asarray(correct, dtype=np.bool_).reshape(-1)
    stack = np.empty((a_.size + 1, GRID_POINTS))
    stack[0] = LOG_PRIOR
    for k, (ak, bk, ck) in enumerate(zip(a_.tolist(), b_.tolist(), c_.tolist(), strict=True)):
        stack[k + 1] = ll_rows(ak, bk)[1 if ck else 0]
    return np.asarray(np.add.reduce(stack, axis=0), dtype=np.float64)


def estimate(a: npt.ArrayLike, b: npt.ArrayLike, correct: npt.ArrayLike) -> tuple[float, float]:
    """EAP ability and its standard error from a whole answer vector (one candidate)."""
    mean, sd = eap(log_posterior_of(a, b, correct)[None, :])
    return float(mean[0]), float(sd[0])
