"""Scores, bands, levels and pix (assessment.scoring)."""

from itertools import pairwise

import numpy as np
import pytest

from assessment import scoring


def test_score_is_monotone_and_bounded() -> None:
    thetas = np.linspace(-7, 7, 2001)
    scores = [scoring.global_score(float(t)) for t in thetas]
    assert scores[0] == 0 and scores[-1] == 1023
    assert all(x <= y for x, y in pairwise(scores))
    levels = [scoring.level_of_theta(float(t)) for t in thetas]
    assert all(x <= y for x, y in pairwise(levels))
    assert set(levels) == set(range(9))


def test_capacity_intervals_map_knots_to_level_edges() -> None:
    for k, t in enumerate(scoring.THETA_KNOTS[:-1]):
        assert scoring.score_of_theta(t) == pytest.approx(128 * k)


@pytest.mark.parametrize(
    ("score", "level", "en", "fr"),
    [
        (0, 0, "Pre-beginner", "Pré-novice"),
        (63, 0, "Pre-beginner", "Pré-novice"),
        (64, 1, "Beginner 1", "Novice 1"),
        (127, 1, "Beginner 1", "Novice 1"),
        (128, 2, "Beginner 2", "Novice 2"),
        (255, 2, "Beginner 2", "Novice 2"),
        (256, 3, "Independent 1", "Indépendant 1"),
        (511, 4, "Independent 2", "Indépendant 2"),
        (512, 5, "Advanced 1", "Avancé 1"),
        (767, 6, "Advanced 2", "Avancé 2"),
        (768, 7, "Expert 1", "Expert 1"),
        (895, 7, "Expert 1", "Expert 1"),
        (896, 8, "Expert 2", "Expert 2"),
        (1023, 8, "Expert 2", "Expert 2"),
    ],
)
def test_band_edges(score: int, level: int, en: str, fr: str) -> None:
    b = scoring.band(score)
    assert (b.level, b.name_en, b.name_fr) == (level, en, fr)


def test_cap_by_best_competence_level() -> None:
    theta = 3.9  # would be Expert 2
    assert scoring.global_score(theta) > 896
    assert scoring.global_score(theta, {"1.1": 3, "1.2": 2}) == 383
    assert scoring.global_score(theta, {"1.1": 0}) == 63
    assert scoring.global_score(-3.0, {"1.1": 8}) == scoring.global_score(-3.0)


def test_pix_eight_per_level_and_finer_within() -> None:
    thetas = np.linspace(-6, 6, 3001)
    pix = [scoring.pix_of_theta(float(t)) for t in thetas]
    assert pix[0] == 0 and pix[-1] == 64
    assert all(x <= y for x, y in pairwise(pix))
    for t, p in zip(thetas, pix, strict=True):
        lvl = scoring.level_of_theta(float(t))
        assert 8 * lvl <= p <= (64 if lvl == 8 else 8 * lvl + 7)
    assert len(set(pix)) == 65
