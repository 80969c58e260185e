"""Benchmark of the adaptive engine under the service's arrival pattern.

Scenario (:func:`assessment.simulation.arrival_sessions`): 1,000 candidates θ ~ N(0, 1) arrive
in sessions of 15–25 who sit at the same time, one session after the other, exposure counts
carried over; tests of 32 items under the certification rules (coverage of the 16
competences, 1–3 items each, one item per tube, no two in a row from one competence, enemies
out, running exposure cap 25 %, progressive a-stratification, the most informative item never
given if within 50 % of the best, else the least used among items within 2 % of the best).
No joint assignment: the run is item for item what the service would do.

Banks:

* ``reference``: 600 items, a ~ lognormal(0, 0.25), b ~ N(0, 1), 16 competences, tubes of 3
  (the bank of the earlier measurements), seeds 0–4;
* ``generated``: 2,000 items of the shipped bank's shape (:mod:`assessment.generated`: 640
  families, variants mutual enemies), provisional parameters as the shipped bank has them
  (seeds 0–2), and calibrated-like ones (seed 0, reported);
* ``shipped``: the bundled bank as it is (provisional parameters, its enemies), seed 0.

Then the one-candidate path the service calls (:func:`assessment.certification.next_item` and
:func:`~assessment.certification.answer`): 1,000 tests on the reference bank and on the shipped
bank, wall and CPU time, with the test keeping its selection record from call to call and with
the test read back without it at every call (as the service reads it from its database), beside
the batched simulation of the same tests. The machine may be shared: compare the times with the
load average printed.

Run: ``.venv/bin/python bench/assessment.py [--quick] [--only one-candidate]`` (``--quick``: one
seed per bank; ``--only one-candidate``: the one-candidate path's four lines and targets only).
"""

from __future__ import annotations

import math
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assessment import certification as cert
from assessment.adaptive import AskedItem, Outcome
from assessment.framework import COMPETENCE_CODES
from assessment.generated import generated_bank
from assessment.pool import ExposureCounts, ItemPool
from assessment.selection import SelectionRules
from assessment.simulation import (
    arrival_sessions,
    information_bound,
    random_selection_rules,
    simulate,
)
from assessment.types import ItemParams

N_ITEMS = 600
N_CANDIDATES = 1000
LENGTH = 32
TUBE_SIZE = 3


def build_bank(seed: int) -> ItemPool:
    rng = np.random.default_rng(10_000 + seed)
    a = rng.lognormal(0.0, 0.25, N_ITEMS)
    b = rng.normal(0.0, 1.0, N_ITEMS)
    items = [
        ItemParams(
            f"it{i:03d}",
            COMPETENCE_CODES[i % 16],
            f"tube{(i // 16) // TUBE_SIZE}",
            float(a[i]),
            float(b[i]),
        )
        for i in range(N_ITEMS)
    ]
    return ItemPool.from_items(items)


@dataclass
class Row:
    rmse: float
    ratio: float
    max_exposure: float
    covered_min: int
    unused_share: float
    seconds: float


def run(pool: ItemPool, seed: int, rules: SelectionRules) -> Row:
    thetas = np.random.default_rng(seed).normal(0.0, 1.0, N_CANDIDATES)
    bsd, _ = information_bound(pool, thetas, LENGTH, np.random.default_rng(500 + seed))
    sizes = arrival_sessions(N_CANDIDATES, np.random.default_rng(900 + seed))
    res = simulate(pool, thetas, rules, np.random.default_rng(100 + seed), sessions=sizes)
    return Row(
        res.rmse,
        res.rmse / bsd,
        res.max_exposure,
        res.competences_covered_min,
        float(res.extra["unused_share"]),
        res.seconds,
    )


def mean(rows: list[Row]) -> Row:
    return Row(
        float(np.mean([r.rmse for r in rows])),
        float(np.mean([r.ratio for r in rows])),
        max(r.max_exposure for r in rows),
        min(r.covered_min for r in rows),
        max(r.unused_share for r in rows),
        float(np.mean([r.seconds for r in rows])),
    )


