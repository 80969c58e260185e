"""The engine's positioning state as JSON, so an attempt resumes exactly where it stopped.

Every asked item is stored with the version and the 2PL parameters used (DESIGN: items are
versioned, so a result can be recomputed after a recalibration) and its outcome. Python's
``json`` writes floats with ``repr``, which reads back to the same float, so the state read
back is the state stored, bit for bit.
"""

from __future__ import annotations

from typing import Any

from assessment.adaptive import AskedItem, Outcome
from assessment.positioning import PositioningTest
from assessment.types import ItemParams


def asked_to_json(item: AskedItem) -> dict[str, Any]:
    """One asked item as JSON (the certification test's state writes the same shape)."""
    p = item.params
    marked = {"pretest": True} if item.pretest else {}  # unscored, being calibrated
    return marked | {
        "id": p.id,
        "version": p.version,
        "competence": p.competence,
        "tube": p.tube,
        "discrimination": p.discrimination,
        "difficulty": p.difficulty,
        "outcome": None if item.outcome is None else item.outcome.value,
    }


def asked_from_json(data: dict[str, Any]) -> AskedItem:
    """The asked item stored by :func:`asked_to_json`."""
    params = ItemParams(
        id=str(data["id"]),
        competence=str(data["competence"]),
        tube=str(data["tube"]),
        discrimination=float(data["discrimination"]),
        difficulty=float(data["difficulty"]),
        version=int(data["version"]),
    )
    outcome = data["outcome"]
    return AskedItem(
        params, None if outcome is None else Outcome(outcome), bool(data.get("pretest", False))
    )


def to_json(test: PositioningTest) -> dict[str, Any]:
    """The state as a JSON object (stored in ``positioning_attempts.engine_state``)."""
    return {
        "competence": test.competence,
        "asked": [asked_to_json(x) for x in test.asked],
        "seen_item_ids": sorted(test.seen_item_ids),
        "se_target": test.se_target,
        "max_items": test.max_items,
        "exhausted": test.exhausted,
    }


def from_json(data: dict[str, Any]) -> PositioningTest:
    """The state stored by :func:`to_json`."""
    return PositioningTest(
        competence=str(data["competence"]),
        asked=tuple(asked_from_json(x) for x in data["asked"]),
        seen_item_ids=frozenset(str(i) for i in data["seen_item_ids"]),
        se_target=float(data["se_target"]),
        max_items=int(data["max_items"]),
        exhausted=bool(data["exhausted"]),
    )
