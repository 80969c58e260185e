"""``certinum assessment …``: simulation and calibration of the adaptive engine.

``simulate`` is a stable interface (DESIGN, "Interfaces that stay stable"); ``calibrate`` is
in :mod:`certinum.commands.assessment_calibrate`. Both commands exit with code 2 and a message
listing the bad lines when their input cannot be used, writing nothing.
"""

from __future__ import annotations

import math
from pathlib import Path

import click
import numpy as np

from assessment.certification import CERTIFICATION_RULES
from assessment.generated import generated_bank
from assessment.pool import ItemPool, PoolError
from assessment.pretest_calibration import PRETEST_MIN_RESPONSES
from assessment.pretesting import PRETEST_ITEMS
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
from certinum.commands.assessment_report import echo, echo_positioning, echo_pretest
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
    "reaching SE 0.40 within 20 items, beside an oracle that shows what the bank allows "
    "and the SE floor its discriminations set",
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
@click.option(
    "--seeds",
    default=3,
    show_default=True,
    type=click.IntRange(min=1),
    help="with --pretest: runs of seeds SEED, SEED+1, …; the figures are their means",
)
@click.option(
    "--pretest-items",
    default=PRETEST_ITEMS,
    show_default=True,
    type=click.IntRange(min=1),
    help="with --pretest: new items per run",
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
    seeds: int,
    pretest_items: int,
    as_json: bool,
) -> None:
    """Run simulated candidates (θ ~ N(0, 1)) through the engine the service uses."""
    pool = _load_pool(bank_file, generated, calibrated)
    if pretest:
        if competence not in pool.competences:
            _fail(f"--competence {competence}: the bank has no item of this competence")
        echo_pretest(pool, competence, seed, seeds, pretest_items, responses, as_json)
        return
    if positioning:
        echo_positioning(pool, seed, candidates, as_json)
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
    echo(out, as_json)


assessment.add_command(calibrate_command)
assessment.add_command(bank)  # certinum assessment bank
