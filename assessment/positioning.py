"""Positioning test of one competence: adaptive, stops on precision or length.

The same selection as certification (:func:`assessment.selection.select_next`, batch of one),
restricted to the competence's items, with the tube rule, the exposure cap and earlier items
excluded; the coverage and consecutive-competence rules do not apply to a single competence.
The test stops when the standard error (posterior SD) is at most ``se_target`` or after
``max_items``, or when no item is left. The result is the competence level (0–8) and pix
(0–64, finer than 8 per level, see :mod:`assessment.scoring`).

Enemies (items that answer each other, variants of one family) come with the pool
(:meth:`assessment.pool.ItemPool.from_items`): once an item is given, its enemies are out.

Pretest items: a test carries a few unscored items that are being calibrated (``PRETEST_RATE``,
about 1 in 10). :func:`pretest_due` decides when (a pure function of the counts so far) and
:func:`choose_pretest` which: the competence's pretest item with the fewest stored responses
that is not an enemy of, nor already among, the candidate's items. Their answers are stored
with the test but change neither θ, nor the length, nor the choice of the scored items; once
an item's parameters rest on ``PRETEST_MIN_RESPONSES`` responses it can be served as scored
(:mod:`assessment.calibration`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from assessment.adaptive import (
    AskedItem,
    NoItemLeftError,
    Outcome,
    TestEndedError,
    ability,
    answered,
    choose_item,
    log_posterior,
    scored,
    with_answer,
)
from assessment.irt import eap
from assessment.pool import ExposureCounts, ItemPool
from assessment.scoring import level_of_theta, pix_of_theta
from assessment.selection import SelectionRules
from assessment.types import ItemParams

DEFAULT_SE_TARGET = 0.40
DEFAULT_MAX_ITEMS = 20
POSITIONING_SPREAD = 0.02  # as certification: least used among items within 2 % of the best
PRETEST_RATE = 0.1  # share of a test's items that are pretest items (a setting)


@dataclass(frozen=True, slots=True)
class PositioningTest:
    competence: str
    asked: tuple[AskedItem, ...] = ()
    seen_item_ids: frozenset[str] = frozenset()
    se_target: float = DEFAULT_SE_TARGET
    max_items: int = DEFAULT_MAX_ITEMS
    exhausted: bool = False

    @property
    def rules(self) -> SelectionRules:
        return SelectionRules(
            length=self.max_items,
            require_all_competences=False,
            no_consecutive_competence=False,
            spread=POSITIONING_SPREAD,
        )

    @property
    def finished(self) -> bool:
        mine = scored(self.asked)
        if self.exhausted or len(answered(mine)) >= self.max_items:
            return True
        if self.asked and self.asked[-1].outcome is None:
            return False
        return bool(mine) and ability(mine)[1] <= self.se_target


@dataclass(frozen=True, slots=True)
class PretestPlan:
    """The pretest items of one competence (not in the scored pool) and how many responses
    each has stored so far; ``rate`` is the share of a test given to them."""

    items: Sequence[ItemParams]
    responses: Mapping[str, int] = field(default_factory=dict)
    rate: float = PRETEST_RATE
    enemies: Mapping[str, frozenset[str]] = field(default_factory=dict)


def pretest_due(scored_given: int, pretest_given: int, rate: float = PRETEST_RATE) -> bool:
    """Whether the next item is a pretest item.

    Yes when at least one scored item has been given and the pretest items so far are fewer
    than ``rate`` × (items so far + 1), rounded half up: with 0.1, the 5th, 15th, 25th … item.
    """
    if rate <= 0 or scored_given < 1:
        return False
    return pretest_given < math.floor((scored_given + pretest_given + 1) * rate + 0.5)


def choose_pretest(plan: PretestPlan, taken: Iterable[str]) -> ItemParams | None:
    """The pretest item with the fewest responses (first in ``plan.items`` among equals) that
    is neither in ``taken`` (items of this test and earlier attempts) nor an enemy of one."""
    out = set(taken)
    for item_id in list(out):
        out.update(plan.enemies.get(item_id, ()))
    best: ItemParams | None = None
    best_n = 0
    for it in plan.items:
        if it.id in out or plan.enemies.get(it.id, frozenset()) & out:
            continue
        n = plan.responses.get(it.id, 0)
        if best is None or n < best_n:
            best, best_n = it, n
    return best


@dataclass(frozen=True, slots=True)
class PositioningResult:
    competence: str
    theta: float
    standard_error: float
    level: int
    pix: int
    answers: int


def start(
    competence: str,
    exposure: ExposureCounts,
    seen_item_ids: Iterable[str] = (),
    *,
    se_target: float = DEFAULT_SE_TARGET,
    max_items: int = DEFAULT_MAX_ITEMS,
) -> PositioningTest:
    exposure.record_tests_started()
    return PositioningTest(
        competence, seen_item_ids=frozenset(seen_item_ids), se_target=se_target, max_items=max_items
    )


def competence_pool(pool: ItemPool, competence: str) -> ItemPool:
    """The items of one competence, with the pool's enemies (build once per competence and
    reuse: the pool holds the per-bank arrays every call uses)."""
    return pool.subset(it for it in pool.items if it.competence == competence)


def next_item(
    test: PositioningTest,
    pool: ItemPool,
    exposure: ExposureCounts,
    rng: np.random.Generator,
    *,
    pretest: PretestPlan | None = None,
) -> tuple[PositioningTest, ItemParams | None]:
    """The pending or next item; ``None`` (and a finished test) when the test is over.

    ``pool`` and ``exposure`` are those of the competence (:func:`competence_pool`). With a
    ``pretest`` plan, a pretest item comes when :func:`pretest_due` says so (marked
    ``pretest`` in ``test.asked``; not counted in ``exposure``, which is the scored pool's).
    """
    if test.asked and test.asked[-1].outcome is None:
        return test, test.asked[-1].params
    mine = scored(test.asked)
    done = len(mine)  # no pending item here: every scored item is answered
    if test.exhausted or done >= test.max_items:
        return test, None
    posterior = log_posterior(mine)
    if mine and float(eap(posterior[None, :])[1][0]) <= test.se_target:
        return test, None
    extra = [x.params.id for x in test.asked if x.pretest]
    if pretest is not None and pretest_due(done, len(extra), pretest.rate):
        taken = [*test.seen_item_ids, *(x.params.id for x in test.asked)]
        item = choose_pretest(pretest, taken)
        if item is not None:
            return replace(test, asked=(*test.asked, AskedItem(item, pretest=True))), item
    try:
        item = choose_item(
            pool,
            mine,
            test.seen_item_ids,
            test.rules,
            exposure,
            rng,
            posterior=posterior,
            enemies_of=extra,
        )
    except NoItemLeftError:
        return replace(test, exhausted=True), None
    return replace(test, asked=(*test.asked, AskedItem(item))), item


def answer(test: PositioningTest, item_id: str, outcome: Outcome) -> PositioningTest:
    if test.finished:
        raise TestEndedError("the positioning test is finished")
    return replace(test, asked=with_answer(test.asked, item_id, outcome))


def result(test: PositioningTest) -> PositioningResult:
    theta, se = ability(test.asked)
    return PositioningResult(
        competence=test.competence,
        theta=theta,
        standard_error=se,
        level=level_of_theta(theta),
        pix=pix_of_theta(theta),
        answers=len(answered(scored(test.asked))),
    )
