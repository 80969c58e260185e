"""The simulate and calibrate commands (certinum assessment …) through click's CliRunner."""

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from assessment import certification as cert
from assessment.adaptive import Outcome
from assessment.framework import COMPETENCE_CODES
from assessment.irt import probability
from assessment.pool import ExposureCounts, ItemPool
from assessment.selection import SelectionRules
from assessment.simulation import read_bank_csv, simulate, sit_tests
from assessment.types import ItemParams
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


# --- the batch path is the service path -------------------------------------------------------

PROFILE = dict.fromkeys(COMPETENCE_CODES, 2)
EQUIVALENCE_RULES = {
    "cap": SelectionRules(length=32, max_per_competence=3, exposure_max=0.25),
    "cap-and-ceiling": SelectionRules(
        length=32, max_per_competence=3, exposure_max=0.25, discrimination_ceiling=1.0
    ),
    "randomesque": SelectionRules(length=32, max_per_competence=3, exposure_max=0.3, top_k=4),
    "spread-and-fresh": SelectionRules(
        length=32,
        max_per_competence=3,
        exposure_max=0.25,
        discrimination_ceiling=1.0,
        spread=0.02,
        fresh=0.3,
    ),
}


def _bank_pool(per_comp: int = 12) -> ItemPool:
    rng = np.random.default_rng(11)
    return ItemPool.from_items(
        ItemParams(f"{c}-{k}", c, f"t{k // 2}", float(rng.lognormal(0, 0.3)), float(rng.normal()))
        for c in COMPETENCE_CODES
        for k in range(per_comp)
    )


def _service_reference(
    pool: ItemPool, thetas: np.ndarray, rules: SelectionRules, seed: int, session: int
) -> tuple[list[cert.CertificationTest], ExposureCounts]:
    """What the service does: one-candidate calls, concurrent candidates served in turn.

    The same random streams as :func:`sit_tests` documents: answers from the first child of
    the seed's generator (drawn up front), selection draws from the second.
    """
    n, length = thetas.shape[0], rules.length
    answer_rng, select_rng = np.random.default_rng(seed).spawn(2)
    uniforms = answer_rng.random((n, length))
    exposure = ExposureCounts.empty(pool)
    tests: list[cert.CertificationTest] = []
    for first in range(0, n, session):
        group = range(first, min(first + session, n))
        tests += [cert.start(PROFILE, exposure, rules=rules) for _ in group]
        for step in range(length):
            for i in group:
                test, item = cert.next_item(tests[i], pool, exposure, select_rng)
                p = probability(thetas[i], item.discrimination, item.difficulty)
                outcome = Outcome.CORRECT if uniforms[i, step] < p else Outcome.WRONG
                tests[i] = cert.answer(test, item.id, outcome)
    return tests, exposure


@pytest.mark.parametrize("name", sorted(EQUIVALENCE_RULES))
def test_batch_path_gives_exactly_what_the_service_gives(name: str) -> None:
    rules = EQUIVALENCE_RULES[name]
    pool = _bank_pool()
    thetas = np.random.default_rng(4).normal(size=24)
    run = sit_tests(pool, thetas, rules, np.random.default_rng(7), session=12, cohort=5)
    tests, exposure = _service_reference(pool, thetas, rules, seed=7, session=12)
    assert exposure.tests == run.exposure.tests == 24
    # the cap really binds in this scenario, so the order of service matters
    assert exposure.counts.max() >= 0.25 * 12
    for i, test in enumerate(tests):
        assert test.status is cert.TestStatus.COMPLETED
        assert [pool.index_of[x.params.id] for x in test.asked] == run.items[i].tolist()
        assert [x.outcome is Outcome.CORRECT for x in test.asked] == run.correct[i].tolist()
        res = cert.result(test)
        assert res is not None
        # bit for bit: the score the service computes is the simulation's estimate
        assert res.theta == run.estimates[32][i]
        assert res.standard_error == run.standard_errors[32][i]
    assert exposure.counts.tolist() == run.exposure.counts.tolist()


@pytest.mark.parametrize("name", sorted(EQUIVALENCE_RULES))
def test_cohort_is_only_a_computation_batch(name: str) -> None:
    rules = EQUIVALENCE_RULES[name]
    pool = _bank_pool()
    thetas = np.random.default_rng(5).normal(size=40)
    runs = [
        sit_tests(pool, thetas, rules, np.random.default_rng(3), session=20, cohort=c)
        for c in (1, 3, 20, 64)
    ]
    for other in runs[1:]:
        assert np.array_equal(other.items, runs[0].items)
        assert np.array_equal(other.correct, runs[0].correct)
        for p, est in runs[0].estimates.items():
            assert np.array_equal(other.estimates[p], est)
        assert np.array_equal(other.exposure.counts, runs[0].exposure.counts)


def test_session_is_part_of_the_scenario() -> None:
    pool = _bank_pool()
    rules = EQUIVALENCE_RULES["cap"]
    thetas = np.random.default_rng(6).normal(size=40)
    together = sit_tests(pool, thetas, rules, np.random.default_rng(3), session=None)
    apart = sit_tests(pool, thetas, rules, np.random.default_rng(3), session=10)
    # the running cap is counted on the candidates started so far: 10 at first, not 40
    assert together.exposure.counts.max() <= 10
    assert apart.exposure.counts.max() <= 10
    assert not np.array_equal(together.items, apart.items)


def test_simulate_cohort_option_cannot_change_the_figures(tmp_path: Path) -> None:
    bank = write_bank(tmp_path / "bank.csv", tube=True)
    base = ["assessment", "simulate", "--bank", str(bank), "--examinees", "60", "--json"]
    outs = [
        json.loads(CliRunner().invoke(cli, [*base, "--session", "30", "--cohort", c]).output)
        for c in ("1", "7", "250")
    ]
    for out in outs[1:]:
        out.pop("seconds")
        assert out == {k: v for k, v in outs[0].items() if k != "seconds"}
    assert outs[0]["session"] == 30
