"""The certification test's engine state as JSON and the whole bank as one item pool.

* The state (:func:`to_json`, :func:`from_json`) holds every asked item with its version and
  the 2PL parameters used, and its outcome, so a test resumes exactly where it stopped. Each
  asked item is written and read by :mod:`certinum.positioning.state`'s functions, so both
  areas store the same shape.
* :func:`certification_pool`: the current version of every served item, with the bank's
  enemies (:meth:`assessment.pool.ItemPool.from_items`), built once per catalogue.
* :class:`TestView` (a test as its candidate sees it), :func:`deadline` (105 minutes × (1 +
  extra time %)), :func:`end_values` (the columns of an ended test, with its result when the
  engine gives one), :func:`time_up` (the state of a test whose time is up) and
  :func:`ended_by_finalisation` (the state of a test ended by its session's finalisation).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from assessment import certification as engine
from assessment.adaptive import AskedItem, Outcome
from assessment.certification import AbortReason, CertificationTest, TestStatus
from assessment.pool import ItemPool
from assessment.types import ItemParams
from certinum.certification.tables import CertificationTestRow
from certinum.positioning.catalogue import Catalogue
from certinum.positioning.state import asked_from_json, asked_to_json
from certinum.runtime import iso_utc

TEST_MINUTES = 105
_POOLS: dict[int, tuple[Catalogue, ItemPool]] = {}


def certification_pool(catalogue: Catalogue) -> ItemPool:
    """Every served item at its current version, with the bank's enemies (cached)."""
    found = _POOLS.get(id(catalogue))
    if found is not None and found[0] is catalogue:
        return found[1]
    bank = catalogue.bank
    pool = ItemPool.from_items(bank.item_params(), enemies=bank.enemies)
    _POOLS[id(catalogue)] = (catalogue, pool)
    return pool


def params_json(p: ItemParams) -> dict[str, Any]:
    """What ``cert_answers.parameters`` holds: the parameters the item was asked with."""
    return {
        "competence": p.competence,
        "tube": p.tube,
        "discrimination": p.discrimination,
        "difficulty": p.difficulty,
    }


def to_json(test: CertificationTest) -> dict[str, Any]:
    return {
        "asked": [asked_to_json(x) for x in test.asked],
        "seen_item_ids": sorted(test.seen_item_ids),
        "status": test.status.value,
        "abort_reason": None if test.abort_reason is None else test.abort_reason.value,
    }


def from_json(data: dict[str, Any]) -> CertificationTest:
    reason = data.get("abort_reason")
    return CertificationTest(
        asked=tuple(asked_from_json(x) for x in data["asked"]),
        seen_item_ids=frozenset(str(i) for i in data["seen_item_ids"]),
        status=TestStatus(data["status"]),
        abort_reason=None if reason is None else AbortReason(reason),
    )


@dataclass(frozen=True, slots=True)
class TestView:
    """A test as its candidate sees it (no score: results are published after the jury)."""

    __test__ = False
    id: int
    enrolment_id: int
    status: str
    answers: int
    deadline_at: datetime
    seconds_left: int

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "enrolment": self.enrolment_id,
            "status": self.status,
            "answers": self.answers,
            "deadline": iso_utc(self.deadline_at),
            "secondsLeft": self.seconds_left,
        }


def utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def deadline(started: datetime, extra_time_percent: int) -> datetime:
    """105 minutes × (1 + extra time %)."""
    return started + timedelta(minutes=TEST_MINUTES * (1 + extra_time_percent / 100))


def view_of(row: CertificationTestRow, now: datetime) -> TestView:
    test = from_json(row.engine_state)
    left = (utc(row.deadline_at) - now).total_seconds() if row.status == "started" else 0
    return TestView(
        row.id, row.enrolment_id, row.status, engine.answers_given(test), row.deadline_at,
        max(0, int(left)),
    )  # fmt: skip


def end_values(test: engine.CertificationTest, now: datetime) -> dict[str, Any]:
    """The columns of an ended test: its status, end and, when it gives one, its result."""
    result = engine.result(test)
    values: dict[str, Any] = {
        "status": test.status.value,
        "abort_reason": None if test.abort_reason is None else test.abort_reason.value,
        "ended_at": now,
        "engine_state": to_json(test),
    }
    if result is not None:
        values |= {"theta": result.theta, "score": result.score, "levels": result.competence_levels}
    return values


def ended_by_finalisation(
    test: engine.CertificationTest, reason: AbortReason | None
) -> engine.CertificationTest:
    """Ended by the session's finalisation with the centre's (or the invigilator's) abort
    reason; the question shown but unanswered is timed out."""
    if not test.ended:
        test = engine.end_by_finalization(test)
    return replace(test, status=TestStatus.ENDED_BY_FINALIZATION, abort_reason=reason)


def time_up(test: engine.CertificationTest) -> engine.CertificationTest:
    """Completed with what was answered; the question shown at the deadline is timed out."""
    asked = test.asked
    if test.pending is not None:
        asked = (*asked[:-1], AskedItem(asked[-1].params, Outcome.TIMED_OUT))
    return replace(test, asked=asked, status=engine.TestStatus.COMPLETED)
