"""Reading a certificate PDF back, with bounds: its attachments, its credential, its page's text.

The one reader of certificate PDFs (the command line's ``certinum verify`` and the PDF check
:mod:`issuer.certificate_pdf_check` use it). :func:`embedded_credential` takes out the signed
credential that :func:`issuer.certificate_pdf.render_certificate` embedded; :func:`page_text`
gives the page's lines of text.

The credential is the one embedded file of media type ``application/vc`` or, when no file has
that type, the one named ``*.json``/``*.jsonld``/``*.vc`` (a credential attached by another
tool); none, or two, is refused. Only that file is inflated.

Bounds, each refusal a :class:`CertificatePdfError` whose ``code`` says which kind:

- ``pdf-too-large``: the bounds of :mod:`issuer.certificate_pdf_bounds` on opening (size:
  ``MAX_PDF_BYTES`` unless the caller sets another; objects, parsing work, pypdf's own
  limits), more than :data:`MAX_ATTACHMENTS` attachments or ``MAX_TREE_NODES`` nodes of their
  name tree, a credential inflating past :data:`MAX_CREDENTIAL_BYTES`, a stream past
  ``MAX_STREAM_BYTES``;
- ``pdf-unreadable``: not a PDF, encrypted, or broken;
- ``pdf-no-credential``, ``pdf-several-credentials``;
- ``pdf-credential-unreadable``: the credential file is corrupt, not JSON (parsed by
  :func:`vc.jsonio.parse_json`: depth bound, duplicate keys refused), or not a JSON object.
"""

from __future__ import annotations

import base64
import binascii
import zlib
from dataclasses import dataclass
from typing import Any, Final

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, StreamObject

from issuer.certificate_pdf_bounds import (
    MAX_OBJECTS,
    MAX_PDF_BYTES,
    MAX_STREAM_BYTES,
    MAX_TREE_NODES,
    READ_ERRORS,
    CertificatePdfError,
    as_pdf_error,
    open_pdf,
    pypdf_limits,
)
from vc.constants import MAX_DOCUMENT_BYTES
from vc.jsonio import JsonInputError, parse_json

__all__ = [
    "MAX_OBJECTS",
    "MAX_PDF_BYTES",
    "MAX_STREAM_BYTES",
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

MAX_CREDENTIAL_BYTES: Final = MAX_DOCUMENT_BYTES
MAX_ATTACHMENTS: Final = 16
CREDENTIAL_MEDIA_TYPE: Final = "application/vc"
CREDENTIAL_SUFFIXES: Final = (".json", ".jsonld", ".vc")


def resolved(parent: Any, key: str) -> Any:
    """``parent[key]`` with indirect references followed; None when absent or not a dict."""
    if parent is not None:
        parent = parent.get_object()
    if not isinstance(parent, DictionaryObject):
        return None
    value = parent.get(key)
    return value.get_object() if value is not None else None


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
        if visited > MAX_TREE_NODES or not isinstance(node, DictionaryObject):
            raise CertificatePdfError("the PDF's list of attachments is malformed")
        kids = node.get("/Kids")
        if isinstance(kids, ArrayObject):
            stack.extend(kid.get_object() for kid in kids[:MAX_TREE_NODES])
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
        except READ_ERRORS as exc:
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
        except READ_ERRORS as exc:
            raise as_pdf_error(exc) from None
    return [line.strip() for line in text.splitlines() if line.strip()]
