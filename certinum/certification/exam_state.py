"""The certification test's engine state as JSON, the whole bank as one item pool, and the
exposure counts it reads.

* The state (:func:`to_json`, :func:`from_json`) holds every asked item with its version and
  the 2PL parameters used, and its outcome, so a test resumes exactly where it stopped. The
  two item functions are copied from :mod:`certinum.positioning.state` (whose functions are
  private and whose state is the positioning test's), so both areas write the same shape.
* :func:`certification_pool`: the current version of every served item, with the bank's
  enemies (:meth:`assessment.pool.ItemPool.from_items`), built once per catalogue.
* :func:`read_exposure`: the counts of ``item_exposures`` (shared with positioning: an item
  shown in either adds one there, :func:`certinum.positioning.exposure.record_shown`) summed
  over versions, over the number of tests that could have shown items: positioning attempts
  started plus certification tests started (rows of ``cert_tests``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assessment.adaptive import AskedItem, Outcome
from assessment.certification import AbortReason, CertificationTest, TestStatus
from assessment.pool import ExposureCounts, ItemPool
from assessment.types import ItemParams
from certinum.certification.tables import CertificationTestRow
from certinum.positioning.catalogue import Catalogue
from certinum.positioning.tables import ItemExposure, PositioningStarts

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


def read_exposure(session: Session, pool: ItemPool) -> ExposureCounts:
    exposures = ItemExposure.__table__.c
    rows = session.execute(
        select(exposures.item_id, func.sum(exposures.count)).group_by(exposures.item_id)
    ).all()
    positioning = session.scalar(select(func.coalesce(func.sum(PositioningStarts.count), 0)))
    certification = session.scalar(select(func.count(CertificationTestRow.id)))
    tests = int(positioning or 0) + int(certification or 0)
    return ExposureCounts.from_mapping(pool, {str(r[0]): int(r[1]) for r in rows}, tests)


def params_json(p: ItemParams) -> dict[str, Any]:
    """What ``cert_answers.parameters`` holds: the parameters the item was asked with."""
    return {
        "competence": p.competence,
        "tube": p.tube,
        "discrimination": p.discrimination,
        "difficulty": p.difficulty,
    }


def _asked_to_json(item: AskedItem) -> dict[str, Any]:
    p = item.params
    return {
        "id": p.id,
        "version": p.version,
        **params_json(p),
        "outcome": None if item.outcome is None else item.outcome.value,
    }


def _asked_from_json(data: dict[str, Any]) -> AskedItem:
    params = ItemParams(
        id=str(data["id"]),
        competence=str(data["competence"]),
        tube=str(data["tube"]),
        discrimination=float(data["discrimination"]),
        difficulty=float(data["difficulty"]),
        version=int(data["version"]),
    )
    outcome = data["outcome"]
    return AskedItem(params, None if outcome is None else Outcome(outcome))


def to_json(test: CertificationTest) -> dict[str, Any]:
    return {
        "asked": [_asked_to_json(x) for x in test.asked],
        "seen_item_ids": sorted(test.seen_item_ids),
        "status": test.status.value,
        "abort_reason": None if test.abort_reason is None else test.abort_reason.value,
    }


def from_json(data: dict[str, Any]) -> CertificationTest:
    reason = data.get("abort_reason")
    return CertificationTest(
        asked=tuple(_asked_from_json(x) for x in data["asked"]),
        seen_item_ids=frozenset(str(i) for i in data["seen_item_ids"]),
        status=TestStatus(data["status"]),
        abort_reason=None if reason is None else AbortReason(reason),
    )
