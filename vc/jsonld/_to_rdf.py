"""Deserialize expanded JSON-LD to RDF (JSON-LD 1.1 API §8.2 / §8.4 Object to RDF).

Why not pyld's ``to_rdf``: it first builds a node map (flattening), which costs more than the
expansion itself. RDF is a *set* of quads, so emitting the triples while walking the
expanded tree, then removing duplicates, gives the same dataset: merging two node objects
with the same ``@id`` only merges their triples. Blank nodes get fresh labels ``_:b0…`` (a
document's own labels are relabelled consistently); canonicalization ignores labels.

Terms come out directly in their canonical N-Quads form (RDFC-1.0 §4 / RDF 1.2 N-Quads
canonical form), the ``vc.rdfc`` quad contract: ``(subject, predicate, object, graph)``
strings, ``""`` for the default graph, ``xsd:string`` omitted.

Base direction (§8.4 step 13): with ``rdf_direction="i18n-datatype"`` a value with
``@direction`` becomes a literal typed ``https://www.w3.org/ns/i18n#{language}_{direction}``
(language lower-cased, empty when absent), as jsonld.js does and as Digital Bazaar's Data
Integrity cryptosuites ask for; ``compound-literal`` is not supported (jsonld.js refuses it too).

Safe mode (jsonld.js events): a relative subject, predicate, object or graph IRI, a blank
node predicate, ``@direction`` without an ``rdfDirection`` mode: :class:`UnsafeJsonLd`.
IRIs holding characters that N-Quads cannot write (space, ``<>"{}|^`\\``, controls) are
refused too, rather than signing an ambiguous serialization.
"""

from __future__ import annotations

import math
import re
from typing import Any, Literal

from ._errors import InvalidJsonLd, UnsafeJsonLd

Quad = tuple[str, str, str, str]
#: The ``rdfDirection`` modes this module implements (JSON-LD 1.1 API §9.2 options).
RdfDirection = Literal["i18n-datatype"]
I18N = "https://www.w3.org/ns/i18n#"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = f"<{RDF}type>"
RDF_FIRST = f"<{RDF}first>"
RDF_REST = f"<{RDF}rest>"
RDF_NIL = f"<{RDF}nil>"
RDF_JSON = f"{RDF}JSON"
RDF_LANGSTRING = f"{RDF}langString"
XSD_BOOLEAN = f"{XSD}boolean"
XSD_DOUBLE = f"{XSD}double"
XSD_INTEGER = f"{XSD}integer"
XSD_STRING = f"{XSD}string"

