"""Validation of one parsed bank file (format 2): families → items, collecting every problem.

Nothing here raises on bad content: each rule appends a ``BankProblem`` (file, item id, message)
and the item is skipped, so one run reports the whole bank's problems at once. A family without
variants gives one item (id = family id); with variants, one item per variant
(``<family id>~<key>``), each validated after its parameters are substituted.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Final

from assessment.bank._model import (
    LOCALES,
    VARIANT_SEPARATOR,
    BankProblem,
    Challenge,
    ChallengeType,
    Metadata,
    Status,
)
from assessment.bank._parts import CHOICE_TYPES, parse_content, parse_material
from assessment.bank._solutions import Collector, is_int, is_number, parse_solution
from assessment.framework import COMPETENCE_CODES, MAX_LEVEL, THEMES

FORMAT: Final = 2
ID_RE: Final = re.compile(r"^[a-z0-9][a-z0-9.\-]{2,79}$")
TUBE_RE: Final = re.compile(r"^[a-z0-9][a-z0-9\-]{1,59}$")
VARIANT_KEY_RE: Final = re.compile(r"^[a-z0-9]{1,12}$")
PARAM_RE: Final = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
FILE_KEYS: Final = frozenset({"format", "competence", "families"})
REQUIRED_KEYS: Final = frozenset(
    {"id", "tube", "level", "theme", "type", "status", "metadata", "fr", "en", "solution"}
)
FAMILY_KEYS: Final = REQUIRED_KEYS | {"enemies", "material", "variants"}
FLAGS: Final = ("blind", "colour_blind", "deaf", "phone", "tied")
META_KEYS: Final = frozenset({*FLAGS, "time_limit", "review_by"})


@dataclass
class FileContext:
    """The file being validated: its display name, its path, the bank root, a material cache."""

    name: str
    path: Path
    root: Path
    today: date
    cache: dict[Path, object] = field(default_factory=dict)


def validate_file(ctx: FileContext, data: object, problems: list[BankProblem]) -> list[Challenge]:
    """Validate one file's parsed YAML: ``{format: 2, competence: "1.1", families: [...]}``."""
    top = Collector(ctx.name, None, problems)
    if not isinstance(data, Mapping):
        top.add("the file must be a mapping with 'format', 'competence' and 'families'")
        return []
    for key in sorted(set(map(str, data)) - FILE_KEYS):
        top.add(f"unknown top-level key {key!r}")
    if data.get("format") != FORMAT:
        top.add(f"'format' must be {FORMAT} (see README.md), got {data.get('format')!r}")
    competence = data.get("competence")
    if competence not in COMPETENCE_CODES:
        top.add(f"'competence' must be a quoted CRCN code such as '1.1', got {competence!r}")
        return []
    families = data.get("families")
    if not isinstance(families, list) or not families:
        top.add("'families' must be a non-empty list")
        return []
    result: list[Challenge] = []
    ids: set[object] = set()
    for position, raw in enumerate(families, start=1):
        family_id = raw.get("id") if isinstance(raw, Mapping) else None
        if family_id is not None and family_id in ids:
            Collector(ctx.name, str(family_id), problems).add("duplicate family id in the file")
            continue
        ids.add(family_id)
        result.extend(validate_family(ctx, position, raw, str(competence), problems))
    return result


