"""Validation of one parsed bank file: raw YAML data → challenges, collecting every problem.

Nothing here raises on bad content: each rule appends a ``BankProblem`` (file, item id, message)
and the item is skipped, so one run reports the whole bank's problems at once.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Final

from assessment.bank._model import (
    IRT_STATUSES,
    LOCALES,
    BankProblem,
    Challenge,
    ChallengeType,
    Content,
    FreeAnswerSolution,
    Illustration,
    IrtVersion,
    MultipleChoiceSolution,
    Punctuation,
    SingleChoiceSolution,
    Solution,
)
from assessment.framework import COMPETENCE_CODES, MAX_LEVEL

ID_RE: Final = re.compile(r"^[a-z0-9][a-z0-9.\-]{2,99}$")
TUBE_RE: Final = re.compile(r"^[a-z0-9][a-z0-9\-]{1,59}$")
ITEM_KEYS: Final = frozenset(
    {"id", "competence", "tube", "skill", "level", "type", "fr", "en", "solution", "irt"}
)
FILE_KEYS: Final = frozenset({"competence", "challenges"})
CONTENT_KEYS: Final = frozenset({"statement", "proposals", "illustration"})
FREE_KEYS: Final = frozenset({"accepted", "case_sensitive", "accents", "punctuation", "numeric"})
IRT_KEYS: Final = frozenset({"version", "discrimination", "difficulty", "status", "source"})
ACCENT_MODES: Final = {"ignored": False, "significant": True}
NEUTRAL: Final = "any"  # key of language-neutral accepted answers


class _Collector:
    """Problems of one item; ``ok`` stays true while none was added."""

    def __init__(self, file: str, item_id: str | None, sink: list[BankProblem]) -> None:
        self.file, self.item_id, self.sink, self.ok = file, item_id, sink, True

    def add(self, message: str) -> None:
        self.ok = False
        self.sink.append(BankProblem(self.file, self.item_id, message))


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _text(value: object) -> bool:
    return isinstance(value, str) and value.strip() != ""


def parse_number(text: str) -> float | None:
    """A number written by a person: spaces as thousands separators, French decimal comma."""
    compact = re.sub(r"[\s\u00a0\u202f]", "", text).replace(",", ".")
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", compact):
        return None
    return float(compact)


def validate_file(file: str, data: object, problems: list[BankProblem]) -> list[Challenge]:
    """Validate one file's parsed YAML: ``{competence: "1.1", challenges: [...]}``."""
    top = _Collector(file, None, problems)
    if not isinstance(data, Mapping):
        top.add("the file must be a mapping with 'competence' and 'challenges'")
        return []
    for key in sorted(set(map(str, data)) - FILE_KEYS):
        top.add(f"unknown top-level key {key!r}")
    file_competence = data.get("competence")
    if file_competence not in COMPETENCE_CODES:
        top.add(f"'competence' must be a quoted CRCN code such as '1.1', got {file_competence!r}")
        file_competence = None
    items = data.get("challenges")
    if not isinstance(items, list) or not items:
        top.add("'challenges' must be a non-empty list")
        return []
    result = []
    for position, raw in enumerate(items, start=1):
        challenge = validate_item(file, position, raw, file_competence, problems)
        if challenge is not None:
            result.append(challenge)
    return result