def show(name: str, r: Row) -> None:
    print(
        f"{name:<28}{r.rmse:>8.4f}{r.ratio:>8.3f}{r.max_exposure:>9.3f}{r.covered_min:>8d}"
        f"{r.unused_share:>8.3f}{r.seconds:>7.2f}"
    )


def one_candidate_seconds(
    pool: ItemPool, seed: int = 0, *, stored: bool = False
) -> tuple[float, float]:
    """Wall and CPU seconds of 1,000 certification tests through the one-candidate path: the
    engine's calls only (``start``, ``next_item``, ``answer``), timed call by call (the
    timers' own cost is counted in), not the simulated candidate's answers.

    ``stored``: before every ``next_item`` the test is read back as the service reads it from
    its database at every answer: new ``AskedItem`` and ``ItemParams`` objects and no record
    kept by the engine (:attr:`~assessment.certification.CertificationTest.memo`), so every
    call reads the whole record again and compares the recorded parameters with the pool's
    (the rebuilding itself is not timed).
    """
    thetas = np.random.default_rng(seed).normal(0.0, 1.0, N_CANDIDATES)
    uniforms = np.random.default_rng(seed + 1).random((N_CANDIDATES, LENGTH))
    rng = np.random.default_rng(seed + 2)
    profile = dict.fromkeys(COMPETENCE_CODES, 2)
    exposure = ExposureCounts.empty(pool)
    wall = cpu = 0.0
    clock, cpu_clock = time.perf_counter, time.process_time
    for theta, u in zip(thetas.tolist(), uniforms.tolist(), strict=True):
        w0, c0 = clock(), cpu_clock()
        test = cert.start(profile, exposure)
        wall, cpu = wall + clock() - w0, cpu + cpu_clock() - c0
        for step in range(LENGTH):
            if stored:
                test = _read_back(test)
            w0, c0 = clock(), cpu_clock()
            test, item = cert.next_item(test, pool, exposure, rng)
            wall, cpu = wall + clock() - w0, cpu + cpu_clock() - c0
            p = 1.0 / (1.0 + math.exp(item.discrimination * (item.difficulty - theta)))
            ok = Outcome.CORRECT if u[step] < p else Outcome.WRONG
            w0, c0 = clock(), cpu_clock()
            test = cert.answer(test, item.id, ok)
            wall, cpu = wall + clock() - w0, cpu + cpu_clock() - c0
    return wall, cpu


def _read_back(test: cert.CertificationTest) -> cert.CertificationTest:
    """The test as read from storage: new objects, no engine record."""
    asked = tuple(
        AskedItem(
            ItemParams(p.id, p.competence, p.tube, p.discrimination, p.difficulty, p.version),
            x.outcome,
            x.pretest,
        )
        for x in test.asked
        for p in (x.params,)
    )
    return cert.CertificationTest(
        asked, test.seen_item_ids, test.status, test.abort_reason, test.rules
    )


def one_candidate_lines(shipped: ItemPool) -> dict[tuple[str, bool], float]:
    """Print the one-candidate path's lines (reference and shipped banks, record kept and read
    back); return their CPU seconds."""
    times = {}
    for bank_name, pool in (("reference", build_bank(0)), ("shipped", shipped)):
        for stored in (False, True):
            wall, cpu = one_candidate_seconds(pool, stored=stored)
            times[bank_name, stored] = cpu
            how = "record read back at every call" if stored else "record kept by the test"
            print(
                f"one-candidate path, {bank_name} bank ({len(pool)} items), 1,000 certification "
                f"tests (32,000 calls), {how}: {wall:.2f} s wall, {cpu:.2f} s CPU; "
                f"load average {os.getloadavg()[0]:.1f}"
            )
    return times


