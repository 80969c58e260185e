"""The pretest design simulated (assessment.pretesting, ``simulate --pretest``)."""

import json
from pathlib import Path

import numpy as np
from click.testing import CliRunner

from assessment.pool import ItemPool
from assessment.pretesting import simulate_pretest
from assessment.types import ItemParams
from certinum.cli import cli

LEVEL_B = [(lv - 4.5) * 0.75 for lv in range(1, 9)]


def _pool() -> ItemPool:
    return ItemPool.from_items(
        ItemParams(f"t{t}", "1.1", f"t{t}", 1.0, LEVEL_B[t % 8]) for t in range(40)
    )


def test_pretest_run_recovers_b_near_its_bound() -> None:
    run = simulate_pretest(_pool(), "1.1", np.random.default_rng(3), n_pretest=12, responses=300)
    assert run.scored_items == 12 and run.responses_per_item == 300
    assert run.candidates >= 12 * 300 // 2  # at most 2 pretest items in a 20-item test
    # the calibration comes close to what known θ would allow, and its SE says so (12 items:
    # an RMSE from 12 errors, hence the wide margins)
    assert 0.1 < run.b_bound < 0.3 and run.b_rmse < 1.5 * run.b_bound
    assert run.b_rmse < 1.5 * run.b_se and run.b_covered >= 0.75


def test_simulate_pretest_cli_reports_the_target(tmp_path: Path) -> None:
    bank = tmp_path / "bank.csv"
    rows = ["id,competence,discrimination,difficulty,tube"]
    rows += [f"i{t},1.1,1.0,{LEVEL_B[t % 8]},t{t}" for t in range(30)]
    bank.write_text("\n".join(rows) + "\n", encoding="utf-8")
    args = ["assessment", "simulate", "--bank", str(bank), "--pretest", "--json"]
    args += ["--pretest-items", "3", "--responses", "60", "--seeds", "2"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["b_rmse_target"] == 0.15
    assert out["target_met"] == (out["b_rmse"] <= 0.15)
    assert len(out["b_rmse_by_seed"]) == 2 and out["b_bound_known_theta"] > 0
