"""JSON-LD 1.1 Expansion (JSON-LD 1.1 API §5.1), in safe mode, with bounds.

A port of jsonld.js 9 ``expand.js`` (the implementation the Data Integrity test suites use),
so the expanded output is the same as jsonld.js' and pyld's. Where jsonld.js in ``safe``
mode fails on a warning event ("invalid property", "relative @type reference",
"relative @id reference", "object with only @id", ...), we raise :class:`UnsafeJsonLd`
naming the term or value: a signature must never cover data the JSON does not say.

Speed comes from :mod:`._context`: contexts are processed once and memoised, and the
vocabulary expansion of a key is memoised per (immutable) active context.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._context import (
    _NO_CONTEXT,
    ActiveContext,
    expand_iri,
    initial_context,
    process_context,
)
from ._errors import DocumentTooLarge, InvalidJsonLd, UnsafeJsonLd
from ._iri import BCP47, KEYWORD_FORM, KEYWORDS, is_absolute_iri
from ._loader import DocumentLoader, default_loader

_EMPTY: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds on what the public may send (checked while expanding)."""

    max_depth: int = 64
    max_values: int = 20_000
    max_contexts: int = 32  # objects carrying their own "@context" (the root included)


DEFAULT_LIMITS = Limits()


def _add(parent: dict[str, Any], prop: str, value: Any, as_array: bool) -> None:
    """jsonld.js ``util.addValue`` (duplicates allowed)."""
    if isinstance(value, list):
        if not value and as_array and prop not in parent:
            parent[prop] = []
        for v in value:
            _add(parent, prop, v, as_array)
        return
    if prop in parent:
        cur = parent[prop]
        if not isinstance(cur, list):
            cur = parent[prop] = [cur]
        cur.append(value)
    else:
        parent[prop] = [value] if as_array else value


def _is_list_obj(v: Any) -> bool:
    return isinstance(v, dict) and "@list" in v


def _is_value_obj(v: Any) -> bool:
    return isinstance(v, dict) and "@value" in v


def _drop_unsafe(value: dict[str, Any], count: int) -> None:
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


