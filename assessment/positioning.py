"""Positioning test of one competence: adaptive, stops on precision or length.

The same selection as certification (:func:`assessment.selection.select_next`, batch of one),
restricted to the competence's items, with the tube rule, the exposure cap and earlier items
excluded; the coverage and consecutive-competence rules do not apply to a single competence.
The test stops when the standard error (posterior SD) is at most ``se_target`` or after
``max_items``, or when no item is left. The result is the competence level (0–8) and pix
(0–64, finer than 8 per level, see :mod:`assessment.scoring`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

import numpy as np

from assessment.adaptive import (
    AskedItem,
    NoItemLeftError,
    Outcome,
    TestEndedError,
    ability,
    answered,
    choose_item,
    with_answer,
)
from assessment.pool import ExposureCounts, ItemPool
from assessment.scoring import level_of_theta, pix_of_theta
from assessment.selection import SelectionRules
from assessment.types import ItemParams

DEFAULT_SE_TARGET = 0.40
DEFAULT_MAX_ITEMS = 20


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
        )

    @property
    def finished(self) -> bool:
        if self.exhausted or len(answered(self.asked)) >= self.max_items:
            return True
        if self.asked and self.asked[-1].outcome is None:
            return False
        return bool(self.asked) and ability(self.asked)[1] <= self.se_target


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
    """The items of one competence (build once per competence and reuse)."""
    return ItemPool.from_items(it for it in pool.items if it.competence == competence)


def next_item(
    test: PositioningTest,
    pool: ItemPool,
    exposure: ExposureCounts,
    rng: np.random.Generator,
) -> tuple[PositioningTest, ItemParams | None]:
    """The pending or next item; ``None`` (and a finished test) when the test is over.

    ``pool`` and ``exposure`` are those of the competence (:func:`competence_pool`).
    """
    if test.asked and test.asked[-1].outcome is None:
        return test, test.asked[-1].params
    if test.finished:
        return test, None
    try:
        item = choose_item(pool, test.asked, test.seen_item_ids, test.rules, exposure, rng)
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
        answers=len(answered(test.asked)),
    )
