"""The figures of a bank (``certinum assessment bank``) and the targets of the shipped bank.

Figures count families and items that are not archived; ``validated_items`` counts the served
ones. The targets (issue 12) apply to the shipped bank: ``target_problems`` reports them as
problems for the command, ``load_bank`` does not enforce them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from assessment.bank._load import DEFAULT_DIRECTORY, _enemies, collect
from assessment.bank._model import BankProblem, Challenge, SingleChoiceSolution, Status
from assessment.bank._rules import key_is_longest
from assessment.framework import COMPETENCE_CODES, LEVELS, THEMES

MIN_FAMILIES_PER_COMPETENCE: Final = 40
MIN_FAMILIES: Final = 640
MIN_PER_LEVEL: Final = 4  # in every competence, at each level 1–7
TARGET_LEVELS: Final = range(1, 8)
MIN_ITEMS: Final = 2000
MIN_MATERIAL_SHARE: Final = 0.40
TARGETS: Final = "<targets>"


@dataclass(frozen=True)
class BankFigures:
    families: int
    items: int
    competences: dict[str, dict[str, Any]]
    material_share: float
    key_longest_share: float
    enemy_pairs: int
    validated_items: int
    problems: list[BankProblem] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "families": self.families,
            "items": self.items,
            "competences": self.competences,
            "material_share": self.material_share,
            "key_longest_share": self.key_longest_share,
            "enemy_pairs": self.enemy_pairs,
            "validated_items": self.validated_items,
            "problems": [str(p) for p in self.problems],
        }


def _families(items: Sequence[Challenge]) -> dict[str, Challenge]:
    first: dict[str, Challenge] = {}
    for c in items:
        first.setdefault(c.family, c)
    return first


def figures_of(items: Sequence[Challenge]) -> BankFigures:
    live = [c for c in items if c.status is not Status.ARCHIVED]
    families = _families(live)
    competences: dict[str, dict[str, Any]] = {}
    for code in COMPETENCE_CODES:
        mine = [f for f in families.values() if f.competence == code]
        competences[code] = {
            "families": len(mine),
            "items": sum(c.competence == code for c in live),
            "families_by_level": {str(n): sum(f.level == n for f in mine) for n in LEVELS},
        }
    single = [c for c in live if isinstance(c.solution, SingleChoiceSolution)]
    enemies = _enemies(live)
    by_id = {c.id: c for c in live}
    pairs = {
        frozenset((a.family, by_id[b].family))
        for a in live
        for b in enemies[a.id]
        if by_id[b].family != a.family
    }
    return BankFigures(
        families=len(families),
        items=len(live),
        competences=competences,
        material_share=round(sum(bool(f.material) for f in families.values()) / len(families), 4)
        if families
        else 0.0,
        key_longest_share=round(sum(key_is_longest(c) for c in single) / len(single), 4)
        if single
        else 0.0,
        enemy_pairs=len(pairs),
        validated_items=sum(c.status is Status.VALIDATED for c in items),
    )


def target_problems(items: Sequence[Challenge]) -> list[BankProblem]:
    """What the bank lacks against the targets of the shipped bank."""
    served = [c for c in items if c.status is Status.VALIDATED]
    families = _families(served)
    problems = []

    def add(message: str) -> None:
        problems.append(BankProblem(TARGETS, None, message))

    if len(families) < MIN_FAMILIES:
        add(f"{len(families)} validated families, the target is {MIN_FAMILIES}")
    if len(served) < MIN_ITEMS:
        add(f"{len(served)} validated items, the target is {MIN_ITEMS}")
    share = sum(bool(f.material) for f in families.values()) / max(1, len(families))
    if share < MIN_MATERIAL_SHARE:
        add(f"{share:.0%} of families have material, the target is {MIN_MATERIAL_SHARE:.0%}")
    for code in COMPETENCE_CODES:
        mine = [f for f in families.values() if f.competence == code]
        if len(mine) < MIN_FAMILIES_PER_COMPETENCE:
            add(f"{code}: {len(mine)} families, the target is {MIN_FAMILIES_PER_COMPETENCE}")
        short = [n for n in TARGET_LEVELS if sum(f.level == n for f in mine) < MIN_PER_LEVEL]
        if short:
            add(f"{code}: fewer than {MIN_PER_LEVEL} families at level(s) {short}")
        missing = sorted(set(THEMES[code]) - {f.theme for f in mine})
        if missing:
            add(f"{code}: themes not covered: {', '.join(missing)}")
    return problems


def bank_figures(directory: Path | None = None, *, targets: bool = True) -> BankFigures:
    """The figures of a bank directory, with every rule problem (and target, unless told)."""
    items, problems = collect(directory or DEFAULT_DIRECTORY)
    figures = figures_of(items)
    extra = target_problems(items) if targets else []
    return dataclasses.replace(figures, problems=problems + extra)
