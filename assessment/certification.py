"""The certification test as an explicit, immutable state (DESIGN, "The competence framework").

* 32 items over all 16 competences: each competence 1 to 3 times. Exactly 2 each is the
  natural plan, but forcing it costs about 3 % of RMSE on the benchmark bank (1.09 × the
  information bound instead of 1.06 ×), so the maximum is 3. At most one item per tube, no
  two in a row from one competence, items seen in earlier attempts excluded; selection is
  :func:`assessment.selection.select_next` with a batch of one: Fisher information under the
  running 25 % exposure cap, with the progressive a-stratification of
  :mod:`assessment.exposure` (discrimination counted up to 1 / posterior SD); first the most
  informative item never given so far if it is within 50 % of the best (``fresh``: on a bank
  whose a varies, the low-a items would otherwise never be used), else among items within
  2 % of the best the one given least so far (``spread``: a bank of provisional parameters
  has many items of equal information, which would otherwise be taken in file order);
  enemies of a given item are out (from the pool).
* States: started → completed (all items answered), ended by the invigilator, or ended by the
  finalization of the session. An end by the invigilator carries an abort reason: candidate or
  technical.
* Result: skipped and timed-out items are wrong; an item asked but unanswered at the end is
  timed out. A valid result needs at least 20 answers. A *technical* abort with fewer than 20
  answers gives no result at all and allows a retake; a *candidate* abort scores what was
  answered and is not valid below 20 answers.
* Certifiable: at least 5 competences at level ≥ 1 in the positioning profile.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

import numpy as np

from assessment.adaptive import (
    AskedItem,
    NotCertifiableError,
    Outcome,
    TestEndedError,
    ability,
    answered,
    choose_recorded,
    with_answer,
)
from assessment.framework import CERTIFIABLE_MIN_COMPETENCES, COMPETENCE_CODES
from assessment.irt import estimate
from assessment.pool import ExposureCounts, ItemPool
from assessment.record import Record
from assessment.scoring import band, global_score, level_of_theta
from assessment.selection import SelectionRules
from assessment.types import ItemParams

CERTIFICATION_LENGTH = 32
MIN_ANSWERS = 20
# Competence levels: each competence's own ability, with a prior centred on the global θ.
COMPETENCE_PRIOR_SD = 0.75

CERTIFICATION_RULES = SelectionRules(
    length=CERTIFICATION_LENGTH,
    require_all_competences=True,
    no_consecutive_competence=True,
    max_per_competence=3,
    exposure_max=0.25,
    discrimination_ceiling=1.0,
    spread=0.02,
    fresh=0.5,
)


class TestStatus(enum.Enum):
    STARTED = "started"
    COMPLETED = "completed"
    ENDED_BY_INVIGILATOR = "ended_by_invigilator"
    ENDED_BY_FINALIZATION = "ended_by_finalization"

    __test__ = False


class AbortReason(enum.Enum):
    CANDIDATE = "candidate"
    TECHNICAL = "technical"


def is_certifiable(profile_levels: Mapping[str, int]) -> bool:
    """At least 5 competences at level ≥ 1 in the positioning profile."""
    return sum(1 for lvl in profile_levels.values() if lvl >= 1) >= CERTIFIABLE_MIN_COMPETENCES


@dataclass(frozen=True, slots=True)
class CertificationTest:
    """Everything needed to continue the test or recompute its score exactly."""

    asked: tuple[AskedItem, ...] = ()
    seen_item_ids: frozenset[str] = frozenset()
    status: TestStatus = TestStatus.STARTED
    abort_reason: AbortReason | None = None
    rules: SelectionRules = CERTIFICATION_RULES
    # What the selection read from ``asked`` (kept from call to call, extended by one item or
    # one answer; not part of the test's value: a test read back from storage has none and
    # the next selection reads its record once).
    memo: Record | None = field(default=None, compare=False, repr=False)

    @property
    def ended(self) -> bool:
        return self.status is not TestStatus.STARTED

    @property
    def pending(self) -> ItemParams | None:
        if self.asked and self.asked[-1].outcome is None:
            return self.asked[-1].params
        return None


def start(
    profile_levels: Mapping[str, int],
    exposure: ExposureCounts,
    seen_item_ids: Iterable[str] = (),
    rules: SelectionRules = CERTIFICATION_RULES,
) -> CertificationTest:
    """Start a test if the candidate is certifiable; counts one more test for exposure."""
    if not is_certifiable(profile_levels):
        raise NotCertifiableError(
            f"fewer than {CERTIFIABLE_MIN_COMPETENCES} competences at level 1 or more"
        )
    exposure.record_tests_started()
    return CertificationTest(seen_item_ids=frozenset(seen_item_ids), rules=rules)


def next_item(
    test: CertificationTest,
    pool: ItemPool,
    exposure: ExposureCounts,
    rng: np.random.Generator,
) -> tuple[CertificationTest, ItemParams]:
    """The item to show: the pending one if any, else a newly selected one."""
    if test.ended:
        raise TestEndedError(f"the test has ended ({test.status.value})")
    pending = test.pending
    if pending is not None:
        return test, pending
    item, memo = choose_recorded(
        pool, test.asked, test.seen_item_ids, test.rules, exposure, rng, test.memo
    )
    return _with_asked(test, (*test.asked, AskedItem(item)), memo), item


def _with_asked(
    test: CertificationTest, asked: tuple[AskedItem, ...], memo: Record | None
) -> CertificationTest:
    """``replace(test, asked=asked, memo=memo)`` without its generic cost (at every answer)."""
    return CertificationTest(
        asked, test.seen_item_ids, test.status, test.abort_reason, test.rules, memo
    )


def answer(test: CertificationTest, item_id: str, outcome: Outcome) -> CertificationTest:
    """Record the answer to the pending item; completes the test after the last item."""
    if test.ended:
        raise TestEndedError(f"the test has ended ({test.status.value})")
    asked = with_answer(test.asked, item_id, outcome)
    if len(asked) >= test.rules.length:
        return replace(test, asked=asked, status=TestStatus.COMPLETED, memo=None)
    memo = test.memo
    memo = memo.answered(outcome.is_correct) if memo is not None and memo.pending >= 0 else None
    return _with_asked(test, asked, memo)


def end_by_invigilator(test: CertificationTest, reason: AbortReason) -> CertificationTest:
    if test.ended:
        raise TestEndedError(f"the test has ended ({test.status.value})")
    return _close(test, TestStatus.ENDED_BY_INVIGILATOR, reason)


def end_by_finalization(test: CertificationTest) -> CertificationTest:
    if test.ended:
        raise TestEndedError(f"the test has ended ({test.status.value})")
    return _close(test, TestStatus.ENDED_BY_FINALIZATION, None)


def _close(
    test: CertificationTest, status: TestStatus, reason: AbortReason | None
) -> CertificationTest:
    asked = test.asked
    if test.pending is not None:  # shown but not answered: timed out, scored as wrong
        asked = (*asked[:-1], AskedItem(asked[-1].params, Outcome.TIMED_OUT))
    return replace(test, asked=asked, status=status, abort_reason=reason, memo=None)


@dataclass(frozen=True, slots=True)
class CertificationResult:
    valid: bool
    answers: int
    theta: float
    standard_error: float
    score: int
    band_level: int
    band_en: str
    band_fr: str
    competence_levels: dict[str, int]


def competence_levels(asked: Iterable[AskedItem], theta: float) -> dict[str, int]:
    """Level of each competence from its own answers, shrunk towards the global θ.

    EAP with prior N(θ, 0.75²) on the competence's answers: monotone in ability, and a
    competence with no answers gets the level of the global θ.
    """
    done = answered(asked)
    out: dict[str, int] = {}
    for code in COMPETENCE_CODES:
        mine = [x for x in done if x.params.competence == code]
        a = np.array([x.params.discrimination for x in mine])
        b = np.array([x.params.difficulty for x in mine])
        c = np.array([x.outcome is Outcome.CORRECT for x in mine])
        # Rescale so the standard-normal-prior EAP gives a N(θ, sd²) prior: θ' = (θc − θ)/sd.
        sd = COMPETENCE_PRIOR_SD
        t, _ = estimate(a * sd, (b - theta) / sd, c) if mine else (0.0, 0.0)
        out[code] = level_of_theta(theta + sd * t)
    return out


def result(test: CertificationTest) -> CertificationResult | None:
    """The result of an ended test; ``None`` when it gives none (technical abort < 20)."""
    if not test.ended:
        raise TestEndedError("the test has not ended yet")
    given = answers_given(test)
    if test.abort_reason is AbortReason.TECHNICAL and given < MIN_ANSWERS:
        return None
    theta, se = ability(test.asked)
    levels = competence_levels(test.asked, theta)
    score = global_score(theta, levels)
    b = band(score)
    return CertificationResult(
        valid=given >= MIN_ANSWERS,
        answers=given,
        theta=theta,
        standard_error=se,
        score=score,
        band_level=b.level,
        band_en=b.name_en,
        band_fr=b.name_fr,
        competence_levels=levels,
    )


def answers_given(test: CertificationTest) -> int:
    """Answers the candidate gave (correct, wrong or skipped); timed-out items do not count."""
    return sum(
        1 for x in test.asked if x.outcome in (Outcome.CORRECT, Outcome.WRONG, Outcome.SKIPPED)
    )


def retake_allowed(test: CertificationTest) -> bool:
    """A technical abort before 20 answers gives no result and allows a retake."""
    return (
        test.status is TestStatus.ENDED_BY_INVIGILATOR
        and test.abort_reason is AbortReason.TECHNICAL
        and answers_given(test) < MIN_ANSWERS
    )
