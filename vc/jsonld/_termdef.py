"""JSON-LD 1.1 term definitions (JSON-LD 1.1 API §4.2 Create Term Definition) and IRI
Expansion (§5.2), as jsonld.js 9 ``context.js`` does them, safe-mode events included.

They operate on an active context of :mod:`._context` (its ``terms``, ``vocab``, ``base``
and ``protected_terms``), which builds and freezes it.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from ._errors import DocumentTooLarge, InvalidJsonLd, UnsafeJsonLd
from ._iri import KEYWORD_FORM, KEYWORDS, is_absolute_iri, resolve

if TYPE_CHECKING:
    from ._context import ActiveContext

_GEN_DELIMS = (":", "/", "?", "#", "[", "]", "@")
_VALID_TERM_KEYS = frozenset(
    {
        "@container", "@id", "@language", "@reverse", "@type", "@context", "@direction",
        "@index", "@nest", "@prefix", "@protected",
    }
)  # fmt: skip
_CONTAINERS = frozenset({"@list", "@set", "@index", "@language", "@graph", "@id", "@type"})
_IRI_LIKE_TERM = re.compile(r"(?::[^:])|/")  # jsonld.js: a term that looks like an IRI
_NO_CONTEXT: Any = object()  # "term has no scoped context" (a scoped context may be null)


def _local_key(local: Any) -> object:
    if isinstance(local, str):
        return local
    if isinstance(local, list) and all(isinstance(x, str) for x in local):
        return tuple(local)
    return "\x00" + _json_text(local)


def _json_text(value: Any) -> str:
    """Compact JSON text of a context; a context nested past Python's recursion limit is
    refused by name (the scoped-depth bound would refuse it anyway, later)."""
    try:
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    except RecursionError:
        raise DocumentTooLarge("a context is nested too deep", "context too deep") from None
    except (TypeError, ValueError) as exc:
        raise InvalidJsonLd(f"a context is not JSON: {exc}", "invalid local context") from None


class TermDefinition:
    """One term definition (§4.2). ``raw`` mirrors jsonld.js' mapping, for equality checks."""

    __slots__ = (
        "container",
        "context",
        "context_key",
        "direction",
        "has_direction",
        "has_language",
        "index",
        "iri",
        "language",
        "nest",
        "prefix",
        "protected",
        "raw",
        "reverse",
        "type_mapping",
    )

    def __init__(self) -> None:
        self.iri: str | None = None
        self.reverse = False
        self.type_mapping: str | None = None
        self.container: frozenset[str] = frozenset()
        self.context: Any = _NO_CONTEXT
        self.context_key: object = None
        self.language: str | None = None
        self.has_language = False
        self.direction: str | None = None
        self.has_direction = False
        self.index: str | None = None
        self.nest: str | None = None
        self.prefix = False
        self.protected = False
        self.raw: dict[str, Any] = {}


