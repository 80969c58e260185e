"""The one-candidate path of the selection: what the service runs at every answer.

:func:`select_one` is :func:`assessment.selection.select_next` for a batch of one, written
for one row so that a call costs a few dozen small numpy operations:

* the candidate's state (:class:`Record`) is read from the record in one pass over the asked
  items, in Python lists (no array over the pool per asked item); a test that keeps its
  :class:`Record` extends it by one item or one answer instead (:meth:`Record.given_item`,
  :meth:`Record.answered`), and its log-posterior with it;
* the per-bank arrays and lists (competence and tube of every item, the items of every tube,
  the log-likelihood rows ``ll_table``) come from the :class:`~assessment.pool.ItemPool`,
  built once per bank;
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

from assessment.irt import GRID, LOG_PRIOR, FloatArray, log_posterior_of
from assessment.pool import ExposureCounts, IntArray, ItemPool
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


class Record:
    """What the choice needs from one candidate's record in one pool (a value: the methods
    return a new record). ``posterior`` is ``None`` until computed."""

    __slots__ = (
        "blocked",
        "count",
        "given",
        "in_table",
        "last",
        "n_given",
        "pending",
        "pool",
        "posterior",
        "rows",
    )

    def __init__(
        self,
        pool: ItemPool,
        asked: Sequence[AskedItem] = (),
        seen: Iterable[str] = (),
        enemies_of: Iterable[str] = (),
    ) -> None:
        from assessment.adaptive import Outcome  # here: adaptive imports this module

        correct = Outcome.CORRECT
        get = pool.index_of.get
        pool_items = pool.items
        comp_of = pool.competence_of
        blocks = pool.blocks
        count = [0] * len(pool.competences)
        given: list[int] = []
        rows: list[int] = []  # rows of pool.ll_table of the answered items, in order
        blocked: list[int] = []  # given items, their tubes and enemies, seen items
        outside: list[str] = []  # ids given that the pool does not have
        in_table = True  # every answered item is in the pool with the parameters it was asked
        last = pending = -1
        for x in asked:
            p = x.params
            i = get(p.id, -1)
            o = x.outcome
            pending = -1
            if i < 0:
                outside.append(p.id)
                if o is not None:
                    in_table = False
                continue
            given.append(i)
            last = comp_of[i]
            count[last] += 1
            blocked.extend(blocks[i])
            q = pool_items[i]
            same = q is p or (q.discrimination == p.discrimination and q.difficulty == p.difficulty)
            if o is None:
                pending = i if same else -1  # answered() extends only what the table holds
            else:
                rows.append(2 * i + (o is correct))
                in_table = in_table and same
        outside.extend(enemies_of)
        index_of = pool.index_of
        if outside and pool.enemy_ids:
            for item_id in outside:
                others = pool.enemy_ids.get(item_id, ())
                blocked.extend(index_of[e] for e in others if e in index_of)
        blocked.extend(index_of[s] for s in seen if s in index_of)
        self.pool = pool
        self.given = given
        self.rows = rows
        self.blocked = blocked
        self.count = count
        self.last = last
        self.n_given = len(asked)
        self.pending = pending
        self.in_table = in_table
        self.posterior: FloatArray | None = None

    def _copy(self) -> Record:
        new = object.__new__(Record)
        new.pool, new.given, new.rows, new.blocked = self.pool, self.given, self.rows, self.blocked
        new.count, new.last, new.n_given, new.pending = self.count, self.last, self.n_given, -1
        new.in_table, new.posterior = self.in_table, self.posterior
        return new

    def given_item(self, i: int) -> Record:
        """This record with pool item ``i`` given (pending)."""
        pool = self.pool
        new = self._copy()
        new.given = [*self.given, i]
        new.last = pool.competence_of[i]
        new.count = self.count.copy()
        new.count[new.last] += 1
        new.blocked = [*self.blocked, *pool.blocks[i]]
        new.n_given = self.n_given + 1
        new.pending = i
        return new

    def answered(self, correct: bool) -> Record:
        """This record with its pending item answered (it must have one, from the pool)."""
        i = self.pending
        if i < 0:
            raise ValueError("no pending item of the pool to answer")
        new = self._copy()
        row = 2 * i + correct
        new.rows = [*self.rows, row]
        new.pending = -1
        if self.posterior is not None:
            new.posterior = self.posterior + self.pool.ll_table[row]
        return new

    def log_posterior(self, asked: Sequence[AskedItem]) -> FloatArray:
        """The log-posterior of the answers (``asked``: the record this was built from)."""
        if self.posterior is None:
            self.posterior = _posterior(self.pool, self.rows) if self.in_table else _recorded(asked)
        return self.posterior


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
    or all eligible ones if none is open (:func:`assessment.selection.usable_scores`). With the
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
        return spread_pick(row[0], exposure.counts, rules.spread)
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
    near = cand[score >= score.max() * (1.0 - rules.spread)]
    return int(near[counts[near].argmin()])


def _recorded(asked: Sequence[AskedItem]) -> FloatArray:
    """The posterior from the parameters recorded with the answers (items recalibrated or
    retired since they were asked)."""
    done = [x for x in asked if x.outcome is not None]
    return log_posterior_of(
        [x.params.discrimination for x in done],
        [x.params.difficulty for x in done],
        [x.outcome.is_correct for x in done if x.outcome is not None],
    )


def _posterior(pool: ItemPool, rows: list[int]) -> FloatArray:
    """Prior plus the rows of the answered items, in order, from the pool's table: one gather,
    and bit for bit :func:`assessment.irt.log_posterior_of` (the same rows, added in order)."""
    if not rows:
        return LOG_PRIOR.copy()
    stack = np.empty((len(rows) + 1, LOG_PRIOR.size))
    stack[0] = LOG_PRIOR
    pool.ll_table.take(rows, axis=0, out=stack[1:])
    return np.asarray(np.add.reduce(stack, axis=0), dtype=np.float64)
