"""The SE floor a bank's discriminations set on positioning (positioning_simulation.se_floor)
and what ``simulate --positioning`` prints about it."""

from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from assessment.pool import ItemPool
from assessment.positioning_simulation import oracle_se, se_floor
from assessment.types import ItemParams
from certinum.cli import cli

LEVEL_B = [(lv - 4.5) * 0.75 for lv in range(1, 9)]


def _pool(a: float, tubes: int = 40, per_tube: int = 2) -> ItemPool:
    items = [
        ItemParams(f"t{t}-{k}", "1.1", f"t{t}", a, LEVEL_B[t % 8])
        for t in range(tubes)
        for k in range(per_tube)
    ]
    return ItemPool.from_items(items)


def test_floor_with_a_equal_1_is_above_the_target() -> None:
    assert se_floor(_pool(1.0), 20) == pytest.approx(1 / np.sqrt(1 + 20 * 0.25))
    assert se_floor(_pool(1.0), 20) > 0.40
    assert se_floor(_pool(1.2), 20) < 0.40


def test_floor_counts_one_item_per_tube() -> None:
    # 5 tubes: whatever the length, a test holds 5 items at most
    assert se_floor(_pool(1.5, tubes=5, per_tube=6), 20) == pytest.approx(
        1 / np.sqrt(1 + 5 * 1.5**2 / 4)
    )


def test_no_posterior_goes_below_the_floor() -> None:
    pool = _pool(1.0)
    sd = oracle_se(pool, np.linspace(-2, 2, 30), 20, np.random.default_rng(4))
    # the grid (step 0.1) may round the SD by far less than 0.005
    assert sd.min() >= se_floor(pool, 20) - 0.005


def _csv(tmp_path: Path, a: float) -> Path:
    rows = ["id,competence,discrimination,difficulty,tube"]
    for c in ("1.1", "2.1"):
        for t in range(24):
            rows.append(f"{c}-{t},{c},{a},{LEVEL_B[t % 8]},{c}-{t}")
    path = tmp_path / f"bank-{a}.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_simulate_positioning_says_when_the_target_is_out_of_reach(tmp_path: Path) -> None:
    args = ["assessment", "simulate", "--positioning", "--candidates", "6", "--bank"]
    flat = CliRunner().invoke(cli, [*args, str(_csv(tmp_path, 1.0))])
    assert flat.exit_code == 0, flat.output
    assert "target 90% in every competence: NOT met" in flat.output
    assert "out of reach in 2 of 2 competences" in flat.output and "0.408" in flat.output
    steep = CliRunner().invoke(cli, [*args, str(_csv(tmp_path, 1.8)), "--json"])
    assert steep.exit_code == 0, steep.output
    assert '"out_of_reach": []' in steep.output
