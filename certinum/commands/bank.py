"""``certinum assessment bank``: the figures of an item bank, and every rule it breaks.

Exits 1 listing every problem (rules of ``assessment/items/README.md`` and the targets of the
shipped bank) when there is one; 0 otherwise.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from assessment.bank import bank_figures


@click.command("bank")
@click.option(
    "--bank",
    "bank_dir",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    default=None,
    help="item bank directory (default: the bundled bank)",
)
@click.option("--json", "as_json", is_flag=True, help="print the figures as JSON")
def bank(bank_dir: Path | None, as_json: bool) -> None:
    """Print the item bank's figures; exit 1 listing every problem when it breaks a rule."""
    figures = bank_figures(bank_dir)
    if as_json:
        click.echo(json.dumps(figures.as_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(
            f"families {figures.families}, items {figures.items}"
            f" (validated {figures.validated_items}), material {figures.material_share:.0%},"
            f" key longest {figures.key_longest_share:.0%}, enemy pairs {figures.enemy_pairs}"
        )
        for code, row in figures.competences.items():
            levels = " ".join(f"{n}:{k}" for n, k in row["families_by_level"].items())
            click.echo(f"  {code}: {row['families']} families, {row['items']} items; {levels}")
        for problem in figures.problems:
            click.echo(f"problem: {problem}", err=True)
    if figures.problems:
        raise SystemExit(1)