def validate_item(
    file: str,
    position: int,
    raw: object,
    file_competence: str | None,
    problems: list[BankProblem],
) -> Challenge | None:
    """Validate one challenge; returns it, or None after recording its problems."""
    if not isinstance(raw, Mapping):
        _Collector(file, f"#{position}", problems).add("a challenge must be a mapping")
        return None
    raw_id = raw.get("id")
    item_id = raw_id if isinstance(raw_id, str) and raw_id else f"#{position}"
    c = _Collector(file, item_id, problems)
    if not (isinstance(raw_id, str) and ID_RE.match(raw_id)):
        c.add(f"'id' must be a lowercase slug (a-z, 0-9, '.', '-'), got {raw_id!r}")
    for key in sorted(set(map(str, raw)) - ITEM_KEYS):
        c.add(f"unknown key {key!r}")

    competence = raw.get("competence")
    if not isinstance(competence, str) or competence not in COMPETENCE_CODES:
        c.add(f"unknown CRCN competence {competence!r} (quote it: '1.1')")
        competence = None
    elif file_competence is not None and competence != file_competence:
        c.add(f"competence {competence!r} differs from the file's {file_competence!r}")
    tube = raw.get("tube")
    if not (isinstance(tube, str) and TUBE_RE.match(tube)):
        c.add(f"'tube' must be a lowercase slug, got {tube!r}")
        tube = None
    level = raw.get("level")
    if not (isinstance(level, int) and not isinstance(level, bool) and 1 <= level <= MAX_LEVEL):
        c.add(f"'level' must be an integer from 1 to {MAX_LEVEL}, got {level!r}")
        level = None
    skill = raw.get("skill")
    if tube is not None and level is not None and skill != f"@{tube}{level}":
        c.add(f"'skill' must be '@' + tube + level = '@{tube}{level}', got {skill!r}")
    try:
        ctype = ChallengeType(str(raw.get("type")))
    except ValueError:
        c.add(f"'type' must be one of {[t.value for t in ChallengeType]}, got {raw.get('type')!r}")
        return None

    fr = _content(c, "fr", raw.get("fr"), ctype)
    en = _content(c, "en", raw.get("en"), ctype)
    if fr is not None and en is not None and len(fr.proposals) != len(en.proposals):
        c.add(f"fr has {len(fr.proposals)} proposals but en has {len(en.proposals)}")
    n_proposals = len(fr.proposals) if fr is not None else None
    solution = _solution(c, ctype, raw.get("solution"), n_proposals)
    irt = _irt(c, raw.get("irt"))
    if (
        not c.ok
        or not isinstance(raw_id, str)
        or competence is None
        or tube is None
        or level is None
        or fr is None
        or en is None
        or solution is None
        or irt is None
    ):
        return None
    return Challenge(
        id=raw_id,
        competence=competence,
        tube=tube,
        skill=f"@{tube}{level}",
        level=level,
        type=ctype,
        fr=fr,
        en=en,
        solution=solution,
        irt=irt,
        file=file,
    )


def _content(c: _Collector, loc: str, raw: object, ctype: ChallengeType) -> Content | None:
    if not isinstance(raw, Mapping):
        c.add(f"missing '{loc}' block (statement, proposals…)")
        return None
    ok = True
    for key in sorted(set(map(str, raw)) - CONTENT_KEYS):
        c.add(f"{loc}: unknown key {key!r}")
        ok = False
    statement = raw.get("statement")
    if not _text(statement):
        c.add(f"{loc}: 'statement' must be non-empty text")
        ok = False
    proposals: tuple[str, ...] = ()
    raw_props = raw.get("proposals")
    if ctype is ChallengeType.FREE_ANSWER:
        if raw_props is not None:
            c.add(f"{loc}: a free_answer challenge has no 'proposals'")
            ok = False
    elif not (isinstance(raw_props, list) and len(raw_props) >= 2):
        c.add(f"{loc}: 'proposals' must be a list of at least 2 texts")
        ok = False
    elif not all(_text(p) for p in raw_props):
        c.add(f"{loc}: every proposal must be non-empty text")
        ok = False
    elif len({p.strip() for p in raw_props}) != len(raw_props):
        c.add(f"{loc}: two proposals are identical")
        ok = False
    else:
        proposals = tuple(raw_props)
    illustration = None
    raw_ill = raw.get("illustration")
    if raw_ill is not None:
        if (
            isinstance(raw_ill, Mapping)
            and set(raw_ill) == {"alt", "description"}
            and _text(raw_ill["alt"])
            and _text(raw_ill["description"])
        ):
            illustration = Illustration(raw_ill["alt"], raw_ill["description"])
        else:
            c.add(f"{loc}: 'illustration' must have non-empty 'alt' and 'description' only")
            ok = False
    if not ok or not isinstance(statement, str):
        return None
    return Content(statement, proposals, illustration)


