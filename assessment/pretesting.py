"""Simulation of the pretest design: new items carried unscored by positioning tests, then
calibrated from their stored responses (``certinum assessment simulate --pretest``).

Candidates θ ~ N(0, 1) take positioning tests of one competence one after the other, through
the service's one-candidate path (:func:`assessment.positioning.next_item` with a
:class:`~assessment.positioning.PretestPlan`); every pretest item the test carries is answered
from its *true* parameters, which the engine never sees (it serves the items with provisional
ones and scores nothing with them). Once every pretest item has ``responses`` responses,
:func:`assessment.pretest_calibration.calibrate_pretest_posteriors` estimates them from those
responses (the first ``responses`` of each item) and the candidates' posteriors given their
scored answers, with a N(b served, 1) prior on b (the provisional b, here 0 for every item; the
true b are drawn from N(0, 1)), and the estimates are compared with the true parameters.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from assessment import positioning
from assessment.adaptive import Outcome, log_posterior
from assessment.irt import FloatArray, probability
from assessment.pool import ExposureCounts, ItemPool
from assessment.pretest_calibration import PRETEST_MIN_RESPONSES, calibrate_pretest_posteriors
from assessment.types import ItemParams

# New items per simulated run: a run's b RMSE is an estimate from its items only, so it moves
# from seed to seed (0.163–0.229 over seeds 0–4 on 1.1 of the shipped bank, 300 responses);
# 24 items narrow that noise by about √2 against 12.
PRETEST_ITEMS = 24
PRETEST_B_RMSE_TARGET = 0.15  # the issue's: b RMSE after 300 responses per item


@dataclass(frozen=True, slots=True)
class PretestRun:
    pretest_items: int
    responses_per_item: int
    candidates: int
    b_rmse: float
    a_rmse: float
    b_bias: float
    scored_items: int
    b_se: float  # root mean square of the items' standard errors of b
    b_covered: float  # share of items whose true b is within 1.96 SE of the estimate
    b_bound: float  # what the same responses would give at best with every θ known

    def as_json(self) -> dict[str, float | int]:
        return {
            "pretest_items": self.pretest_items,
            "responses_per_item": self.responses_per_item,
            "candidates": self.candidates,
            "b_rmse": self.b_rmse,
            "a_rmse": self.a_rmse,
            "b_bias": self.b_bias,
            "scored_items": self.scored_items,
            "b_se": self.b_se,
            "b_covered": self.b_covered,
            "b_bound_known_theta": self.b_bound,
        }


def simulate_pretest(
    pool: ItemPool,
    competence: str,
    rng: np.random.Generator,
    *,
    n_pretest: int = PRETEST_ITEMS,
    responses: int = PRETEST_MIN_RESPONSES,
    rate: float = positioning.PRETEST_RATE,
    discrimination: float | None = None,
) -> PretestRun:
    """Run the design on ``competence`` of ``pool`` with ``n_pretest`` new items whose true
    a ~ lognormal(0, 0.25) and b ~ N(0, 1), served with provisional a = 1, b = 0;
    ``discrimination`` fixes the estimated a to that value (b only)."""
    comp = positioning.competence_pool(pool, competence)
    true_a = rng.lognormal(0.0, 0.25, n_pretest)
    true_b = rng.normal(0.0, 1.0, n_pretest)
    ids = [f"pretest-{competence}-{k:02d}" for k in range(n_pretest)]
    truth = {i: (float(a), float(b)) for i, a, b in zip(ids, true_a, true_b, strict=True)}
    served = [ItemParams(i, competence, i, 1.0, 0.0) for i in ids]
    counts: dict[str, int] = {}
    stored: list[tuple[str, str, bool]] = []
    posteriors: dict[str, FloatArray] = {}
    thetas: dict[str, float] = {}
    exposure = ExposureCounts.empty(comp)
    n = 0
    while min(counts.get(i, 0) for i in ids) < responses:
        cand = f"cand-{n}"
        theta = thetas[cand] = float(rng.normal())
        n += 1
        test = positioning.start(competence, exposure)
        plan = positioning.PretestPlan(served, counts, rate)
        while True:
            test, item = positioning.next_item(test, comp, exposure, rng, pretest=plan)
            if item is None:
                break
            a, b = truth.get(item.id, (item.discrimination, item.difficulty))
            right = bool(rng.random() < probability(theta, a, b))
            if item.id in truth:
                counts[item.id] = counts.get(item.id, 0) + 1
                stored.append((cand, item.id, right))
            test = positioning.answer(test, item.id, Outcome.CORRECT if right else Outcome.WRONG)
        posteriors[cand] = log_posterior(test.asked)  # given the scored answers only
    per_item: dict[str, list[tuple[str, str, bool]]] = {}
    for r in stored:  # the first ``responses`` responses of each item
        rows = per_item.setdefault(r[1], [])
        if len(rows) < responses:
            rows.append(r)
    bound = [
        b_variance_bound(np.array([thetas[r[0]] for r in rows]), *truth[i], discrimination)
        for i, rows in per_item.items()
    ]
    est = calibrate_pretest_posteriors(
        [r for rows in per_item.values() for r in rows],
        posteriors,
        min_responses=responses,
        prior_difficulty={it.id: it.difficulty for it in served},
        discrimination=discrimination,
    )
    db = np.array([e.difficulty - truth[e.id][1] for e in est])
    da = np.array([e.discrimination - truth[e.id][0] for e in est])
    se = np.array([e.difficulty_se for e in est])
    return PretestRun(
        pretest_items=n_pretest,
        responses_per_item=responses,
        candidates=n,
        b_rmse=float(np.sqrt(np.mean(db**2))),
        a_rmse=float(np.sqrt(np.mean(da**2))),
        b_bias=float(np.mean(db)),
        scored_items=sum(e.scored for e in est),
        b_se=float(np.sqrt(np.mean(se**2))),
        b_covered=float(np.mean(np.abs(db) <= 1.96 * se)),
        b_bound=float(np.sqrt(np.mean(bound))),
    )


def b_variance_bound(theta: FloatArray, a: float, b: float, fixed_a: float | None) -> float:
    """The Cramér–Rao bound on the variance of b̂ from answers of candidates of known
    ``theta`` to an item (a, b): the inverse of the (a, b) Fisher information, or of the b
    information alone (a known) when ``fixed_a`` is given. No unbiased estimate from these
    responses does better, and the candidates' θ are in fact unknown; a prior on b (the
    calibration's N(b served, 1)) can go below it only by its own weight, a few percent at
    300 responses."""
    d = theta - b
    q = probability(theta, a, b) * (1.0 - probability(theta, a, b))
    i_bb = a * a * float(q.sum())
    if fixed_a is not None:
        return 1.0 / i_bb
    i_aa, i_ab = float((q * d * d).sum()), -a * float((q * d).sum())
    return i_aa / (i_aa * i_bb - i_ab * i_ab)
