"""Opening an untrusted PDF with pypdf within bounds of size, objects and parsing work.

pypdf parses a PDF's objects in Python, at about 1 µs per byte for a string of hex digits and
3 µs per byte for an array of numbers (measured on the 2-core machine, loaded): a 1 MiB file
of numbers takes seconds if every object is read. So :func:`open_pdf`, before pypdf reads
anything, scans the bytes (regular expressions, C speed) and refuses a PDF with:

- more than :data:`MAX_OBJECTS` object headers, or a cross-reference section (xref table or
  stream) declaring more entries;
- an object whose dictionary part (from ``N G obj`` to ``stream`` or ``endobj``) is larger
  than :data:`MAX_OBJECT_HEAD_BYTES`, or a trailer larger than :data:`MAX_TRAILER_BYTES`;

then the reader it returns counts the bytes of every object pypdf parses for it (its
dictionary part, not its stream data, which is sliced, not parsed) and stops at
:data:`MAX_PARSED_BYTES` in all; object streams, whose objects have no offsets in the file,
may inflate to :data:`MAX_OBJECT_STREAM_BYTES` in all. A certificate has 18 to 22 objects,
the largest dictionary part is 2.4 KB (a font's widths), 8 KB in all, its trailer 0.2 KB.

:func:`pypdf_limits` tightens pypdf's own limits (decoded sizes, element counts, page tree,
content-stream parsing) while a block runs. Every refusal is a :class:`CertificatePdfError`
whose ``code`` is ``pdf-too-large`` or ``pdf-unreadable``.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Any, Final

from pypdf import PdfReader, apply_configuration
from pypdf.errors import LimitReachedError, PyPdfError
from pypdf.generic import IndirectObject, StreamObject

__all__ = ["CertificatePdfError", "as_pdf_error", "open_pdf", "pypdf_limits"]

MAX_PDF_BYTES: Final = 1024 * 1024  # a certificate is 46 to 53 KB
MAX_OBJECTS: Final = 500
MAX_OBJECT_HEAD_BYTES: Final = 8 * 1024
MAX_TRAILER_BYTES: Final = 4 * 1024
MAX_PARSED_BYTES: Final = 64 * 1024
MAX_OBJECT_STREAM_BYTES: Final = 64 * 1024
MAX_STREAM_BYTES: Final = 512 * 1024  # the largest stream of a certificate inflates to 32 KB
MAX_TREE_NODES: Final = 16  # of a name tree or the page tree (a certificate has one of each)
MAX_PDF_ELEMENTS: Final = 10_000  # per array or dictionary (a font's /Widths has 256)
_WS = rb"[ \t\r\n\f\0]"
_OBJECT_HEADER = re.compile(rb"\d+%s+\d+%s+obj\b" % (_WS, _WS))
_TRAILER = re.compile(rb"\btrailer\b")
_XREF_TABLE = re.compile(rb"[\r\n]xref%s+\d+%s+(\d{1,12})" % (_WS, _WS))
_XREF_STREAM = re.compile(rb"/Type%s*/XRef\b" % _WS)
_SIZE = re.compile(rb"/Size%s*(\d{1,12})" % _WS)
_INDEX = re.compile(rb"/Index%s*\[([\d \t\r\n\f\0]{0,4096})\]" % _WS)
# pypdf logs a warning for each thing it repairs in a malformed file: thousands for one
# hostile upload, and most of the time of reading it. Those are the uploader's problem, not
# the service's: only pypdf's errors are logged.
logging.getLogger("pypdf").setLevel(logging.ERROR)
# What pypdf (or a malformed object graph, a deeply nested one) raises while reading.
READ_ERRORS: Final = (
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
    """The bytes are not a readable certificate PDF; ``code`` names the kind of refusal."""

    def __init__(self, message: str, code: str = "pdf-unreadable") -> None:
        super().__init__(message)
        self.code = code


def _too_large(message: str) -> CertificatePdfError:
    return CertificatePdfError(message, "pdf-too-large")


def as_pdf_error(exc: BaseException) -> CertificatePdfError:
    """The :class:`CertificatePdfError` for an error raised while reading."""
    if isinstance(exc, CertificatePdfError):
        return exc
    if isinstance(exc, LimitReachedError | RecursionError):
        return _too_large(f"the PDF exceeds a reading limit ({exc})")
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
        page_tree_maximum_entries=MAX_TREE_NODES,
        page_tree_maximum_depth=MAX_TREE_NODES,
        xform_maximum_invocations_per_extraction=16,
        jbig2dec_binary=None,  # never run an external program on uploaded bytes
    ):
        yield


class _BoundedReader(PdfReader):
    """A PdfReader that charges each object it parses against :data:`MAX_PARSED_BYTES`."""

    def __init__(self, pdf: bytes, heads: dict[int, int]) -> None:
        self._heads, self._parsed = heads, 0
        super().__init__(io.BytesIO(pdf), strict=False)

    def get_object(self, indirect_reference: int | IndirectObject) -> Any:
        ref = indirect_reference
        if isinstance(ref, int):
            ref = IndirectObject(ref, 0, self)
        key = (ref.generation, ref.idnum)
        if key not in self.resolved_objects and key[1] not in self.xref_objStm:
            offset = self.xref.get(ref.generation, {}).get(ref.idnum)
            self._parsed += self._heads.get(offset, MAX_OBJECT_HEAD_BYTES) if offset else 0
            if self._parsed > MAX_PARSED_BYTES:
                raise _too_large(f"reading the PDF takes more than {MAX_PARSED_BYTES // 1024} KiB")
        return super().get_object(ref)


def open_pdf(pdf: bytes, *, max_bytes: int = MAX_PDF_BYTES) -> PdfReader:
    """A reader of ``pdf`` once the bounds of the module doc are checked."""
    if not isinstance(pdf, bytes | bytearray) or not pdf.startswith(b"%PDF-"):
        raise CertificatePdfError("not a PDF (no %PDF- header)")
    pdf = bytes(pdf)
    if len(pdf) > max_bytes:
        raise _too_large(f"the PDF is larger than {max_bytes // 1024} KiB")
    heads = _object_heads(pdf)
    for trailer in islice(_TRAILER.finditer(pdf), MAX_TREE_NODES + 1):
        end = pdf.find(b"startxref", trailer.end(), trailer.end() + MAX_TRAILER_BYTES)
        if end < 0 and len(pdf) - trailer.end() > MAX_TRAILER_BYTES:
            raise _too_large(f"a trailer of the PDF is larger than {MAX_TRAILER_BYTES} bytes")
    if _declared_entries(pdf) > MAX_OBJECTS + 1:
        raise _too_large(f"the PDF has more than {MAX_OBJECTS} objects")
    try:
        reader = _BoundedReader(pdf, heads)
        listed = sum(len(table) for table in reader.xref.values()) + len(reader.xref_objStm)
        if listed > MAX_OBJECTS:
            raise _too_large(f"the PDF has more than {MAX_OBJECTS} objects")
        if reader.is_encrypted:
            raise CertificatePdfError("the PDF is encrypted; a certificate is not")
        inflated = 0
        for number in {stream for stream, _ in reader.xref_objStm.values()}:
            stream = reader.get_object(number)
            inflated += len(stream.get_data()) if isinstance(stream, StreamObject) else 0
            if inflated > MAX_OBJECT_STREAM_BYTES:
                raise _too_large("the PDF's object streams are too large")
    except READ_ERRORS as exc:
        raise as_pdf_error(exc) from None
    return reader


def _object_heads(pdf: bytes) -> dict[int, int]:
    """{offset: size of the dictionary part} of each object; refuses too many or too large."""
    starts = [m.start() for m in islice(_OBJECT_HEADER.finditer(pdf), MAX_OBJECTS + 1)]
    if len(starts) > MAX_OBJECTS:
        raise _too_large(f"the PDF has more than {MAX_OBJECTS} objects")
    heads = {}
    for start, following in zip(starts, [*starts[1:], len(pdf)][: len(starts)], strict=True):
        window = min(following, start + MAX_OBJECT_HEAD_BYTES + 1)
        ends = [pdf.find(word, start, window) for word in (b"stream", b"endobj")]
        heads[start] = min([end for end in ends if end >= 0], default=window) - start
        if heads[start] > MAX_OBJECT_HEAD_BYTES:
            raise _too_large(f"an object of the PDF is larger than {MAX_OBJECT_HEAD_BYTES} bytes")
    return heads


def _declared_entries(pdf: bytes) -> int:
    """The most entries a cross-reference section of ``pdf`` declares: the first subsection of
    an xref table, or an xref stream's ``/Size`` or ``/Index`` ranges (read in the stream's
    dictionary: from its ``obj`` to its ``stream``, at most 1 KiB each way)."""
    found = [int(m.group(1)) for m in islice(_XREF_TABLE.finditer(pdf), MAX_TREE_NODES)]
    streams = list(islice(_XREF_STREAM.finditer(pdf), MAX_TREE_NODES + 1))
    if len(streams) > MAX_TREE_NODES:
        return MAX_OBJECTS + 2  # a certificate has none; a tool writes one per update
    for match in streams:
        begin = pdf.rfind(b"obj", max(0, match.start() - 1024), match.start())
        end = pdf.find(b"stream", match.end(), match.end() + 1024)
        head = pdf[begin if begin >= 0 else match.start() : end if end >= 0 else match.end()]
        found += [int(size) for size in _SIZE.findall(head)]
        for ranges in _INDEX.findall(head):
            found.append(sum(int(count) for count in ranges.split()[1::2]))
    return max(found, default=0)
