"""What a one-candidate adaptive test records, shared by positioning and certification.

A test records, for every item asked, its id, version and the exact parameters used, and the
outcome; the ability can therefore be recomputed exactly after recalibration (DESIGN, "Across
the whole service": items are versioned). States are immutable: an operation returns a new
state or raises a typed error, so a rejected operation never changes anything.

Error tree::

    TestError
    ├── ItemNotAskedError      answer to an item that is not the pending one
    ├── AlreadyAnsweredError   second answer to the same item
    ├── TestEndedError         any operation after the end of the test
    ├── NotCertifiableError    certification refused by the positioning profile
    └── NoItemLeftError        the pool has no eligible item for this candidate
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from assessment.irt import FloatArray, estimate, log_likelihood_on_grid
from assessment.pool import ExposureCounts, ItemPool
from assessment.selection import Progress, SelectionError, SelectionRules, select_next
from assessment.types import ItemParams


class TestError(Exception):
    """Base of the adaptive-test errors; the state is left unchanged."""

    __test__ = False  # not a pytest class


class ItemNotAskedError(TestError):
    """An answer to an item that was not asked (or not the pending one)."""


class AlreadyAnsweredError(TestError):
    """A second answer to the same item."""


class TestEndedError(TestError):
    """An operation on a test that has ended."""

    __test__ = False


class NotCertifiableError(TestError):
    """The positioning profile does not allow a certification."""


class NoItemLeftError(TestError):
    """No eligible item is left for this candidate."""


class Outcome(enum.Enum):
    """How an item was answered; skipped and timed-out items are scored as wrong."""

    CORRECT = "correct"
    WRONG = "wrong"
    SKIPPED = "skipped"
    TIMED_OUT = "timed_out"

    @property
    def is_correct(self) -> bool:
        return self is Outcome.CORRECT


@dataclass(frozen=True, slots=True)
class AskedItem:
    """One item as asked: the parameters used and the outcome (``None`` while pending)."""

    params: ItemParams
    outcome: Outcome | None = None


def answered(asked: Iterable[AskedItem]) -> list[AskedItem]:
    return [x for x in asked if x.outcome is not None]


def ability(asked: Sequence[AskedItem]) -> tuple[float, float]:
    """EAP θ and SE from the recorded parameters and outcomes (pending items ignored)."""
    done = answered(asked)
    return estimate(
        [x.params.discrimination for x in done],
        [x.params.difficulty for x in done],
        [x.outcome is not None and x.outcome.is_correct for x in done],
    )


def progress_of(pool: ItemPool, asked: Sequence[AskedItem], seen: Iterable[str]) -> Progress:
    """Rebuild the selection state of one candidate from its record (O(items × grid))."""
    progress = Progress.start(pool, 1, seen=[pool.indices(seen)])
    for x in asked:
        idx = pool.index_of.get(x.params.id, -1)
        correct = x.outcome is not None and x.outcome.is_correct
        ll: FloatArray = (
            log_likelihood_on_grid(x.params.discrimination, x.params.difficulty, correct)
            if x.outcome is not None
            else np.zeros((1, progress.log_posterior.shape[1]))
        )
        if idx >= 0:
            progress.record(pool, np.array([idx], dtype=np.int64), ll)
        else:  # item retired from the pool since: still counts for the estimate
            progress.log_posterior += ll
            progress.n_given += 1
    return progress


def choose_item(
    pool: ItemPool,
    asked: Sequence[AskedItem],
    seen: Iterable[str],
    rules: SelectionRules,
    exposure: ExposureCounts,
    rng: np.random.Generator,
) -> ItemParams:
    """The next item for one candidate: the batch selection with a batch of one."""
    progress = progress_of(pool, asked, seen)
    try:
        idx = int(select_next(pool, progress, rules, exposure, rng)[0])
    except SelectionError as exc:
        raise NoItemLeftError(str(exc)) from exc
    if idx < 0:
        raise NoItemLeftError("the test has reached its length")
    exposure.record_given([idx])
    return pool.items[idx]


def with_answer(
    asked: tuple[AskedItem, ...], item_id: str, outcome: Outcome
) -> tuple[AskedItem, ...]:
    """The record with the pending item answered, or a typed error."""
    for x in asked:
        if x.params.id == item_id and x.outcome is not None:
            raise AlreadyAnsweredError(f"item {item_id!r} was already answered")
    if not asked or asked[-1].params.id != item_id:
        raise ItemNotAskedError(f"item {item_id!r} is not the item being asked")
    return (*asked[:-1], AskedItem(asked[-1].params, outcome))
