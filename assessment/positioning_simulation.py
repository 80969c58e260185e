"""Simulated positioning tests on a bank, per competence (``certinum assessment simulate
--positioning``).

For every competence of the pool, candidates with true θ drawn uniformly in [−2, 2] take the
competence's positioning test one after the other through the service's one-candidate path
(:func:`assessment.positioning.next_item` and :func:`~assessment.positioning.answer`, exposure
counts carried over from candidate to candidate), answering from the bank's parameters. The
figure of the issue is the share of candidates whose test reaches the SE target (0.40) within
the length (20 items).

Beside the engine, an *oracle* shows what the bank itself allows: each candidate is given the
items most informative at their *true* θ, under the same tube and enemy rules (no exposure
control), and reaches the target as soon as its posterior SD does. When the oracle's share is
below the target, no selection rule can meet it: the bank (its items, or their parameters) is
what falls short.

:func:`se_floor` is a bound that needs no simulation. The engine's SE is the posterior SD
with a N(0, 1) prior; the log-posterior's curvature is 1 + Σ a²P(1 − P) ≤ 1 + Σ a²/4 at every
θ, and a density whose curvature never exceeds κ has a variance of at least 1/κ (Cramér–Rao
for a location family). So no test of L items reaches an SE below 1/√(1 + Σ a²/4) over the L
largest discriminations (one item per tube). With the provisional parameters (a = 1 for every
item) that is 1/√(1 + 20 × 0.25) = 0.408 for 20 items: SE 0.40 is out of reach, for every
candidate and whatever the selection.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from assessment import positioning
from assessment.adaptive import Outcome
from assessment.irt import (
    FloatArray,
    eap,
    information,
    initial_log_posterior,
    log_likelihood_on_grid,
    probability,
)
from assessment.pool import ExposureCounts, ItemPool

THETA_LOW, THETA_HIGH = -2.0, 2.0  # θ uniform in this range (the population)
POSITIONING_TARGET = 0.90  # share of candidates to reach the SE target, in every competence


@dataclass(frozen=True, slots=True)
class CompetenceRun:
    """Figures of one competence: ``reached`` is the share of candidates whose test reached the
    SE target within the length; ``oracle_reached`` the same under the oracle."""

    competence: str
    items: int
    tubes: int
    candidates: int
    reached: float
    mean_items: float
    median_final_se: float
    exhausted: float
    oracle_reached: float
    oracle_median_se: float
    rmse: float
    se_floor: float

    @property
    def out_of_reach(self) -> bool:
        """No test of this competence can reach the SE target (:func:`se_floor`)."""
        return self.se_floor > positioning.DEFAULT_SE_TARGET

    def as_json(self) -> dict[str, object]:
        return {
            "items": self.items,
            "tubes": self.tubes,
            "candidates": self.candidates,
            "reached": self.reached,
            "mean_items": self.mean_items,
            "median_final_se": self.median_final_se,
            "exhausted": self.exhausted,
            "oracle_reached": self.oracle_reached,
            "oracle_median_se": self.oracle_median_se,
            "rmse": self.rmse,
            "se_floor": self.se_floor,
        }


def simulate_positioning(
    pool: ItemPool,
    competence: str,
    rng: np.random.Generator,
    *,
    candidates: int = 200,
    se_target: float = positioning.DEFAULT_SE_TARGET,
    max_items: int = positioning.DEFAULT_MAX_ITEMS,
) -> CompetenceRun:
    """Run ``candidates`` positioning tests of ``competence`` (see the module docstring)."""
    comp = positioning.competence_pool(pool, competence)
    answer_rng, select_rng, oracle_rng = rng.spawn(3)
    thetas = answer_rng.uniform(THETA_LOW, THETA_HIGH, candidates)
    uniforms = answer_rng.random((candidates, max_items))
    exposure = ExposureCounts.empty(comp)
    ses, lengths, errors = np.empty(candidates), np.empty(candidates), np.empty(candidates)
    exhausted = 0
    for c in range(candidates):
        test = positioning.start(competence, exposure, se_target=se_target, max_items=max_items)
        step = 0
        while True:
            test, item = positioning.next_item(test, comp, exposure, select_rng)
            if item is None:
                break
            p = probability(thetas[c], item.discrimination, item.difficulty)
            right = bool(uniforms[c, step] < p)
            step += 1
            test = positioning.answer(test, item.id, Outcome.CORRECT if right else Outcome.WRONG)
        res = positioning.result(test)
        ses[c], lengths[c], errors[c] = res.standard_error, res.answers, res.theta - thetas[c]
        exhausted += test.exhausted
    oracle = oracle_se(comp, thetas, max_items, oracle_rng)
    return CompetenceRun(
        competence=competence,
        items=len(comp),
        tubes=len(comp.tubes),
        candidates=candidates,
        reached=float(np.mean(ses <= se_target)),
        mean_items=float(lengths.mean()),
        median_final_se=float(np.median(ses)),
        exhausted=exhausted / candidates,
        oracle_reached=float(np.mean(oracle.min(axis=1) <= se_target)),
        oracle_median_se=float(np.median(oracle[:, -1])),
        rmse=float(np.sqrt(np.mean(errors**2))),
        se_floor=se_floor(comp, max_items),
    )


def se_floor(pool: ItemPool, length: int) -> float:
    """The lowest SE any test of ``length`` items of ``pool`` can reach: 1/√(1 + Σ a²/4)
    over the ``length`` largest discriminations, one per tube (see the module docstring)."""
    best = np.zeros(len(pool.tubes))
    np.maximum.at(best, pool.tube_index, np.asarray(pool.a, dtype=np.float64))
    top = np.sort(best)[::-1][:length]
    return float(1.0 / np.sqrt(1.0 + float((top * top).sum()) / 4.0))


def oracle_se(
    pool: ItemPool, thetas: FloatArray, length: int, rng: np.random.Generator
) -> FloatArray:
    """Posterior SD after each of the ``length`` items most informative at the true θ, under
    the tube and enemy rules (greedy; a candidate who runs out keeps their last SD), shape
    ``(n, length)``."""
    n = thetas.shape[0]
    out = np.empty((n, length))
    info = information(thetas[:, None], pool.a[None, :], pool.b[None, :])
    for r in range(n):
        lp = initial_log_posterior(1)[0]
        tubes: set[int] = set()
        banned: set[int] = set()
        k = 0
        for i in np.argsort(-info[r], kind="stable").tolist():
            if k == length:
                break
            if i in banned or int(pool.tube_index[i]) in tubes:
                continue
            tubes.add(int(pool.tube_index[i]))
            banned.update(pool.enemies[i] if pool.enemies else ())
            right = rng.random() < probability(thetas[r], pool.a[i], pool.b[i])
            lp = (
                lp
                + log_likelihood_on_grid(pool.a[i : i + 1], pool.b[i : i + 1], np.array([right]))[0]
            )
            out[r, k] = float(eap(lp[None, :])[1][0])
            k += 1
        out[r, k:] = out[r, k - 1] if k else 1.0
    return out
