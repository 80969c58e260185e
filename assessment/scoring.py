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


@dataclass(frozen=True, slots=True)
class Band:
    """One global level: its index, a stable key (used in credential ids), its score range
    ``low``–``high`` (inclusive) and its English and French names."""

    level: int
    key: str
    low: int
    high: int
    name_en: str
    name_fr: str


# The one table of score bands (DESIGN, "Facts from the reference platform").
BANDS: tuple[Band, ...] = (
    Band(0, "pre-beginner", 0, 63, "Pre-beginner", "Pré-novice"),
    Band(1, "beginner-1", 64, 127, "Beginner 1", "Novice 1"),
    Band(2, "beginner-2", 128, 255, "Beginner 2", "Novice 2"),
    Band(3, "independent-1", 256, 383, "Independent 1", "Indépendant 1"),
    Band(4, "independent-2", 384, 511, "Independent 2", "Indépendant 2"),
    Band(5, "advanced-1", 512, 639, "Advanced 1", "Avancé 1"),
    Band(6, "advanced-2", 640, 767, "Advanced 2", "Avancé 2"),
    Band(7, "expert-1", 768, 895, "Expert 1", "Expert 1"),
    Band(8, "expert-2", 896, 1023, "Expert 2", "Expert 2"),
)


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
    """The band of an integer global score (clipped to 0–1023)."""
    s = min(max(int(score), 0), MAX_SCORE)
    return next(b for b in BANDS if b.low <= s <= b.high)


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
