"""N-Quads parsing and serialization (RDF 1.1 N-Quads, W3C REC 2014; RDFC-1.0 §5).

The parser reads the full N-Quads grammar (comments, ``UCHAR``/``ECHAR`` escapes, minimal
white space) and re-encodes every term canonically with :mod:`._terms`, so its output can be
handed to :func:`canonicalize` as is. It refuses what the grammar refuses, with the line and
column, rather than guessing: bad input means a bad signature base, never a repaired one.
RDF 1.2 additions (triple terms, directional language tags) are not accepted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from ._errors import InvalidTermError, NQuadsSyntaxError
from ._terms import IRI_BODY_PATTERN, LABEL_PATTERN, LANGTAG_PATTERN, Quad, literal

__all__ = ["parse_nquads", "serialize_nquads"]

_UCHAR: Final = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_WS_RE: Final = re.compile(r"[ \t]*")
_EOL_RE: Final = re.compile(r"\r\n?|\n")
_IRIREF_RE: Final = re.compile(f'<((?:[^\\x00-\\x20<>"{{}}|^`\\\\]++|{_UCHAR})*+)>')
_BLANK_RE: Final = re.compile(f"_:({LABEL_PATTERN})")
_STRING_RE: Final = re.compile(f'"((?:[^"\\\\\\n\\r]++|\\\\[tbnrf"\'\\\\]|{_UCHAR})*+)"')
_LANGTAG_RE: Final = re.compile(f"@({LANGTAG_PATTERN})")
_IRI_BODY_RE: Final = re.compile(IRI_BODY_PATTERN)
_ESCAPE_RE: Final = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")
_ECHAR_VALUES: Final = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f"}

# One regex for a whole well-formed statement (the fast path); the cursor parser below
# runs only on a line this does not match, to say where and why it is wrong.
_IRI_TOKEN: Final = _IRIREF_RE.pattern.replace("(", "(?:", 1)
_BLANK_TOKEN: Final = f"_:{LABEL_PATTERN}"
_STRING_TOKEN: Final = _STRING_RE.pattern.replace("(", "(?:", 1)
_STATEMENT_RE: Final = re.compile(
    f"[ \\t]*(?:(?P<s>{_IRI_TOKEN}|{_BLANK_TOKEN})[ \\t]*(?P<p>{_IRI_TOKEN})[ \\t]*"
    f"(?:(?P<o>{_IRI_TOKEN}|{_BLANK_TOKEN})|(?P<lit>{_STRING_TOKEN})"
    f"(?:\\^\\^(?P<dt>{_IRI_TOKEN})|@(?P<lang>{LANGTAG_PATTERN}))?)"
    f"[ \\t]*(?P<g>{_IRI_TOKEN}|{_BLANK_TOKEN})?[ \\t]*\\.[ \\t]*)?(?:#.*)?"
)


class _Line:
    """Cursor over one statement line; raises errors that carry line and column."""

    __slots__ = ("number", "pos", "text")

    def __init__(self, text: str, number: int) -> None:
        self.text = text
        self.number = number
        self.pos = 0

    def error(self, message: str, pos: int | None = None) -> NQuadsSyntaxError:
        column = (self.pos if pos is None else pos) + 1
        return NQuadsSyntaxError(message, line=self.number, column=column)

    def skip_ws(self) -> None:
        match = _WS_RE.match(self.text, self.pos)
        if match is not None:
            self.pos = match.end()

    def peek(self) -> str:
        return self.text[self.pos : self.pos + 1]

    def take(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        match = pattern.match(self.text, self.pos)
        if match is not None:
            self.pos = match.end()
        return match


def _decode_escapes(body: str) -> str | None:
    """Decode ``UCHAR`` and ``ECHAR`` (the grammar limited which occur); None if a
    ``UCHAR`` is not a Unicode scalar value (above U+10FFFF, or a surrogate)."""
    if "\\" not in body:
        return body
    invalid = False

    def replace(match: re.Match[str]) -> str:
        nonlocal invalid
        short, long, echar = match.groups()
        if echar is not None:
            return _ECHAR_VALUES.get(echar, echar)
        code = int(short or long, 16)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            invalid = True
            return ""
        return chr(code)

    decoded = _ESCAPE_RE.sub(replace, body)
    return None if invalid else decoded


def _unescape(body: str, line: _Line, start: int) -> str:
    decoded = _decode_escapes(body)
    if decoded is None:
        raise line.error("an escape is not a Unicode scalar value", start)
    return decoded


def _iri(line: _Line) -> str:
    start = line.pos
    match = line.take(_IRIREF_RE)
    if match is None:
        raise line.error('malformed IRI: expected <absolute IRI> without spaces or <>"{}|^`\\')
    value = _unescape(match.group(1), line, start)
    if _IRI_BODY_RE.fullmatch(value) is None:
        raise line.error(f"IRI {value!r} is relative or holds a forbidden character", start)
    return f"<{value}>"


def _resource(line: _Line, role: str) -> str:
    """An IRI or a blank node (subject, graph label)."""
    char = line.peek()
    if char == "<":
        return _iri(line)
    if char == "_":
        match = line.take(_BLANK_RE)
        if match is None:
            raise line.error("malformed blank node label")
        return "_:" + match.group(1)
    raise line.error(f"expected an IRI or a blank node as {role}")


def _literal(line: _Line) -> str:
    start = line.pos
    match = line.take(_STRING_RE)
    if match is None:
        raise line.error("malformed string literal (unterminated, or a bad escape)")
    value = _unescape(match.group(1), line, start)
    datatype: str | None = None
    language: str | None = None
    if line.text.startswith("^^", line.pos):
        line.pos += 2
        datatype = _iri(line)[1:-1]
    elif line.peek() == "@":
        tag = line.take(_LANGTAG_RE)
        if tag is None:
            raise line.error("malformed language tag")
        language = tag.group(1)
    try:
        return literal(value, datatype, language)
    except InvalidTermError as exc:
        raise line.error(str(exc), start) from exc


def _statement(line: _Line) -> Quad | None:
    """Parse one line: a statement, or only white space and a comment."""
    line.skip_ws()
    if line.pos == len(line.text) or line.peek() == "#":
        return None
    subject = _resource(line, "subject")
    line.skip_ws()
    if line.peek() != "<":
        raise line.error("expected an IRI as predicate")
    predicate = _iri(line)
    line.skip_ws()
    obj = _literal(line) if line.peek() == '"' else _resource(line, "object")
    line.skip_ws()
    graph = ""
    if line.peek() != ".":
        graph = _resource(line, "graph label (or '.' to end the statement)")
        line.skip_ws()
        if line.peek() != ".":
            raise line.error("expected '.' to end the statement")
    line.pos += 1
    line.skip_ws()
    if line.pos != len(line.text) and line.peek() != "#":
        raise line.error("unexpected text after '.' (one statement per line)")
    return (subject, predicate, obj, graph)


def _fast_iri(token: str, cache: dict[str, str]) -> str | None:
    """Canonical form of an IRIREF token, or None if it is not valid (slow path decides)."""
    canonical = cache.get(token)
    if canonical is None:
        value = _decode_escapes(token[1:-1])
        if value is None or _IRI_BODY_RE.fullmatch(value) is None:
            return None
        canonical = cache[token] = f"<{value}>"
    return canonical


def _fast_statement(match: re.Match[str], cache: dict[str, str]) -> Quad | None:
    """The quad of a line that matched ``_STATEMENT_RE``, or None if a term is invalid."""
    subject, predicate, obj, graph = match.group("s", "p", "o", "g")
    if subject[0] == "<":
        subject = _fast_iri(subject, cache)
    predicate = _fast_iri(predicate, cache)
    if obj is None:
        value = _decode_escapes(match.group("lit")[1:-1])
        datatype_token, language = match.group("dt", "lang")
        datatype = None
        if datatype_token is not None:
            datatype = _fast_iri(datatype_token, cache)
            if datatype is None:
                return None
            datatype = datatype[1:-1]
        if value is None:
            return None
        try:
            obj = literal(value, datatype, language)
        except InvalidTermError:
            return None
    elif obj[0] == "<":
        obj = _fast_iri(obj, cache)
    if graph is None:
        graph = ""
    elif graph[0] == "<":
        graph = _fast_iri(graph, cache)
    if subject is None or predicate is None or obj is None or graph is None:
        return None
    return (subject, predicate, obj, graph)


def parse_nquads(text: str) -> list[Quad]:
    """Parse an N-Quads document into quads of canonical terms, in document order.

    Duplicate statements are kept (the canonicalizer treats its input as a set).
    Raises :class:`NQuadsSyntaxError` with the 1-based line and column.
    """
    quads: list[Quad] = []
    cache: dict[str, str] = {}
    for number, text_line in enumerate(_EOL_RE.split(text), start=1):
        match = _STATEMENT_RE.fullmatch(text_line)
        if match is not None:
            if match.group("s") is None:
                continue  # blank line or comment
            quad = _fast_statement(match, cache)
            if quad is not None:
                quads.append(quad)
                continue
        # Not well-formed: the cursor parser says where and why (it raises).
        quad = _statement(_Line(text_line, number))
        if quad is None:  # pragma: no cover - the statement regex accepts such lines
            continue
        quads.append(quad)
    return quads


def serialize_quad(quad: Quad) -> str:
    """One canonical N-Quads line, ending with ``"\\n"`` (terms are already canonical)."""
    subject, predicate, obj, graph = quad
    if graph:
        return f"{subject} {predicate} {obj} {graph} .\n"
    return f"{subject} {predicate} {obj} .\n"


def serialize_nquads(quads: Iterable[Quad]) -> str:
    """Serialize quads in the given order, one line each (RDFC-1.0 §5 sorts them first)."""
    return "".join(map(serialize_quad, quads))
