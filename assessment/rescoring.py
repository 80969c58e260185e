"""Recomputing a certification result from what a test stored (DESIGN, "items are versioned").

A test stores, for every question asked, the item id and version, the parameters used and the
outcome. :func:`rescore` rebuilds the engine's record from those rows alone (no item bank, no
selection) and gives the result :func:`assessment.certification.result` gives, with the
*neutralised* questions left out: a neutralised question counts neither for the ability, nor
for the competence levels, nor as an answer (so it may take a result below the 20 answers a
valid result needs). Nothing here changes its inputs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from assessment.adaptive import AskedItem, Outcome
from assessment.certification import (
    AbortReason,
    CertificationResult,
    CertificationTest,
    TestStatus,
    result,
)
from assessment.types import ItemParams


@dataclass(frozen=True, slots=True)
class StoredAnswer:
    """One stored question: its item, version, the parameters used, the outcome (``None``:
    asked but never answered, which the end of a test makes timed out) and the flag."""

    item_id: str
    version: int
    parameters: Mapping[str, Any]
    outcome: Outcome | None
    neutralised: bool = False


def params_of(stored: StoredAnswer) -> ItemParams:
    """The 2PL parameters a stored question was scored with: ``a``/``b`` (or their long names
    ``discrimination``/``difficulty``), ``competence``, ``tube``; ``ValueError`` otherwise."""
    p = stored.parameters
    try:
        a = float(p["a"] if "a" in p else p["discrimination"])
        b = float(p["b"] if "b" in p else p["difficulty"])
        competence, tube = str(p["competence"]), str(p.get("tube", stored.item_id))
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"item {stored.item_id!r}: unusable stored parameters") from exc
    if not a > 0:
        raise ValueError(f"item {stored.item_id!r}: discrimination must be positive")
    return ItemParams(stored.item_id, competence, tube, a, b, stored.version)


def rescore(
    answers: Iterable[StoredAnswer],
    *,
    status: TestStatus = TestStatus.COMPLETED,
    abort_reason: AbortReason | None = None,
) -> CertificationResult | None:
    """The result of an ended test from its stored answers, neutralised ones left out.

    ``None`` when the test gives no result (a technical abort under 20 answers). An unanswered
    question counts as timed out, as at the end of a test.
    """
    if status is TestStatus.STARTED:
        raise ValueError("a started test has no result yet")
    asked = tuple(
        AskedItem(params_of(x), x.outcome if x.outcome is not None else Outcome.TIMED_OUT)
        for x in answers
        if not x.neutralised
    )
    return result(CertificationTest(asked=asked, status=status, abort_reason=abort_reason))
