"""The simulate and calibrate commands (certinum assessment …) through click's CliRunner."""

import json
import shutil
from pathlib import Path

import numpy as np
from click.testing import CliRunner

from assessment.framework import COMPETENCE_CODES
from assessment.pool import ItemPool
from assessment.selection import SelectionRules
from assessment.simulation import read_bank_csv, simulate
from certinum.cli import cli


def write_bank(path: Path, per_comp: int = 10, tube: bool = False) -> Path:
    rng = np.random.default_rng(0)
    lines = ["id,competence,discrimination,difficulty" + (",tube" if tube else "")]
    for c in COMPETENCE_CODES:
        for k in range(per_comp):
            row = f"{c}-{k},{c},{rng.lognormal(0, 0.25):.3f},{rng.normal():.3f}"
            lines.append(row + (f",t{k // 2}" if tube else ""))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_simulate_json(tmp_path: Path) -> None:
    bank = write_bank(tmp_path / "bank.csv", tube=True)
    args = [
        "assessment",
        "simulate",
        "--bank",
        str(bank),
        "--examinees",
        "200",
        "--length",
        "32",
        "--seed",
        "3",
        "--json",
    ]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    for key in (
        "rmse",
        "bias",
        "mean_se",
        "max_exposure",
        "rmse_by_length",
        "competences_covered_min",
        "seconds",
    ):
        assert key in out
    assert set(out["rmse_by_length"]) == {"8", "16", "24", "32"}
    assert out["rmse_by_length"]["8"] > out["rmse_by_length"]["32"]
    assert 0.1 < out["rmse"] < 0.6 and abs(out["bias"]) < 0.15
    assert 0.1 < out["mean_se"] < 0.6
    assert out["max_exposure"] <= 0.25 + 1e-9
    assert out["competences_covered_min"] == 16
    again = json.loads(CliRunner().invoke(cli, args).output)
    assert again["rmse"] == out["rmse"], "same seed, same figures"


def test_simulate_rejects_bad_csv_with_line_numbers(tmp_path: Path) -> None:
    bank = tmp_path / "bad.csv"
    bank.write_text(
        "id,competence,discrimination,difficulty\n"
        "a,1.1,1.0,0.0\n"
        "b,9.9,1.0,0.0\n"
        "c,1.2,-1,0.0\n"
        "a,1.3,1.0,zero\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["assessment", "simulate", "--bank", str(bank), "--json"])
    assert result.exit_code == 2
    for frag in (
        "line 3",
        "unknown competence",
        "line 4",
        "> 0",
        "line 5",
        "duplicate",
        "not a number",
    ):
        assert frag in result.output


def test_engine_beats_random_selection(tmp_path: Path) -> None:
    pool = ItemPool.from_items(read_bank_csv(write_bank(tmp_path / "b.csv", 20).read_text()))
    thetas = np.random.default_rng(1).normal(size=300)
    engine = simulate(
        pool, thetas, SelectionRules(length=16, max_per_competence=2), np.random.default_rng(2)
    )
    rand = simulate(
        pool,
        thetas,
        SelectionRules(length=16, exposure_max=None, top_k=len(pool)),
        np.random.default_rng(2),
    )
    assert engine.rmse < rand.rmse


def test_calibrate_cli(tmp_path: Path) -> None:
    from assessment.bank import DEFAULT_DIRECTORY, load_bank

    bank_dir = tmp_path / "items"
    shutil.copytree(DEFAULT_DIRECTORY, bank_dir)
    params = load_bank(bank_dir).item_params()[:5]
    rng = np.random.default_rng(0)
    lines = ["candidate,item,correct"]
    for c in range(400):
        th = rng.normal()
        for p in params:
            ok = rng.random() < 1 / (1 + np.exp(p.discrimination * (p.difficulty - th)))
            lines.append(f"c{c},{p.id},{int(ok)}")
    csv_file = tmp_path / "r.csv"
    csv_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    runner = CliRunner()
    dry = runner.invoke(
        cli,
        ["assessment", "calibrate", str(csv_file), "--bank", str(bank_dir), "--dry-run", "--json"],
    )
    assert dry.exit_code == 0, dry.output
    assert all(it["new_version"] is None for it in json.loads(dry.output)["items"])
    assert load_bank(bank_dir).item_params()[:5] == params
    real = runner.invoke(
        cli, ["assessment", "calibrate", str(csv_file), "--bank", str(bank_dir), "--json"]
    )
    assert real.exit_code == 0, real.output
    assert all(
        it["new_version"] == p.version + 1
        for it, p in zip(json.loads(real.output)["items"], params, strict=True)
    )


def test_calibrate_bad_csv(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("candidate,item,correct\nc1,i1,yes\nc2,,1\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["assessment", "calibrate", str(bad), "--dry-run"])
    assert result.exit_code == 2
    assert "line 2" in result.output and "line 3" in result.output
