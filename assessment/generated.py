"""Generated item banks of the shipped bank's shape, for simulations and the bench.

The shipped bank is being enlarged to about 2,000 items: 16 competences of 40 item families,
families at levels 1–7 (at least 4 at each) and a few at level 8, each family generating
variants (2,000 items in all) that share its tube and are mutual enemies. Parameters:

* ``provisional`` (the shipped bank today): a = 1 and b from the level, as
  :func:`assessment.bank.provisional_params` gives them ((level − 4.5) × 0.75);
* ``calibrated``: what calibration may find later, a ~ lognormal(0, 0.25) per family and
  b = the level's b + N(0, 0.35), each variant drawn around its family (a × lognormal(0, 0.1),
  b + N(0, 0.15)).
"""

from __future__ import annotations

import numpy as np

from assessment.framework import COMPETENCE_CODES
from assessment.pool import ItemPool
from assessment.types import ItemParams

LEVEL_STEP = 0.75
LEVEL_CENTRE = 4.5


def level_difficulty(level: int) -> float:
    return (level - LEVEL_CENTRE) * LEVEL_STEP


def generated_bank(
    seed: int,
    *,
    items: int = 2000,
    families_per_competence: int = 40,
    calibrated: bool = False,
) -> ItemPool:
    """A bank of ``items`` items in 16 × ``families_per_competence`` families (see above)."""
    rng = np.random.default_rng(20_000 + seed)
    fixed = [lv for lv in range(1, 8) for _ in range(4)]
    if families_per_competence < len(fixed):
        raise ValueError(f"at least {len(fixed)} families per competence")
    families: list[tuple[str, str, int]] = []
    for code in COMPETENCE_CODES:
        more = rng.integers(1, 9, families_per_competence - len(fixed)).tolist()
        for k, level in enumerate(fixed + more):
            families.append((code, f"{code}-f{k:02d}", int(level)))
    if items < len(families):
        raise ValueError("at least one item per family")
    counts = np.full(len(families), items // len(families))
    counts[rng.choice(len(families), items - int(counts.sum()), replace=False)] += 1
    out: list[ItemParams] = []
    enemies: dict[str, frozenset[str]] = {}
    for (code, family, level), m in zip(families, counts.tolist(), strict=True):
        fa, fb = 1.0, level_difficulty(level)
        if calibrated:
            fa, fb = float(rng.lognormal(0.0, 0.25)), fb + float(rng.normal(0.0, 0.35))
        ids = [f"{family}-v{v}" for v in range(m)]
        for item_id in ids:
            a, b = fa, fb
            if calibrated:
                a = fa * float(rng.lognormal(0.0, 0.1))
                b = fb + float(rng.normal(0.0, 0.15))
            out.append(ItemParams(item_id, code, family, a, b))
            enemies[item_id] = frozenset(x for x in ids if x != item_id)
    return ItemPool.from_items(out, enemies=enemies)