def _solution(
    c: _Collector, ctype: ChallengeType, raw: object, n_proposals: int | None
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
    return _free_solution(c, raw)


def _free_solution(c: _Collector, raw: object) -> FreeAnswerSolution | None:
    if not isinstance(raw, Mapping):
        c.add("free_answer 'solution' must be a mapping with 'accepted'")
        return None
    before = len(c.sink)
    for key in sorted(set(map(str, raw)) - FREE_KEYS):
        c.add(f"solution: unknown key {key!r}")
    case_sensitive = raw.get("case_sensitive", False)
    if not isinstance(case_sensitive, bool):
        c.add(f"solution: 'case_sensitive' must be true or false, got {case_sensitive!r}")
    accents = raw.get("accents", "ignored")
    if accents not in ACCENT_MODES:
        c.add(f"solution: 'accents' must be 'ignored' or 'significant', got {accents!r}")
    try:
        punctuation = Punctuation(raw.get("punctuation", "trim"))
    except ValueError:
        c.add(f"solution: 'punctuation' must be one of {[p.value for p in Punctuation]}")
        punctuation = Punctuation.TRIM
    tolerance: float | None = None
    numeric = raw.get("numeric")
    if numeric is not None:
        tol = numeric.get("tolerance") if isinstance(numeric, Mapping) else None
        if not (
            isinstance(numeric, Mapping)
            and set(numeric) == {"tolerance"}
            and isinstance(tol, int | float)
            and _is_number(tol)
            and math.isfinite(tol)
            and tol >= 0
        ):
            c.add("solution: 'numeric' must be {tolerance: <finite number ≥ 0>}")
        else:
            tolerance = float(tol)

    accepted = _accepted(c, raw.get("accepted"), numeric=numeric is not None)
    if len(c.sink) != before or accepted is None:
        return None
    return FreeAnswerSolution(
        accepted=accepted,
        case_sensitive=bool(case_sensitive),
        accents_significant=ACCENT_MODES[str(accents)],
        punctuation=punctuation,
        numeric_tolerance=tolerance,
    )


def _accepted(
    c: _Collector, raw: object, *, numeric: bool
) -> tuple[tuple[str, tuple[str, ...]], ...] | None:
    """``accepted``: a list (language-neutral) or ``{any: [...], fr: [...], en: [...]}``."""
    groups: dict[str, list[object]] = {}
    if isinstance(raw, list):
        groups[NEUTRAL] = raw
    elif isinstance(raw, Mapping) and raw and set(raw) <= {NEUTRAL, *LOCALES}:
        for key, values in raw.items():
            if not isinstance(values, list):
                c.add(f"solution: accepted.{key} must be a list")
                return None
            groups[str(key)] = values
    else:
        c.add("solution: 'accepted' must be a list or a mapping with keys any/fr/en")
        return None
    cleaned: dict[str, list[str]] = {}
    for key, values in groups.items():
        for value in values:
            if numeric and isinstance(value, int | float) and _is_number(value):
                if not math.isfinite(value):
                    c.add(f"solution: accepted value {value!r} is not finite")
                cleaned.setdefault(key, []).append(str(value))
            elif numeric and isinstance(value, str) and parse_number(value) is not None:
                cleaned.setdefault(key, []).append(value)
            elif numeric:
                c.add(f"solution: accepted value {value!r} is not a number")
            elif _text(value):
                cleaned.setdefault(key, []).append(str(value))
            else:
                c.add(f"solution: accepted value {value!r} must be non-empty text")
    before = len(c.sink)
    result = []
    for loc in LOCALES:
        answers = tuple(cleaned.get(NEUTRAL, []) + cleaned.get(loc, []))
        if not answers:
            c.add(f"solution: no accepted answer for locale {loc!r}")
        result.append((loc, answers))
    return tuple(result) if len(c.sink) == before else None


def _irt(c: _Collector, raw: object) -> tuple[IrtVersion, ...] | None:
    if not (isinstance(raw, list) and raw):
        c.add("'irt' must be a non-empty list of versions")
        return None
    versions: list[IrtVersion] = []
    before_all = len(c.sink)
    previous = 0
    for entry in raw:
        if not isinstance(entry, Mapping):
            c.add(f"irt: each version must be a mapping, got {entry!r}")
            return None
        label = f"irt version {entry.get('version')!r}"
        before = len(c.sink)
        if set(map(str, entry)) != IRT_KEYS:
            c.add(f"{label}: needs exactly the keys {sorted(IRT_KEYS)}")
            continue
        number, a, b = entry["version"], entry["discrimination"], entry["difficulty"]
        if not (_is_int(number) and number > previous):
            c.add(f"{label}: versions must be integers ≥ 1, strictly increasing")
        if not (_is_number(a) and math.isfinite(a) and a > 0):
            c.add(f"{label}: discrimination must be a finite number > 0, got {a!r}")
        if not (_is_number(b) and math.isfinite(b)):
            c.add(f"{label}: difficulty must be a finite number, got {b!r}")
        if entry["status"] not in IRT_STATUSES:
            c.add(f"{label}: status must be one of {sorted(IRT_STATUSES)}")
        if not _text(entry["source"]):
            c.add(f"{label}: 'source' must be non-empty text")
        if len(c.sink) != before:
            continue
        previous = number
        versions.append(
            IrtVersion(number, float(a), float(b), str(entry["status"]), str(entry["source"]))
        )
    return tuple(versions) if len(c.sink) == before_all else None
