"""The one-candidate path of the selection: what the service runs at every answer.

:func:`select_one` is :func:`assessment.selection.select_next` for a batch of one, written
for one row so that a call costs a few dozen small numpy operations: the candidate's state is
built from the record with no pass per asked item over the pool, the per-bank arrays come from
the :class:`~assessment.pool.ItemPool` (built once per bank), and the log-likelihood rows of
the items from :func:`assessment.irt.ll_rows` (cached per parameter pair). The eligibility
rules, the criterion and the choice are the batch's, in the same order, on the same floats, so
the choice is item for item the batch's (``tests/test_simulation.py`` and
``tests/test_engine_arrivals.py`` check it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from assessment.irt import LOG_PRIOR, FloatArray, log_posterior_of
from assessment.pool import ExposureCounts, ItemPool
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


def _blocked(
    pool: ItemPool, given: list[int], asked_ids: list[str], seen: Iterable[str]
) -> BoolArray:
    """Items given, seen in an earlier attempt, enemies of a given item, or of a used tube."""
    blocked = np.zeros(len(pool), dtype=np.bool_)
    out = set(seen)
    if pool.enemy_ids:
        for item_id in asked_ids:
            out.update(pool.enemy_ids.get(item_id, ()))
    idx = [pool.index_of[i] for i in out if i in pool.index_of]
    if idx:
        blocked[idx] = True
    if given:
        blocked[given] = True
        tube_used = np.zeros(len(pool.tubes), dtype=np.bool_)
        tube_used[pool.tube_index[given]] = True
        blocked |= tube_used[pool.tube_index]
    return blocked


def eligible_one(
    pool: ItemPool,
    blocked: BoolArray,
    competence_count: np.ndarray,
    last_competence: int,
    n_given: int,
    rules: SelectionRules,
) -> BoolArray:
    """:func:`assessment.selection.eligibility` for one row."""
    comp = pool.competence_index
    n_comp = len(pool.competences)
    base = ~blocked
    if rules.require_all_competences:
        remaining = rules.length - n_given
        uncovered = competence_count == 0
        if uncovered.sum() >= remaining:
            coverable = np.logical_or.reduceat(base[pool.competence_order], pool.competence_starts)
            still = uncovered & coverable
            if still.sum() >= remaining:
                base &= still[comp]
    masks: list[BoolArray] = []
    if rules.max_per_competence is not None:
        masks.append(competence_count < rules.max_per_competence)
    if rules.no_consecutive_competence and n_comp > 1:
        masks.append(np.arange(n_comp) != last_competence)
    if not masks:
        return base
    allowed = masks[0].copy()
    for m in masks[1:]:
        allowed &= m
    out = base & allowed[comp]
    for k in range(len(masks) - 1, -1, -1):  # relax the last rule first, only if empty
        if out.any():
            break
        relaxed = np.ones(n_comp, dtype=np.bool_)
        for m in masks[:k]:
            relaxed &= m
        out = base & relaxed[comp]
    return out


def select_one(
    pool: ItemPool,
    asked: Sequence[AskedItem],
    seen: Iterable[str],
    rules: SelectionRules,
    exposure: ExposureCounts,
    rng: np.random.Generator,
    posterior: FloatArray | None = None,
    enemies_of: Iterable[str] = (),
) -> int:
    """Pool index of the next item for one candidate from its record, −1 at the length.

    ``asked`` holds the scored items (answered; a pending item counts as given with no
    answer). Items no longer in the pool count for the estimate and the length only.
    Raises :class:`~assessment.selection.SelectionError` when no item is left.
    """
    n_given = len(asked)
    if n_given >= rules.length:
        return -1
    index_of = pool.index_of
    pool_items = pool.items
    given: list[int] = []
    ids: list[str] = []
    rows: list[int] = []  # rows of pool.ll_table of the answered items, in order
    params_a: list[float] = []
    params_b: list[float] = []
    right: list[bool] = []
    in_table = True  # every answered item is in the pool with the parameters it was asked with
    for x in asked:
        p = x.params
        i = index_of.get(p.id, -1)
        ids.append(p.id)
        if i >= 0:
            given.append(i)
        if x.outcome is not None:
            ok = x.outcome.is_correct
            right.append(ok)
            params_a.append(p.discrimination)
            params_b.append(p.difficulty)
            if i >= 0:
                rows.append(2 * i + ok)
                q = pool_items[i]
                if q is not p and (
                    q.discrimination != p.discrimination or q.difficulty != p.difficulty
                ):
                    in_table = False
            else:
                in_table = False
    ids.extend(enemies_of)
    blocked = _blocked(pool, given, ids, seen)
    n_comp = len(pool.competences)
    if given:
        comps = pool.competence_index[given]
        count = np.bincount(comps, minlength=n_comp)
        last = int(comps[-1])
    else:
        count = np.zeros(n_comp, dtype=np.int64)
        last = -1
    if posterior is None:
        posterior = (
            _posterior(pool, rows) if in_table else log_posterior_of(params_a, params_b, right)
        )
    elig = eligible_one(pool, blocked, count, last, n_given, rules)
    if not elig.any():
        raise SelectionError("no item left to give")
    prio = criterion(pool, posterior[None, :], rules)
    u = rng.random(1) if rules.top_k > 1 else None
    if (rules.exposure_max is None or exposure.tests == 0) and rules.spread is None:
        return int(draw(np.where(elig[None, :], prio, -np.inf), rules.top_k, u)[0])
    row = usable_scores(prio, elig[None, :], exposure_open(exposure, rules))
    if rules.spread is not None:
        return spread_pick(row[0], exposure.counts, rules.spread)
    return int(draw(row, rules.top_k, u)[0])


def _posterior(pool: ItemPool, rows: list[int]) -> FloatArray:
    """Prior plus the rows of the answered items, in order, from the pool's table: one gather,
    and bit for bit :func:`assessment.irt.log_posterior_of` (the same rows, added in order)."""
    if not rows:
        return LOG_PRIOR.copy()
    stack = np.empty((len(rows) + 1, LOG_PRIOR.size))
    stack[0] = LOG_PRIOR
    np.take(pool.ll_table, rows, axis=0, out=stack[1:])
    return np.asarray(np.add.reduce(stack, axis=0), dtype=np.float64)