def _metadata(c: Collector, raw: object, today: date) -> Metadata | None:
    if not isinstance(raw, Mapping):
        c.add("'metadata' must be a mapping (blind, colour_blind, deaf, phone, time_limit, tied)")
        return None
    for key in sorted(set(map(str, raw)) - META_KEYS):
        c.add(f"metadata: unknown key {key!r}")
    for key in sorted((META_KEYS - {"review_by"}) - set(map(str, raw))):
        c.add(f"metadata: missing {key!r}")
    for flag in FLAGS:
        if flag in raw and not isinstance(raw[flag], bool):
            c.add(f"metadata: {flag!r} must be true or false")
    limit = raw.get("time_limit")
    ok_limit = isinstance(limit, int) and is_int(limit) and 10 <= limit <= 1800
    if "time_limit" in raw and not ok_limit:
        c.add(f"metadata: 'time_limit' must be an integer of seconds 10–1800, got {limit!r}")
    review = raw.get("review_by")
    if isinstance(review, str):
        try:
            review = date.fromisoformat(review)
        except ValueError:
            c.add(f"metadata: 'review_by' must be an ISO date, got {review!r}")
    if review is not None and not isinstance(review, date):
        c.add(f"metadata: 'review_by' must be an ISO date, got {review!r}")
    elif isinstance(review, date) and review < today:
        c.add(f"metadata: review_by {review.isoformat()} has passed: review the item")
    if raw.get("tied") is True and review is None:
        c.add("metadata: 'review_by' is required when the item is tied to a law/product/version")
    if not c.ok:
        return None
    return Metadata(
        **{flag: bool(raw[flag]) for flag in FLAGS},
        time_limit=int(raw["time_limit"]),
        review_by=review if isinstance(review, date) else None,
    )


