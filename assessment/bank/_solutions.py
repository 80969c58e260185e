"""Validation of solutions, one function per answer type; every problem goes to the collector."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Final

from assessment.bank._model import (
    LOCALES,
    BankProblem,
    ChallengeType,
    FieldSolution,
    FieldsSolution,
    FreeAnswerSolution,
    MultipleChoiceSolution,
    NumberSolution,
    PickSolution,
    Punctuation,
    SingleChoiceSolution,
    Solution,
)
from assessment.bank._units import UNITS, parse_number

FREE_KEYS: Final = frozenset(
    {"accepted", "case_sensitive", "accents", "punctuation", "numeric", "spaces"}
)
NUMBER_KEYS: Final = frozenset({"value", "unit", "tolerance", "unit_required"})
ACCENT_MODES: Final = {"ignored": False, "significant": True}
SPACE_MODES: Final = {"collapsed": False, "ignored": True}
NEUTRAL: Final = "any"  # key of language-neutral accepted answers


class Collector:
    """Problems of one item; ``ok`` stays true while none was added."""

    def __init__(self, file: str, item_id: str | None, sink: list[BankProblem]) -> None:
        self.file, self.item_id, self.sink, self.ok = file, item_id, sink, True

    def add(self, message: str) -> None:
        self.ok = False
        self.sink.append(BankProblem(self.file, self.item_id, message))


def is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def is_text(value: object) -> bool:
    return isinstance(value, str) and value.strip() != ""


def parse_solution(
    c: Collector,
    ctype: ChallengeType,
    raw: object,
    n_proposals: int | None,
    fields: tuple[str, ...],
    material: Mapping[str, frozenset[str] | None],
) -> Solution | None:
    def in_range(index: object) -> bool:
        if not isinstance(index, int) or isinstance(index, bool):
            return False
        return n_proposals is None or 0 <= index < n_proposals

    if ctype is ChallengeType.SINGLE_CHOICE:
        if not (isinstance(raw, int) and in_range(raw)):
            c.add(f"single_choice 'solution' must be a proposal index (0-based), got {raw!r}")
            return None
        return SingleChoiceSolution(raw)
    if ctype is ChallengeType.MULTIPLE_CHOICE:
        if not (isinstance(raw, list) and raw and all(in_range(i) for i in raw)):
            c.add(f"multiple_choice 'solution' must be a list of proposal indices, got {raw!r}")
            return None
        if len(set(raw)) != len(raw):
            c.add(f"multiple_choice 'solution' repeats an index: {raw!r}")
            return None
        return MultipleChoiceSolution(frozenset(raw))
    if ctype is ChallengeType.FIELDS:
        return _fields_solution(c, raw, fields)
    if ctype is ChallengeType.PICK:
        return _pick_solution(c, raw, material)
    if ctype is ChallengeType.NUMBER:
        return _number_solution(c, raw, "solution")
    return _free_solution(c, raw)


def _free_solution(c: Collector, raw: object, where: str = "solution") -> FreeAnswerSolution | None:
    if not isinstance(raw, Mapping):
        c.add(f"{where} must be a mapping with 'accepted'")
        return None
    before = len(c.sink)
    for key in sorted(set(map(str, raw)) - FREE_KEYS):
        c.add(f"{where}: unknown key {key!r}")
    case_sensitive = raw.get("case_sensitive", False)
    if not isinstance(case_sensitive, bool):
        c.add(f"{where}: 'case_sensitive' must be true or false, got {case_sensitive!r}")
    accents = raw.get("accents", "ignored")
    if accents not in ACCENT_MODES:
        c.add(f"{where}: 'accents' must be 'ignored' or 'significant', got {accents!r}")
    try:
        punctuation = Punctuation(raw.get("punctuation", "trim"))
    except ValueError:
        c.add(f"{where}: 'punctuation' must be one of {[p.value for p in Punctuation]}")
        punctuation = Punctuation.TRIM
    spaces = raw.get("spaces", "collapsed")
    if spaces not in SPACE_MODES:
        c.add(f"{where}: 'spaces' must be 'collapsed' or 'ignored', got {spaces!r}")
    tolerance: float | None = None
    numeric = raw.get("numeric")
    if numeric is not None:
        tol = numeric.get("tolerance") if isinstance(numeric, Mapping) else None
        if not (
            isinstance(numeric, Mapping)
            and set(numeric) == {"tolerance"}
            and isinstance(tol, int | float)
            and is_number(tol)
            and math.isfinite(tol)
            and tol >= 0
        ):
            c.add(f"{where}: 'numeric' must be {tolerance: <finite number ≥ 0>}")
        else:
            tolerance = float(tol)

    accepted = _accepted(c, raw.get("accepted"), numeric=numeric is not None, where=where)
    if len(c.sink) != before or accepted is None:
        return None
    return FreeAnswerSolution(
        accepted=accepted,
        case_sensitive=bool(case_sensitive),
        accents_significant=ACCENT_MODES[str(accents)],
        punctuation=punctuation,
        numeric_tolerance=tolerance,
        spaces_ignored=SPACE_MODES[str(spaces)],
    )


def _accepted(
    c: Collector, raw: object, *, numeric: bool, where: str
) -> tuple[tuple[str, tuple[str, ...]], ...] | None:
    """``accepted``: a list (language-neutral) or ``{any: [...], fr: [...], en: [...]}``."""
    groups: dict[str, list[object]] = {}
    if isinstance(raw, list):
        groups[NEUTRAL] = raw
    elif isinstance(raw, Mapping) and raw and set(raw) <= {NEUTRAL, *LOCALES}:
        for key, values in raw.items():
            if not isinstance(values, list):
                c.add(f"{where}: accepted.{key} must be a list")
                return None
            groups[str(key)] = values
    else:
        c.add(f"{where}: 'accepted' must be a list or a mapping with keys any/fr/en")
        return None
    cleaned: dict[str, list[str]] = {}
    for key, values in groups.items():
        for value in values:
            if numeric and isinstance(value, int | float) and is_number(value):
                if not math.isfinite(value):
                    c.add(f"{where}: accepted value {value!r} is not finite")
                cleaned.setdefault(key, []).append(str(value))
            elif not numeric and is_number(value):
                cleaned.setdefault(key, []).append(str(value))
            elif numeric and isinstance(value, str) and parse_number(value) is not None:
                cleaned.setdefault(key, []).append(value)
            elif numeric:
                c.add(f"{where}: accepted value {value!r} is not a number")
            elif is_text(value):
                cleaned.setdefault(key, []).append(str(value))
            else:
                c.add(f"{where}: accepted value {value!r} must be non-empty text")
    before = len(c.sink)
    result = []
    for loc in LOCALES:
        answers = tuple(cleaned.get(NEUTRAL, []) + cleaned.get(loc, []))
        if not answers:
            c.add(f"{where}: no accepted answer for locale {loc!r}")
        result.append((loc, answers))
    return tuple(result) if len(c.sink) == before else None


def _fields_solution(c: Collector, raw: object, fields: tuple[str, ...]) -> FieldsSolution | None:
    if not (isinstance(raw, Mapping) and raw):
        c.add("fields 'solution' must map each field id to its solution")
        return None
    if set(map(str, raw)) != set(fields):
        c.add(f"fields 'solution' must name exactly the fields {list(fields)}, got {list(raw)}")
        return None
    result: list[tuple[str, FieldSolution]] = []
    for name in fields:
        entry = raw[name]
        where = f"solution.{name}"
        one: FieldSolution | None
        if isinstance(entry, Mapping) and set(entry) == {"number"}:
            one = _number_solution(c, entry["number"], where)
        else:
            one = _free_solution(c, entry, where)
        if one is None:
            return None
        result.append((name, one))
    return FieldsSolution(tuple(result))


def _pick_solution(
    c: Collector, raw: object, material: Mapping[str, frozenset[str] | None]
) -> PickSolution | None:
    if not (isinstance(raw, Mapping) and set(raw) == {"material", "accepted"}):
        c.add("pick 'solution' must be {material: <attachment id>, accepted: [element ids]}")
        return None
    target, accepted = raw["material"], raw["accepted"]
    if target not in material:
        c.add(f"pick solution: no attachment {target!r} in the family's material")
        return None
    if not (isinstance(accepted, list) and accepted and all(is_text(a) for a in accepted)):
        c.add("pick solution: 'accepted' must be a non-empty list of element ids")
        return None
    marked = material[str(target)]
    if marked is None:
        c.add(f"pick solution: nothing can be picked in attachment {target!r} (its media type)")
        return None
    for value in accepted:
        if str(value) not in marked:
            c.add(f"pick solution: element {value!r} is not marked in attachment {target!r}")
    if not c.ok:
        return None
    return PickSolution(str(target), frozenset(map(str, accepted)))


def _number_solution(c: Collector, raw: object, where: str) -> NumberSolution | None:
    if not isinstance(raw, Mapping) or not {"value", "unit"} <= set(raw):
        c.add(f"{where}: a number solution needs 'value' and 'unit'")
        return None
    before = len(c.sink)
    for key in sorted(set(map(str, raw)) - NUMBER_KEYS):
        c.add(f"{where}: unknown key {key!r}")
    value = raw["value"]
    number = parse_number(value) if isinstance(value, str) else value
    if not (is_number(number) and math.isfinite(float(number))):  # type: ignore[arg-type]
        c.add(f"{where}: 'value' must be a finite number, got {value!r}")
    unit = raw["unit"]
    if unit not in UNITS:
        c.add(f"{where}: unknown unit {unit!r} (see README.md, number)")
    tolerance = raw.get("tolerance", 0)
    if not (is_number(tolerance) and math.isfinite(tolerance) and tolerance >= 0):
        c.add(f"{where}: 'tolerance' must be a finite number ≥ 0, got {tolerance!r}")
    required = raw.get("unit_required", False)
    if not isinstance(required, bool):
        c.add(f"{where}: 'unit_required' must be true or false")
    if len(c.sink) != before:
        return None
    return NumberSolution(float(number), str(unit), float(tolerance), required)  # type: ignore[arg-type]
