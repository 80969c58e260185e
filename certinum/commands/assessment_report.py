"""What ``certinum assessment simulate`` prints for its pretest and positioning modes."""

from __future__ import annotations

import json

import click
import numpy as np

from assessment.pool import ItemPool
from assessment.positioning import DEFAULT_MAX_ITEMS, DEFAULT_SE_TARGET
from assessment.positioning_simulation import POSITIONING_TARGET, simulate_positioning
from assessment.pretesting import PRETEST_B_RMSE_TARGET, simulate_pretest


def echo(out: dict[str, object], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(out, indent=2))
        return
    for key, value in out.items():
        click.echo(f"{key}: {value}")


def echo_pretest(
    pool: ItemPool,
    competence: str,
    seed: int,
    seeds: int,
    n_items: int,
    responses: int,
    as_json: bool,
) -> None:
    runs = [
        simulate_pretest(
            pool, competence, np.random.default_rng(s), n_pretest=n_items, responses=responses
        ).as_json()
        for s in range(seed, seed + seeds)
    ]
    keys = ("b_rmse", "a_rmse", "b_bias", "b_se", "b_covered", "b_bound_known_theta")
    mean = {key: float(np.mean([r[key] for r in runs])) for key in keys}
    out: dict[str, object] = {
        "competence": competence,
        "seeds": list(range(seed, seed + seeds)),
        "pretest_items": n_items,
        "responses_per_item": responses,
        **mean,
        "b_rmse_by_seed": [r["b_rmse"] for r in runs],
        "b_rmse_all_items": float(np.sqrt(np.mean([float(r["b_rmse"]) ** 2 for r in runs]))),
        "candidates": sum(int(r["candidates"]) for r in runs),
        "scored_items": sum(int(r["scored_items"]) for r in runs),
        "b_rmse_target": PRETEST_B_RMSE_TARGET,
        "target_met": float(np.mean([r["b_rmse"] for r in runs])) <= PRETEST_B_RMSE_TARGET,
    }
    echo(out, as_json)


def echo_positioning(pool: ItemPool, seed: int, candidates: int, as_json: bool) -> None:
    runs = [
        simulate_positioning(pool, code, np.random.default_rng([seed, k]), candidates=candidates)
        for k, code in enumerate(pool.competences)
    ]
    worst = min(runs, key=lambda r: r.reached)
    blocked = [r for r in runs if r.out_of_reach]
    summary = {
        "seed": seed,
        "theta": "uniform in [-2, 2]",
        "se_target": DEFAULT_SE_TARGET,
        "max_items": DEFAULT_MAX_ITEMS,
        "worst_reached": worst.reached,
        "target_met": worst.reached >= POSITIONING_TARGET,
        "out_of_reach": [r.competence for r in blocked],
    }
    if as_json:
        by = {r.competence: r.as_json() for r in runs}
        click.echo(json.dumps(summary | {"competences": by}, indent=2))
        return
    click.echo(
        f"positioning, θ uniform in [-2, 2]: SE {DEFAULT_SE_TARGET:.2f} within "
        f"{DEFAULT_MAX_ITEMS} items reached by {worst.reached:.1%} of candidates in the worst "
        f"competence ({worst.competence}); target {POSITIONING_TARGET:.0%} in every competence: "
        f"{'met' if summary['target_met'] else 'NOT met'}"
    )
    if blocked:
        floor = min(r.se_floor for r in blocked)
        click.echo(
            f"out of reach in {len(blocked)} of {len(runs)} competences with this bank's "
            f"discriminations: no test of {DEFAULT_MAX_ITEMS} items gets below SE "
            f"1/sqrt(1 + sum of a^2/4) over its {DEFAULT_MAX_ITEMS} largest a, one per tube "
            f"(the floor column; {floor:.3f} at best, > {DEFAULT_SE_TARGET:.2f}), whatever "
            "the selection"
        )
    click.echo(f"seed: {seed}")
    click.echo(
        f"{'competence':<11}{'items':>6}{'tubes':>6}{'reached':>8}{'items/test':>11}"
        f"{'med SE':>8}{'floor':>7}{'exhaust':>8}{'oracle':>8}{'orc SE':>8}{'rmse':>7}"
    )
    for r in runs:
        click.echo(
            f"{r.competence:<11}{r.items:>6}{r.tubes:>6}{r.reached:>8.3f}{r.mean_items:>11.1f}"
            f"{r.median_final_se:>8.3f}{r.se_floor:>7.3f}{r.exhausted:>8.3f}"
            f"{r.oracle_reached:>8.3f}{r.oracle_median_se:>8.3f}{r.rmse:>7.3f}"
        )
