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

from assessment.irt import FloatArray, estimate, log_likelihood_on_grid, log_posterior_of
from assessment.pool import ExposureCounts, ItemPool
from assessment.record import Record
from assessment.selection import Progress, SelectionError, SelectionRules
from assessment.single import select_one
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
    """One item as asked: the parameters used and the outcome (``None`` while pending).

    ``pretest``: an unscored item being calibrated; its answer is stored for calibration and
    changes neither the estimate, nor the length, nor the selection of the scored items.
    """

    params: ItemParams
    outcome: Outcome | None = None
    pretest: bool = False


def answered(asked: Iterable[AskedItem]) -> list[AskedItem]:
    return [x for x in asked if x.outcome is not None]


def scored(asked: Iterable[AskedItem]) -> list[AskedItem]:
    """The scored items (pretest items left out), pending included."""
    return [x for x in asked if not x.pretest]


def ability(asked: Sequence[AskedItem]) -> tuple[float, float]:
    """EAP θ and SE from the recorded parameters and outcomes (pending and pretest items
    ignored)."""
    done = answered(scored(asked))
    return estimate(
        [x.params.discrimination for x in done],
        [x.params.difficulty for x in done],
        [x.outcome is not None and x.outcome.is_correct for x in done],
    )


def progress_of(pool: ItemPool, asked: Sequence[AskedItem], seen: Iterable[str]) -> Progress:
    """Rebuild the batch selection state (one row) of one candidate from its record."""
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


def log_posterior(asked: Sequence[AskedItem]) -> FloatArray:
    """The log-posterior of the answered scored items, in order, shape ``(G,)`` (bit for bit
    the batch's, see :func:`assessment.irt.log_posterior_of`)."""
    done = answered(scored(asked))
    return log_posterior_of(
        [x.params.discrimination for x in done],
        [x.params.difficulty for x in done],
        [x.outcome is not None and x.outcome.is_correct for x in done],
    )


def choose_item(
    pool: ItemPool,
    asked: Sequence[AskedItem],
    seen: Iterable[str],
    rules: SelectionRules,
    exposure: ExposureCounts,
    rng: np.random.Generator,
    *,
    posterior: FloatArray | None = None,
    enemies_of: Iterable[str] = (),
) -> ItemParams:
    """The next item for one candidate: exactly what the batch selection gives a row.

    This is the service's path, called at every answer: it rebuilds only what the choice needs
    from the record (O(asked + items), no pass per asked item over the pool) and evaluates the
    same criterion and choice functions as :func:`assessment.selection.select_next` on a
    batch of one, so the two are item for item the same (tested). ``posterior`` may pass the
    log-posterior of ``asked`` when the caller has it already; ``enemies_of`` lists further
    given items (pretest items, outside the pool) whose enemies are out as well.
    """
    return pool.items[_choose(pool, asked, seen, rules, exposure, rng, posterior, enemies_of)]


def choose_recorded(
    pool: ItemPool,
    asked: Sequence[AskedItem],
    seen: Iterable[str],
    rules: SelectionRules,
    exposure: ExposureCounts,
    rng: np.random.Generator,
    record: Record | None,
) -> tuple[ItemParams, Record]:
    """:func:`choose_item` for a test that keeps its :class:`~assessment.single.Record`
    (``None`` or one of another pool: built from ``asked`` and ``seen``); returns the item and
    the record with the item given, so the next call does not read the record again."""
    if record is None or record.pool is not pool:
        record = Record(pool, asked, seen)
    idx = _choose(pool, asked, seen, rules, exposure, rng, None, (), record)
    return pool.items[idx], record.given_item(idx)


def _choose(
    pool: ItemPool,
    asked: Sequence[AskedItem],
    seen: Iterable[str],
    rules: SelectionRules,
    exposure: ExposureCounts,
    rng: np.random.Generator,
    posterior: FloatArray | None,
    enemies_of: Iterable[str],
    record: Record | None = None,
) -> int:
    try:
        idx = select_one(pool, asked, seen, rules, exposure, rng, posterior, enemies_of, record)
    except SelectionError as exc:
        raise NoItemLeftError(str(exc)) from exc
    if idx < 0:
        raise NoItemLeftError("the test has reached its length")
    exposure.record_one(idx)
    return idx


def with_answer(
    asked: tuple[AskedItem, ...], item_id: str, outcome: Outcome
) -> tuple[AskedItem, ...]:
    """The record with the pending item answered, or a typed error."""
    for x in asked:
        if x.outcome is not None and x.params.id == item_id:
            raise AlreadyAnsweredError(f"item {item_id!r} was already answered")
    if not asked or asked[-1].params.id != item_id:
        raise ItemNotAskedError(f"item {item_id!r} is not the item being asked")
    return (*asked[:-1], AskedItem(asked[-1].params, outcome, asked[-1].pretest))
