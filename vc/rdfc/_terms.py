"""RDF terms held as their canonical N-Quads serialization (RDFC-1.0 §5, Canonical N-Quads).

A term is a plain ``str`` whose first character tells its kind: ``<`` an IRI, ``_`` a blank
node, ``"`` a literal. The default graph is the empty string. Keeping terms in their final
serialized form means the canonicalizer never re-serializes a term: a quad's line is a
concatenation, and comparing two terms is comparing two strings.

Canonical form (RDF 1.2 N-Triples §"Canonical N-Triples", used by RDFC-1.0 §5):

- IRIs are written raw between ``<`` and ``>``: no ``UCHAR`` escapes at all.
- In a literal, ``\\b \\t \\n \\f \\r \\" \\\\`` are written as ``ECHAR``; the other characters
  of U+0000..U+001F and U+007F as ``UCHAR`` ``\\u00XX`` with upper-case hex; everything else
  (``'``, non-ASCII, U+0080..U+009F) raw, in UTF-8.
- ``xsd:string`` is never written; ``rdf:langString`` is implied by ``@lang``.
- Blank nodes are ``_:label``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from ._errors import InvalidTermError

__all__ = [
    "RDF_LANGSTRING",
    "XSD_STRING",
    "Quad",
    "blank",
    "check_quads",
    "escape_string",
    "iri",
    "literal",
]

Quad = tuple[str, str, str, str]
"""``(subject, predicate, object, graph)``, each in canonical N-Quads form; graph ``""``
is the default graph."""

XSD_STRING: Final = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING: Final = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

# --- character classes of the N-Quads grammar (RDF 1.1 N-Quads §5.3) -----------------------
_PN_CHARS_BASE: Final = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_PN_CHARS_U: Final = _PN_CHARS_BASE + "_:"
_PN_CHARS: Final = _PN_CHARS_U + "\\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
LABEL_PATTERN: Final = f"[{_PN_CHARS_U}0-9](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?"
"""BLANK_NODE_LABEL without its ``_:``."""
LANGTAG_PATTERN: Final = "[a-zA-Z]+(?:-[a-zA-Z0-9]+)*"
# Characters IRIREF forbids (raw or through UCHAR), plus lone surrogates (not Unicode text).
_IRI_FORBIDDEN: Final = '\\x00-\\x20<>"{}|^`\\\\\ud800-\udfff'
IRI_BODY_PATTERN: Final = f"[A-Za-z][A-Za-z0-9+.\\-]*:[^{_IRI_FORBIDDEN}]*"
"""A decoded absolute IRI: N-Quads allows only absolute IRIs (RDF 1.1 N-Quads §2.1)."""

_LABEL_RE: Final = re.compile(LABEL_PATTERN)
_LANGTAG_RE: Final = re.compile(LANGTAG_PATTERN)
_IRI_BODY_RE: Final = re.compile(IRI_BODY_PATTERN)
_SURROGATE_RE: Final = re.compile("[\ud800-\udfff]")

# Canonical literal body: runs of raw characters, ECHARs, and the UCHARs of the control
# characters that have no ECHAR. Possessive quantifiers (Python 3.11) keep a failing match
# linear: a credential can carry a 100 kB data: URL as one literal.
_CANON_STRING_BODY: Final = (
    '(?:[^\\x00-\\x1f"\\\\\\x7f\ud800-\udfff]++|\\\\[btnfr"\\\\]'
    "|\\\\u00(?:0[0-7BEF]|1[0-9A-F]|7F))*+"
)
# xsd:string is never written and rdf:langString is implied by @lang (RDFC-1.0 §5).
_IMPLIED_DATATYPES: Final = f"(?:{re.escape(XSD_STRING)}|{re.escape(RDF_LANGSTRING)})>"
_CANON_IRI: Final = f"<{IRI_BODY_PATTERN}>"
_CANON_BLANK: Final = f"_:{LABEL_PATTERN}"
_CANON_LITERAL: Final = (
    f'"{_CANON_STRING_BODY}"'
    f"(?:@{LANGTAG_PATTERN}|\\^\\^<(?!{_IMPLIED_DATATYPES}){IRI_BODY_PATTERN}>)?"
)
_PREDICATE_RE: Final = re.compile(_CANON_IRI)
_RESOURCE_RE: Final = re.compile(f"{_CANON_IRI}|{_CANON_BLANK}")
_OBJECT_RE: Final = re.compile(f"{_CANON_IRI}|{_CANON_BLANK}|{_CANON_LITERAL}")

# --- canonical string escaping ------------------------------------------------------------
_ECHAR: Final = {0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r"}
_ESCAPES: Final[dict[int, str]] = {
    code: _ECHAR.get(code, f"\\u{code:04X}") for code in (*range(0x20), 0x7F)
}
_ESCAPES[0x22] = '\\"'
_ESCAPES[0x5C] = "\\\\"
_NEEDS_ESCAPE_RE: Final = re.compile('[\\x00-\\x1f"\\\\\\x7f]')


def escape_string(value: str) -> str:
    """Escape a lexical form for a canonical N-Quads ``STRING_LITERAL_QUOTE`` (no quotes).

    Raises :class:`InvalidTermError` on a lone surrogate, which is not Unicode text and
    could not be hashed as UTF-8.
    """
    if not value.isascii() and _SURROGATE_RE.search(value):
        raise InvalidTermError("literal contains a lone surrogate code point")
    if _NEEDS_ESCAPE_RE.search(value) is None:
        return value
    return value.translate(_ESCAPES)


def iri(value: str) -> str:
    """Encode an absolute IRI as a canonical N-Quads term ``<value>``.

    Raises :class:`InvalidTermError` if the IRI has no scheme (N-Quads takes absolute
    IRIs only) or holds a character IRIREF forbids: controls, space, ``<>"{}|^`\\``.
    Such an IRI cannot be written in canonical N-Quads, where IRIs carry no escapes.
    """
    if _IRI_BODY_RE.fullmatch(value) is None:
        raise InvalidTermError(f"not an absolute IRI writable in N-Quads: {value!r}")
    return f"<{value}>"


def blank(label: str) -> str:
    """Encode a blank node as ``_:label``.

    ``label`` may be given with or without its ``_:`` prefix (JSON-LD writes ``_:b0``), so
    ``blank("b0") == blank("_:b0") == "_:b0"``. It must match N-Quads ``BLANK_NODE_LABEL``.
    """
    if label.startswith("_:"):
        label = label[2:]
    if _LABEL_RE.fullmatch(label) is None:
        raise InvalidTermError(f"not a valid blank node label: {label!r}")
    return "_:" + label


def literal(value: str, datatype: str | None = None, language: str | None = None) -> str:
    """Encode a literal in canonical N-Quads form.

    ``datatype`` is a raw IRI (no angle brackets); ``xsd:string`` (or ``None``) is omitted.
    With ``language``, the datatype must be ``None`` or ``rdf:langString``; the tag keeps its
    case (RDFC-1.0 hashes it as written, as rdf-canonize does). ``rdf:langString`` without a
    language is not a valid literal (RDF 1.1 Concepts §3.3).
    """
    body = '"' + escape_string(value) + '"'
    if language is not None:
        if datatype is not None and datatype != RDF_LANGSTRING:
            raise InvalidTermError(
                f"a literal with a language tag has datatype rdf:langString, not {datatype!r}"
            )
        if _LANGTAG_RE.fullmatch(language) is None:
            raise InvalidTermError(f"not a valid language tag: {language!r}")
        return f"{body}@{language}"
    if datatype is None or datatype == XSD_STRING:
        return body
    if datatype == RDF_LANGSTRING:
        raise InvalidTermError("an rdf:langString literal needs a language tag")
    return f"{body}^^{iri(datatype)}"


def _check_terms(position: str, terms: set[object], pattern: re.Pattern[str]) -> None:
    """Raise :class:`InvalidTermError` unless every term is a str matching ``pattern``."""
    try:
        if all(map(pattern.fullmatch, terms)):  # type: ignore[arg-type]
            return
    except TypeError:
        pass  # a term is not a str: the loop below names it
    for term in terms:
        if not isinstance(term, str) or pattern.fullmatch(term) is None:
            raise InvalidTermError(f"{position} is not a canonical N-Quads term: {term!r}")


def check_quads(quads: Iterable[object]) -> list[Quad]:
    """Return the distinct quads, in first-seen order, after checking every term.

    Each position holds a term in canonical N-Quads form: subject an IRI or blank node,
    predicate an IRI, object any term, graph ``""`` or an IRI or blank node. Each distinct
    term is matched once, in bulk (a credential repeats its predicates and IRIs).
    Raises :class:`InvalidTermError`, naming the first bad term.
    """
    try:
        dataset: list[Quad] = list(dict.fromkeys(quads))  # type: ignore[arg-type]
        subjects: set[object] = {subject for subject, _, _, _ in dataset}
        predicates: set[object] = {predicate for _, predicate, _, _ in dataset}
        objects: set[object] = {obj for _, _, obj, _ in dataset}
        graphs: set[object] = {graph for _, _, _, graph in dataset}
    except (TypeError, ValueError) as exc:
        raise InvalidTermError(f"a quad is a tuple of 4 str: {exc}") from exc
    graphs.discard("")
    _check_terms("subject", subjects, _RESOURCE_RE)
    _check_terms("predicate", predicates, _PREDICATE_RE)
    _check_terms("object", objects, _OBJECT_RE)
    _check_terms("graph", graphs, _RESOURCE_RE)
    return dataset
