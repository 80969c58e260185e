"""Enemies, pretest items, the arrivals scenario and the one-candidate path of the engine."""

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from assessment import certification as cert
from assessment import positioning as pos
from assessment.adaptive import Outcome, ability
from assessment.framework import COMPETENCE_CODES
from assessment.generated import generated_bank
from assessment.irt import probability
from assessment.pool import ExposureCounts, ItemPool
from assessment.pretest_calibration import calibrate_pretest
from assessment.simulation import arrival_sessions, sit_tests
from assessment.types import ItemParams
from certinum.cli import cli

PROFILE = dict.fromkeys(COMPETENCE_CODES, 2)


def _enemy_pool() -> ItemPool:
    """12 items per competence in families of 3 (mutual enemies, each its own tube), and
    one enemy pair across families: the most informative item at θ = 0 of each competence
    is the enemy of the second most informative one."""
    items, enemies = [], {}
    for c in COMPETENCE_CODES:
        for f in range(4):
            ids = [f"{c}-f{f}-v{v}" for v in range(3)]
            for v, i in enumerate(ids):
                items.append(ItemParams(i, c, i, 1.0 + 0.1 * v + 0.3 * (f == 0), 0.1 * f))
                enemies[i] = [x for x in ids if x != i]
        enemies[f"{c}-f0-v2"].append(f"{c}-f1-v2")
    return ItemPool.from_items(items, enemies=enemies)


def _enemy_pairs(pool: ItemPool, ids: list[str]) -> list[tuple[str, str]]:
    return [(a, b) for a in ids for b in ids if b in pool.enemy_ids.get(a, frozenset())]


def test_enemies_are_symmetric_and_indexed() -> None:
    pool = _enemy_pool()
    a, b = "1.1-f0-v2", "1.1-f1-v2"
    assert b in pool.enemy_ids[a] and a in pool.enemy_ids[b]
    assert pool.index_of[b] in pool.enemies[pool.index_of[a]]
    sub = pos.competence_pool(pool, "1.1")
    assert sub.index_of[b] in sub.enemies[sub.index_of[a]]


def test_certification_never_gives_two_enemies() -> None:
    pool = _enemy_pool()
    rng = np.random.default_rng(0)
    exposure = ExposureCounts.empty(pool)
    for k in range(30):
        test = cert.start(PROFILE, exposure)
        while test.status is cert.TestStatus.STARTED:
            test, item = cert.next_item(test, pool, exposure, rng)
            test = cert.answer(test, item.id, Outcome.CORRECT if k % 2 else Outcome.WRONG)
        ids = [x.params.id for x in test.asked]
        assert len(ids) == 32
        assert _enemy_pairs(pool, ids) == []
    # the batch path too
    run = sit_tests(pool, np.random.default_rng(1).normal(size=40), cert.CERTIFICATION_RULES, rng)
    for row in run.items:
        assert _enemy_pairs(pool, [pool.items[i].id for i in row]) == []


def test_positioning_never_gives_two_enemies() -> None:
    pool = pos.competence_pool(_enemy_pool(), "2.1")
    exposure = ExposureCounts.empty(pool)
    rng = np.random.default_rng(2)
    test = pos.start("2.1", exposure, max_items=12, se_target=0.0)
    while True:
        test, item = pos.next_item(test, pool, exposure, rng)
        if item is None:
            break
        test = pos.answer(test, item.id, Outcome.CORRECT)
    ids = [x.params.id for x in test.asked]
    # 4 families, one of them the enemy of another: at most 4 items, never two enemies
    assert 3 <= len(ids) <= 4 and test.exhausted
    assert _enemy_pairs(pool.subset(pool.items), ids) == []


def test_pretest_due_about_one_in_ten() -> None:
    seq, scored, pre = [], 0, 0
    for _ in range(30):
        if pos.pretest_due(scored, pre, 0.1):
            seq.append("p")
            pre += 1
        else:
            seq.append("s")
            scored += 1
    assert [i + 1 for i, x in enumerate(seq) if x == "p"] == [5, 15, 25]
    assert not pos.pretest_due(0, 0, 0.5) and not pos.pretest_due(9, 0, 0.0)


