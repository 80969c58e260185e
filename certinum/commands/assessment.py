"""``certinum assessment …``: simulation and calibration of the adaptive engine.

``simulate`` is a stable interface (DESIGN, "Interfaces that stay stable"). Both commands exit
with code 2 and a message listing the bad lines when their CSV cannot be used, writing nothing.
"""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

import click
import numpy as np

from assessment.calibration import (
    PRETEST_MIN_RESPONSES,
    CalibrationError,
    CalibrationResult,
    PretestEstimate,
    calibrate,
    calibrate_pretest,
)
from assessment.certification import CERTIFICATION_RULES
from assessment.generated import generated_bank
from assessment.pool import ItemPool, PoolError
from assessment.pretesting import simulate_pretest
from assessment.selection import SelectionRules
from assessment.simulation import (
    COHORT,
    SESSION,
    SESSIONS_PER_DAY,
    BankCsvError,
    arrival_sessions,
    read_bank_csv,
)
from assessment.simulation import simulate as run_simulation


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
    out = res.as_json() | {
        "seed": seed,
        "items": len(pool),
        "exposure_max": exposure_max,
        "scenario": "arrivals" if arrivals else "all-at-once",
        "session": session or examinees,
    }
    if arrivals:
        out |= {"sessions": len(sizes), "days": math.ceil(len(sizes) / SESSIONS_PER_DAY)}
    _echo(out, as_json)


def _echo(out: dict[str, object], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(out, indent=2))
        return
    for key, value in out.items():
        click.echo(f"{key}: {value}")


def read_responses_csv(text: str) -> list[tuple[str, str, bool]]:
    """``candidate,item,correct`` rows (correct: 1/0, true/false); raises with line numbers."""
    reader = csv.reader(io.StringIO(text))
    header = [h.strip() for h in next(reader, [])]
    if header[:3] != ["candidate", "item", "correct"]:
        raise CalibrationError("line 1: header must be candidate,item,correct")
    truth = {"1": True, "true": True, "0": False, "false": False}
    rows: list[tuple[str, str, bool]] = []
    problems: list[str] = []
    for row in reader:
        line = reader.line_num
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) < 3 or not row[0].strip() or not row[1].strip():
            problems.append(f"line {line}: expected candidate,item,correct")
            continue
        value = truth.get(row[2].strip().lower())
        if value is None:
            problems.append(f"line {line}: correct must be 1/0 or true/false, got {row[2]!r}")
            continue
        rows.append((row[0].strip(), row[1].strip(), value))
    if problems:
        raise CalibrationError("\n".join(problems))
    if not rows:
        raise CalibrationError("no responses")
    return rows


def read_abilities_csv(text: str) -> dict[str, tuple[float, float]]:
    """``candidate,theta,standard_error`` rows: the scored estimates of the candidates."""
    reader = csv.reader(io.StringIO(text))
    header = [h.strip() for h in next(reader, [])]
    if header[:3] != ["candidate", "theta", "standard_error"]:
        raise CalibrationError("line 1: header must be candidate,theta,standard_error")
    out: dict[str, tuple[float, float]] = {}
    problems: list[str] = []
    for row in reader:
        line = reader.line_num
        if not row or all(not c.strip() for c in row):
            continue
        try:
            theta, se = float(row[1]), float(row[2])
        except (IndexError, ValueError):
            problems.append(f"line {line}: expected candidate,theta,standard_error numbers")
            continue
        if not (row[0].strip() and math.isfinite(theta) and math.isfinite(se) and se > 0):
            problems.append(f"line {line}: a candidate, a finite theta and a positive error")
            continue
        out[row[0].strip()] = (theta, se)
    if problems:
        raise CalibrationError("\n".join(problems))
    return out


