"""What ``certinum assessment simulate`` prints for its pretest and positioning modes."""

from __future__ import annotations

import json

import click
import numpy as np

from assessment.pool import ItemPool
from assessment.positioning import DEFAULT_MAX_ITEMS, DEFAULT_SE_TARGET
from assessment.positioning_simulation import POSITIONING_TARGET, simulate_positioning
from assessment.pretesting import simulate_pretest


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
    mean = {key: float(np.mean([r[key] for r in runs])) for key in ("b_rmse", "a_rmse", "b_bias")}
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
    }
    echo(out, as_json)


def echo_positioning(pool: ItemPool, seed: int, candidates: int, as_json: bool) -> None:
    runs = [
        simulate_positioning(pool, code, np.random.default_rng([seed, k]), candidates=candidates)
        for k, code in enumerate(pool.competences)
    ]
    worst = min(r.reached for r in runs)
    summary = {
        "seed": seed,
        "theta": "uniform in [-2, 2]",
        "se_target": DEFAULT_SE_TARGET,
        "max_items": DEFAULT_MAX_ITEMS,
        "worst_reached": worst,
        "target_met": worst >= POSITIONING_TARGET,
    }
    if as_json:
        by = {r.competence: r.as_json() for r in runs}
        click.echo(json.dumps(summary | {"competences": by}, indent=2))
        return
    for key, value in summary.items():
        click.echo(f"{key}: {value}")
    click.echo(
        f"{'competence':<11}{'items':>6}{'tubes':>6}{'reached':>8}{'items/test':>11}"
        f"{'med SE':>8}{'exhaust':>8}{'oracle':>8}{'orc SE':>8}{'rmse':>7}"
    )
    for r in runs:
        click.echo(
            f"{r.competence:<11}{r.items:>6}{r.tubes:>6}{r.reached:>8.3f}{r.mean_items:>11.1f}"
            f"{r.median_final_se:>8.3f}{r.exhausted:>8.3f}{r.oracle_reached:>8.3f}"
            f"{r.oracle_median_se:>8.3f}{r.rmse:>7.3f}"
        )
