"""A candidate's positioning data in their account's export, and gone at erasure, while the
exposure counts (nobody's data) stay (SQLite and PostgreSQL)."""

from __future__ import annotations

import numpy as np
from accounts_helpers import add_account
from sqlalchemy import func, select

from certinum.accounts.area import AccountsArea
from certinum.accounts.personal import erase, export
from certinum.positioning.service import candidate_id, start_attempt
from certinum.positioning.simulate import take_test
from certinum.positioning.tables import (
    ItemExposure,
    PositioningAttempt,
    PositioningQuestion,
    PositioningStarts,
)


def _counts(area: AccountsArea) -> tuple[int, int, int, int]:
    with area.runtime.sessions() as db:
        return (
            int(db.scalar(select(func.count()).select_from(PositioningAttempt)) or 0),
            int(db.scalar(select(func.count()).select_from(PositioningQuestion)) or 0),
            int(db.scalar(select(func.sum(ItemExposure.count))) or 0),
            int(db.scalar(select(func.sum(PositioningStarts.count))) or 0),
        )


def test_export_holds_the_attempts_and_erasure_deletes_them(area: AccountsArea) -> None:
    ana, ben = (
        add_account(area, "ana", ("candidate", "")),
        add_account(area, "ben", ("candidate", "")),
    )
    rng = np.random.default_rng(3)
    finished = take_test(area.runtime, candidate_id(ana), "1.1", 0.5, rng)
    start_attempt(area.runtime, candidate_id(ana), "2.1")  # one left open
    take_test(area.runtime, candidate_id(ben), "1.1", 0.0, rng)

    exported = export(area, ana)["positioningAttempts"]
    assert [(a["competence"], a["state"]) for a in exported] == [
        ("1.1", "finished"),
        ("2.1", "open"),
    ]
    first = exported[0]
    assert (
        first["level"] == finished.attempt.level and len(first["questions"]) == finished.questions
    )
    assert all(q["answeredAt"] and q["correct"] in (True, False) for q in first["questions"])
    assert exported[1]["questions"][0]["answer"] is None  # asked, not answered yet

    attempts, questions, shown, started = _counts(area)
    assert erase(area, ana, actor="test") is True
    after = _counts(area)
    assert after[0] == attempts - 2 and after[1] == questions - finished.questions - 1
    assert after[2:] == (shown, started)  # exposure counts are nobody's: they stay
    with area.runtime.sessions() as db:
        owners = set(db.scalars(select(PositioningAttempt.candidate_id)))
    assert owners == {candidate_id(ben)}
    assert export(area, ana)["positioningAttempts"] == []
