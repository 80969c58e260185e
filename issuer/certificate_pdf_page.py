"""What a PDF page draws, as a plain value that two PDFs can be compared by.

:func:`pages` walks the page tree (bounded: :data:`MAX_PAGE_TREE_NODES` nodes, at most
:data:`MAX_PAGES` pages kept), giving each page's dictionary with the attributes it inherits
(``/Resources``, ``/MediaBox``, ``/CropBox``, ``/Rotate``) filled in.

:func:`page_snapshot` turns a page into nested tuples, dicts and scalars that do not depend on
how the file is laid out: indirect references are followed (object numbers do not matter),
streams are compared by their *decoded* bytes (their ``/Length``, ``/Filter`` and
``/DecodeParms`` are left out, so re-compressing does not matter), the page's ``/Contents``
becomes the one byte string it stands for (an array of streams joined by a newline, as PDF
concatenates them), numbers are rounded to 4 decimals and strings are compared as their bytes.
Left out of the page dictionary are ``/Parent`` (the tree around it) and ``/Annots``
(annotations are a finding of their own). Everything else that the page draws with is in the
snapshot: the content stream, every resource (fonts and their embedded font programs,
``ToUnicode`` maps, graphics states, images and forms), and the page boxes and rotation. So a
change to any drawn text, mark, glyph shape or crop changes the snapshot, while saving the
same page again with another tool (pypdf, a different object order) does not.

Bounds: :data:`MAX_SNAPSHOT_NODES` values visited, :data:`MAX_DEPTH` levels, each stream
inflated to at most :data:`~issuer.certificate_pdf_read.MAX_STREAM_BYTES` and all of them
together to :data:`MAX_DECODED_BYTES`; past one, :class:`CertificatePdfError`
(``pdf-too-large``). A stream in an encoding other than ASCII85/Flate keeps its encoded bytes
and its filters in the snapshot (so it never equals a certificate's, which uses only those).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    ByteStringObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from issuer.certificate_pdf_read import MAX_STREAM_BYTES, CertificatePdfError, decoded, resolved

__all__ = ["MAX_PAGES", "Page", "page_snapshot", "pages"]

MAX_PAGES: Final = 8
MAX_PAGE_TREE_NODES: Final = 16
MAX_SNAPSHOT_NODES: Final = 20_000  # a certificate page has about 600
MAX_DEPTH: Final = 24
MAX_DECODED_BYTES: Final = 2 * 1024 * 1024  # a certificate page's streams inflate to 90-110 KB
INHERITED: Final = ("/Resources", "/MediaBox", "/CropBox", "/Rotate")
_LEFT_OUT_OF_PAGE: Final = frozenset({"/Parent", "/Annots"})
_LEFT_OUT_OF_STREAM: Final = frozenset({"/Length", "/Filter", "/DecodeParms", "/DL"})


@dataclass(frozen=True)
class Page:
    """A page dictionary and its inherited attributes (the page's own entries win)."""

    dictionary: DictionaryObject
    inherited: dict[str, Any]

    def effective(self) -> dict[str, Any]:
        return {**self.inherited, **self.dictionary}


def pages(reader: PdfReader) -> tuple[list[Page], bool]:
    """The first :data:`MAX_PAGES` pages in order, and whether there are more."""
    root = resolved(resolved(reader.trailer, "/Root"), "/Pages")
    found: list[Page] = []
    stack: list[tuple[Any, dict[str, Any]]] = [(root, {})] if root is not None else []
    visited = 0
    while stack:
        node, inherited = stack.pop()
        visited += 1
        if visited > MAX_PAGE_TREE_NODES or not isinstance(node, DictionaryObject):
            raise CertificatePdfError("the PDF's page tree is malformed or too large")
        if node.get("/Type") == "/Page" or "/Kids" not in node:
            if len(found) == MAX_PAGES:
                return found, True
            found.append(Page(node, inherited))
            continue
        here = {**inherited, **{k: node[k] for k in INHERITED if k in node}}
        kids = node.get("/Kids")
        kids = kids.get_object() if kids is not None else None
        if not isinstance(kids, ArrayObject):
            raise CertificatePdfError("the PDF's page tree is malformed")
        stack.extend((kid.get_object(), here) for kid in reversed(kids[:MAX_PAGE_TREE_NODES]))
    return found, False


class _Walk:
    def __init__(self) -> None:
        self.nodes = 0
        self.decoded = 0
        self.path: list[int] = []

    def value(self, obj: Any, depth: int) -> Any:
        self.nodes += 1
        if self.nodes > MAX_SNAPSHOT_NODES or depth > MAX_DEPTH:
            raise CertificatePdfError("the page is too complex to compare", "pdf-too-large")
        if isinstance(obj, IndirectObject):
            if obj.idnum in self.path:
                return ("cycle",)
            self.path.append(obj.idnum)
            try:
                return self.value(obj.get_object(), depth + 1)
            finally:
                self.path.pop()
        if isinstance(obj, StreamObject):
            entries = {k: v for k, v in obj.items() if k not in _LEFT_OUT_OF_STREAM}
            return (self.mapping(entries, depth), self.stream(obj))
        if isinstance(obj, DictionaryObject):
            return self.mapping(obj, depth)
        if isinstance(obj, ArrayObject):
            return tuple(self.value(item, depth + 1) for item in obj)
        return _scalar(obj)

    def mapping(self, entries: Any, depth: int) -> dict[str, Any]:
        return {str(k): self.value(v, depth + 1) for k, v in entries.items()}

    def stream(self, stream: StreamObject) -> Any:
        try:
            data = decoded(stream, MAX_STREAM_BYTES, "page stream")
        except CertificatePdfError as exc:
            if exc.code == "pdf-too-large":
                raise
            filters = stream.get("/Filter"), stream.get("/DecodeParms")
            return ("encoded", repr(filters), bytes(stream._data))
        self.decoded += len(data)
        if self.decoded > MAX_DECODED_BYTES:
            raise CertificatePdfError(
                f"the page's streams inflate to more than {MAX_DECODED_BYTES // 1024} KiB",
                "pdf-too-large",
            )
        return data

    def contents(self, contents: Any) -> Any:
        target = contents.get_object() if contents is not None else None
        parts = list(target) if isinstance(target, ArrayObject) else [target]
        streams = []
        for ref in parts:
            self.nodes += 1
            part = ref.get_object() if ref is not None else None
            if not isinstance(part, StreamObject):
                return ("not a stream", self.value(contents, 0))
            streams.append(self.stream(part))
        if all(isinstance(s, bytes) for s in streams):
            return b"\n".join(streams)
        return tuple(streams)


def _scalar(obj: Any) -> Any:
    if isinstance(obj, BooleanObject):
        return bool(obj)
    if isinstance(obj, NumberObject):
        return int(obj)
    if isinstance(obj, FloatObject):
        return round(float(obj), 4)
    if isinstance(obj, NameObject):
        return ("name", str(obj))
    if isinstance(obj, TextStringObject):
        return ("string", obj.get_original_bytes())
    if isinstance(obj, ByteStringObject):
        return ("string", bytes(obj))
    if obj is None or obj.__class__.__name__ == "NullObject":
        return None
    return ("other", repr(obj))


def page_snapshot(page: Page) -> dict[str, Any]:
    """The plain value of what ``page`` draws (see the module doc); bounded."""
    walk = _Walk()
    entries = page.effective()
    snapshot = {
        str(k): walk.value(v, 1)
        for k, v in entries.items()
        if k not in _LEFT_OUT_OF_PAGE and k != "/Contents"
    }
    snapshot["/Contents"] = walk.contents(entries.get("/Contents"))
    return snapshot
