"""Positioning simulated per competence (``simulate --positioning``) and its oracle."""

import json
from pathlib import Path

import numpy as np
from click.testing import CliRunner

from assessment.pool import ItemPool
from assessment.positioning_simulation import oracle_se, simulate_positioning
from assessment.types import ItemParams
from certinum.cli import cli

LEVEL_B = [(lv - 4.5) * 0.75 for lv in range(1, 9)]


def _bank(a: float, families_per_level: int = 6, variants: int = 3) -> ItemPool:
    """One competence (1.1) shaped like the shipped bank: families at each level 1–8, each its
    own tube, variants mutual enemies; every item of discrimination ``a``."""
    items, enemies = [], {}
    for lv, b in enumerate(LEVEL_B, start=1):
        for f in range(families_per_level):
            ids = [f"l{lv}-f{f}-v{v}" for v in range(variants)]
            for i in ids:
                items.append(ItemParams(i, "1.1", f"l{lv}-f{f}", a, b))
                enemies[i] = [x for x in ids if x != i]
    return ItemPool.from_items(items, enemies=enemies)


def test_engine_reaches_the_target_when_the_bank_allows_it() -> None:
    run = simulate_positioning(_bank(1.6), "1.1", np.random.default_rng(0), candidates=60)
    assert run.oracle_reached >= 0.9
    assert run.reached >= 0.9
    assert run.mean_items <= 20
    assert run.exhausted == 0.0


def test_no_selection_can_reach_se_040_in_20_items_with_a_equal_1() -> None:
    # a = 1 (the provisional parameters): each item gives at most 0.25 of information, so
    # 20 items and the N(0, 1) prior leave a posterior SD of about 0.41 at best
    run = simulate_positioning(_bank(1.0, 12), "1.1", np.random.default_rng(1), candidates=40)
    assert run.oracle_reached == 0.0
    assert run.reached == 0.0
    assert run.median_final_se > 0.40


def test_oracle_respects_tubes_and_enemies() -> None:
    pool = _bank(1.0, families_per_level=1)  # 8 families: at most 8 items per test
    sd = oracle_se(pool, np.array([0.0, 1.5]), 20, np.random.default_rng(2))
    assert sd.shape == (2, 20)
    assert (np.diff(sd[:, :8], axis=1) < 0).all()  # each item given lowers the SD
    assert (sd[:, 8:] == sd[:, 7:8]).all()  # no ninth item: tubes are spent


def test_exhausted_competence_is_reported() -> None:
    run = simulate_positioning(_bank(1.0, 1, 2), "1.1", np.random.default_rng(3), candidates=5)
    assert run.exhausted == 1.0
    assert run.mean_items == 8.0


def test_simulate_positioning_cli(tmp_path: Path) -> None:
    bank = tmp_path / "bank.csv"
    rows = ["id,competence,discrimination,difficulty,tube"]
    for c in ("1.1", "2.1"):
        for lv, b in enumerate(LEVEL_B):
            for f in range(4):
                rows.append(f"{c}-{lv}-{f},{c},1.5,{b},{c}-{lv}-{f}")
    bank.write_text("\n".join(rows) + "\n", encoding="utf-8")
    args = ["assessment", "simulate", "--bank", str(bank), "--positioning", "--candidates", "8"]
    result = CliRunner().invoke(cli, [*args, "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["theta"] == "uniform in [-2, 2]"
    assert set(out["competences"]) == {"1.1", "2.1"}
    assert out["worst_reached"] == min(r["reached"] for r in out["competences"].values())
    text = CliRunner().invoke(cli, args)
    assert text.exit_code == 0
    assert "oracle" in text.output and "2.1" in text.output