def _create_term_definition(
    active: ActiveContext,
    local: dict[str, Any],
    term: str,
    defined: dict[str, bool],
    override_protected: bool = False,
) -> None:
    """Create Term Definition (§4.2.2)."""
    if term in defined:
        if defined[term]:
            return
        raise InvalidJsonLd(f'cyclic IRI mapping for "{term}"', "cyclic IRI mapping")
    defined[term] = False
    value = local.get(term)
    if (
        term == "@type"
        and isinstance(value, dict)
        and (value.get("@container") or "@set") == "@set"
    ):
        if not value or any(k not in ("@container", "@id", "@protected") for k in value):
            raise InvalidJsonLd("keywords cannot be overridden", "keyword redefinition")
    elif term in KEYWORDS:
        raise InvalidJsonLd(f'keyword "{term}" cannot be redefined', "keyword redefinition")
    elif KEYWORD_FORM.match(term):
        raise UnsafeJsonLd(f'reserved term "{term}" would be dropped', "reserved term")
    elif term == "":
        raise InvalidJsonLd("a term cannot be empty", "invalid term definition")
    previous = active.terms.pop(term, None)
    simple = False
    if value is None or isinstance(value, str):
        simple = True
        value = {"@id": value}
    if not isinstance(value, dict):
        raise InvalidJsonLd(f'invalid term definition for "{term}"', "invalid term definition")
    for kw in value:
        if kw not in _VALID_TERM_KEYS:
            raise InvalidJsonLd(
                f'term "{term}" definition must not contain {kw}', "invalid term definition"
            )
    d = TermDefinition()
    raw = d.raw
    active.terms[term] = d
    raw["reverse"] = False
    colon = term.find(":")
    raw["_termHasColon"] = colon > 0
    if "@reverse" in value:
        if "@id" in value or "@nest" in value:
            raise InvalidJsonLd(f'invalid @reverse term "{term}"', "invalid reverse property")
        rev = value["@reverse"]
        if not isinstance(rev, str):
            raise InvalidJsonLd("@reverse value must be a string", "invalid IRI mapping")
        if KEYWORD_FORM.match(rev):
            raise UnsafeJsonLd(f'reserved @reverse value "{rev}"', "reserved @reverse value")
        iri = expand_iri(active, rev, vocab=True, local=local, defined=defined)
        if iri is None or not is_absolute_iri(iri):
            raise InvalidJsonLd(f'invalid @reverse IRI "{rev}"', "invalid IRI mapping")
        raw["@id"] = iri
        raw["reverse"] = True
    elif "@id" in value:
        id_ = value["@id"]
        if id_ is not None and not isinstance(id_, str):
            raise InvalidJsonLd("@id value must be a string", "invalid IRI mapping")
        if id_ is None:
            raw["@id"] = None
        elif id_ not in KEYWORDS and KEYWORD_FORM.match(id_):
            raise UnsafeJsonLd(f'reserved @id value "{id_}"', "reserved @id value")
        elif id_ != term:
            iri = expand_iri(active, id_, vocab=True, local=local, defined=defined)
            if iri is None or (not is_absolute_iri(iri) and iri not in KEYWORDS):
                raise InvalidJsonLd(f'invalid IRI mapping for "{term}"', "invalid IRI mapping")
            if _IRI_LIKE_TERM.search(term):
                term_defined = dict(defined)
                term_defined[term] = True
                term_iri = expand_iri(active, term, vocab=True, local=local, defined=term_defined)
                if term_iri != iri:
                    raise InvalidJsonLd(
                        f'term "{term}" in form of IRI must expand to its definition',
                        "invalid IRI mapping",
                    )
            raw["@id"] = iri
            raw["_prefix"] = simple and colon <= 0 and iri.endswith(_GEN_DELIMS)
    if "@id" not in raw:
        if colon > 0:
            prefix = term[:colon]
            if prefix in local:
                _create_term_definition(active, local, prefix, defined)
            pdef = active.terms.get(prefix)
            raw["@id"] = (
                (pdef.raw.get("@id") or "") + term[colon + 1 :] if pdef is not None else term
            )
        elif term == "@type":
            raw["@id"] = term
        else:
            if active.vocab is None:
                raise InvalidJsonLd(f'term "{term}" must define an @id', "invalid IRI mapping")
            raw["@id"] = active.vocab + term
    if value.get("@protected") is True or (
        defined.get("@protected") is True and value.get("@protected") is not False
    ):
        active.protected_terms = True
        raw["protected"] = True
    defined[term] = True
    if "@type" in value:
        type_ = value["@type"]
        if not isinstance(type_, str):
            raise InvalidJsonLd("@type mapping must be a string", "invalid type mapping")
        if type_ not in ("@json", "@none", "@id", "@vocab"):
            expanded = expand_iri(active, type_, vocab=True, local=local, defined=defined)
            if expanded is None or not is_absolute_iri(expanded) or expanded.startswith("_:"):
                raise InvalidJsonLd(f'invalid @type mapping "{type_}"', "invalid type mapping")
            type_ = expanded
        raw["@type"] = type_
    if "@container" in value:
        cv = value["@container"]
        container = [cv] if isinstance(cv, str) else (cv or [])
        if not isinstance(container, list) or not all(isinstance(c, str) for c in container):
            raise InvalidJsonLd("invalid @container", "invalid container mapping")
        has_set = "@set" in container
        valid = True
        if "@list" in container:
            if len(container) != 1:
                raise InvalidJsonLd("@list container must be alone", "invalid container mapping")
        elif "@graph" in container:
            if any(c not in ("@graph", "@id", "@index", "@set") for c in container):
                raise InvalidJsonLd("invalid @graph container", "invalid container mapping")
        else:
            valid = len(container) <= (2 if has_set else 1)
        if "@type" in container:
            raw["@type"] = raw.get("@type") or "@id"
            if raw["@type"] not in ("@id", "@vocab"):
                raise InvalidJsonLd("@type container needs @id or @vocab", "invalid type mapping")
        valid = valid and all(c in _CONTAINERS for c in container)
        valid = valid and not (has_set and "@list" in container)
        if not valid:
            raise InvalidJsonLd(f"invalid @container {cv!r}", "invalid container mapping")
        if raw["reverse"] and not all(c in ("@index", "@set") for c in container):
            raise InvalidJsonLd("invalid @reverse container", "invalid reverse property")
        raw["@container"] = list(container)
    if "@index" in value:
        idx = value["@index"]
        if "@index" not in raw.get("@container", ()):
            raise InvalidJsonLd("@index without @index container", "invalid term definition")
        if not isinstance(idx, str) or idx.startswith("@"):
            raise InvalidJsonLd("@index must expand to an IRI", "invalid term definition")
        raw["@index"] = idx
    if "@context" in value:
        raw["@context"] = value["@context"]
    if "@language" in value and "@type" not in value:
        lang = value["@language"]
        if lang is not None and not isinstance(lang, str):
            raise InvalidJsonLd("@language must be a string or null", "invalid language mapping")
        raw["@language"] = lang.lower() if isinstance(lang, str) else None
    if "@prefix" in value:
        if ":" in term or "/" in term:
            raise InvalidJsonLd("@prefix on a compact IRI term", "invalid term definition")
        if raw["@id"] in KEYWORDS:
            raise InvalidJsonLd("keywords may not be used as prefixes", "invalid term definition")
        if not isinstance(value["@prefix"], bool):
            raise InvalidJsonLd("@prefix must be a boolean", "invalid @prefix value")
        raw["_prefix"] = value["@prefix"]
    if "@direction" in value:
        direction = value["@direction"]
        if direction not in (None, "ltr", "rtl"):
            raise InvalidJsonLd("invalid @direction", "invalid base direction")
        raw["@direction"] = direction
    if "@nest" in value:
        nest = value["@nest"]
        if not isinstance(nest, str) or (nest != "@nest" and nest.startswith("@")):
            raise InvalidJsonLd("invalid @nest value", "invalid @nest value")
        raw["@nest"] = nest
    if raw["@id"] in ("@context", "@preserve"):
        raise InvalidJsonLd("@context and @preserve cannot be aliased", "invalid keyword alias")
    if previous is not None and previous.protected and not override_protected:
        active.protected_terms = True
        raw["protected"] = True
        if previous.raw != raw:
            raise InvalidJsonLd(
                f'tried to redefine protected term "{term}"', "protected term redefinition"
            )
        active.terms[term] = previous
        return
    _finish(d, term)


