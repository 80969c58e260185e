"""Pieces of JSON-LD 1.1 Expansion that need no expander state: adding values, Value
Expansion (§5.3.2), language maps, and jsonld.js' refusal of objects that would be dropped.

Ported from jsonld.js 9 ``expand.js`` with :mod:`._expand`.
"""

from __future__ import annotations

from typing import Any

from ._context import ActiveContext, expand_iri
from ._errors import InvalidJsonLd, UnsafeJsonLd
from ._iri import BCP47, KEYWORD_FORM, KEYWORDS

_EMPTY: frozenset[str] = frozenset()


def add_value(parent: dict[str, Any], prop: str, value: Any, as_array: bool) -> None:
    """jsonld.js ``util.addValue`` (duplicates allowed)."""
    if isinstance(value, list):
        if not value and as_array and prop not in parent:
            parent[prop] = []
        for v in value:
            add_value(parent, prop, v, as_array)
        return
    if prop in parent:
        cur = parent[prop]
        if not isinstance(cur, list):
            cur = parent[prop] = [cur]
        cur.append(value)
    else:
        parent[prop] = [value] if as_array else value


def is_list_obj(v: Any) -> bool:
    return isinstance(v, dict) and "@list" in v


def is_value_obj(v: Any) -> bool:
    return isinstance(v, dict) and "@value" in v


def drop_unsafe(value: dict[str, Any], count: int) -> None:
    """jsonld.js ``_dropUnsafeObject``: objects that would be dropped are refused."""
    if count == 0:
        raise UnsafeJsonLd("empty object would be dropped", "empty object")
    if "@value" in value:
        raise UnsafeJsonLd(
            f"value {value['@value']!r} outside a property would be dropped",
            "object with only @value",
        )
    if "@list" in value:
        raise UnsafeJsonLd("list outside a property would be dropped", "object with only @list")
    if count == 1 and "@id" in value:
        raise UnsafeJsonLd(
            f'object with only id "{value["@id"]}" would be dropped', "object with only @id"
        )


def container_of(ctx: ActiveContext, term: str) -> frozenset[str]:
    tdef = ctx.terms.get(term)
    return tdef.container if tdef is not None else _EMPTY


def expand_value(ctx: ActiveContext, active_property: str | None, value: Any) -> Any:
    """Value Expansion (§5.3.2)."""
    if value is None:
        return None
    ep = ctx.expand_vocab(active_property) if active_property is not None else None
    if ep == "@id":
        return expand_iri(ctx, value, base=True) if isinstance(value, str) else value
    if ep == "@type":
        return expand_iri(ctx, value, vocab=True, base=True) if isinstance(value, str) else value
    tdef = ctx.terms.get(active_property) if active_property is not None else None
    type_ = tdef.type_mapping if tdef is not None else None
    if (type_ == "@id" or ep == "@graph") and isinstance(value, str):
        ve = ctx.expand_id(value)
        if ve is None and KEYWORD_FORM.match(value):
            raise UnsafeJsonLd(f'reserved @id value "{value}"', "reserved @id value")
        return {"@id": ve}
    if type_ == "@vocab" and isinstance(value, str):
        return {"@id": expand_iri(ctx, value, vocab=True, base=True)}
    if ep in KEYWORDS:
        return value
    rval: dict[str, Any] = {}
    if type_ is not None and type_ not in ("@id", "@vocab", "@none"):
        rval["@type"] = type_
    elif isinstance(value, str):
        language = tdef.language if tdef is not None and tdef.has_language else ctx.language
        if language is not None:
            rval["@language"] = language
        direction = tdef.direction if tdef is not None and tdef.has_direction else ctx.direction
        if direction is not None:
            rval["@direction"] = direction
    if not isinstance(value, bool | int | float | str):
        value = str(value)
    rval["@value"] = value
    return rval


def expand_language_map(
    ctx: ActiveContext, language_map: dict[str, Any], direction: str | None
) -> list[Any]:
    out: list[Any] = []
    for key in sorted(language_map):
        expanded_key = ctx.expand_vocab(key)
        val = language_map[key]
        for item in val if isinstance(val, list) else [val]:
            if item is None:
                continue
            if not isinstance(item, str):
                raise InvalidJsonLd("language map values must be strings",
                                    "invalid language map value")  # fmt: skip
            v: dict[str, Any] = {"@value": item}
            if expanded_key != "@none":
                if not BCP47.match(key):
                    raise UnsafeJsonLd(f'invalid language "{key}"', "invalid @language value")
                v["@language"] = key.lower()
            if direction:
                v["@direction"] = direction
            out.append(v)
    return out