_IRI_OK = re.compile(r"^[A-Za-z][A-Za-z0-9+\-.]*:[^\x00-\x20<>\"{}|^`\\\x7f]*$")
_ESCAPES = {i: f"\\u{i:04X}" for i in (*range(0x20), 0x7F)}
_ESCAPES.update({0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r"})
_ESCAPES.update({0x22: '\\"', 0x5C: "\\\\"})
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f"\\\x7f]')


def escape_literal(value: str) -> str:
    """Canonical N-Quads string escaping (RDF 1.2 N-Triples §canonical, RDFC-1.0 test060)."""
    if _NEEDS_ESCAPE.search(value) is None:
        return value
    return value.translate(_ESCAPES)


def format_double(value: float) -> str:
    """Canonical xsd:double lexical form as jsonld.js (``toExponential(15)``, trimmed)."""
    if math.isnan(value) or math.isinf(value):
        raise InvalidJsonLd(f"{value!r} is not an RDF double", "invalid typed value")
    mantissa, exponent = f"{value:.15e}".split("e")
    mantissa = mantissa.rstrip("0")
    if mantissa.endswith("."):
        mantissa += "0"
    return f"{mantissa}E{int(exponent)}"


def _jcs_number(value: int | float) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if math.isnan(value) or math.isinf(value):
        raise InvalidJsonLd("JSON literal with a non-finite number", "invalid JSON literal")
    if value == int(value) and abs(value) < 1e21:
        return str(int(value))
    r = repr(value)  # shortest round-trip digits, as ECMAScript Number::toString
    if "e" in r:
        mant, exp = r.split("e")
        e = int(exp)
        if -7 < e < 21:
            return format(value, "f").rstrip("0").rstrip(".")
        return f"{mant}e{'+' if e > 0 else '-'}{abs(e)}"
    return r


def _jcs_string(value: str) -> str:
    out = ['"']
    for ch in value:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif o < 0x20:
            out.append({8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r"}.get(o, f"\\u{o:04x}"))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def jcs(value: Any) -> str:
    """JSON Canonicalization Scheme (RFC 8785), for ``@json`` literals (§8.4 step 6)."""
    if value is None:
        return "null"
    if isinstance(value, bool | int | float):
        return _jcs_number(value)
    if isinstance(value, str):
        return _jcs_string(value)
    if isinstance(value, list):
        return "[" + ",".join(jcs(v) for v in value) + "]"
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: k.encode("utf-16-be"))
        return "{" + ",".join(_jcs_string(k) + ":" + jcs(value[k]) for k in keys) + "}"
    raise InvalidJsonLd(f"not JSON: {type(value).__name__}", "invalid JSON literal")


_IRI_TERMS: dict[str, str] = {}  # vocabulary IRIs repeat across documents: checked once
_IRI_TERMS_MAX = 16384


def _iri_term(ref: str, what: str) -> str:
    term = _IRI_TERMS.get(ref)
    if term is not None:
        return term
    if _IRI_OK.match(ref) is None:
        raise UnsafeJsonLd(f'{what} "{ref}" is not an absolute IRI', f"relative {what} reference")
    term = f"<{ref}>"
    if len(_IRI_TERMS) < _IRI_TERMS_MAX:
        _IRI_TERMS[ref] = term
    return term


class _Writer:
    __slots__ = ("blank_labels", "counter", "quads", "rdf_direction")

    def __init__(self, rdf_direction: RdfDirection | None = None) -> None:
        self.rdf_direction = rdf_direction
        self.quads: list[Quad] = []
        self.blank_labels: dict[str, str] = {}
        self.counter = 0

    def new_blank(self) -> str:
        label = f"_:b{self.counter}"
        self.counter += 1
        return label

    def term(self, ref: str, what: str) -> str:
        """A node reference (IRI or blank node identifier) as an N-Quads term."""
        if ref.startswith("_:"):
            label = self.blank_labels.get(ref)
            if label is None:
                label = self.blank_labels[ref] = self.new_blank()
            return label
        if _IRI_OK.match(ref) is None:
            raise UnsafeJsonLd(
                f'{what} "{ref}" is not an absolute IRI', f"relative {what} reference"
            )
        return f"<{ref}>"

    def node(self, node: dict[str, Any], graph: str, what: str = "subject") -> str:
        ref = node.get("@id")
        subject = self.term(ref, what) if isinstance(ref, str) else self.new_blank()
        quads = self.quads
        for prop, values in node.items():
            if prop[0] == "@":
                if prop == "@type":
                    for t in values:
                        quads.append((subject, RDF_TYPE, self.term(t, "object"), graph))
                elif prop == "@reverse":
                    for rprop, rvalues in values.items():
                        predicate = self.predicate(rprop)
                        for rv in rvalues:
                            quads.append((self.node(rv, graph), predicate, subject, graph))
                elif prop == "@graph":
                    for child in values:
                        self.node(child, subject)
                elif prop == "@included":
                    for child in values:
                        self.node(child, graph)
                continue
            predicate = self.predicate(prop)
            for item in values:
                quads.append((subject, predicate, self.object(item, graph), graph))
        return subject

    def predicate(self, prop: str) -> str:
        if prop.startswith("_:"):
            raise UnsafeJsonLd(f'blank node predicate "{prop}"', "blank node predicate")
        return self.term(prop, "predicate")

    def object(self, item: dict[str, Any], graph: str) -> str:
        if "@value" in item:
            return self.literal(item)
        if "@list" in item:
            return self.list(item["@list"], graph)
        return self.node(item, graph, "object")

    def list(self, items: list[Any], graph: str) -> str:
        if not items:
            return RDF_NIL
        head = subject = self.new_blank()
        last = len(items) - 1
        for i, item in enumerate(items):
            obj = self.object(item, graph)
            rest = RDF_NIL if i == last else self.new_blank()
            self.quads.append((subject, RDF_FIRST, obj, graph))
            self.quads.append((subject, RDF_REST, rest, graph))
            subject = rest
        return head

    def literal(self, item: dict[str, Any]) -> str:
        value = item["@value"]
        datatype = item.get("@type")
        if datatype == "@json":
            return f'"{escape_literal(jcs(value))}"^^<{RDF_JSON}>'
        if "@direction" in item and isinstance(value, str):
            if self.rdf_direction == "i18n-datatype":
                language = str(item.get("@language", "")).lower()
                datatype_iri = f"{I18N}{language}_{item['@direction']}"
                return f'"{escape_literal(value)}"^^{_iri_term(datatype_iri, "datatype")}'
            raise UnsafeJsonLd(
                f"@direction on {value!r} has no RDF form without rdfDirection",
                "rdfDirection not set",
            )
        if isinstance(value, float) and not math.isfinite(value):
            raise InvalidJsonLd(f"{value!r} has no RDF form", "invalid typed value")
        if isinstance(value, bool):
            lexical, default = ("true" if value else "false"), XSD_BOOLEAN
        elif (isinstance(value, float) and (value != int(value) or abs(value) >= 1e21)) or (
            datatype == XSD_DOUBLE and not isinstance(value, str)
        ):
            lexical, default = format_double(float(value)), XSD_DOUBLE
        elif datatype == XSD_DOUBLE:
            try:
                lexical, default = format_double(float(value)), XSD_DOUBLE
            except ValueError:
                raise InvalidJsonLd(
                    f"{value!r} is not an xsd:double", "invalid typed value"
                ) from None
        elif isinstance(value, int | float):
            lexical, default = str(int(value)), XSD_INTEGER
        elif "@language" in item:
            return f'"{escape_literal(value)}"@{item["@language"]}'
        else:
            lexical, default = value, XSD_STRING
        dt = datatype or default
        if dt == XSD_STRING:
            return f'"{escape_literal(lexical)}"'
        return f'"{escape_literal(lexical)}"^^{_iri_term(dt, "datatype")}'


def expanded_to_rdf(
    expanded: list[Any], *, rdf_direction: RdfDirection | None = None
) -> list[Quad]:
    """The RDF dataset of an expanded document, duplicates removed, order of first emission.

    ``rdf_direction``: how a value with ``@direction`` becomes RDF (see the module docstring);
    ``None`` refuses such values (safe mode).
    """
    if rdf_direction not in (None, "i18n-datatype"):
        raise InvalidJsonLd(f"unsupported rdfDirection {rdf_direction!r}", "invalid rdfDirection")
    writer = _Writer(rdf_direction)
    for node in expanded:
        if not isinstance(node, dict) or "@value" in node or "@list" in node:
            raise UnsafeJsonLd("top-level value would be dropped", "free-floating scalar")
        writer.node(node, "")
    return list(dict.fromkeys(writer.quads))
