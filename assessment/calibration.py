"""2PL calibration by marginal maximum likelihood, EM (Bock & Aitkin, 1981).

* Latent distribution fixed to N(0, 1) (this anchors the θ scale the engine and the score
  tables use), 41 quadrature points on −5..5.
* E-step: each candidate's posterior over the nodes from the answers they gave — a missing
  answer contributes nothing, so sparse (adaptive) designs are fine — and the expected number
  of answers ``n[j, k]`` and of correct answers ``r[j, k]`` per item and node.
* M-step: two Newton steps per item in slope–intercept form z = a θ + c (b = −c/a), all items
  at once with closed-form 2×2 solves. Light priors keep items with few answers finite:
  log a ~ N(0, 0.5²) and c ~ N(0, 3²) (a weak prior on b for a ≈ 1).
* Item fit: RMSD between observed and model proportions correct at the nodes, weighted by the
  posterior mass (the PISA/IRTPRO statistic); RMSD > 0.10 flags an item as fitting badly.

New (pretest) items against the scored ones: :mod:`assessment.pretest_calibration`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]

NODES: FloatArray = np.linspace(-5.0, 5.0, 41)
_W = np.exp(-0.5 * NODES**2)
NODE_WEIGHTS: FloatArray = _W / _W.sum()
LOG_A_PRIOR_SD = 0.5
INTERCEPT_PRIOR_SD = 3.0
RMSD_FLAG = 0.10


class CalibrationError(ValueError):
    """Responses that cannot be calibrated (empty, an item with no answers, bad values)."""


@dataclass(frozen=True, slots=True)
class ItemEstimate:
    id: str
    discrimination: float
    difficulty: float
    answers: int
    p_correct: float
    rmsd: float
    misfit: bool


@dataclass(frozen=True, slots=True)
class CalibrationResult:
    items: tuple[ItemEstimate, ...]
    candidates: int
    iterations: int
    converged: bool
    log_likelihood: float

    @property
    def misfitting(self) -> list[ItemEstimate]:
        return [it for it in self.items if it.misfit]

    def updates(self) -> dict[str, tuple[float, float]]:
        """``item id → (a, b)``, as :func:`assessment.bank.append_irt_versions` takes them."""
        return {it.id: (it.discrimination, it.difficulty) for it in self.items}


def response_matrix(
    responses: Iterable[tuple[str, str, bool]],
) -> tuple[list[str], list[str], FloatArray]:
    """Candidates, items and a matrix of 1/0/NaN (missing) from ``(candidate, item, correct)``.

    A repeated (candidate, item) pair keeps the last answer.
    """
    cand: dict[str, int] = {}
    items: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for c, i, ok in responses:
        rows.append(cand.setdefault(c, len(cand)))
        cols.append(items.setdefault(i, len(items)))
        vals.append(1.0 if ok else 0.0)
    y = np.full((len(cand), len(items)), np.nan)
    y[rows, cols] = vals
    return list(cand), list(items), y


def calibrate(
    responses: Iterable[tuple[str, str, bool]],
    *,
    max_iterations: int = 500,
    tolerance: float = 1e-4,
) -> CalibrationResult:
    """Calibrate every item that appears in ``responses``."""
    _, item_ids, y = response_matrix(responses)
    return calibrate_matrix(y, item_ids, max_iterations=max_iterations, tolerance=tolerance)


def calibrate_matrix(
    y: FloatArray,
    item_ids: Sequence[str],
    *,
    max_iterations: int = 500,
    tolerance: float = 1e-4,
) -> CalibrationResult:
    """Calibrate from a candidates × items matrix of 1, 0 and NaN (missing)."""
    if y.ndim != 2 or y.shape[0] == 0 or y.shape[1] == 0:
        raise CalibrationError("no responses")
    if y.shape[1] != len(item_ids):
        raise CalibrationError("item ids do not match the response matrix")
    seen = ~np.isnan(y)
    if not seen.any(axis=0).all():
        raise CalibrationError("an item has no answers")
    r1 = np.where(seen, y, 0.0)  # correct indicator
    r0 = np.where(seen, 1.0 - np.nan_to_num(y), 0.0)  # wrong indicator
    n_items = y.shape[1]
    a = np.ones(n_items)
    pc = np.clip(r1.sum(0) / np.maximum(r1.sum(0) + r0.sum(0), 1), 0.02, 0.98)
    c = np.log(pc / (1 - pc)) * 1.3  # start: logit of p-value, spread for a latent SD of 1
    converged = False
    it = 0
    loglik = -np.inf
    post = np.empty((y.shape[0], NODES.size))
    for it in range(1, max_iterations + 1):  # noqa: B007 - reported
        post, loglik = _e_step(r1, r0, a, c)
        n_jk = (r1 + r0).T @ post
        r_jk = r1.T @ post
        a_new, c_new = a, c
        for _ in range(2):
            a_new, c_new = _newton(a_new, c_new, n_jk, r_jk)
        change = max(np.abs(a_new - a).max(), np.abs(c_new - c).max())
        a, c = a_new, c_new
        if change < tolerance:
            converged = True
            break
    post, loglik = _e_step(r1, r0, a, c)
    n_jk = (r1 + r0).T @ post
    r_jk = r1.T @ post
    p_model = 1.0 / (1.0 + np.exp(-(a[:, None] * NODES[None, :] + c[:, None])))
    with np.errstate(invalid="ignore", divide="ignore"):
        p_obs = np.where(n_jk > 0, r_jk / n_jk, p_model)
    weight = n_jk / np.maximum(n_jk.sum(axis=1, keepdims=True), 1e-12)
    rmsd = np.sqrt((weight * (p_obs - p_model) ** 2).sum(axis=1))
    answers = seen.sum(axis=0)
    est = tuple(
        ItemEstimate(
            id=item_ids[j],
            discrimination=float(a[j]),
            difficulty=float(-c[j] / a[j]),
            answers=int(answers[j]),
            p_correct=float(r1[:, j].sum() / max(answers[j], 1)),
            rmsd=float(rmsd[j]),
            misfit=bool(rmsd[j] > RMSD_FLAG),
        )
        for j in range(n_items)
    )
    return CalibrationResult(est, y.shape[0], it, converged, float(loglik))


def _e_step(
    r1: FloatArray, r0: FloatArray, a: FloatArray, c: FloatArray
) -> tuple[FloatArray, float]:
    z = a[None, :] * NODES[:, None] + c[None, :]  # (K, J)
    log_p = -np.logaddexp(0.0, -z)
    log_q = -np.logaddexp(0.0, z)
    ll = r1 @ log_p.T + r0 @ log_q.T + np.log(NODE_WEIGHTS)[None, :]  # (n, K)
    m = ll.max(axis=1, keepdims=True)
    w = np.exp(ll - m)
    s = w.sum(axis=1, keepdims=True)
    return w / s, float((np.log(s) + m).sum())


def _newton(
    a: FloatArray, c: FloatArray, n_jk: FloatArray, r_jk: FloatArray
) -> tuple[FloatArray, FloatArray]:
    """One Newton (Fisher scoring) step per item on the expected complete-data log-likelihood."""
    p = 1.0 / (1.0 + np.exp(-(a[:, None] * NODES[None, :] + c[:, None])))
    resid = r_jk - n_jk * p
    w = n_jk * p * (1.0 - p)
    la = np.log(a)
    s2a = LOG_A_PRIOR_SD**2
    g_a = (resid * NODES).sum(1) - (la / s2a + 1.0) / a
    g_c = resid.sum(1) - c / INTERCEPT_PRIOR_SD**2
    h_aa = (w * NODES**2).sum(1) + 1.0 / (a * a * s2a)
    h_ac = (w * NODES).sum(1)
    h_cc = w.sum(1) + 1.0 / INTERCEPT_PRIOR_SD**2
    det = h_aa * h_cc - h_ac * h_ac
    da = (h_cc * g_a - h_ac * g_c) / det
    dc = (h_aa * g_c - h_ac * g_a) / det
    # keep a positive and steps bounded
    da = np.clip(da, -0.5 * a, 1.0)
    dc = np.clip(dc, -2.0, 2.0)
    return np.maximum(a + da, 0.05), c + dc