@assessment.command(name="calibrate")
@click.argument("responses_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--bank",
    "bank_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="item bank directory (default: the bundled bank)",
)
@click.option(
    "--pretest-abilities",
    "abilities_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="CSV candidate,theta,standard_error of the candidates' scored estimates: calibrate "
    "the (pretest) items of RESPONSES_FILE against them, scored items untouched",
)
@click.option(
    "--min-responses",
    default=PRETEST_MIN_RESPONSES,
    show_default=True,
    type=click.IntRange(min=1),
    help="with --pretest-abilities: responses an item needs before it counts as scored "
    "(items with fewer are reported, not written)",
)
@click.option("--dry-run", is_flag=True, help="calibrate and report, write nothing")
@click.option("--json", "as_json", is_flag=True)
def calibrate_command(
    responses_file: Path,
    bank_dir: Path | None,
    abilities_file: Path | None,
    min_responses: int,
    dry_run: bool,
    as_json: bool,
) -> None:
    """Calibrate 2PL parameters (MML-EM) and append them as new item versions.

    With --pretest-abilities: pretest items, by one EM cycle over each candidate's scored
    posterior N(θ, SE²); only the items with at least --min-responses responses are written.
    """
    from assessment.bank import DEFAULT_DIRECTORY, BankError, append_irt_versions

    try:
        responses = read_responses_csv(responses_file.read_text(encoding="utf-8"))
        if abilities_file is not None:
            abilities = read_abilities_csv(abilities_file.read_text(encoding="utf-8"))
            pre = calibrate_pretest(responses, abilities, min_responses=min_responses)
        else:
            res = calibrate(responses)
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"cannot read input: {exc}")
        return
    except CalibrationError as exc:
        _fail(f"{responses_file}: {exc}")
        return
    if abilities_file is not None:
        updates = {e.id: (e.discrimination, e.difficulty) for e in pre if e.scored}
    else:
        updates = res.updates()
    versions: dict[str, int] = {}
    if not dry_run and updates:
        try:
            versions = append_irt_versions(
                bank_dir or DEFAULT_DIRECTORY,
                updates,
                source=f"calibration of {responses_file.name}",
            )
        except BankError as exc:
            _fail(f"bank not updated: {exc}")
            return
    if abilities_file is not None:
        _report_pretest(pre, versions, min_responses, dry_run=dry_run, as_json=as_json)
        return
    _report(res, versions, dry_run=dry_run, as_json=as_json)


def _report_pretest(
    pre: list[PretestEstimate],
    versions: dict[str, int],
    min_responses: int,
    *,
    dry_run: bool,
    as_json: bool,
) -> None:
    items = [
        {
            "id": e.id,
            "discrimination": e.discrimination,
            "difficulty": e.difficulty,
            "answers": e.answers,
            "scored": e.scored,
            "new_version": versions.get(e.id),
        }
        for e in pre
    ]
    if as_json:
        doc = {"min_responses": min_responses, "dry_run": dry_run, "items": items}
        click.echo(json.dumps(doc, indent=2))
        return
    for e in pre:
        state = "scored" if e.scored else f"pretest (fewer than {min_responses} responses)"
        ver = f"  -> v{versions[e.id]}" if e.id in versions else ""
        click.echo(
            f"{e.id}: a={e.discrimination:.3f} b={e.difficulty:.3f} n={e.answers} {state}{ver}"
        )
    if dry_run:
        click.echo("dry run: nothing written")


def _report(
    res: CalibrationResult, versions: dict[str, int], *, dry_run: bool, as_json: bool
) -> None:
    if as_json:
        doc = {
            "candidates": res.candidates,
            "iterations": res.iterations,
            "converged": res.converged,
            "dry_run": dry_run,
            "items": [
                {
                    "id": it.id,
                    "discrimination": it.discrimination,
                    "difficulty": it.difficulty,
                    "answers": it.answers,
                    "rmsd": it.rmsd,
                    "misfit": it.misfit,
                    "new_version": versions.get(it.id),
                }
                for it in res.items
            ],
            "misfitting": [it.id for it in res.misfitting],
        }
        click.echo(json.dumps(doc, indent=2))
        return
    click.echo(
        f"{len(res.items)} items, {res.candidates} candidates, {res.iterations} EM iterations"
        f"{'' if res.converged else ' (not converged)'}"
    )
    for it in res.items:
        flag = "  MISFIT" if it.misfit else ""
        ver = f"  -> v{versions[it.id]}" if it.id in versions else ""
        click.echo(
            f"{it.id}: a={it.discrimination:.3f} b={it.difficulty:.3f} n={it.answers} "
            f"rmsd={it.rmsd:.3f}{flag}{ver}"
        )
    if res.misfitting:
        click.echo(f"badly fitting items: {', '.join(it.id for it in res.misfitting)}")
    if dry_run:
        click.echo("dry run: nothing written")
