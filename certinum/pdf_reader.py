"""The signed credential embedded in a certificate PDF, read with bounds.

A Certinum certificate carries its credential as an embedded file (PDF/A-3 style associated
file, media type ``application/vc``). This walks the PDF's ``EmbeddedFiles`` name tree with
pypdf's low-level objects and decompresses *only* the credential's file: the one of media
type ``application/vc`` or, when none has it, the one named ``*.json``/``*.jsonld``/``*.vc``.
Bounds: at most :data:`MAX_ATTACHMENTS` embedded files are looked at (more is refused), and
the credential is inflated to at most :data:`MAX_ATTACHMENT_BYTES` (a zip bomb stops there).
A PDF that is not one, has no credential, or several, is a :class:`PdfCredentialError` with a
message, never a crash.
"""

from __future__ import annotations

import io
import zlib
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, StreamObject

from vc.constants import MAX_DOCUMENT_BYTES
from vc.jsonio import JsonInputError, parse_json

MAX_ATTACHMENT_BYTES = MAX_DOCUMENT_BYTES
MAX_ATTACHMENTS = 16
MAX_NAME_TREE_NODES = 64
CREDENTIAL_MEDIA_TYPE = "application/vc"
_CREDENTIAL_SUFFIXES = (".json", ".jsonld", ".vc")
_READ_ERRORS = (PyPdfError, OSError, ValueError, KeyError, TypeError, AttributeError, IndexError)


class PdfCredentialError(ValueError):
    """The PDF holds no readable credential."""


def _entry(parent: Any, key: str) -> Any:
    """``parent[key]`` with indirect references followed; None when absent or not a dict."""
    if parent is not None:
        parent = parent.get_object()
    if not isinstance(parent, DictionaryObject):
        return None
    value = parent.get(key)
    return value.get_object() if value is not None else None


def _embedded_files(reader: PdfReader) -> list[tuple[str, StreamObject]]:
    """(file name, embedded file stream) for each entry of the EmbeddedFiles name tree."""
    tree = _entry(_entry(reader.trailer, "/Root"), "/Names")
    tree = _entry(tree, "/EmbeddedFiles")
    if tree is None:
        return []
    found: list[tuple[str, StreamObject]] = []
    stack = [tree]
    visited = 0
    while stack:
        node = stack.pop()
        visited += 1
        if visited > MAX_NAME_TREE_NODES or not isinstance(node, DictionaryObject):
            raise PdfCredentialError("the PDF's list of attachments is malformed")
        kids = node.get("/Kids")
        if isinstance(kids, ArrayObject):
            stack.extend(kid.get_object() for kid in kids)
        entries = node.get("/Names")
        if not isinstance(entries, ArrayObject):
            continue
        for i in range(1, len(entries), 2):
            if len(found) >= MAX_ATTACHMENTS:
                raise PdfCredentialError(
                    f"the PDF has more than {MAX_ATTACHMENTS} attachments; not a certificate"
                )
            spec = entries[i].get_object()
            if not isinstance(spec, DictionaryObject):
                continue
            name = spec.get("/UF") or spec.get("/F") or entries[i - 1]
            stream = _entry(_entry(spec, "/EF"), "/F")
            if isinstance(stream, StreamObject):
                found.append((str(name), stream))
    return found


def _media_type(stream: StreamObject) -> str:
    subtype = stream.get("/Subtype")
    return str(subtype).lstrip("/") if subtype is not None else ""


def _bounded_content(stream: StreamObject) -> bytes:
    """The file's bytes, inflated to at most MAX_ATTACHMENT_BYTES (FlateDecode or none)."""
    too_large = PdfCredentialError(
        f"the embedded credential is larger than {MAX_ATTACHMENT_BYTES // 1024} KiB"
    )
    size = _entry(_entry(stream, "/Params"), "/Size")
    if isinstance(size, int) and size > MAX_ATTACHMENT_BYTES:
        raise too_large
    raw: bytes = stream._data  # the encoded bytes, as stored in the file
    filters = stream.get("/Filter")
    if isinstance(filters, ArrayObject):
        filters = filters[0] if len(filters) == 1 else filters
    if filters is None:
        data = raw
    elif filters == "/FlateDecode" and stream.get("/DecodeParms") is None:
        try:
            data = zlib.decompressobj().decompress(raw, MAX_ATTACHMENT_BYTES + 1)
        except zlib.error as exc:
            raise PdfCredentialError(f"the embedded credential is corrupt ({exc})") from None
    else:
        raise PdfCredentialError("the embedded credential uses an unsupported PDF encoding")
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise too_large
    return data


def credential_from_pdf(data: bytes) -> dict[str, Any]:
    """The credential embedded in ``data`` (a PDF); :class:`PdfCredentialError` otherwise."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        files = _embedded_files(reader)
        typed = [f for f in files if _media_type(f[1]) == CREDENTIAL_MEDIA_TYPE]
        chosen = typed or [f for f in files if f[0].lower().endswith(_CREDENTIAL_SUFFIXES)]
        if len(chosen) > 1:
            raise PdfCredentialError("the PDF embeds several credentials; expected one")
        content = _bounded_content(chosen[0][1]) if chosen else None
    except PdfCredentialError:
        raise
    except _READ_ERRORS as exc:
        raise PdfCredentialError(f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    if content is None:
        raise PdfCredentialError(
            "the PDF has no embedded credential (no application/vc or .json attachment)"
        )
    try:
        credential = parse_json(content, max_bytes=MAX_ATTACHMENT_BYTES)
    except JsonInputError as exc:
        raise PdfCredentialError(f"the embedded credential is not usable JSON ({exc})") from None
    if not isinstance(credential, dict):
        raise PdfCredentialError("the embedded credential is not a JSON object")
    return credential