def one_candidate_targets(times: dict[tuple[str, bool], float]) -> dict[str, bool]:
    targets = {}
    for (bank_name, stored), cpu in times.items():
        how = ", record read back at every call" if stored else ""
        label = f"one-candidate path, {bank_name} bank{how}: 1,000 tests in under 2 s (CPU)"
        targets[label] = cpu < 2.0
    return targets


def shipped_pool() -> ItemPool:
    from assessment.bank import load_bank

    bank = load_bank()
    return ItemPool.from_items(bank.item_params(), enemies=bank.enemies)


def report(targets: dict[str, bool]) -> int:
    for label, ok in targets.items():
        print(f"[{'met' if ok else 'NOT met'}] {label}")
    return 0 if all(targets.values()) else 1


def main() -> int:
    quick = "--quick" in sys.argv
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv[:-1] else None
    if only not in (None, "one-candidate"):
        print(f"--only: unknown part {only!r} (one-candidate)", file=sys.stderr)
        return 2
    if only == "one-candidate":
        return report(one_candidate_targets(one_candidate_lines(shipped_pool())))
    rules = cert.CERTIFICATION_RULES
    print(f"arrivals scenario, {N_CANDIDATES} candidates, length {LENGTH}")
    print(
        f"{'bank / method':<28}{'rmse':>8}{'×bound':>8}{'max_exp':>9}{'cov_min':>8}"
        f"{'unused':>8}{'sec':>7}"
    )
    ref_seeds = range(1 if quick else 5)
    ref = {
        "engine": mean([run(build_bank(s), s, rules) for s in ref_seeds]),
        "max-info": mean(
            [
                run(
                    build_bank(s),
                    s,
                    SelectionRules(length=LENGTH, max_per_competence=3, exposure_max=None),
                )
                for s in ref_seeds
            ]
        ),
        "random": mean(
            [run(build_bank(s), s, random_selection_rules(LENGTH, N_ITEMS)) for s in ref_seeds]
        ),
    }
    for name, row in ref.items():
        show(f"reference 600 / {name}", row)
    gen_seeds = range(1 if quick else 3)
    gen = [run(generated_bank(s), s, rules) for s in gen_seeds]
    for s, row in zip(gen_seeds, gen, strict=True):
        show(f"generated 2000 seed {s}", row)
    show("generated 2000 calibrated", run(generated_bank(0, calibrated=True), 0, rules))
    shipped = shipped_pool()
    ship = run(shipped, 0, rules)
    show(f"shipped {len(shipped)} items", ship)
    times = one_candidate_lines(shipped)
    print(f"batched simulation of 1,000 tests (reference bank): {ref['engine'].seconds:.2f} s")
    tag = " (one seed: ±3 % on the RMSE ratio; without --quick, the mean of 5)" if quick else ""
    engine = ref["engine"]
    targets = {
        "generated banks: RMSE within 8% of the bound": max(r.ratio for r in gen) <= 1.08,
        "generated banks: most used item ≤ 25% of tests": max(r.max_exposure for r in gen)
        <= 0.25 + 1e-9,
        "generated banks: every test covers the 16 competences": min(r.covered_min for r in gen)
        >= 16,
        "generated banks: share of the bank never used < 40%": max(r.unused_share for r in gen)
        < 0.40,
        f"reference bank: RMSE within 8% of the bound{tag}": engine.ratio <= 1.08,
        "reference bank: most used item ≤ 25% of tests": engine.max_exposure <= 0.25 + 1e-9,
        "reference bank: every test covers the 16 competences": engine.covered_min >= 16,
        "reference bank: share of the bank never used < 40%": engine.unused_share < 0.40,
        "shipped bank: RMSE within 8% of the bound": ship.ratio <= 1.08,
        "shipped bank: most used item ≤ 25% of tests": ship.max_exposure <= 0.25 + 1e-9,
        "shipped bank: every test covers the 16 competences": ship.covered_min >= 16,
        "shipped bank: share of the bank never used < 40%": ship.unused_share < 0.40,
    }
    targets.update(one_candidate_targets(times))
    return report(targets)


if __name__ == "__main__":
    raise SystemExit(main())