class _Expander:
    __slots__ = ("contexts", "count", "limits")

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.count = 0
        self.contexts = 0

    def expand(
        self,
        ctx: ActiveContext,
        active_property: str | None,
        element: Any,
        inside_list: bool,
        inside_index: bool,
        type_scoped: ActiveContext | None,
        depth: int,
    ) -> Any:
        if element is None:
            return None
        self.count += 1
        if self.count > self.limits.max_values:
            raise DocumentTooLarge(
                f"document has more than {self.limits.max_values} values", "too many values"
            )
        if depth > self.limits.max_depth:
            raise DocumentTooLarge(
                f"document nested deeper than {self.limits.max_depth}", "too deep"
            )
        if isinstance(element, list):
            tdef = ctx.terms.get(active_property) if active_property is not None else None
            container = tdef.container if tdef is not None else _EMPTY
            inside_list = inside_list or "@list" in container
            out: list[Any] = []
            for item in element:
                e = self.expand(
                    ctx, active_property, item, False, inside_index, type_scoped, depth + 1
                )
                if inside_list and isinstance(e, list):
                    e = {"@list": e}
                if e is None:
                    continue
                if isinstance(e, list):
                    out.extend(e)
                else:
                    out.append(e)
            return out
        if not isinstance(element, dict):
            if not inside_list and (
                active_property is None or ctx.expand_vocab(active_property) == "@graph"
            ):
                raise UnsafeJsonLd(
                    f"free-floating value {element!r} would be dropped", "free-floating scalar"
                )
            return self.expand_value(ctx, active_property, element)
        return self.expand_map(
            ctx, active_property, element, inside_list, inside_index, type_scoped, depth
        )

    def expand_map(
        self,
        ctx: ActiveContext,
        active_property: str | None,
        element: dict[str, Any],
        inside_list: bool,
        inside_index: bool,
        type_scoped: ActiveContext | None,
        depth: int,
    ) -> Any:
        expanded_ap = ctx.expand_vocab(active_property) if active_property is not None else None
        ap_def = ctx.terms.get(active_property) if active_property is not None else None
        ap_trusted = not ctx.inline
        if type_scoped is None and ctx.previous is not None:
            type_scoped = ctx
        keys = sorted(element)
        must_revert = not inside_index
        if must_revert and type_scoped is not None and len(keys) <= 2 and "@context" not in keys:
            for key in keys:
                ek = type_scoped.expand_vocab(key)
                if ek == "@value":
                    must_revert = False
                    ctx = type_scoped
                    break
                if ek == "@id" and len(keys) == 1:
                    must_revert = False
                    break
        if must_revert:
            ctx = ctx.revert_to_previous()
        if ap_def is not None and ap_def.context is not _NO_CONTEXT:
            ctx = process_context(
                ctx,
                ap_def.context,
                override_protected=True,
                key=ap_def.context_key,
                trusted=ap_trusted,
            )
        if "@context" in element:
            self.contexts += 1
            if self.contexts > self.limits.max_contexts:
                raise DocumentTooLarge(
                    f"document has more than {self.limits.max_contexts} @context entries",
                    "too many contexts",
                )
            ctx = process_context(ctx, element["@context"])
        type_scoped = ctx
        type_key: str | None = None
        for key in keys:
            if ctx.expand_vocab(key) == "@type":
                type_key = type_key or key
                value = element[key]
                types = value if isinstance(value, list) else [value]
                if not all(isinstance(t, str) for t in types):
                    raise InvalidJsonLd("@type values must be strings", "invalid type value")
                if len(types) > 1:
                    types = sorted(types)
                for t in types:
                    tdef = type_scoped.terms.get(t)
                    if tdef is not None and tdef.context is not _NO_CONTEXT:
                        ctx = process_context(
                            ctx,
                            tdef.context,
                            propagate=False,
                            key=tdef.context_key,
                            trusted=not type_scoped.inline,
                        )
        rval: Any = {}
        self.expand_object(
            ctx, active_property, expanded_ap, element, rval, inside_list, type_key,
            type_scoped, depth,
        )  # fmt: skip
        count = len(rval)
        if "@value" in rval:
            if "@type" in rval and ("@language" in rval or "@direction" in rval):
                raise InvalidJsonLd("value with @type and @language", "invalid value object")
            valid = (
                count
                - 1
                - sum(1 for k in ("@type", "@index", "@language", "@direction") if k in rval)
            )
            if valid != 0:
                raise InvalidJsonLd(f"invalid value object {rval!r}", "invalid value object")
            raw_value = rval["@value"]
            values = [] if raw_value is None else (
                raw_value if isinstance(raw_value, list) else [raw_value]
            )  # fmt: skip
            rtype = rval.get("@type")
            types = [] if rtype is None else (rtype if isinstance(rtype, list) else [rtype])
            if types == ["@json"]:
                pass
            elif not values:
                raise UnsafeJsonLd("null @value would be dropped", "null @value value")
            elif "@language" in rval and not all(isinstance(v, str) for v in values):
                raise InvalidJsonLd(
                    "only strings may be language-tagged", "invalid language-tagged value"
                )
            elif not all(
                isinstance(t, str) and is_absolute_iri(t) and not t.startswith("_:") for t in types
            ):
                raise InvalidJsonLd(
                    f"@type of a value must be an absolute IRI, got {types!r}",
                    "invalid typed value",
                )
        elif "@type" in rval and not isinstance(rval["@type"], list):
            rval["@type"] = [rval["@type"]]
        elif "@set" in rval or "@list" in rval:
            if count > 1 and not (count == 2 and "@index" in rval):
                raise InvalidJsonLd("invalid @set or @list object", "invalid set or list object")
            if "@set" in rval:
                rval = rval["@set"]
                count = len(rval)
        elif count == 1 and "@language" in rval:
            raise UnsafeJsonLd("object with only @language would be dropped",
                               "object with only @language")  # fmt: skip
        if (
            isinstance(rval, dict)
            and not inside_list
            and (
                active_property is None
                or expanded_ap == "@graph"
                or "@graph" in _container(ctx, active_property)
            )
        ):
            _drop_unsafe(rval, count)
        return rval

    def expand_object(
        self,
        ctx: ActiveContext,
        active_property: str | None,
        expanded_ap: str | None,
        element: dict[str, Any],
        parent: dict[str, Any],
        inside_list: bool,
        type_key: str | None,
        type_scoped: ActiveContext,
        depth: int,
    ) -> None:
        nests: list[str] = []
        unexpanded_value: Any = None
        is_json_type = False
        if type_key is not None and element.get(type_key):
            tv = element[type_key]
            first = tv[0] if isinstance(tv, list) else tv
            is_json_type = isinstance(first, str) and ctx.expand_vocab(first) == "@json"
        for key in sorted(element):
            if key == "@context":
                continue
            value = element[key]
            ep, tdef, term_ctx, container = ctx.key_info(key)
            if ep is None or not (ep in KEYWORDS or is_absolute_iri(ep)):
                raise UnsafeJsonLd(
                    f'property "{key}" is not defined by the context and would be dropped',
                    "invalid property",
                )
            if ep in KEYWORDS:
                if expanded_ap == "@reverse":
                    raise InvalidJsonLd("keyword in @reverse map", "invalid reverse property map")
                if ep in parent and ep not in ("@included", "@type"):
                    raise InvalidJsonLd(f"colliding keywords {ep}", "colliding keywords")
                if ep == "@id":
                    if not isinstance(value, str):
                        raise InvalidJsonLd(f"@id must be a string, got {value!r}",
                                            "invalid @id value")  # fmt: skip
                    ve = ctx.expand_id(value)
                    if ve is None:
                        raise UnsafeJsonLd(f'reserved @id value "{value}"', "reserved @id value")
                    if not is_absolute_iri(ve):
                        raise UnsafeJsonLd(f'relative id "{value}"', "relative @id reference")
                    _add(parent, "@id", ve, False)
                    continue
                if ep == "@type":
                    tvals = value if isinstance(value, list) else [value]
                    expanded_types: list[Any] = []
                    for t in tvals:
                        if not isinstance(t, str):
                            raise InvalidJsonLd("@type must be strings", "invalid type value")
                        if type_scoped.base is None:
                            et = type_scoped.expand_vocab(t)
                        else:
                            et = expand_iri(type_scoped, t, vocab=True, base=True)
                        if et != "@json" and (et is None or not is_absolute_iri(et)):
                            raise UnsafeJsonLd(
                                f'type "{t}" is not defined by the context',
                                "relative @type reference",
                            )
                        expanded_types.append(et)
                    _add(parent, "@type", expanded_types, False)
                    continue
                if ep == "@included":
                    included = self.expand(
                        ctx, active_property, value, False, False, None, depth + 1
                    )
                    included = included if isinstance(included, list) else [included]
                    for inc in included:
                        if not isinstance(inc, dict) or "@value" in inc or "@list" in inc:
                            raise InvalidJsonLd("@included must be node objects",
                                                "invalid @included value")  # fmt: skip
                    _add(parent, "@included", included, True)
                    continue
                if ep == "@graph" and not isinstance(value, dict | list):
                    raise InvalidJsonLd("@graph must be an object or array", "invalid @graph value")
                if ep == "@value":
                    unexpanded_value = value
                    if is_json_type:
                        parent["@value"] = value
                    else:
                        _add(parent, "@value", value, False)
                    continue
                if ep == "@language":
                    if value is None:
                        continue
                    if not isinstance(value, str):
                        raise InvalidJsonLd("@language must be a string",
                                            "invalid language-tagged string")  # fmt: skip
                    if not BCP47.match(value):
                        raise UnsafeJsonLd(f'invalid language "{value}"', "invalid @language value")
                    _add(parent, "@language", value.lower(), False)
                    continue
                if ep == "@direction":
                    if value not in ("ltr", "rtl"):
                        raise InvalidJsonLd(f"invalid @direction {value!r}",
                                            "invalid base direction")  # fmt: skip
                    _add(parent, "@direction", value, False)
                    continue
                if ep == "@index":
                    if not isinstance(value, str):
                        raise InvalidJsonLd("@index must be a string", "invalid @index value")
                    _add(parent, "@index", value, False)
                    continue
                if ep == "@reverse":
                    self._expand_reverse(ctx, value, parent, depth)
                    continue
                if ep == "@nest":
                    nests.append(key)
                    continue
            expanded: Any
            if (
                not container
                and isinstance(value, str | int | float)
                and (tdef is None or tdef.type_mapping != "@json")
            ):
                # Fast path of §5.1.2 step 13.9 for a scalar: Value Expansion directly.
                self.count += 1
                if self.count > self.limits.max_values:
                    raise DocumentTooLarge(
                        f"document has more than {self.limits.max_values} values",
                        "too many values",
                    )
                expanded = self.expand_value(term_ctx, key, value)
            elif container and isinstance(value, dict) and "@language" in container:
                tdef2 = term_ctx.terms.get(key)
                direction = (
                    tdef2.direction
                    if tdef2 is not None and tdef2.has_direction
                    else term_ctx.direction
                )
                expanded = self._expand_language_map(term_ctx, value, direction)
            elif container and isinstance(value, dict) and "@index" in container:
                tdef2 = term_ctx.terms.get(key)
                index_key = (tdef2.index if tdef2 is not None else None) or "@index"
                property_index = ctx.expand_vocab(index_key) if index_key != "@index" else None
                expanded = self._expand_index_map(
                    term_ctx, key, value, "@graph" in container, index_key, property_index,
                    depth,
                )  # fmt: skip
            elif container and isinstance(value, dict) and "@id" in container:
                expanded = self._expand_index_map(
                    term_ctx, key, value, "@graph" in container, "@id", None, depth
                )
            elif container and isinstance(value, dict) and "@type" in container:
                expanded = self._expand_index_map(
                    term_ctx.revert_to_previous(), key, value, False, "@type", None, depth
                )
            else:
                is_list = ep == "@list"
                if is_list or ep == "@set":
                    next_ap = active_property
                    if is_list and expanded_ap == "@graph":
                        next_ap = None
                    expanded = self.expand(
                        term_ctx, next_ap, value, is_list, False, None, depth + 1
                    )
                elif tdef is not None and tdef.type_mapping == "@json":
                    expanded = {"@type": "@json", "@value": value}
                else:
                    expanded = self.expand(term_ctx, key, value, False, False, None, depth + 1)
            if expanded is None and ep != "@value":
                continue
            if ep != "@list" and not _is_list_obj(expanded) and "@list" in container:
                expanded = {"@list": expanded if isinstance(expanded, list) else [expanded]}
            if "@graph" in container and "@id" not in container and "@index" not in container:
                items = expanded if isinstance(expanded, list) else [expanded]
                for v in items:
                    _drop_unsafe(v, len(v))
                if not items:
                    continue
                expanded = [{"@graph": v if isinstance(v, list) else [v]} for v in items]
            rdef = term_ctx.terms.get(key)
            if rdef is not None and rdef.reverse:
                reverse_map = parent.setdefault("@reverse", {})
                for item in expanded if isinstance(expanded, list) else [expanded]:
                    if _is_value_obj(item) or _is_list_obj(item):
                        raise InvalidJsonLd("@reverse value must be a node",
                                            "invalid reverse property value")  # fmt: skip
                    _add(reverse_map, ep, item, True)
                continue
            _add(parent, ep, expanded, True)
        if "@value" in parent:
            if parent.get("@type") == "@json":
                pass
            elif isinstance(unexpanded_value, dict | list):
                raise InvalidJsonLd("@value must not be an object or an array",
                                    "invalid value object value")  # fmt: skip
        for key in nests:
            nested = element[key]
            for nv in nested if isinstance(nested, list) else [nested]:
                if not isinstance(nv, dict) or any(ctx.expand_vocab(k) == "@value" for k in nv):
                    raise InvalidJsonLd("nested value must be a node object", "invalid @nest value")
                self.expand_object(
                    ctx, active_property, expanded_ap, nv, parent, inside_list, type_key,
                    type_scoped, depth + 1,
                )  # fmt: skip

    def _expand_reverse(
        self, ctx: ActiveContext, value: Any, parent: dict[str, Any], depth: int
    ) -> None:
        if not isinstance(value, dict):
            raise InvalidJsonLd("@reverse must be an object", "invalid @reverse value")
        ev = self.expand(ctx, "@reverse", value, False, False, None, depth + 1)
        if "@reverse" in ev:
            for prop, items in ev["@reverse"].items():
                _add(parent, prop, items, True)
        reverse_map = parent.get("@reverse")
        for prop, items in ev.items():
            if prop == "@reverse":
                continue
            if reverse_map is None:
                reverse_map = parent["@reverse"] = {}
            _add(reverse_map, prop, [], True)
            for item in items:
                if _is_value_obj(item) or _is_list_obj(item):
                    raise InvalidJsonLd("@reverse value must be a node",
                                        "invalid reverse property value")  # fmt: skip
                _add(reverse_map, prop, item, True)

    def expand_value(self, ctx: ActiveContext, active_property: str | None, value: Any) -> Any:
        """Value Expansion (§5.3.2)."""
        if value is None:
            return None
        ep = ctx.expand_vocab(active_property) if active_property is not None else None
        if ep == "@id":
            return expand_iri(ctx, value, base=True) if isinstance(value, str) else value
        if ep == "@type":
            return (
                expand_iri(ctx, value, vocab=True, base=True) if isinstance(value, str) else value
            )
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

    def _expand_language_map(
        self, ctx: ActiveContext, language_map: dict[str, Any], direction: str | None
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

    def _expand_index_map(
        self,
        ctx: ActiveContext,
        active_property: str,
        value: dict[str, Any],
        as_graph: bool,
        index_key: str,
        property_index: str | None,
        depth: int,
    ) -> list[Any]:
        out: list[Any] = []
        is_type_index = index_key == "@type"
        for key in sorted(value):
            if is_type_index:
                tdef = ctx.terms.get(key)
                if tdef is not None and tdef.context is not _NO_CONTEXT:
                    ctx = process_context(
                        ctx,
                        tdef.context,
                        propagate=False,
                        key=tdef.context_key,
                        trusted=not ctx.inline,
                    )
            val = value[key]
            items = self.expand(
                ctx, active_property, val if isinstance(val, list) else [val], False, True, None,
                depth + 1,
            )  # fmt: skip
            expanded_key: Any
            if property_index:
                expanded_key = "@none" if key == "@none" else self.expand_value(ctx, index_key, key)
            else:
                expanded_key = ctx.expand_vocab(key)
            index_value: Any = key
            if index_key == "@id":
                key_iri = expand_iri(ctx, key, base=True)
                if key_iri is None or not is_absolute_iri(key_iri):
                    raise UnsafeJsonLd(f'relative id "{key}"', "relative @id reference")
                index_value = key_iri
            elif is_type_index:
                index_value = expanded_key
            for item in items:
                if as_graph and not (isinstance(item, dict) and "@graph" in item):
                    item = {"@graph": [item]}  # noqa: PLW2901 - the spec's wrapping step
                if is_type_index:
                    if expanded_key == "@none":
                        pass
                    elif "@type" in item:
                        item["@type"] = [index_value, *item["@type"]]
                    else:
                        item["@type"] = [index_value]
                elif _is_value_obj(item) and index_key not in ("@language", "@type", "@index"):
                    raise InvalidJsonLd(f"illegal key {index_key} in value object",
                                        "invalid value object")  # fmt: skip
                elif property_index:
                    if expanded_key != "@none":
                        prev = item.get(property_index, [])
                        item[property_index] = [expanded_key, *prev]
                elif expanded_key != "@none" and index_key not in item:
                    item[index_key] = index_value
                out.append(item)
        return out


def _container(ctx: ActiveContext, term: str) -> frozenset[str]:
    tdef = ctx.terms.get(term)
    return tdef.container if tdef is not None else _EMPTY


def expand(
    document: Any,
    *,
    loader: DocumentLoader | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> list[Any]:
    """Expand ``document`` (JSON-LD 1.1 API §9.2 ``expand()``), refusing unsafe input.

    Raises :class:`UnsafeJsonLd`, :class:`InvalidJsonLd`, :class:`ContextNotAllowed`,
    :class:`DocumentTooLarge`. The input is not mutated.
    """
    ctx = initial_context(loader if loader is not None else default_loader())
    result = _Expander(limits).expand(ctx, None, document, False, False, None, 0)
    if isinstance(result, dict) and "@graph" in result and len(result) == 1:
        result = result["@graph"]
    elif result is None:
        result = []
    return result if isinstance(result, list) else [result]