def test_choose_pretest_fewest_responses_and_no_enemy() -> None:
    items = [ItemParams(f"p{k}", "1.1", f"p{k}", 1.0, 0.0) for k in range(3)]
    plan = pos.PretestPlan(
        items, {"p0": 5, "p1": 2, "p2": 2}, enemies={"p1": frozenset({"x"}), "x": frozenset({"p1"})}
    )
    assert pos.choose_pretest(plan, []).id == "p1"
    assert pos.choose_pretest(plan, ["x"]).id == "p2"
    assert pos.choose_pretest(plan, ["x", "p2"]).id == "p0"
    assert pos.choose_pretest(plan, ["x", "p2", "p0"]) is None


def _positioning_run(plan: pos.PretestPlan | None, seed: int = 3) -> pos.PositioningTest:
    pool = pos.competence_pool(generated_bank(0), "3.1")
    exposure = ExposureCounts.empty(pool)
    rng = np.random.default_rng(seed)
    test = pos.start("3.1", exposure)
    k = 0
    while True:
        test, item = pos.next_item(test, pool, exposure, rng, pretest=plan)
        if item is None:
            return test
        k += 1
        test = pos.answer(test, item.id, Outcome.CORRECT if k % 3 else Outcome.WRONG)


def test_pretest_items_are_carried_unscored() -> None:
    items = [ItemParams(f"new-{k}", "3.1", f"new-{k}", 1.0, 0.0) for k in range(4)]
    with_pretest = _positioning_run(pos.PretestPlan(items, {"new-0": 1}))
    flags = [x.pretest for x in with_pretest.asked]
    assert [i + 1 for i, f in enumerate(flags) if f] == [5, 15]
    assert with_pretest.asked[4].params.id == "new-1"  # fewest responses first
    scored_only = [x for x in with_pretest.asked if not x.pretest]
    assert len(scored_only) == 20
    # the pretest answers change neither θ nor the result
    res = pos.result(with_pretest)
    assert (res.theta, res.standard_error) == ability(scored_only)
    assert res.answers == 20
    stripped = replace(with_pretest, asked=tuple(scored_only))
    assert pos.result(stripped) == res


def test_calibrate_pretest_recovers_b_and_counts_responses() -> None:
    rng = np.random.default_rng(8)
    n = 3000
    theta = rng.normal(size=n)
    se = np.full(n, 0.3)
    # EAP-like estimates: the posterior N(est, se²) must hold θ, so est = shrunk truth + noise
    est = theta * (1 - se**2) + rng.normal(size=n) * se * np.sqrt(1 - se**2)
    true = {"q1": (1.2, -0.5), "q2": (0.8, 0.7)}
    responses = []
    for item, (a, b) in true.items():
        take = range(n) if item == "q1" else range(200)
        for i in take:
            ok = bool(rng.random() < probability(theta[i], a, b))
            responses.append((f"c{i}", item, ok))
    abilities = {f"c{i}": (float(est[i]), float(se[i])) for i in range(n)}
    out = {e.id: e for e in calibrate_pretest(responses, abilities, min_responses=300)}
    assert abs(out["q1"].difficulty + 0.5) < 0.1
    assert abs(out["q1"].discrimination - 1.2) < 0.2
    assert out["q1"].scored and out["q1"].answers == n
    assert not out["q2"].scored and out["q2"].answers == 200


