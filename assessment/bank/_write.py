"""Calibration writes back: ``append_irt_versions`` appends versions to the bank's ``irt.yaml``.

The authors' item files are never rewritten: an item's versions live in ``irt.yaml`` (an item
absent from it has one provisional version from its level, which is copied there the first time
a version is appended). Everything is validated before the file is replaced atomically.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from assessment.bank._irt import IRT_FILE, dump_irt_file, load_irt_data, write_atomically
from assessment.bank._load import collect
from assessment.bank._model import IRT_STATUSES, BankError, BankProblem

DECIMALS = 4
UPDATES = "<updates>"  # the ``file`` of problems found in the update request itself


def append_irt_versions(
    directory: Path,
    updates: Mapping[str, tuple[float, float]],
    *,
    source: str,
    status: str = "calibrated",
) -> dict[str, int]:
    """Append a new IRT version ``(discrimination, difficulty)`` to each updated item.

    Values are rounded to 4 decimals. Returns item id → new version number. An unknown id, a
    non-finite value, a discrimination ≤ 0, an unknown status or an invalid bank raises
    ``BankError`` before any file is touched.
    """
    challenges, problems = collect(directory)
    if problems:
        raise BankError(problems)
    if status not in IRT_STATUSES:
        problems.append(BankProblem(UPDATES, None, f"status must be one of {sorted(IRT_STATUSES)}"))
    if not source.strip():
        problems.append(BankProblem(UPDATES, None, "source must be non-empty text"))
    by_id = {c.id: c for c in challenges}
    rounded: dict[str, tuple[float, float]] = {}
    for item_id, (a, b) in updates.items():
        if item_id not in by_id:
            problems.append(BankProblem(UPDATES, item_id, "unknown item id"))
            continue
        ra, rb = round(float(a), DECIMALS), round(float(b), DECIMALS)
        if not (math.isfinite(ra) and math.isfinite(rb) and ra > 0):
            problems.append(
                BankProblem(UPDATES, item_id, f"invalid parameters a={a!r}, b={b!r} (need a > 0)")
            )
            continue
        rounded[item_id] = (ra, rb)
    if problems:
        raise BankError(problems)

    items: dict[str, list[dict[str, Any]]] = (
        {
            str(k): [dict(v) for v in vs]
            for k, vs in load_irt_data(directory, problems)["items"].items()
        }
        if (directory / IRT_FILE).exists()
        else {}
    )
    new_versions: dict[str, int] = {}
    for item_id, (a, b) in rounded.items():
        history = items.setdefault(
            item_id,
            [
                {
                    "version": v.version,
                    "discrimination": v.discrimination,
                    "difficulty": v.difficulty,
                    "status": v.status,
                    "source": v.source,
                }
                for v in by_id[item_id].irt
            ],
        )
        number = history[-1]["version"] + 1
        history.append(
            {
                "version": number,
                "discrimination": a,
                "difficulty": b,
                "status": status,
                "source": source,
            }
        )
        new_versions[item_id] = number
    path = directory / IRT_FILE
    previous = path.read_text(encoding="utf-8") if path.exists() else None
    write_atomically(path, dump_irt_file(items))
    _, problems = collect(directory)
    if problems:  # cannot happen for a valid bank and valid updates; undo rather than leave it
        if previous is None:
            path.unlink()
        else:
            write_atomically(path, previous)
        raise BankError(problems)
    return new_versions
