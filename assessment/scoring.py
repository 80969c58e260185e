"""From ability to global score, bands, competence levels and pix.

DESIGN, "The competence framework".

All mappings are data (tables below) and pure functions.

* Global score: θ goes through 8 *capacity intervals*, one per level; interval k maps
  [THETA_KNOTS[k], THETA_KNOTS[k+1]] linearly onto [128 k, 128 (k+1)], clipped to 0–1023.
  The knots place a N(0, 1) population mostly in levels 2–5, as on the reference platform.
* Bands (DESIGN): 0–63 pre-beginner, 64–127 Beginner 1, 128–255 Beginner 2, …, 896–1023
  Expert 2. The band index *is* the level: 0 pre-beginner, 1 Beginner 1, …, 8 Expert 2.
* Competence level 0–8 = the band of the competence's own score, so it is monotone in ability
  and consistent with the global bands by construction.
* Pix of a competence: 8 per level (64 max). Within a level, pix are finer: 8 × level + the
  eighth of the band reached, so pix = 0–7 at level 0, 8–15 at level 1, …; level 8 gives 64.
* Cap: the global score is capped by the highest level any competence reached: at most the top
  of that band (63 for level 0, 128 × level − 1 otherwise), so no certificate shows a global
  band above every one of its competence levels.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from assessment.framework import MAX_LEVEL, PIX_PER_COMPETENCE, PIX_PER_LEVEL

MAX_SCORE = 1023
# θ at the edges of the 8 capacity intervals (score 0, 128, …, 1024).
THETA_KNOTS: tuple[float, ...] = (-4.0, -1.9, -1.0, -0.3, 0.4, 1.1, 1.8, 2.6, 4.0)
SCORE_KNOTS: tuple[int, ...] = tuple(128 * k for k in range(9))

# (lowest score, level, English, French)
BANDS: tuple[tuple[int, int, str, str], ...] = (
    (0, 0, "Pre-beginner", "Pré-novice"),
    (64, 1, "Beginner 1", "Novice 1"),
    (128, 2, "Beginner 2", "Novice 2"),
    (256, 3, "Independent 1", "Indépendant 1"),
    (384, 4, "Independent 2", "Indépendant 2"),
    (512, 5, "Advanced 1", "Avancé 1"),
    (640, 6, "Advanced 2", "Avancé 2"),
    (768, 7, "Expert 1", "Expert 1"),
    (896, 8, "Expert 2", "Expert 2"),
)


@dataclass(frozen=True, slots=True)
class Band:
    level: int
    low: int
    high: int
    name_en: str
    name_fr: str


def score_of_theta(theta: float) -> float:
    """Continuous score of θ through the capacity intervals (0 ≤ result ≤ 1023)."""
    if theta <= THETA_KNOTS[0]:
        return 0.0
    for k in range(8):
        lo, hi = THETA_KNOTS[k], THETA_KNOTS[k + 1]
        if theta < hi:
            return SCORE_KNOTS[k] + 128.0 * (theta - lo) / (hi - lo)
    return float(MAX_SCORE)


def band(score: int) -> Band:
    """The band of an integer global score 0–1023."""
    s = min(max(int(score), 0), MAX_SCORE)
    for i in range(len(BANDS) - 1, -1, -1):
        low, level, en, fr = BANDS[i]
        if s >= low:
            high = BANDS[i + 1][0] - 1 if i + 1 < len(BANDS) else MAX_SCORE
            return Band(level, low, high, en, fr)
    raise AssertionError("unreachable: BANDS starts at 0")  # pragma: no cover


def level_of_theta(theta: float) -> int:
    """Level 0–8 of an ability: the band of its score."""
    return band(math.floor(min(score_of_theta(theta), MAX_SCORE))).level


def pix_of_theta(theta: float) -> int:
    """Pix 0–64 of one competence: 8 per level, plus the eighths of the band reached."""
    s = min(score_of_theta(theta), float(MAX_SCORE))
    b = band(math.floor(s))
    if b.level >= MAX_LEVEL:
        return PIX_PER_COMPETENCE
    frac = (s - b.low) / (b.high + 1 - b.low)
    return min(PIX_PER_LEVEL * b.level + math.floor(PIX_PER_LEVEL * frac), PIX_PER_COMPETENCE)


def score_cap(max_competence_level: int) -> int:
    """Highest global score allowed when the best competence level is ``max_competence_level``."""
    lvl = min(max(max_competence_level, 0), MAX_LEVEL)
    return 63 if lvl == 0 else min(128 * lvl - 1, MAX_SCORE)


def global_score(theta: float, competence_levels: Mapping[str, int] | None = None) -> int:
    """Integer global score 0–1023 of θ, capped by the best competence level when given."""
    s = math.floor(min(score_of_theta(theta), float(MAX_SCORE)))
    if competence_levels:
        s = min(s, score_cap(max(competence_levels.values())))
    return s
