"""The one-candidate path of the selection: what the service runs at every answer.

:func:`select_one` is :func:`assessment.selection.select_next` for a batch of one, written
for one row so that a call costs a few dozen small numpy operations:

* the candidate's state is a :class:`~assessment.record.Record`, read from the record in one
  pass, or kept by the test and extended by one item or one answer;
* the per-bank arrays and lists (competence of every item, what giving an item rules out, the
  distinct (a, b) pairs, the log-likelihood rows ``ll_table``) come from the
  :class:`~assessment.pool.ItemPool`, built once per bank;
* under the certification and positioning rules (criterion ``info``, no randomesque draw) the
  competence rules are evaluated on the 16 competences, spread to the items with one gather,
  and the criterion only on the items the candidate may take.

The eligibility rules, the criterion and the choice are the batch's, in the same order, on the
same floats (the criterion is elementwise, so an item's value does not depend on the other
items; the posterior adds the same rows in the same order), so the choice is item for item the
batch's (``tests/test_simulation.py`` and ``tests/test_engine_arrivals.py`` check it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from assessment.irt import GRID, FloatArray
from assessment.pool import ExposureCounts, IntArray, ItemPool
from assessment.record import Record
from assessment.selection import (
    BoolArray,
    SelectionError,
    SelectionRules,
    criterion,
    draw,
    exposure_open,
    spread_pick,
    usable_scores,
)

if TYPE_CHECKING:
    from assessment.adaptive import AskedItem

_GRID_SQ = GRID * GRID


def _masks(record: Record, rules: SelectionRules) -> list[list[bool]]:
    """The competence-level rules of :func:`assessment.selection.eligibility`, in its order:
    the per-competence maximum, then no two in a row."""
    masks: list[list[bool]] = []
    if rules.max_per_competence is not None:
        top = rules.max_per_competence
        masks.append([c < top for c in record.count])
    if rules.no_consecutive_competence and len(record.count) > 1:
        masks.append([k != record.last for k in range(len(record.count))])
    return masks


def _allowed(record: Record, rules: SelectionRules) -> list[bool] | None:
    """Competences allowed by every rule of :func:`_masks` at once (``None``: no rule)."""
    top = rules.max_per_competence
    last = record.last if rules.no_consecutive_competence and len(record.count) > 1 else -1
    if top is None:
        return None if last < 0 else [k != last for k in range(len(record.count))]
    return [c < top and k != last for k, c in enumerate(record.count)]


def _forced(record: Record, rules: SelectionRules) -> bool:
    """Whether the coverage rule may bind (as many uncovered competences as slots left)."""
    return rules.require_all_competences and record.count.count(0) >= rules.length - record.n_given


def eligible_one(pool: ItemPool, record: Record, rules: SelectionRules) -> BoolArray:
    """:func:`assessment.selection.eligibility` for one row."""
    base = np.ones(len(pool), dtype=np.bool_)
    if record.blocked:
        base[record.blocked] = False
    if _forced(record, rules):
        uncovered = np.array(record.count) == 0
        coverable = np.logical_or.reduceat(base[pool.competence_order], pool.competence_starts)
        still = uncovered & coverable
        if int(still.sum()) >= rules.length - record.n_given:
            base &= still[pool.competence_index]
    masks = _masks(record, rules)
    comp = pool.competence_index
    for k in range(len(masks), -1, -1):  # all rules, then relax the last first, only if empty
        allowed = np.ones(len(pool.competences), dtype=np.bool_)
        for m in masks[:k]:
            allowed &= np.array(m)
        out = base & allowed[comp]
        if k == 0 or out.any():
            return out
    return base  # pragma: no cover (the loop returns at k == 0)


def _usable_items(
    pool: ItemPool, record: Record, rules: SelectionRules, exposure: ExposureCounts
) -> IntArray:
    """The items the batch chooses among, ascending: the eligible ones under the exposure cap,
    or all eligible ones if none is open (:func:`assessment.exposure.usable_scores`). With the
    coverage rule not binding and some competence allowed by every rule, eligibility is one
    gather of the allowed competences; otherwise :func:`eligible_one`."""
    mask: BoolArray | None = None
    if not _forced(record, rules):
        allowed = _allowed(record, rules)
        if allowed is None or True in allowed:
            mask = (
                np.ones(len(pool), dtype=np.bool_)
                if allowed is None
                else np.array(allowed)[pool.competence_index]
            )
            if record.blocked:
                mask[record.blocked] = False
    if mask is None or not mask.any():
        mask = eligible_one(pool, record, rules)
    if rules.exposure_max is not None and exposure.tests > 0:
        cand: IntArray = (mask & (exposure.counts < rules.exposure_max * exposure.tests)).nonzero()[
            0
        ]
        if cand.size:
            return cand
    return mask.nonzero()[0]


def select_one(
    pool: ItemPool,
    asked: Sequence[AskedItem],
    seen: Iterable[str],
    rules: SelectionRules,
    exposure: ExposureCounts,
    rng: np.random.Generator,
    posterior: FloatArray | None = None,
    enemies_of: Iterable[str] = (),
    record: Record | None = None,
) -> int:
    """Pool index of the next item for one candidate from its record, −1 at the length.

    ``asked`` holds the scored items (answered; a pending item counts as given with no
    answer). Items no longer in the pool count for the estimate and the length only.
    ``record``: the :class:`Record` of ``asked`` in this pool when the caller keeps one
    (``seen`` and ``enemies_of`` are then already in it).
    Raises :class:`~assessment.selection.SelectionError` when no item is left.
    """
    if len(asked) >= rules.length:
        return -1
    if record is None or record.pool is not pool:
        record = Record(pool, asked, seen, enemies_of)
    if posterior is None:
        posterior = record.log_posterior(asked)
    if rules.criterion == "info" and rules.top_k <= 1:
        cand = _usable_items(pool, record, rules, exposure)
        return _best_info(pool, posterior, cand, rules, exposure.counts)
    elig = eligible_one(pool, record, rules)
    if not elig.any():
        raise SelectionError("no item left to give")
    prio = criterion(pool, posterior[None, :], rules)
    u = rng.random(1) if rules.top_k > 1 else None
    if (rules.exposure_max is None or exposure.tests == 0) and rules.spread is None:
        return int(draw(np.where(elig[None, :], prio, -np.inf), rules.top_k, u)[0])
    row = usable_scores(prio, elig[None, :], exposure_open(exposure, rules))
    if rules.spread is not None:
        return spread_pick(row[0], exposure.counts, rules.spread, rules.fresh)
    return int(draw(row, rules.top_k, u)[0])


def _best_info(
    pool: ItemPool,
    posterior: FloatArray,
    cand: IntArray,
    rules: SelectionRules,
    counts: IntArray,
) -> int:
    """The batch's choice under the ``info`` criterion without a randomesque draw, computed on
    the usable items ``cand`` only (:func:`_usable_items`): the most informative (the first in
    pool order among equals), or with ``spread`` the least given among those within
    ``spread`` of the best. The arithmetic is that of :func:`assessment.irt.eap` and
    :func:`assessment.irt.information`, operation for operation, on one row."""
    if cand.size == 0:
        raise SelectionError("no item left to give")
    d = posterior - posterior.max()
    w = np.where(d > -40.0, np.exp(np.maximum(d, -40.0)), 0.0)
    w = w / w.sum()
    theta = (w * GRID).sum()
    few = 2 * pool.pair_a.size < cand.size  # per distinct (a, b) pair, then gathered
    a = pool.pair_a if few else pool.a[cand]
    if rules.discrimination_ceiling is not None:
        sd = np.sqrt(max((w * _GRID_SQ).sum() - theta * theta, 0.0))
        a = np.minimum(a, rules.discrimination_ceiling / max(sd, 1e-12))
    e = np.exp(-np.abs(a * ((pool.pair_b if few else pool.b[cand]) - theta)))
    d1 = 1.0 + e
    score = (a * a) * e / (d1 * d1)
    if few:
        score = score[pool.pair_of[cand]]
    if rules.spread is None:
        return int(cand[score.argmax()])
    best = score.max()
    if rules.fresh is not None:
        new = (score >= best * (1.0 - rules.fresh)) & (counts[cand] == 0)
        if new.any():
            return int(cand[np.where(new, score, -np.inf).argmax()])
    near = cand[score >= best * (1.0 - rules.spread)]
    return int(near[counts[near].argmin()])
