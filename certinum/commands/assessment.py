"""``certinum assessment …``: simulation and calibration of the adaptive engine.

``simulate`` is a stable interface (DESIGN, "Interfaces that stay stable"); ``calibrate`` is
in :mod:`certinum.commands.assessment_calibrate`. Both commands exit with code 2 and a message
listing the bad lines when their input cannot be used, writing nothing.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import click
import numpy as np

from assessment.calibration import PRETEST_MIN_RESPONSES
from assessment.certification import CERTIFICATION_RULES
from assessment.generated import generated_bank
from assessment.pool import ItemPool, PoolError
from assessment.positioning import DEFAULT_MAX_ITEMS, DEFAULT_SE_TARGET
from assessment.positioning_simulation import POSITIONING_TARGET, simulate_positioning
from assessment.pretesting import simulate_pretest
from assessment.selection import SelectionRules
from assessment.simulation import (
    COHORT,
    SESSION,
    SESSIONS_PER_DAY,
    BankCsvError,
    arrival_sessions,
    information_bound,
    read_bank_csv,
)
from assessment.simulation import simulate as run_simulation
from certinum.commands.assessment_calibrate import calibrate_command
from certinum.commands.bank import bank


@click.group()
def assessment() -> None:
    """Adaptive engine tools: simulate, calibrate, check the item bank."""


def _fail(message: str) -> None:
    click.echo(message, err=True)
    raise SystemExit(2)


def _load_pool(bank: Path | None, generated: int | None, calibrated: bool) -> ItemPool:
    """The pool to simulate: a CSV, a bank directory (with its enemies) or a generated bank."""
    if generated is not None:
        return generated_bank(generated, calibrated=calibrated)
    if bank is None:
        _fail("give --bank FILE.csv, --bank DIRECTORY or --generated SEED")
        raise AssertionError  # unreachable: _fail exits
    if bank.is_dir():
        from assessment.bank import BankError, load_bank

        try:
            loaded = load_bank(bank)
        except BankError as exc:
            _fail(f"{bank}: {exc}")
            raise AssertionError from exc
        enemies = getattr(loaded, "enemies", {})
        return ItemPool.from_items(loaded.item_params(), enemies=enemies)
    try:
        text = bank.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"cannot read {bank}: {exc}")
        raise AssertionError from exc
    try:
        return ItemPool.from_items(read_bank_csv(text))
    except (BankCsvError, PoolError) as exc:
        _fail(f"{bank}: {exc}")
        raise AssertionError from exc


@assessment.command()
@click.option(
    "--bank",
    "bank_file",
    type=click.Path(path_type=Path),
    default=None,
    help="CSV (id,competence,discrimination,difficulty[,tube]) or an item bank directory",
)
@click.option(
    "--generated",
    type=int,
    default=None,
    help="simulate a generated bank of the shipped bank's shape (2,000 items) of this seed",
)
@click.option("--calibrated", is_flag=True, help="with --generated: calibrated-like parameters")
@click.option("--examinees", default=1000, show_default=True, type=click.IntRange(min=1))
@click.option("--length", default=32, show_default=True, type=click.IntRange(min=1))
@click.option("--seed", default=0, show_default=True, type=int)
@click.option(
    "--exposure-max",
    default=0.25,
    show_default=True,
    type=click.FloatRange(0, 1, min_open=True),
    help="cap on the running exposure rate of an item",
)
@click.option(
    "--arrivals/--all-at-once",
    default=True,
    show_default=True,
    help="the service's scenario: candidates arrive over days in sessions of about --session "
    "(15–25 for 20), exposure counts carried over; or fixed sessions of --session (0: all "
    "candidates in one)",
)
@click.option(
    "--session",
    default=SESSION,
    show_default=True,
    type=click.IntRange(min=0),
    help="candidates sitting the test at the same time, served in turn at each step; part of "
    "the scenario",
)
@click.option(
    "--cohort",
    default=COHORT,
    show_default=True,
    type=click.IntRange(min=1),
    help="computation batch size only: any value gives the same results",
)
@click.option(
    "--pretest",
    is_flag=True,
    help="simulate the pretest design instead: positioning tests of one competence carrying "
    "new items, calibrated from their responses",
)
@click.option(
    "--positioning",
    is_flag=True,
    help="simulate positioning tests instead, per competence (θ uniform in [-2, 2]): share "
    "reaching SE 0.40 within 20 items, beside an oracle that shows what the bank allows",
)
@click.option(
    "--candidates",
    default=200,
    show_default=True,
    type=click.IntRange(min=1),
    help="with --positioning: candidates per competence",
)
@click.option("--competence", default="1.1", show_default=True, help="with --pretest")
@click.option(
    "--responses",
    default=PRETEST_MIN_RESPONSES,
    show_default=True,
    type=click.IntRange(min=10),
    help="with --pretest: responses per pretest item before calibration",
)
@click.option("--json", "as_json", is_flag=True, help="print the figures as JSON")
def simulate(
    bank_file: Path | None,
    generated: int | None,
    calibrated: bool,
    examinees: int,
    length: int,
    seed: int,
    exposure_max: float,
    arrivals: bool,
    session: int,
    cohort: int,
    pretest: bool,
    positioning: bool,
    candidates: int,
    competence: str,
    responses: int,
    as_json: bool,
) -> None:
    """Run simulated candidates (θ ~ N(0, 1)) through the engine the service uses."""
    pool = _load_pool(bank_file, generated, calibrated)
    if pretest:
        if competence not in pool.competences:
            _fail(f"--competence {competence}: the bank has no item of this competence")
        run = simulate_pretest(pool, competence, np.random.default_rng(seed), responses=responses)
        _echo(run.as_json() | {"seed": seed, "competence": competence}, as_json)
        return
    if positioning:
        _echo_positioning(pool, seed, candidates, as_json)
        return
    if length > len(pool):
        _fail(f"--length {length} is more than the {len(pool)} items of the bank")
    n_comp = len(pool.competences)
    rules = SelectionRules(
        length=length,
        require_all_competences=length >= n_comp,
        no_consecutive_competence=n_comp > 1,
        max_per_competence=math.ceil(length / n_comp) + 1 if length >= n_comp else None,
        exposure_max=exposure_max,
        discrimination_ceiling=CERTIFICATION_RULES.discrimination_ceiling,
        spread=CERTIFICATION_RULES.spread,
    )
    rng = np.random.default_rng(seed)
    thetas = rng.normal(0.0, 1.0, examinees)
    sizes = arrival_sessions(examinees, np.random.default_rng([seed, 1]), session or SESSION)
    if arrivals:
        res = run_simulation(pool, thetas, rules, rng, cohort=cohort, sessions=sizes)
    else:
        res = run_simulation(pool, thetas, rules, rng, session=session or None, cohort=cohort)
    bound_se, bound_rmse = information_bound(pool, thetas, length, np.random.default_rng([seed, 2]))
    out = res.as_json() | {
        "bound_se": bound_se,
        "bound_rmse": bound_rmse,
        "rmse_over_bound": res.rmse / bound_se,
        "seed": seed,
        "items": len(pool),
        "exposure_max": exposure_max,
        "scenario": "arrivals" if arrivals else "all-at-once",
        "session": session or examinees,
    }
    if arrivals:
        out |= {"sessions": len(sizes), "days": math.ceil(len(sizes) / SESSIONS_PER_DAY)}
    _echo(out, as_json)


def _echo_positioning(pool: ItemPool, seed: int, candidates: int, as_json: bool) -> None:
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


def _echo(out: dict[str, object], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(out, indent=2))
        return
    for key, value in out.items():
        click.echo(f"{key}: {value}")


assessment.add_command(calibrate_command)
assessment.add_command(bank)  # certinum assessment bank
