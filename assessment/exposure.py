"""Exposure control, and the choice among the usable items (DESIGN, "The competence framework").

All online rules, nothing fitted on simulated responses; the choice of a row depends on the
exposure counts the rows served before it left (:func:`assessment.selection.select_next`).

* a *hard cap* on the running exposure rate (``exposure_max = r_max``): an item given to
  ``counts[i] ≥ r_max × tests`` candidates is closed (the "restricted" part of the
  progressive-restricted method of Revuelta & Ponsoda, 1998). Checked before every single
  choice, so it holds exactly. A candidate whose eligible items are all closed takes the best
  of them anyway.
* *progressive a-stratification* (``discrimination_ceiling = c``, applied in
  :func:`assessment.selection.criterion`): an item's discrimination counts in the information
  only up to ``c / SD``, SD being the candidate's posterior SD. At the start (SD ≈ 1) the
  highly discriminating items are worth no more than average ones at the same distance from
  θ̂, so they are not spent on candidates whose θ is still unknown; as SD falls the ceiling
  rises and they go to candidates whose θ is known well enough to profit (Chang & Ying's 1999
  a-stratified design, the stage measured by each candidate's own precision). ``c = 1`` for
  certification.
* a *randomesque* draw among the ``top_k`` best (the reference platform draws among the top 5)
  is available, but off by default: under a cap it costs precision for no exposure gain.
* *spread* (``spread = s``): among the usable items whose criterion is within ``s`` (relative)
  of the best, the one given least so far (first in pool order among equals). A bank of
  provisional parameters (a = 1, b from the level) has dozens of items of exactly equal
  information; without it they are taken in pool order and most of the bank is never used
  (85 % unused on a generated 2,000-item bank of the shipped shape, 4 % with ``s = 0.02``).
  ``s = 0.02`` for certification and positioning.
* *fresh* (``fresh = f``, with ``spread``): before the spread pick, the most informative item
  never given so far whose criterion is within ``f`` of the best. On a bank whose a varies,
  the items of low a are never the best for anyone, so without it most of the bank is never
  used (no calibration data, no check of the items, a bank that looks bigger than it is). An
  item is fresh only until it is given once, so the rule costs each item's shortfall once in
  the whole run: on 32,000 administrations, a few hundred at most, each under ``f`` of one
  item's information. ``f = 0.5`` for certification.

Measurements (``bench/assessment.py``, reference bank, arrivals scenario, 1,000 candidates,
mean RMSE / bound over seeds 0–4; one seed alone varies by ±3 %, the bound's own RMSE is
0.996–1.062 × its SD, and the best 32 items at the true θ under the content rules give
1.004–1.072 ×, 1.039 × on average): cap, ceiling 1 and spread 0.02: 1.066 ×, never used
58 %; without spread 1.071 ×, 64 %; ceiling 1.5 1.076 ×; no ceiling 1.083 ×; with ``fresh``
0.3: 1.074 ×, never used 25 %; 0.5: 1.073 ×, 8 %; 0.7: 1.071 ×, 0.5 %. On the calibrated
generated bank (2,000 items, a varies, seeds 1–2): without ``fresh`` 1.102 ×, never used 77 %;
0.3: 1.102 ×, 51 %; 0.5: 1.097 ×, 27 %; there one item per family (variants share a tube)
costs much more than on the reference bank: the best 32 items at the true θ under the content
rules give 1.035–1.062 × the bound's SD (seeds 0–2), against 1.006–1.016 × on the reference
bank. Earlier, all at once in sessions of 250, rejected as no better than the cap alone: a
multiplicative "price" on the spent budget, 1 − κ (rate/r_max)^p; expected posterior-variance
reduction (``epv``); posterior-weighted information; randomesque top-2.
"""

from __future__ import annotations

import numpy as np

from assessment.irt import FloatArray
from assessment.pool import ExposureCounts, IntArray
from assessment.rules import BoolArray, SelectionRules


def exposure_open(exposure: ExposureCounts, rules: SelectionRules) -> BoolArray:
    """Items below the exposure cap: ``counts[i] < r_max × tests``."""
    if rules.exposure_max is None or exposure.tests == 0:
        return np.ones(exposure.counts.shape[0], dtype=np.bool_)
    return np.asarray(exposure.counts < rules.exposure_max * exposure.tests, dtype=np.bool_)


