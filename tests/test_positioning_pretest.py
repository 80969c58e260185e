"""What the engine offers, wired into the positioning service: enemies never share a test,
and pretest items (unscored, being calibrated) are carried about 1 in 10, their answers
stored, without changing the result (SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import yaml
from bankfiles import SINGLE, family, write_file
from sqlalchemy import select

from assessment import positioning
from assessment.bank import load_bank
from certinum.positioning.catalogue import Catalogue
from certinum.positioning.simulate import take_test
from certinum.positioning.state import from_json
from certinum.positioning.tables import PositioningAttempt, PositioningQuestion
from certinum.runtime import Runtime

SCORED = [f"f-1.1-0e0e0e{k:02d}" for k in range(8)]
PRETEST = "f-1.1-0e0e0eff"


def _bank(directory: Path) -> Catalogue:
    """1.1: eight calibrated families (the first two declared enemies) and one provisional
    family, the pretest item; a competence counts as calibrated from 8 items here."""
    families = [
        family(SINGLE, fid, tube=f"test-tube-{k}", level=1 + k % 7)
        for k, fid in enumerate([*SCORED, PRETEST])
    ]
    families[0]["enemies"] = [SCORED[1]]
    write_file(directory, "1.1.yaml", families, "1.1")
    versions = {
        fid: [
            {"version": 1, "discrimination": 1.2, "difficulty": -1.5 + 0.4 * k,
             "status": "calibrated", "source": "test"}
        ]
        for k, fid in enumerate(SCORED)
    }  # fmt: skip
    (directory / "irt.yaml").write_text(
        yaml.safe_dump({"format": 2, "items": versions}), encoding="utf-8"
    )
    return Catalogue(load_bank(directory), min_calibrated=8)


def test_the_catalogue_splits_scored_and_pretest_items(tmp_path: Path) -> None:
    catalogue = _bank(tmp_path)
    assert sorted(it.id for it in catalogue.pools["1.1"].items) == SCORED
    assert [it.id for it in catalogue.pretest["1.1"]] == [PRETEST]
    wholly_provisional = Catalogue(catalogue.bank, min_calibrated=9)
    assert len(wholly_provisional.pools["1.1"].items) == 9 and not wholly_provisional.pretest


@pytest.mark.parametrize("seed", [1, 2])
def test_enemies_never_share_a_test_and_pretest_items_are_stored_unscored(
    service: Runtime, tmp_path: Path, seed: int
) -> None:
    catalogue = _bank(tmp_path)
    rng = np.random.default_rng(seed)
    run = take_test(service, f"cand-{seed}", "1.1", 0.0, rng, catalogue=catalogue)
    with service.sessions() as db:
        rows = db.execute(
            select(PositioningQuestion.item_id, PositioningQuestion.correct)
            .where(PositioningQuestion.attempt_id == run.attempt.id)
            .order_by(PositioningQuestion.position)
        ).all()
        state = from_json(db.get(PositioningAttempt, run.attempt.id).engine_state)  # type: ignore[union-attr]
    asked = [r.item_id for r in rows]
    assert not {SCORED[0], SCORED[1]} <= set(asked)  # declared enemies: one of them at most
    assert len(asked) == 8  # seven scored (the bank's eight, less an enemy) and the pretest item
    assert asked[4] == PRETEST  # the 5th item: 1 in 10, rounded, once an item is scored
    assert all(r.correct is not None for r in rows)  # every answer stored, the pretest one too
    assert [x.params.id for x in state.asked if x.pretest] == [PRETEST]
    scored_only = positioning.result(state)
    assert scored_only.answers == 7 and run.attempt.level == scored_only.level
