"""Next-item selection: Fisher information with exposure control and content rules.

One code path for the service and the simulation: every function takes a *batch* of candidates
(:class:`Progress`, arrays with one row per candidate) and the service passes a batch of one.

Content rules (DESIGN, "The competence framework"), applied as hard eligibility masks:

* an item already given in this test, or seen by the candidate in an earlier attempt, is out;
* at most one item per tube;
* no two consecutive items from one competence (when the test spans several competences);
* at most ``max_per_competence`` items per competence;
* coverage: every competence of the pool appears at least once. The rule is exact, not a
  heuristic: with ``r`` slots left and ``u`` competences still uncovered, the test is feasible
  iff ``u ≤ r`` (uncovered competences are distinct, so they can always be ordered without two
  consecutive from one competence), so when ``r == u`` only uncovered competences are eligible.
  This is the "shadow test" condition reduced to the one constraint that can become infeasible.

One candidate at a time, also in a batch: :func:`select_next` serves the rows of a batch *in
turn*, each choosing with the exposure counts that the rows before it left, so a batch call is
exactly the sequence of one-candidate calls the service makes for concurrent candidates (no
joint assignment: a candidate's item never depends on a candidate served after them).

Exposure control (the cap, the progressive a-stratification, the spread and fresh picks) and
the choice among the usable items are in :mod:`assessment.exposure`; the parameters of the
rule in :class:`assessment.rules.SelectionRules`.

Enemies (items that answer each other) come with the pool: :meth:`Progress.record` puts the
enemies of every item given out of the candidate's reach for the rest of the test.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from assessment.exposure import (
    choose_in_turn,
    draw,
    exposure_open,
    spread_pick,
    usable_scores,
)
from assessment.irt import (
    GRID,
    FloatArray,
    eap,
    information,
    initial_log_posterior,
    posterior_weights,
)
from assessment.pool import ExposureCounts, IntArray, ItemPool
from assessment.rules import BoolArray, SelectionError, SelectionRules


@dataclass(slots=True, eq=False)
class Progress:
    """The selection-relevant state of a batch of candidates (one row each)."""

    log_posterior: FloatArray  # (n, G)
    given: BoolArray  # (n, N) items given in this test
    excluded: BoolArray  # (n, N) items seen in earlier attempts
    tube_used: BoolArray  # (n, T)
    competence_count: IntArray  # (n, C)
    last_competence: IntArray  # (n,), -1 before the first item
    n_given: IntArray  # (n,)

    @classmethod
    def start(
        cls, pool: ItemPool, n: int = 1, seen: Sequence[Sequence[int]] | None = None
    ) -> Progress:
        excluded = np.zeros((n, len(pool)), dtype=np.bool_)
        if seen is not None:
            for row, idx in enumerate(seen):
                excluded[row, list(idx)] = True
        return cls(
            log_posterior=initial_log_posterior(n),
            given=np.zeros((n, len(pool)), dtype=np.bool_),
            excluded=excluded,
            tube_used=np.zeros((n, len(pool.tubes)), dtype=np.bool_),
            competence_count=np.zeros((n, len(pool.competences)), dtype=np.int64),
            last_competence=np.full(n, -1, dtype=np.int64),
            n_given=np.zeros(n, dtype=np.int64),
        )

    def record(self, pool: ItemPool, items: IntArray, log_likelihood: FloatArray) -> None:
        """Record one item per row (``items[r] < 0`` leaves row ``r`` unchanged)."""
        rows = np.nonzero(items >= 0)[0]
        it = items[rows]
        self.log_posterior[rows] += log_likelihood[rows]
        self.given[rows, it] = True
        self.tube_used[rows, pool.tube_index[it]] = True
        comp = pool.competence_index[it]
        self.competence_count[rows, comp] += 1
        self.last_competence[rows] = comp
        self.n_given[rows] += 1
        if pool.enemy_ids:
            for r, i in zip(rows.tolist(), it.tolist(), strict=True):
                if pool.enemies[i]:
                    self.excluded[r, list(pool.enemies[i])] = True


def eligibility(pool: ItemPool, progress: Progress, rules: SelectionRules) -> BoolArray:
    """Items each candidate may be given next under the content rules, shape ``(n, N)``.

    Rules are relaxed, per candidate, only when nothing would be eligible otherwise, in this
    order: consecutive competence, then the per-competence maximum (coverage is never relaxed
    while an uncovered competence still has items). The competence rules are evaluated on the
    ``(n, C)`` competence table and spread to items with one gather; the coverage check only
    looks at the rows where it could bind.
    """
    comp = pool.competence_index
    n_comp = len(pool.competences)
    base = ~(progress.given | progress.excluded | progress.tube_used[:, pool.tube_index])
    if rules.require_all_competences:
        remaining = rules.length - progress.n_given
        uncovered = progress.competence_count == 0  # (n, C)
        maybe = np.nonzero(uncovered.sum(axis=1) >= remaining)[0]
        if maybe.size:
            # competences that these candidates can still cover
            coverable = np.logical_or.reduceat(
                base[maybe][:, pool.competence_order], pool.competence_starts, axis=1
            )
            still = uncovered[maybe] & coverable
            forced = still.sum(axis=1) >= remaining[maybe]
            rows = maybe[forced]
            base[rows] &= still[forced][:, comp]
    masks: list[BoolArray] = []  # competence-level rules, (n, C) each
    if rules.max_per_competence is not None:
        masks.append(progress.competence_count < rules.max_per_competence)
    if rules.no_consecutive_competence and n_comp > 1:
        masks.append(np.arange(n_comp)[None, :] != progress.last_competence[:, None])
    if not masks:
        return base
    allowed = masks[0].copy()
    for m in masks[1:]:
        allowed &= m
    out = base & allowed[:, comp]
    for k in range(len(masks) - 1, -1, -1):  # relax the last rule first, for empty rows only
        empty = np.nonzero(~out.any(axis=1))[0]
        if not empty.size:
            break
        relaxed = np.ones((empty.size, n_comp), dtype=np.bool_)
        for m in masks[:k]:
            relaxed &= m[empty]
        out[empty] = base[empty] & relaxed[:, comp]
    return out


def criterion(pool: ItemPool, log_posterior: FloatArray, rules: SelectionRules) -> FloatArray:
    """Selection criterion of every item for every candidate, shape ``(n, N)``.

    ``info``: Fisher information a²P(1−P) at the EAP estimate (the reference platform's rule).
    With ``rules.discrimination_ceiling = c``, an item's discrimination counts only up to
    ``c / SD`` (SD: the candidate's posterior SD): the progressive a-stratification of
    :mod:`assessment.exposure`. Elementwise, so row ``r`` does not depend on the other rows.
    ``epv``: expected reduction of the posterior variance after the answer (van der Linden's
    minimum expected posterior variance), Cov_post(θ, P)² / (m (1 − m)) with m = E_post[P].
    It uses matrix products, whose rounding may depend on the batch size: with ``epv`` a batch
    is the service path up to the last bit of the criterion, not bit for bit.
    """
    kind = rules.criterion
    if kind == "info":
        theta, sd = eap(log_posterior)
        a = pool.a[None, :]
        if rules.discrimination_ceiling is not None:
            a = np.minimum(a, rules.discrimination_ceiling / np.maximum(sd[:, None], 1e-12))
        return information(theta[:, None], a, pool.b[None, :])
    if kind != "epv":
        raise ValueError(f"unknown selection criterion {kind!r}")
    w = posterior_weights(log_posterior)
    mu = w @ GRID
    m0 = w @ pool.p_grid
    m1 = (w * (GRID[None, :] - mu[:, None])) @ pool.p_grid
    return np.asarray(m1 * m1 / np.maximum(m0 * (1.0 - m0), 1e-300), dtype=np.float64)


def select_next(
    pool: ItemPool,
    progress: Progress,
    rules: SelectionRules,
    exposure: ExposureCounts,
    rng: np.random.Generator,
    *,
    active: BoolArray | None = None,
) -> IntArray:
    """The pool index of the next item for each candidate (−1 for inactive rows).

    The active rows are served *in turn, in row order*: row ``r`` chooses with the exposure
    counts as the choices of the active rows before it in this call have left them. The
    result is therefore exactly what the service gets by calling this function with a batch
    of one for each candidate in turn and recording each choice before the next call
    (``tests/test_simulation.py`` checks it item for item). ``exposure`` itself is not changed:
    the caller records the returned items (:meth:`ExposureCounts.record_given`).

    The expensive parts (eligibility masks, the criterion over candidates × items, the
    vectorised first choice) are computed once for the batch; the loop over rows only checks
    whether the item a row would take has been closed by an earlier row, and chooses again
    for that row alone if so. Closing only removes items within one call (``tests`` does not
    change), so a first choice that is still open is still the row's choice: the loop is an
    exact shortcut of the sequential calls, not an approximation.

    Randomness (``top_k > 1`` only): one uniform per active row, drawn in row order, the same
    stream as one draw per call of the service.

    Raises :class:`SelectionError` if an active candidate has no item left at all.
    """
    n = progress.given.shape[0]
    act = np.ones(n, dtype=np.bool_) if active is None else active.copy()
    act &= progress.n_given < rules.length
    chosen = np.full(n, -1, dtype=np.int64)
    rows = np.nonzero(act)[0]
    if rows.size == 0:
        return chosen
    sub = _subset(progress, rows)
    elig = eligibility(pool, sub, rules)
    if not elig.any(axis=1).all():
        raise SelectionError("no item left to give")
    prio = criterion(pool, sub.log_posterior, rules)
    u = rng.random(rows.size) if rules.top_k > 1 else None
    if (rules.exposure_max is None or exposure.tests == 0) and rules.spread is None:
        chosen[rows] = draw(np.where(elig, prio, -np.inf), rules.top_k, u)
        return chosen
    chosen[rows] = choose_in_turn(prio, elig, exposure, rules, u)
    return chosen


def _subset(progress: Progress, rows: IntArray) -> Progress:
    if rows.size == progress.given.shape[0]:
        return progress
    return Progress(
        log_posterior=progress.log_posterior[rows],
        given=progress.given[rows],
        excluded=progress.excluded[rows],
        tube_used=progress.tube_used[rows],
        competence_count=progress.competence_count[rows],
        last_competence=progress.last_competence[rows],
        n_given=progress.n_given[rows],
    )


def required_length_ok(pool: ItemPool, rules: SelectionRules) -> bool:
    """Whether ``rules.length`` can cover every competence of the pool."""
    return not rules.require_all_competences or rules.length >= len(pool.competences)


def info_bound_items(pool: ItemPool, theta: FloatArray, length: int) -> IntArray:
    """The ``length`` most informative items at each θ (no content rules): the bound's test."""
    info = information(np.asarray(theta)[:, None], pool.a[None, :], pool.b[None, :])
    k = min(length, len(pool))
    return np.asarray(np.argpartition(-info, k - 1, axis=1)[:, :k], dtype=np.int64)


__all__ = [
    "BoolArray",
    "Progress",
    "SelectionError",
    "SelectionRules",
    "criterion",
    "draw",
    "eligibility",
    "exposure_open",
    "info_bound_items",
    "select_next",
    "spread_pick",
    "usable_scores",
]
