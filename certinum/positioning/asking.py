"""Asking the engine's next question of an attempt, or finishing it: shared by the start of
an attempt and by every answer (:mod:`certinum.positioning.service`)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np
from sqlalchemy import Row

from assessment import positioning
from assessment.adaptive import answered
from assessment.pool import ExposureCounts
from certinum.positioning import statements as sql
from certinum.positioning.catalogue import Catalogue
from certinum.positioning.exposure import Db, read_counts, read_exposure, record_shown
from certinum.positioning.state import to_json
from certinum.positioning.tables import FINISHED
from certinum.positioning.views import drawn_order

REFERENCE_BYTES = 12  # 96 random bits, 16 characters of base64url


@dataclass(frozen=True, slots=True)
class Asked:
    """The question just asked: what :func:`current_question` reads back until it is
    answered."""

    position: int
    reference: str
    item_id: str
    proposal_order: list[int]


def _pretest_plan(
    session: Db, catalogue: Catalogue, test: positioning.PositioningTest
) -> positioning.PretestPlan | None:
    """The competence's pretest items with the times each was shown (one query), only when
    the next item is a pretest item (:func:`positioning.pretest_due`: about 1 in 10)."""
    items = catalogue.pretest.get(test.competence)
    if not items or (test.asked and test.asked[-1].outcome is None):
        return None
    pretest_given = sum(1 for x in test.asked if x.pretest)
    if not positioning.pretest_due(len(test.asked) - pretest_given, pretest_given):
        return None
    shown = read_counts(session, tuple(it.id for it in items))
    return positioning.PretestPlan(items, shown, enemies=catalogue.bank.enemies)


def ask_next(
    session: Db,
    catalogue: Catalogue,
    attempt_id: int,
    test: positioning.PositioningTest,
    now: datetime,
    exposure: ExposureCounts | None = None,
) -> tuple[positioning.PositioningResult | None, Asked | None, Row[Any]]:
    """Ask the engine's next item (stored, its exposure counted), or finish the attempt and
    return its result. Plain SQL statements built once (:mod:`.statements`), not the ORM's
    unit of work: this runs at every answer and the statements are known. Also returns the
    question asked (None when finished) and the attempt's summary row as written."""
    pool = catalogue.pools[test.competence]
    if exposure is None:
        exposure = read_exposure(session, pool, test.competence)
    plan = _pretest_plan(session, catalogue, test)
    test, item = positioning.next_item(test, pool, exposure, np.random.default_rng(), pretest=plan)
    values: dict[str, Any] = {
        "p_attempt": attempt_id,
        "engine_state": to_json(test),
        "answers": len(answered(test.asked)),
        "updated_at": now,
    }
    result = asked = None
    if item is None:
        result = positioning.result(test)
        values |= {
            "state": FINISHED,
            "finished_at": now,
            "theta": result.theta,
            "standard_error": result.standard_error,
            "level": result.level,
            "pix": result.pix,
        }
    else:
        order = drawn_order(catalogue.bank.get(item.id))
        asked = Asked(len(test.asked), secrets.token_urlsafe(REFERENCE_BYTES), item.id, order)
        session.execute(
            sql.ASK_QUESTION,
            {
                "attempt_id": attempt_id,
                "position": asked.position,
                "item_id": item.id,
                "item_version": item.version,
                "reference": asked.reference,
                "proposal_order": order,
                "asked_at": now,
            },
        )
    row = session.execute(sql.ADVANCE_ATTEMPT, values).one()
    if item is not None:  # last: the item's row is shared, its lock is held until the commit
        record_shown(session, item)
    return result, asked, row