def test_calibrate_cli_pretest(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    lines, abil = ["candidate,item,correct"], ["candidate,theta,standard_error"]
    for i in range(400):
        t = rng.normal()
        abil.append(f"c{i},{t:.4f},0.4")
        lines.append(f"c{i},new-1,{int(rng.random() < probability(t, 1.0, 0.0))}")
        if i < 100:
            lines.append(f"c{i},new-2,{int(rng.random() < 0.5)}")
    (tmp_path / "r.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "a.csv").write_text("\n".join(abil) + "\n", encoding="utf-8")
    args = ["assessment", "calibrate", str(tmp_path / "r.csv"), "--dry-run", "--json"]
    out = CliRunner().invoke(cli, [*args, "--pretest-abilities", str(tmp_path / "a.csv")])
    assert out.exit_code == 0, out.output
    doc = json.loads(out.output)
    by_id = {x["id"]: x for x in doc["items"]}
    assert by_id["new-1"]["scored"] and by_id["new-1"]["answers"] == 400
    assert not by_id["new-2"]["scored"]
    (tmp_path / "bad.csv").write_text("candidate,theta,standard_error\nc1,x,0.4\n", "utf-8")
    bad = CliRunner().invoke(cli, [*args, "--pretest-abilities", str(tmp_path / "bad.csv")])
    assert bad.exit_code == 2 and "line 2" in bad.output


def test_arrival_sessions_are_about_twenty() -> None:
    sizes = arrival_sessions(1000, np.random.default_rng(0))
    assert sum(sizes) == 1000
    assert all(15 <= s <= 25 for s in sizes[:-1])


@pytest.mark.parametrize("spread", [None, 0.02])
def test_one_candidate_path_is_the_batch_path_with_enemies(spread: float | None) -> None:
    pool = generated_bank(1, items=700, families_per_competence=30, calibrated=True)
    rules = replace(cert.CERTIFICATION_RULES, spread=spread)
    thetas = np.random.default_rng(4).normal(size=30)
    sizes = [12, 18]
    run = sit_tests(pool, thetas, rules, np.random.default_rng(7), sessions=sizes, cohort=7)
    answer_rng, select_rng = np.random.default_rng(7).spawn(2)
    uniforms = answer_rng.random((30, 32))
    exposure = ExposureCounts.empty(pool)
    first = 0
    for size in sizes:
        group = range(first, first + size)
        tests = {i: cert.start(PROFILE, exposure, rules=rules) for i in group}
        for step in range(32):
            for i in group:
                test, item = cert.next_item(tests[i], pool, exposure, select_rng)
                p = probability(thetas[i], item.discrimination, item.difficulty)
                ok = Outcome.CORRECT if uniforms[i, step] < p else Outcome.WRONG
                tests[i] = cert.answer(test, item.id, ok)
        for i in group:
            assert [pool.index_of[x.params.id] for x in tests[i].asked] == run.items[i].tolist()
            res = cert.result(tests[i])
            assert res is not None and res.theta == run.estimates[32][i]
        first += size
    assert exposure.counts.tolist() == run.exposure.counts.tolist()


def test_simulate_arrivals_by_default(tmp_path: Path) -> None:
    base = ["assessment", "simulate", "--generated", "0", "--examinees", "60", "--json"]
    out = json.loads(CliRunner().invoke(cli, base).output)
    assert out["scenario"] == "arrivals" and out["items"] == 2000
    assert out["sessions"] == len(arrival_sessions(60, np.random.default_rng([0, 1])))
    assert out["competences_covered_min"] == 16
    assert 0.0 <= out["unused_share"] <= 1.0
    old = json.loads(CliRunner().invoke(cli, [*base, "--all-at-once", "--session", "0"]).output)
    assert old["scenario"] == "all-at-once" and old["session"] == 60
    missing = CliRunner().invoke(cli, ["assessment", "simulate"])
    assert missing.exit_code == 2


def test_simulate_pretest_cli() -> None:
    base = ["assessment", "simulate", "--generated", "0", "--pretest", "--json"]
    more = ["--seeds", "2", "--pretest-items", "5", "--seed", "3"]
    out = CliRunner().invoke(cli, [*base, "--responses", "20", "--competence", "4.1", *more])
    assert out.exit_code == 0, out.output
    doc = json.loads(out.output)
    assert doc["responses_per_item"] == 20 and doc["scored_items"] == 2 * 5
    assert doc["seeds"] == [3, 4] and doc["pretest_items"] == 5
    assert doc["b_rmse"] == pytest.approx(np.mean(doc["b_rmse_by_seed"]))
    assert doc["b_rmse"] > 0 and doc["competence"] == "4.1"
    bad = CliRunner().invoke(cli, [*base, "--competence", "9.9"])
    assert bad.exit_code == 2
