"""The one-candidate path of the selection: what the service runs at every answer.

:func:`select_one` is :func:`assessment.selection.select_next` for a batch of one, written
for one row so that a call costs a few small numpy operations:

* the candidate's state is a :class:`~assessment.record.Record`, read from the record in one
  pass, or kept by the test and extended by one item or one answer;
* the per-bank arrays, lists and sets (competence of every item, what giving an item rules
  out, the distinct (a, b) pairs, the log-likelihood rows ``ll_table``) come from the
  :class:`~assessment.pool.ItemPool`, built once per bank; sets of items are Python ints (bit
  i: item i), so a rule on a competence or a tube is one integer operation;
* under the certification and positioning rules (criterion ``info``, no randomesque draw) the
  content rules are evaluated on these sets (:func:`eligible_bits`), and on a pool of few
  distinct (a, b) pairs (a bank of provisional parameters) the criterion once per pair and the
  choice on the pairs' sets of items (:func:`_by_pair`).

The eligibility rules, the criterion and the choice are the batch's, in the same order, on the
same floats (the criterion is elementwise, so an item's value does not depend on the other
items; the posterior adds the same rows in the same order), so the choice is item for item the
batch's (``tests/test_simulation.py`` and ``tests/test_engine_arrivals.py`` check it).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from assessment.irt import GRID, FloatArray
from assessment.pool import ExposureCounts, IntArray, ItemPool, bits_of_mask, mask_of
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

_GRID_POWERS = np.stack([GRID, GRID * GRID])  # the posterior's moments, one row each
_NEVER = np.iinfo(np.int64).max
_FEW_PAIRS = 32  # a pool with at most this many distinct (a, b) pairs chooses per pair


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


def _forced(record: Record, rules: SelectionRules) -> bool:
    """Whether the coverage rule may bind (as many uncovered competences as slots left)."""
    return rules.require_all_competences and record.count.count(0) >= rules.length - record.n_given


def _of(bits: Sequence[int], keep: Iterable[int]) -> int:
    """The union of ``bits[k]`` for ``k`` in ``keep``."""
    out = 0
    for k in keep:
        out |= bits[k]
    return out


def _first(bits: int) -> int:
    """The lowest pool index of a non-empty set of items."""
    return (bits & -bits).bit_length() - 1


def eligible_bits(pool: ItemPool, record: Record, rules: SelectionRules) -> int:
    """:func:`assessment.selection.eligibility` for one row, as a set of items (bit i: item i).

    With the coverage rule not binding and items left in the competences every rule allows
    (the usual case), the pool less the items blocked and those of the competences a rule
    rules out; otherwise the batch's steps on the 16 competences: coverage, then the rules,
    relaxed last first while they leave nothing."""
    comp = pool.competence_bits
    forced = _forced(record, rules)
    if not forced:
        out = record.blocked_bits
        top = rules.max_per_competence
        if top is not None and max(record.count, default=0) >= top:
            for k, c in enumerate(record.count):
                if c >= top:
                    out |= comp[k]
        if rules.no_consecutive_competence and len(comp) > 1 and record.last >= 0:
            out |= comp[record.last]
        free = pool.all_bits & ~out
        if free:
            return free
    base = pool.all_bits & ~record.blocked_bits
    if forced:
        left = rules.length - record.n_given
        still = [k for k, c in enumerate(record.count) if c == 0 and base & comp[k]]
        if len(still) >= left:
            base &= _of(comp, still)
    masks = _masks(record, rules)
    for k in range(len(masks), 0, -1):  # all rules, then relax the last first, only if empty
        out = base & _of(comp, (j for j, ok in enumerate(zip(*masks[:k], strict=True)) if all(ok)))
        if out:
            return out
    return base


def eligible_one(pool: ItemPool, record: Record, rules: SelectionRules) -> BoolArray:
    """:func:`assessment.selection.eligibility` for one row."""
    return mask_of(eligible_bits(pool, record, rules), len(pool))


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
        return _best_info(pool, posterior, record, rules, exposure)
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
    record: Record,
    rules: SelectionRules,
    exposure: ExposureCounts,
) -> int:
    """The batch's choice under the ``info`` criterion without a randomesque draw: among the
    eligible items under the exposure cap, or all eligible ones if none is open
    (:func:`assessment.exposure.usable_scores`), the most informative (the first in pool
    order among equals), or with ``spread`` and ``fresh`` the choice of
    :func:`assessment.exposure.spread_pick`. The arithmetic is that of
    :func:`assessment.irt.eap` and :func:`assessment.irt.information`, operation for operation,
    on one row: per item, or per distinct (a, b) pair when the pool has few (:func:`_by_pair`).
    """
    eligible = eligible_bits(pool, record, rules)
    if not eligible:
        raise SelectionError("no item left to give")
    counts = exposure.counts
    cap = rules.exposure_max is not None and exposure.tests > 0
    limit = (rules.exposure_max or 0.0) * exposure.tests  # open: counts < r_max × tests
    theta, sd = _eap(posterior)
    if pool.pair_a.size <= _FEW_PAIRS and math.isfinite(theta) and math.isfinite(sd):
        usable = eligible
        if cap and np.maximum.reduce(counts) >= limit:  # some item is closed
            usable = eligible & bits_of_mask(counts < limit) or eligible
        return _by_pair(pool, theta, sd, usable, rules, counts)
    mask = mask_of(eligible, len(pool))
    if cap:
        open_ = mask & (counts < limit)
        if open_.any():
            mask = open_
    a = pool.a
    if rules.discrimination_ceiling is not None:
        a = np.minimum(a, rules.discrimination_ceiling / max(sd, 1e-12))
    e = np.exp(-np.abs(a * (pool.b - theta)))
    d1 = 1.0 + e
    score = np.where(mask, (a * a) * e / (d1 * d1), -np.inf)
    j = int(score.argmax())
    if rules.spread is None:
        return j
    best = float(score[j])
    if rules.fresh is not None:
        # the most informative item never given (-inf if none), if within fresh of the best
        new = np.where(counts == 0, score, -np.inf)
        i = int(new.argmax())
        if new[i] >= best * (1.0 - rules.fresh):
            return i
    if math.isnan(best):  # a posterior that is not finite: no item is near a NaN best
        raise ValueError("no item within spread of a NaN criterion")
    # the least given of the items within spread of the best, the first among equals
    near = score >= best * (1.0 - rules.spread)
    return int(np.where(near, counts, _NEVER).argmin())


def _eap(posterior: FloatArray) -> tuple[float, float]:
    """:func:`assessment.irt.eap` of one row, operation for operation."""
    d = posterior - np.maximum.reduce(posterior)
    # exp(max(d, -40)) where d > -40 is exp(d) (d <= 0: no overflow; the rest is replaced)
    w = np.where(d > -40.0, np.exp(d), 0.0)
    theta, m2 = np.add.reduce(w / np.add.reduce(w) * _GRID_POWERS, axis=1).tolist()
    return theta, math.sqrt(max(m2 - theta * theta, 0.0))


def _by_pair(
    pool: ItemPool, theta: float, sd: float, usable: int, rules: SelectionRules, counts: IntArray
) -> int:
    """:func:`_best_info`'s choice among the items of ``usable`` (not empty) when the pool has
    few distinct (a, b) pairs: the criterion once per pair (the same operations on Python
    floats, the exponential by numpy on the pairs' array), the choice on the pairs' sets of
    items (:attr:`~assessment.pool.ItemPool.pair_bits`): the first item of the best pairs."""
    a_s = pool.pair_a.tolist()
    if rules.discrimination_ceiling is not None:  # np.minimum(a, ceiling), a and ceiling finite
        ceiling = rules.discrimination_ceiling / max(sd, 1e-12)
        a_s = [a if a <= ceiling else ceiling for a in a_s]
    b_s = pool.pair_b.tolist()
    e_s = np.exp([-abs(a * (b - theta)) for a, b in zip(a_s, b_s, strict=True)]).tolist()
    score = [(a * a) * e / ((1.0 + e) * (1.0 + e)) for a, e in zip(a_s, e_s, strict=True)]
    pairs = pool.pair_bits
    present = [p for p, bits in enumerate(pairs) if usable & bits]
    best = max([score[p] for p in present])
    if rules.spread is None:
        return _first(usable & _of(pairs, (p for p in present if score[p] == best)))
    if rules.fresh is not None and not counts.all():  # some item never given
        new = usable & bits_of_mask(counts == 0)
        if new:
            fresh = [p for p in present if new & pairs[p]]
            top = max([score[p] for p in fresh])
            if top >= best * (1.0 - rules.fresh):
                return _first(new & _of(pairs, (p for p in fresh if score[p] == top)))
    near = usable & _of(pairs, (p for p in present if score[p] >= best * (1.0 - rules.spread)))
    return int(np.where(mask_of(near, len(pool)), counts, _NEVER).argmin())
