"""Parts of a family: its candidate-facing content per locale and its material."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Final

from assessment.bank._material import MaterialError, inspect, resolve
from assessment.bank._model import LOCALES, ChallengeType, Content, Illustration, Material
from assessment.bank._solutions import Collector, is_text

if TYPE_CHECKING:
    from assessment.bank._validate import FileContext

SLUG_RE: Final = re.compile(r"^[a-z0-9][a-z0-9_\-]{0,31}$")
CONTENT_KEYS: Final = frozenset({"statement", "proposals", "fields", "illustration"})
MATERIAL_KEYS: Final = frozenset({"id", "file", "media_type", "alt"})
CHOICE_TYPES: Final = (ChallengeType.SINGLE_CHOICE, ChallengeType.MULTIPLE_CHOICE)


def parse_material(
    c: Collector, ctx: FileContext, raw: object
) -> tuple[tuple[Material, ...] | None, dict[str, frozenset[str] | None]]:
    """The attachments, and for each attachment id the element ids that can be picked in it."""
    if raw is None:
        return (), {}
    if not (isinstance(raw, list) and raw and all(isinstance(m, Mapping) for m in raw)):
        c.add("'material' must be a non-empty list of attachments")
        return None, {}
    result: list[Material] = []
    pickable: dict[str, frozenset[str] | None] = {}
    for entry in raw:
        mid = entry.get("id")
        label = f"material {mid!r}"
        if set(map(str, entry)) != MATERIAL_KEYS:
            c.add(f"{label}: needs exactly the keys {sorted(MATERIAL_KEYS)}")
            continue
        if not (isinstance(mid, str) and SLUG_RE.match(mid)) or mid in pickable:
            c.add(f"{label}: 'id' must be a slug, unique in the family")
            continue
        files, alt, media_type = entry["file"], entry["alt"], entry["media_type"]
        if isinstance(files, str):
            files = dict.fromkeys(LOCALES, files)
        if not (isinstance(files, Mapping) and set(files) == set(LOCALES)):
            c.add(f"{label}: 'file' must be a path or {{fr: path, en: path}}")
            continue
        if not (isinstance(alt, Mapping) and set(alt) == set(LOCALES)):
            c.add(f"{label}: 'alt' must give the alternative text in fr and en")
            continue
        if not all(is_text(alt[loc]) for loc in LOCALES):
            c.add(f"{label}: alternative text must be non-empty in fr and en")
            continue
        paths: list[tuple[str, Path]] = []
        marks: list[frozenset[str] | None] = []
        for loc in LOCALES:
            try:
                path = resolve(ctx.path, str(files[loc]))
                if not path.resolve().is_relative_to(ctx.root.resolve()):
                    raise MaterialError("material file must be inside the bank directory")
                marks.append(inspect(path, str(media_type), ctx.cache))
                paths.append((loc, path))
            except MaterialError as exc:
                c.add(f"{label} ({files[loc]}): {exc}")
        if len(paths) != len(LOCALES):
            continue
        picks = None if marks[0] is None else frozenset.intersection(*marks)  # type: ignore[arg-type]
        pickable[mid] = picks
        result.append(
            Material(mid, str(media_type), tuple(paths), tuple((k, alt[k]) for k in LOCALES))
        )
    return (tuple(result) if c.ok else None), pickable


def parse_content(c: Collector, loc: str, raw: object, ctype: ChallengeType) -> Content | None:
    if not isinstance(raw, Mapping):
        c.add(f"missing '{loc}' block (statement, proposals…)")
        return None
    before = len(c.sink)
    for key in sorted(set(map(str, raw)) - CONTENT_KEYS):
        c.add(f"{loc}: unknown key {key!r}")
    statement = raw.get("statement")
    if not is_text(statement):
        c.add(f"{loc}: 'statement' must be non-empty text")
    proposals: tuple[str, ...] = ()
    raw_props = raw.get("proposals")
    if ctype not in CHOICE_TYPES:
        if raw_props is not None:
            c.add(f"{loc}: a {ctype.value} item has no 'proposals'")
    elif not (isinstance(raw_props, list) and len(raw_props) >= 2):
        c.add(f"{loc}: 'proposals' must be a list of at least 2 texts")
    elif not all(is_text(p) for p in raw_props):
        c.add(f"{loc}: every proposal must be non-empty text")
    elif len({p.strip() for p in raw_props}) != len(raw_props):
        c.add(f"{loc}: two proposals are identical")
    else:
        proposals = tuple(raw_props)
    fields: tuple[tuple[str, str], ...] = ()
    raw_fields = raw.get("fields")
    if ctype is ChallengeType.FIELDS:
        if not (
            isinstance(raw_fields, Mapping)
            and raw_fields
            and all(isinstance(k, str) and SLUG_RE.match(k) for k in raw_fields)
            and all(is_text(v) for v in raw_fields.values())
        ):
            c.add(f"{loc}: 'fields' must map field ids (slugs) to non-empty labels")
        else:
            fields = tuple((str(k), str(v)) for k, v in raw_fields.items())
    elif raw_fields is not None:
        c.add(f"{loc}: only a fields item has 'fields'")
    illustration = None
    raw_ill = raw.get("illustration")
    if raw_ill is not None:
        if (
            isinstance(raw_ill, Mapping)
            and set(raw_ill) == {"alt", "description"}
            and is_text(raw_ill["alt"])
            and is_text(raw_ill["description"])
        ):
            illustration = Illustration(raw_ill["alt"], raw_ill["description"])
        else:
            c.add(f"{loc}: 'illustration' must have non-empty 'alt' and 'description' only")
    if len(c.sink) != before or not isinstance(statement, str):
        return None
    return Content(statement, proposals, illustration, fields)
