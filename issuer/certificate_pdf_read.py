"""Reading a certificate PDF back, with bounds: its attachments, its credential, its page's text.

The one reader of certificate PDFs (the command line's ``certinum verify`` and the PDF check
:mod:`issuer.certificate_pdf_check` use it). :func:`embedded_credential` takes out the signed
credential that :func:`issuer.certificate_pdf.render_certificate` embedded; :func:`page_text`
gives the page's lines of text.

The credential is the one embedded file of media type ``application/vc`` or, when no file has
that type, the one named ``*.json``/``*.jsonld``/``*.vc`` (a credential attached by another
tool); none, or two, is refused. Only that file is inflated.

Bounds, each refusal a :class:`CertificatePdfError` whose ``code`` says which kind:

- ``pdf-too-large``: more than :data:`MAX_PDF_BYTES` (the caller may set another bound), more
  than :data:`MAX_OBJECTS` objects (counted in the bytes before parsing: object headers and
  what cross-reference sections declare; and in the parsed cross-reference table after),
  more than :data:`MAX_ATTACHMENTS` attachments or :data:`MAX_NAME_TREE_NODES` nodes of their
  name tree, a credential inflating past
  :data:`MAX_CREDENTIAL_BYTES`, a stream past :data:`MAX_STREAM_BYTES`, or one of the limits
  that :func:`pypdf_limits` sets on pypdf's own decoding and parsing (element counts, page
  tree size, content-stream parsing work);
- ``pdf-unreadable``: not a PDF, encrypted, or broken;
- ``pdf-no-credential``, ``pdf-several-credentials``;
- ``pdf-credential-unreadable``: the credential file is corrupt, not JSON (parsed by
  :func:`vc.jsonio.parse_json`: depth bound, duplicate keys refused), or not a JSON object.
"""

from __future__ import annotations

import base64
import binascii
import io
import logging
import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from typing import Any, Final

from pypdf import PdfReader, apply_configuration
from pypdf.errors import LimitReachedError, PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, StreamObject

from vc.constants import MAX_DOCUMENT_BYTES
from vc.jsonio import JsonInputError, parse_json

__all__ = [
    "Attachment",
    "CertificatePdfError",
    "as_pdf_error",
    "attachments",
    "credential_files",
    "decoded",
    "embedded_credential",
    "open_pdf",
    "page_text",
    "pypdf_limits",
    "read_credential",
    "resolved",
]

MAX_PDF_BYTES: Final = 1024 * 1024  # a certificate is about 70 KB; pypdf parses ~2 MB/s
MAX_OBJECTS: Final = 500  # a certificate has 18
MAX_CREDENTIAL_BYTES: Final = MAX_DOCUMENT_BYTES
MAX_STREAM_BYTES: Final = 512 * 1024  # the largest stream of a certificate inflates to ~40 KB
MAX_ATTACHMENTS: Final = 16
MAX_NAME_TREE_NODES: Final = 64
MAX_PDF_ELEMENTS: Final = 10_000  # per array or dictionary (a font's /Widths has 256)
CREDENTIAL_MEDIA_TYPE: Final = "application/vc"
CREDENTIAL_SUFFIXES: Final = (".json", ".jsonld", ".vc")
_WS = rb"[ \t\r\n\f\0]"
_OBJECT_HEADER = re.compile(rb"\d+%s+\d+%s+obj\b" % (_WS, _WS))
_XREF_TABLE = re.compile(rb"[\r\n]xref%s+\d+%s+(\d{1,12})" % (_WS, _WS))
_XREF_STREAM = re.compile(rb"/Type%s*/XRef\b" % _WS)
_SIZE = re.compile(rb"/Size%s*(\d{1,12})" % _WS)
_INDEX = re.compile(rb"/Index%s*\[([\d \t\r\n\f\0]{0,4096})\]" % _WS)
# pypdf logs a warning for each thing it repairs in a malformed file: thousands for one
# hostile upload, and most of the time of reading it. Those are the uploader's problem, not
# the service's: only pypdf's errors are logged.
logging.getLogger("pypdf").setLevel(logging.ERROR)
# What pypdf (or a malformed object graph, a deeply nested one) raises while reading.
_READ_ERRORS = (
    PyPdfError,
    OSError,
    ValueError,
    KeyError,
    TypeError,
    AttributeError,
    IndexError,
    RecursionError,
)


class CertificatePdfError(ValueError):
    """The bytes are not a readable certificate PDF; ``code`` names the kind (module doc)."""

    def __init__(self, message: str, code: str = "pdf-unreadable") -> None:
        super().__init__(message)
        self.code = code


