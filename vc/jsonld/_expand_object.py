"""Node object expansion (JSON-LD 1.1 API §5.1.2 steps 13-14), with @reverse and index maps.

A part of :class:`._expand._Expander`, kept in its own module for size; ported from
jsonld.js 9 ``expand.js`` ``_expandObject``, ``_expandIndexMap``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._context import _NO_CONTEXT, ActiveContext, expand_iri, process_context
from ._errors import DocumentTooLarge, InvalidJsonLd, UnsafeJsonLd
from ._iri import BCP47, KEYWORDS, is_absolute_iri
from ._values import add_value as _add
from ._values import drop_unsafe as _drop_unsafe
from ._values import expand_language_map, expand_value
from ._values import is_list_obj as _is_list_obj
from ._values import is_value_obj as _is_value_obj

if TYPE_CHECKING:
    from ._expand import Limits


class _ObjectExpansion:
    """``expand_object`` and the maps it expands; :class:`._expand._Expander` provides
    ``expand`` (the recursion), ``limits`` and the value count."""

    __slots__ = ("count", "limits")
    limits: Limits
    count: int

    if TYPE_CHECKING:

        def expand(
            self,
            ctx: ActiveContext,
            active_property: str | None,
            element: Any,
            inside_list: bool,
            inside_index: bool,
            type_scoped: ActiveContext | None,
            depth: int,
        ) -> Any: ...

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
                expanded = expand_value(term_ctx, key, value)
            elif container and isinstance(value, dict) and "@language" in container:
                tdef2 = term_ctx.terms.get(key)
                direction = (
                    tdef2.direction
                    if tdef2 is not None and tdef2.has_direction
                    else term_ctx.direction
                )
                expanded = expand_language_map(term_ctx, value, direction)
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
                expanded_key = "@none" if key == "@none" else expand_value(ctx, index_key, key)
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
