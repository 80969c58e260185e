"""Reading a certificate PDF back, with bounds: its embedded credential and its page's text.

For the verifier (issue 9): :func:`embedded_credential` takes out the signed credential that
:func:`issuer.certificate_pdf.render_certificate` embedded, and :func:`page_text` gives the
page's lines of text, so that a PDF can be compared with a re-render of its own credential
(the same credential renders the same text).

Strict on purpose, for certificates only: at most :data:`MAX_PDF_BYTES`; exactly one
embedded file of media type ``application/vc`` (none, or two, is refused); at most
:data:`MAX_ATTACHMENTS` attachments and :data:`MAX_NAME_TREE_NODES` name-tree nodes walked;
the credential inflated to at most :data:`MAX_CREDENTIAL_BYTES` and parsed by
:func:`vc.jsonio.parse_json` (depth bound, duplicate keys refused); one page, no XObjects
(a certificate has none: its QR code is a path), and every stream the text extraction
decodes (contents, ToUnicode maps) inflated to at most :data:`MAX_STREAM_BYTES` *before*
pypdf decodes it. Every refusal is a :class:`CertificatePdfError` with a message.
"""

from __future__ import annotations

import base64
import binascii
import io
import zlib
from typing import Any, Final

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, StreamObject

from vc.constants import MAX_DOCUMENT_BYTES
from vc.jsonio import JsonInputError, parse_json

__all__ = ["CertificatePdfError", "embedded_credential", "page_text"]

MAX_PDF_BYTES: Final = 2 * 1024 * 1024  # a certificate is about 46 KB
MAX_CREDENTIAL_BYTES: Final = MAX_DOCUMENT_BYTES
MAX_STREAM_BYTES: Final = 512 * 1024
MAX_ATTACHMENTS: Final = 16
MAX_NAME_TREE_NODES: Final = 64
MAX_FONTS: Final = 32
CREDENTIAL_MEDIA_TYPE: Final = "application/vc"
_READ_ERRORS = (PyPdfError, OSError, ValueError, KeyError, TypeError, AttributeError, IndexError)


class CertificatePdfError(ValueError):
    """The bytes are not a readable certificate PDF (the message says why)."""


def _get(parent: Any, key: str) -> Any:
    """``parent[key]`` with indirect references followed; None when absent or not a dict."""
    if parent is not None:
        parent = parent.get_object()
    if not isinstance(parent, DictionaryObject):
        return None
    value = parent.get(key)
    return value.get_object() if value is not None else None


def _reader(pdf: bytes) -> PdfReader:
    if not isinstance(pdf, bytes | bytearray) or not pdf.startswith(b"%PDF-"):
        raise CertificatePdfError("not a PDF (no %PDF- header)")
    if len(pdf) > MAX_PDF_BYTES:
        raise CertificatePdfError(f"the PDF is larger than {MAX_PDF_BYTES // 1024} KiB")
    return PdfReader(io.BytesIO(pdf), strict=False)


def _attachments(reader: PdfReader) -> list[StreamObject]:
    """The embedded file streams of the ``/Names /EmbeddedFiles`` tree."""
    tree = _get(_get(_get(reader.trailer, "/Root"), "/Names"), "/EmbeddedFiles")
    found: list[StreamObject] = []
    stack = [tree] if tree is not None else []
    visited = 0
    while stack:
        node = stack.pop()
        visited += 1
        if visited > MAX_NAME_TREE_NODES or not isinstance(node, DictionaryObject):
            raise CertificatePdfError("the PDF's list of attachments is malformed")
        kids = node.get("/Kids")
        if isinstance(kids, ArrayObject):
            stack.extend(kid.get_object() for kid in kids)
        entries = node.get("/Names")
        if not isinstance(entries, ArrayObject):
            continue
        for i in range(1, len(entries), 2):
            if len(found) >= MAX_ATTACHMENTS:
                raise CertificatePdfError(f"the PDF has more than {MAX_ATTACHMENTS} attachments")
            stream = _get(_get(entries[i], "/EF"), "/F")
            if isinstance(stream, StreamObject):
                found.append(stream)
    return found