def as_pdf_error(exc: BaseException) -> CertificatePdfError:
    """The :class:`CertificatePdfError` for an error pypdf raised while reading."""
    if isinstance(exc, CertificatePdfError):
        return exc
    if isinstance(exc, LimitReachedError | RecursionError):
        return CertificatePdfError(f"the PDF exceeds a reading limit ({exc})", "pdf-too-large")
    return CertificatePdfError(f"not a readable PDF ({type(exc).__name__})")


@contextmanager
def pypdf_limits() -> Iterator[None]:
    """pypdf's own limits, tightened to a certificate's scale while the block runs."""
    with apply_configuration(
        maximum_declared_stream_length=MAX_PDF_BYTES,
        array_maximum_element_count=MAX_PDF_ELEMENTS,
        dictionary_maximum_element_count=MAX_PDF_ELEMENTS,
        zlib_maximum_output_length=MAX_STREAM_BYTES,
        zlib_maximum_recovery_input_length=1024,  # its byte-by-byte repair of broken Flate
        lzw_maximum_output_length=MAX_STREAM_BYTES,
        run_length_maximum_output_length=MAX_STREAM_BYTES,
        array_based_stream_maximum_output_length=MAX_STREAM_BYTES,
        brotli_maximum_output_length=MAX_STREAM_BYTES,
        image_maximum_buffer_size=MAX_STREAM_BYTES,
        stream_decoding_work_maximum_length=4 * MAX_STREAM_BYTES,
        stream_parsing_work_maximum_count=200_000,
        page_tree_maximum_entries=MAX_NAME_TREE_NODES,
        page_tree_maximum_depth=16,
        xform_maximum_invocations_per_extraction=16,
        jbig2dec_binary=None,  # never run an external program on uploaded bytes
    ):
        yield


def resolved(parent: Any, key: str) -> Any:
    """``parent[key]`` with indirect references followed; None when absent or not a dict."""
    if parent is not None:
        parent = parent.get_object()
    if not isinstance(parent, DictionaryObject):
        return None
    value = parent.get(key)
    return value.get_object() if value is not None else None


def open_pdf(pdf: bytes, *, max_bytes: int = MAX_PDF_BYTES) -> PdfReader:
    """A reader of ``pdf`` once its size, header and object count are within bounds."""
    if not isinstance(pdf, bytes | bytearray) or not pdf.startswith(b"%PDF-"):
        raise CertificatePdfError("not a PDF (no %PDF- header)")
    if len(pdf) > max_bytes:
        raise CertificatePdfError(
            f"the PDF is larger than {max_bytes // 1024} KiB", "pdf-too-large"
        )
    too_many = CertificatePdfError(f"the PDF has more than {MAX_OBJECTS} objects", "pdf-too-large")
    if sum(1 for _ in islice(_OBJECT_HEADER.finditer(pdf), MAX_OBJECTS + 1)) > MAX_OBJECTS:
        raise too_many
    if _declared_entries(pdf) > MAX_OBJECTS + 1:
        raise too_many  # before pypdf reads (in Python) the entries a cross-reference declares
    try:
        reader = PdfReader(io.BytesIO(pdf), strict=False)
        listed = sum(len(table) for table in reader.xref.values()) + len(reader.xref_objStm)
        encrypted = reader.is_encrypted
    except _READ_ERRORS as exc:
        raise as_pdf_error(exc) from None
    if listed > MAX_OBJECTS:
        raise too_many
    if encrypted:
        raise CertificatePdfError("the PDF is encrypted; a certificate is not")
    return reader


def _declared_entries(pdf: bytes) -> int:
    """The most entries a cross-reference section of ``pdf`` declares: the first subsection of
    an xref table, or an xref stream's ``/Size`` or ``/Index`` ranges (read in the stream's
    dictionary: from its ``obj`` to its ``stream``, at most 1 KiB each way)."""
    found = [int(m.group(1)) for m in islice(_XREF_TABLE.finditer(pdf), MAX_NAME_TREE_NODES)]
    streams = list(islice(_XREF_STREAM.finditer(pdf), MAX_NAME_TREE_NODES + 1))
    if len(streams) > MAX_NAME_TREE_NODES:
        return MAX_OBJECTS + 2  # a certificate has none; a tool writes one per update
    for match in streams:
        begin = pdf.rfind(b"obj", max(0, match.start() - 1024), match.start())
        end = pdf.find(b"stream", match.end(), match.end() + 1024)
        head = pdf[begin if begin >= 0 else match.start() : end if end >= 0 else match.end()]
        found += [int(size) for size in _SIZE.findall(head)]
        for ranges in _INDEX.findall(head):
            found.append(sum(int(count) for count in ranges.split()[1::2]))
    return max(found, default=0)


@dataclass(frozen=True)
class Attachment:
    """One embedded file: its name, its media type ("" when none) and its (encoded) stream."""

    name: str
    media_type: str
    stream: StreamObject


