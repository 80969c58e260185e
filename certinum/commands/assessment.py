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

from assessment.calibration import CalibrationError, CalibrationResult, calibrate
from assessment.certification import CERTIFICATION_RULES
from assessment.pool import ItemPool, PoolError
from assessment.selection import SelectionRules
from assessment.simulation import COHORT, SESSION, BankCsvError, read_bank_csv
from assessment.simulation import simulate as run_simulation
from certinum.commands.bank import bank


@click.group()
def assessment() -> None:
    """Adaptive engine tools: simulate, calibrate, check the item bank."""


def _fail(message: str) -> None:
    click.echo(message, err=True)
    raise SystemExit(2)


@assessment.command()
@click.option(
    "--bank",
    "bank_file",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="CSV: id,competence,discrimination,difficulty[,tube]",
)
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
    "--session",
    default=SESSION,
    show_default=True,
    type=click.IntRange(min=0),
    help="candidates sitting the test at the same time, served in turn at each step "
    "(0: all of them); part of the scenario",
)
@click.option(
    "--cohort",
    default=COHORT,
    show_default=True,
    type=click.IntRange(min=1),
    help="computation batch size only: any value gives the same results",
)
@click.option("--json", "as_json", is_flag=True, help="print the figures as JSON")
def simulate(
    bank_file: Path,
    examinees: int,
    length: int,
    seed: int,
    exposure_max: float,
    session: int,
    cohort: int,
    as_json: bool,
) -> None:
    """Run simulated candidates (θ ~ N(0, 1)) through the engine the service uses."""
    try:
        text = bank_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"cannot read {bank_file}: {exc}")
        return
    try:
        pool = ItemPool.from_items(read_bank_csv(text))
    except (BankCsvError, PoolError) as exc:
        _fail(f"{bank_file}: {exc}")
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
    )
    rng = np.random.default_rng(seed)
    thetas = rng.normal(0.0, 1.0, examinees)
    res = run_simulation(pool, thetas, rules, rng, session=session or None, cohort=cohort)
    out = res.as_json() | {
        "seed": seed,
        "items": len(pool),
        "exposure_max": exposure_max,
        "session": session or examinees,
    }
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


@assessment.command(name="calibrate")
@click.argument("responses_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--bank",
    "bank_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="item bank directory (default: the bundled bank)",
)
@click.option("--dry-run", is_flag=True, help="calibrate and report, write nothing")
@click.option("--json", "as_json", is_flag=True)
def calibrate_command(
    responses_file: Path, bank_dir: Path | None, dry_run: bool, as_json: bool
) -> None:
    """Calibrate 2PL parameters (MML-EM) and append them as new item versions."""
    from assessment.bank import DEFAULT_DIRECTORY, BankError, append_irt_versions

    try:
        responses = read_responses_csv(responses_file.read_text(encoding="utf-8"))
        res = calibrate(responses)
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"cannot read {responses_file}: {exc}")
        return
    except CalibrationError as exc:
        _fail(f"{responses_file}: {exc}")
        return
    versions: dict[str, int] = {}
    if not dry_run:
        try:
            versions = append_irt_versions(
                bank_dir or DEFAULT_DIRECTORY,
                res.updates(),
                source=f"calibration of {responses_file.name}",
            )
        except BankError as exc:
            _fail(f"bank not updated: {exc}")
            return
    _report(res, versions, dry_run=dry_run, as_json=as_json)


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


assessment.add_command(bank)  # certinum assessment bank
