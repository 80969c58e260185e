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
    initial_context,
    process_context,
)
from ._errors import DocumentTooLarge, InvalidJsonLd, UnsafeJsonLd
from ._expand_object import _ObjectExpansion
from ._iri import is_absolute_iri
from ._loader import DocumentLoader, default_loader
from ._values import _EMPTY, expand_value
from ._values import container_of as _container
from ._values import drop_unsafe as _drop_unsafe


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds on what the public may send (checked while expanding)."""

    max_depth: int = 64
    max_values: int = 20_000
    max_contexts: int = 32  # objects carrying their own "@context" (the root included)


DEFAULT_LIMITS = Limits()


class _Expander(_ObjectExpansion):
    __slots__ = ("contexts",)  # "count" and "limits" are _ObjectExpansion's

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
            return expand_value(ctx, active_property, element)
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