def attachments(reader: PdfReader) -> list[Attachment]:
    """The files of the ``/Names /EmbeddedFiles`` tree (bounded, see the module doc)."""
    tree = resolved(resolved(resolved(reader.trailer, "/Root"), "/Names"), "/EmbeddedFiles")
    found: list[Attachment] = []
    stack = [tree] if tree is not None else []
    visited = 0
    while stack:
        node = stack.pop()
        visited += 1
        if visited > MAX_NAME_TREE_NODES or not isinstance(node, DictionaryObject):
            raise CertificatePdfError("the PDF's list of attachments is malformed")
        kids = node.get("/Kids")
        if isinstance(kids, ArrayObject):
            stack.extend(kid.get_object() for kid in kids[:MAX_NAME_TREE_NODES])
        entries = node.get("/Names")
        if not isinstance(entries, ArrayObject):
            continue
        for i in range(1, len(entries), 2):
            if len(found) >= MAX_ATTACHMENTS:
                raise CertificatePdfError(
                    f"the PDF has more than {MAX_ATTACHMENTS} attachments", "pdf-too-large"
                )
            spec = entries[i].get_object()
            stream = resolved(resolved(spec, "/EF"), "/F")
            if isinstance(stream, StreamObject):
                name = resolved(spec, "/UF") or resolved(spec, "/F") or entries[i - 1]
                subtype = stream.get("/Subtype")  # /application#2Fvc reads "/application/vc"
                media = str(subtype).removeprefix("/") if subtype is not None else ""
                found.append(Attachment(str(name), media, stream))
    return found


def credential_files(files: list[Attachment]) -> list[Attachment]:
    """The files that hold a credential: the ``application/vc`` ones, else the ``*.json`` ones."""
    typed = [f for f in files if f.media_type == CREDENTIAL_MEDIA_TYPE]
    return typed or [f for f in files if f.name.lower().endswith(CREDENTIAL_SUFFIXES)]


def decoded(stream: StreamObject, limit: int, what: str) -> bytes:
    """The stream's bytes through its filters (ASCII85 and/or Flate only), at most ``limit``;
    ``pdf-too-large`` past it (a Flate bomb stops there), ``pdf-unreadable`` otherwise."""
    too_large = CertificatePdfError(
        f"the {what} is larger than {limit // 1024} KiB", "pdf-too-large"
    )
    data: bytes = stream._data  # the encoded bytes, as stored in the file
    filters = stream.get("/Filter")
    names = list(filters) if isinstance(filters, ArrayObject) else [filters] if filters else []
    if stream.get("/DecodeParms") is not None or len(names) > 2:
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
            raise too_large
    if len(data) > limit:
        raise too_large
    return data


def read_credential(file: Attachment) -> dict[str, Any]:
    """The credential in ``file``, inflated to at most :data:`MAX_CREDENTIAL_BYTES`."""
    try:
        data = decoded(file.stream, MAX_CREDENTIAL_BYTES, "embedded credential")
    except CertificatePdfError as exc:
        if exc.code == "pdf-unreadable":
            exc.code = "pdf-credential-unreadable"
        raise
    try:
        credential = parse_json(data, max_bytes=MAX_CREDENTIAL_BYTES)
    except JsonInputError as exc:
        raise CertificatePdfError(
            f"the embedded credential is not usable JSON ({exc})", "pdf-credential-unreadable"
        ) from None
    if not isinstance(credential, dict):
        raise CertificatePdfError(
            "the embedded credential is not a JSON object", "pdf-credential-unreadable"
        )
    return credential


def embedded_credential(pdf: bytes, *, max_pdf_bytes: int = MAX_PDF_BYTES) -> dict[str, Any]:
    """The credential embedded in ``pdf`` (see the module doc for which file, and the bounds)."""
    with pypdf_limits():
        try:
            found = credential_files(attachments(open_pdf(pdf, max_bytes=max_pdf_bytes)))
        except _READ_ERRORS as exc:
            raise as_pdf_error(exc) from None
        if not found:
            raise CertificatePdfError(
                f"the PDF has no embedded credential (no {CREDENTIAL_MEDIA_TYPE} or .json file)",
                "pdf-no-credential",
            )
        if len(found) > 1:
            raise CertificatePdfError(
                f"the PDF embeds {len(found)} credentials; a certificate embeds exactly one",
                "pdf-several-credentials",
            )
        return read_credential(found[0])


def page_text(pdf: bytes) -> list[str]:
    """The non-blank lines of text of the PDF's one page, in drawing order, stripped."""
    with pypdf_limits():
        try:
            reader = open_pdf(pdf)
            if len(reader.pages) != 1:
                raise CertificatePdfError("a certificate PDF has exactly one page")
            text = reader.pages[0].extract_text()
        except _READ_ERRORS as exc:
            raise as_pdf_error(exc) from None
    return [line.strip() for line in text.splitlines() if line.strip()]