def substitute(value: Any, params: Mapping[str, Any], locale: str, unknown: set[str]) -> Any:
    """``value`` with every ``{{name}}`` replaced (under a ``fr``/``en`` key: that locale's)."""
    if isinstance(value, str):

        def one(match: re.Match[str]) -> str:
            name = match[1]
            if name not in params:
                unknown.add(name)
                return match[0]
            given = params[name]
            return str(given[locale] if isinstance(given, Mapping) else given)

        return PARAM_RE.sub(one, value)
    if isinstance(value, Mapping):
        return {
            k: substitute(v, params, str(k) if k in LOCALES else locale, unknown)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [substitute(v, params, locale, unknown) for v in value]
    return value


def _variants(c: Collector, raw: object) -> list[tuple[str | None, dict[str, Any]]]:
    if raw is None:
        return [(None, {})]
    if not (isinstance(raw, list) and len(raw) >= 2 and all(isinstance(v, Mapping) for v in raw)):
        c.add("'variants' must be a list of at least 2 mappings")
        return []
    result: list[tuple[str | None, dict[str, Any]]] = []
    names: set[str] | None = None
    for entry in raw:
        key = entry.get("key")
        if not (isinstance(key, str) and VARIANT_KEY_RE.match(key)):
            c.add(f"variant key must be a slug [a-z0-9]{{1,12}}, got {key!r}")
            continue
        params = {str(k): v for k, v in entry.items() if k != "key"}
        for name, value in params.items():
            ok_value = isinstance(value, str) or is_number(value)
            if isinstance(value, Mapping):
                ok_value = set(value) == set(LOCALES) and all(
                    isinstance(v, str) or is_number(v) for v in value.values()
                )
            if name != "solution" and not ok_value:
                c.add(f"variant {key}: parameter {name!r} must be text, a number or {{fr:, en:}}")
        given = set(params) - {"solution"}
        if names is not None and given != names:
            c.add(f"variant {key}: parameters {sorted(given)} differ from {sorted(names)}")
        names = given
        result.append((key, params))
    if len({k for k, _ in result}) != len(result):
        c.add("two variants have the same key")
    return result if c.ok else []


def validate_family(
    ctx: FileContext, position: int, raw: object, competence: str, problems: list[BankProblem]
) -> list[Challenge]:
    """Validate one family; returns its items, or none after recording its problems."""
    if not isinstance(raw, Mapping):
        Collector(ctx.name, f"#{position}", problems).add("a family must be a mapping")
        return []
    raw_id = raw.get("id")
    family_id = raw_id if isinstance(raw_id, str) and raw_id else f"#{position}"
    c = Collector(ctx.name, family_id, problems)
    if not (isinstance(raw_id, str) and ID_RE.match(raw_id)):
        c.add(f"'id' must be a lowercase slug (a-z, 0-9, '.', '-'), 3–80 long, got {raw_id!r}")
    for key in sorted(set(map(str, raw)) - FAMILY_KEYS):
        c.add(f"unknown key {key!r}")
    for key in sorted(REQUIRED_KEYS - set(map(str, raw))):
        c.add(f"missing key {key!r}")
    tube, level, theme = raw.get("tube"), raw.get("level"), raw.get("theme")
    if not (isinstance(tube, str) and TUBE_RE.match(tube)):
        c.add(f"'tube' must be a lowercase slug, got {tube!r}")
    if not (isinstance(level, int) and is_int(level) and 1 <= level <= MAX_LEVEL):
        c.add(f"'level' must be an integer from 1 to {MAX_LEVEL}, got {level!r}")
    if theme not in THEMES[competence]:
        c.add(f"'theme' must be one of the themes of {competence}: {list(THEMES[competence])}")
    try:
        ctype = ChallengeType(str(raw.get("type")))
        status = Status(str(raw.get("status")))
    except ValueError:
        c.add(
            f"'type' must be one of {[t.value for t in ChallengeType]} and 'status' one of"
            f" {[s.value for s in Status]}, got {raw.get('type')!r}, {raw.get('status')!r}"
        )
        return []
    metadata = _metadata(c, raw.get("metadata"), ctx.today)
    enemies = raw.get("enemies", [])
    if not (
        isinstance(enemies, list) and all(isinstance(e, str) and ID_RE.match(e) for e in enemies)
    ):
        c.add("'enemies' must be a list of family ids")
        enemies = []
    elif raw_id in enemies:
        c.add("a family cannot be its own enemy")
    variants = _variants(c, raw.get("variants"))
    if not c.ok or metadata is None or not isinstance(raw_id, str):
        return []
    items: list[Challenge] = []
    seen: dict[tuple[object, ...], str] = {}
    for vkey, params in variants:
        item_id: str = raw_id if vkey is None else f"{raw_id}{VARIANT_SEPARATOR}{vkey}"
        vc = Collector(ctx.name, item_id, problems)
        unknown: set[str] = set()
        parts = {
            name: substitute(raw.get(name), params, name if name in LOCALES else "fr", unknown)
            for name in ("fr", "en", "material")
        }
        solution_raw = params.get("solution", raw.get("solution"))
        parts["solution"] = substitute(solution_raw, params, "fr", unknown)
        for name in sorted(unknown):
            vc.add(f"'{{{{{name}}}}}' is not a parameter of the family's variants")
        material, pickable = parse_material(vc, ctx, parts["material"])
        fr = parse_content(vc, "fr", parts["fr"], ctype)
        en = parse_content(vc, "en", parts["en"], ctype)
        if fr is None or en is None or material is None:
            continue
        if len(fr.proposals) != len(en.proposals):
            vc.add(f"fr has {len(fr.proposals)} proposals but en has {len(en.proposals)}")
        if [f for f, _ in fr.fields] != [f for f, _ in en.fields]:
            vc.add("fr and en must declare the same fields in the same order")
        fields = tuple(f for f, _ in fr.fields)
        n = len(fr.proposals) if ctype in CHOICE_TYPES else None
        solution = parse_solution(vc, ctype, parts["solution"], n, fields, pickable)
        if solution is None or not vc.ok:
            continue
        signature = (fr.statement, fr.proposals, fr.fields, material, solution)
        if signature in seen:
            vc.add(f"variant gives the same item as {seen[signature]}")
            continue
        seen[signature] = item_id
        items.append(
            Challenge(
                id=item_id,
                competence=competence,
                tube=str(tube),
                skill=f"@{tube}{level}",
                level=int(str(level)),
                type=ctype,
                fr=fr,
                en=en,
                solution=solution,
                irt=(),
                file=ctx.name,
                family=raw_id,
                variant=vkey,
                theme=str(theme),
                status=status,
                metadata=metadata,
                material=material,
                enemies=frozenset(enemies),
            )
        )
    return items if len(items) == len(variants) else []