def draw(score: FloatArray, top_k: int, u: FloatArray | None) -> IntArray:
    """Best item per row, or the ``u``-quantile among the ``top_k`` best (randomesque).

    ``u`` holds one uniform draw per row. Rows are independent: row ``r`` of the result is
    exactly ``draw(score[r:r + 1], top_k, u[r:r + 1])`` (numpy's along-axis routines work on
    each row alone), which is what makes the batch path the service path.
    """
    n, m = score.shape
    if top_k <= 1 or m <= 1 or u is None:
        return np.asarray(score.argmax(axis=1), dtype=np.int64)
    valid = score > -np.inf
    nvalid = np.maximum(valid.sum(axis=1), 1)
    pick = np.minimum((u * nvalid).astype(np.int64), nvalid - 1)
    if top_k >= m:  # a uniform draw among all usable items: the k-th usable in pool order
        rank = np.cumsum(valid, axis=1) - 1
        hit = valid & (rank == pick[:, None])
        return np.asarray(hit.argmax(axis=1), dtype=np.int64)
    k = top_k
    top = np.argpartition(-score, k - 1, axis=1)[:, :k]
    top_scores = np.take_along_axis(score, top, axis=1)
    order = np.argsort(-top_scores, axis=1, kind="stable")
    pick = np.minimum(pick, k - 1)
    chosen = np.take_along_axis(order, pick[:, None], axis=1)[:, 0]
    return np.asarray(top[np.arange(n), chosen], dtype=np.int64)


def spread_pick(
    score: FloatArray, counts: IntArray, spread: float, fresh: float | None = None
) -> int:
    """Among the items whose score is within ``spread`` (relative) of the best, the one given
    least often so far (the first in pool order among equals); ``score`` is ``-inf`` for the
    items the candidate may not take. Items of equal information are otherwise taken in pool
    order, so the later ones are never used; this spends them at (almost) no cost.

    ``fresh``: before that, the most informative item never given so far whose score is
    within ``fresh`` of the best, if there is one (the first in pool order among equals)."""
    best = score.max()
    if fresh is not None:
        new = (score >= best * (1.0 - fresh)) & (counts == 0)
        if new.any():
            return int(np.where(new, score, -np.inf).argmax())
    near = score >= best * (1.0 - spread)
    return int(np.where(near, counts, _NEVER).argmin())


_NEVER = np.iinfo(np.int64).max


def usable_scores(prio: FloatArray, elig: BoolArray, open_: BoolArray) -> FloatArray:
    """Scores under the exposure cap, ``-inf`` for what a row may not take.

    A row chooses among its eligible open items; only if none of its eligible items is open
    does it choose among all of them (the cap never makes a test impossible).
    """
    capped = np.where(elig & open_[None, :], prio, -np.inf)
    has_open: BoolArray = np.asarray((capped > -np.inf).any(axis=1), dtype=np.bool_)
    if has_open.all():
        return capped
    return np.asarray(
        np.where(has_open[:, None], capped, np.where(elig, prio, -np.inf)), dtype=np.float64
    )


def choose_in_turn(
    prio: FloatArray,
    elig: BoolArray,
    exposure: ExposureCounts,
    rules: SelectionRules,
    u: FloatArray | None,
) -> IntArray:
    """Rows choose one after the other, each seeing the counts the rows before it left.

    Scores are computed once for the batch. Within one call ``tests`` is fixed and counts only
    grow, so the only change a row can see is an item closing (reaching the cap), and closing
    only removes a choice. Hence a row's first choice is still its choice unless that very item
    has closed since (argmax; the maximum of a subset that still holds it is the same item), or
    unless any item has closed (a top-k draw depends on several items); only then is the row's
    choice recomputed, from the current open set, by the same functions as a fresh call.
    """
    tests = exposure.tests
    limit = (rules.exposure_max if rules.exposure_max is not None else 1.0) * tests
    counts = exposure.counts.copy()
    open_ = exposure_open(exposure, rules)  # counts < limit
    picks = np.empty(prio.shape[0], dtype=np.int64)
    if rules.spread is not None:  # the choice depends on the counts: each row in turn
        for r in range(prio.shape[0]):
            row = usable_scores(prio[r : r + 1], elig[r : r + 1], open_)[0]
            i = spread_pick(row, counts, rules.spread, rules.fresh)
            picks[r] = i
            counts[i] += 1
            if rules.exposure_max is not None and open_[i] and tests > 0 and counts[i] >= limit:
                open_[i] = False
        return picks
    first = draw(usable_scores(prio, elig, open_), rules.top_k, u)
    closed = np.zeros(counts.shape[0], dtype=np.bool_)
    any_closed = False
    for r in range(prio.shape[0]):
        i = int(first[r])
        if closed[i] if rules.top_k <= 1 else any_closed:
            row = usable_scores(prio[r : r + 1], elig[r : r + 1], open_)
            i = int(draw(row, rules.top_k, None if u is None else u[r : r + 1])[0])
        picks[r] = i
        counts[i] += 1
        if open_[i] and counts[i] >= limit:
            open_[i] = False
            closed[i] = any_closed = True
    return picks