def _finish(d: TermDefinition, term: str) -> None:
    raw = d.raw
    d.iri = raw["@id"]
    d.reverse = raw["reverse"]
    d.type_mapping = raw.get("@type")
    d.container = frozenset(raw.get("@container", ()))
    if "@context" in raw:
        d.context = raw["@context"]
        d.context_key = _local_key(raw["@context"])
    d.has_language = "@language" in raw
    d.language = raw.get("@language")
    d.has_direction = "@direction" in raw
    d.direction = raw.get("@direction")
    d.index = raw.get("@index")
    d.nest = raw.get("@nest")
    d.prefix = bool(raw.get("_prefix"))
    d.protected = bool(raw.get("protected"))


def expand_iri(
    active: ActiveContext,
    value: str,
    *,
    vocab: bool = False,
    base: bool = False,
    local: dict[str, Any] | None = None,
    defined: dict[str, bool] | None = None,
) -> str | None:
    """IRI Expansion (§5.2). Returns None for a term explicitly mapped to null."""
    if value in KEYWORDS:
        return value
    if KEYWORD_FORM.match(value):
        return None
    if (
        local is not None
        and defined is not None
        and value in local
        and defined.get(value) is not True
    ):
        _create_term_definition(active, local, value, defined)
    if vocab:
        d = active.terms.get(value)
        if d is not None:
            return d.raw.get("@id")
    colon = value.find(":")
    if colon > 0:
        prefix, suffix = value[:colon], value[colon + 1 :]
        if prefix == "_" or suffix.startswith("//"):
            return value
        if local is not None and defined is not None and prefix in local:
            _create_term_definition(active, local, prefix, defined)
        pdef = active.terms.get(prefix)
        if pdef is not None and pdef.raw.get("_prefix"):
            return str(pdef.raw["@id"]) + suffix
        if is_absolute_iri(value):
            return value
    if vocab and active.vocab is not None:
        return active.vocab + value
    if base:
        return resolve(active.base, value) if active.base is not None else value
    return value
