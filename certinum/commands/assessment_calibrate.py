"""``certinum assessment calibrate``: 2PL calibration of the bank, or of pretest items.

Exits with code 2 and a message listing the bad lines when a CSV cannot be used, writing
nothing.
"""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

import click

from assessment.calibration import CalibrationError, CalibrationResult, calibrate
from assessment.pretest_calibration import (
    PRETEST_MIN_RESPONSES,
    PretestEstimate,
    calibrate_pretest,
)


def _fail(message: str) -> None:
    click.echo(message, err=True)
    raise SystemExit(2)


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


@click.command(name="calibrate")
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

    With --pretest-abilities: pretest items, by marginal maximum likelihood over each
    candidate's scored posterior N(θ, SE²), the scored items fixed (EM), with a N(b, 1) prior
    around the b the bank serves the item with; only the items with at least --min-responses
    responses are written.
    """
    from assessment.bank import DEFAULT_DIRECTORY, BankError, append_irt_versions

    try:
        responses = read_responses_csv(responses_file.read_text(encoding="utf-8"))
        if abilities_file is not None:
            abilities = read_abilities_csv(abilities_file.read_text(encoding="utf-8"))
            pre = calibrate_pretest(
                responses,
                abilities,
                min_responses=min_responses,
                prior_difficulty=_served_difficulties(bank_dir),
            )
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
            "difficulty_se": e.difficulty_se,
            "answers": e.answers,
            "scored": e.scored,
            "converged": e.converged,
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
            f"{e.id}: a={e.discrimination:.3f} b={e.difficulty:.3f} (SE {e.difficulty_se:.3f}) "
            f"n={e.answers} {state}{'' if e.converged else ' (not converged)'}{ver}"
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


def _served_difficulties(bank_dir: Path | None) -> dict[str, float]:
    """The b each item of the bank is served with (the prior of a pretest calibration)."""
    from assessment.bank import DEFAULT_DIRECTORY, BankError, load_bank

    try:
        bank = load_bank(bank_dir or DEFAULT_DIRECTORY)
    except BankError:
        return {}
    return {p.id: p.difficulty for p in bank.item_params()}