def _decoded(stream: StreamObject, limit: int, what: str) -> bytes:
    """The stream's bytes through its filters (ASCII85 and/or Flate only), at most ``limit``."""
    data: bytes = stream._data  # the encoded bytes, as stored in the file
    filters = stream.get("/Filter")
    names = list(filters) if isinstance(filters, ArrayObject) else [filters] if filters else []
    if stream.get("/DecodeParms") is not None:
        raise CertificatePdfError(f"the {what} uses an unsupported PDF encoding")
    for name in names:
        if name == "/ASCII85Decode":
            try:
                data = base64.a85decode(data.strip().removesuffix(b"~>"), adobe=False)
            except (ValueError, binascii.Error):
                raise CertificatePdfError(f"the {what} is corrupt (ASCII85)") from None
        elif name == "/FlateDecode":
            try:
                data = zlib.decompressobj().decompress(data, limit + 1)
            except zlib.error:
                raise CertificatePdfError(f"the {what} is corrupt (Flate)") from None
        else:
            raise CertificatePdfError(f"the {what} uses an unsupported PDF encoding")
        if len(data) > limit:
            raise CertificatePdfError(f"the {what} is larger than {limit // 1024} KiB")
    if len(data) > limit:
        raise CertificatePdfError(f"the {what} is larger than {limit // 1024} KiB")
    return data


def embedded_credential(pdf: bytes) -> dict[str, Any]:
    """The credential embedded as the one ``application/vc`` file of ``pdf``."""
    try:
        files = _attachments(_reader(pdf))
        # pypdf decodes the name /application#2Fvc to "/application/vc"
        credentials = [f for f in files if f.get("/Subtype") == "/" + CREDENTIAL_MEDIA_TYPE]
        if len(credentials) != 1:
            raise CertificatePdfError(
                f"a certificate PDF embeds exactly one {CREDENTIAL_MEDIA_TYPE} file "
                f"(this one has {len(credentials)})"
            )
        data = _decoded(credentials[0], MAX_CREDENTIAL_BYTES, "embedded credential")
    except CertificatePdfError:
        raise
    except _READ_ERRORS as exc:
        raise CertificatePdfError(f"not a readable PDF ({type(exc).__name__})") from None
    try:
        credential = parse_json(data, max_bytes=MAX_CREDENTIAL_BYTES)
    except JsonInputError as exc:
        raise CertificatePdfError(f"the embedded credential is not usable JSON ({exc})") from None
    if not isinstance(credential, dict):
        raise CertificatePdfError("the embedded credential is not a JSON object")
    return credential


def page_text(pdf: bytes) -> list[str]:
    """The non-blank lines of text of the PDF's one page, in drawing order, stripped."""
    try:
        reader = _reader(pdf)
        if len(reader.pages) != 1:
            raise CertificatePdfError("a certificate PDF has exactly one page")
        page = reader.pages[0]
        resources = _get(page, "/Resources")
        if _get(resources, "/XObject"):
            raise CertificatePdfError("a certificate page draws no images or forms (XObject)")
        contents = page.get("/Contents")
        contents = contents.get_object() if contents is not None else None
        streams = list(contents) if isinstance(contents, ArrayObject) else [contents]
        fonts = _get(resources, "/Font")
        fonts = fonts if isinstance(fonts, DictionaryObject) else DictionaryObject()
        if len(fonts) > MAX_FONTS:
            raise CertificatePdfError(f"the page uses more than {MAX_FONTS} fonts")
        streams += [_get(font, "/ToUnicode") for font in fonts.values()]
        for ref in streams:
            stream = ref.get_object() if ref is not None else None
            if isinstance(stream, StreamObject):
                _decoded(stream, MAX_STREAM_BYTES, "page content")
        text = page.extract_text()
    except CertificatePdfError:
        raise
    except _READ_ERRORS as exc:
        raise CertificatePdfError(f"not a readable PDF ({type(exc).__name__})") from None
    return [line.strip() for line in text.splitlines() if line.strip()]
