"""The pieces of a certificate PDF below the layout: fonts, the QR code, the embedded credential.

- Fonts: Certinum Sans and Sans Bold shipped in ``issuer/fonts/`` (DejaVu Sans 2.37 without
  hinting and under a name of their own, see its README), embedded as TrueType subsets. The
  own name matters: ReportLab keeps one font per face name in a process, so a DejaVu Sans
  registered by another module first (the attendance sheets, the school slips) would
  otherwise be embedded in its place and the page would differ from a re-render. ReportLab
  numbers a subset's glyphs in the order the text first uses them, so each document would
  build (and compress) its own subsets. :class:`_PrimedFont` first feeds every document the
  same :data:`PRIMER` (ASCII, Latin-1, the French typographic marks) and closes that first
  subset, so it is identical in every certificate and built once per process (a small cache
  of compressed bytes); a name with a letter outside the primer (``Ł``, ``ş``…) puts it in a
  second subset, built for that document.
- QR code: the ``qrcode`` package's module matrix (error correction M, fixed mask, so the
  symbol depends only on the URL), drawn as one vector path of horizontal runs, with a white
  quiet zone of four modules.
- The credential: an embedded file stream of ``/Subtype /application#2Fvc`` (media type
  ``application/vc``) named ``credential.json``, whose file specification has
  ``/AFRelationship /Source`` and is listed both in the catalog's ``/AF`` array (PDF 2.0 and
  PDF/A-3 associated files) and in its ``/Names /EmbeddedFiles`` tree, all written with
  ReportLab's own PDF objects (no second pass over the file).
"""

from __future__ import annotations

import hashlib
import zlib
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import (
    FF_NONSYMBOLIC,
    FF_SYMBOLIC,
    SUBSETN,
    TTFont,
    makeToUnicodeCMap,
)

FONT_DIR: Final = Path(__file__).resolve().parent / "fonts"
REGULAR: Final = "CertinumSans"
BOLD: Final = "CertinumSans-Bold"
_FONT_FILES: Final = {REGULAR: "CertinumSans.ttf", BOLD: "CertinumSans-Bold.ttf"}

PRIMER: Final = (
    "".join(chr(c) for c in (*range(0x21, 0x7F), *range(0xA0, 0x100)))  # ASCII, Latin-1
    + "’‘“”«»–—…•€ŒœŸ"  # French typography and the letters Latin-1 lacks
)
SUBSET_CACHE_SIZE: Final = 16  # per font: the primed subsets and a few variants

CREDENTIAL_FILE: Final = "credential.json"
CREDENTIAL_MEDIA_TYPE: Final = "application/vc"
_MEDIA_TYPE_NAME: Final = "/application#2Fvc"  # the name of application/vc ('/' is #2F)
QR_QUIET_ZONE: Final = 4  # modules of white around the symbol (ISO/IEC 18004)
QR_MASK: Final = 2  # any of the 8 masks is valid; fixing one skips the penalty search


@dataclass(frozen=True, slots=True)
class _SubsetParts:
    """The document-independent bytes of one font subset, compressed once."""

    widths: bytes  # the /Widths array, formatted
    cmap: bytes  # the /ToUnicode CMap, deflated
    font: bytes  # the TrueType subset, deflated
    length1: int  # its size before deflation


class _PrimedFont(TTFont):  # type: ignore[misc]  # ReportLab has no type hints
    """A TrueType font whose per-document subsets start with :data:`PRIMER`, and whose
    subset objects are built from cached, already compressed bytes.

    ``addObjects`` follows ReportLab's ``TTFont.addObjects`` and
    ``TTFontFace.addSubsetObjects`` (the same objects and entries), with the subset's font
    program, ToUnicode CMap and widths taken from :meth:`_parts`.
    """

    def __init__(self, name: str, path: Path) -> None:
        super().__init__(name, str(path))
        self._cache: OrderedDict[tuple[bytes, tuple[int, ...]], _SubsetParts] = OrderedDict()

    def splitString(self, text: str, doc: Any, encoding: str = "utf-8") -> Any:
        if doc not in self.state:
            super().splitString(PRIMER, doc, encoding)
            state = self.state[doc]
            if len(state.subsets) == 1:
                # close subset 0 (unused codes show .notdef): other letters go to subset 1
                state.subsets[0].extend([0] * (256 - len(state.subsets[0])))
                state.nextCode = 256
        return super().splitString(text, doc, encoding)

    def _parts(self, base: bytes, subset: tuple[int, ...]) -> _SubsetParts:
        key = (base, subset)
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
            return found
        face = self.face
        program: bytes = face.makeSubset(list(subset))
        widths = " ".join(fp_str(face.getCharWidth(c)) for c in subset)
        found = self._cache[key] = _SubsetParts(
            widths=f"[{widths}]".encode("ascii"),
            cmap=zlib.compress(makeToUnicodeCMap(base.decode("ascii"), subset).encode("ascii")),
            font=zlib.compress(program),
            length1=len(program),
        )
        if len(self._cache) > SUBSET_CACHE_SIZE:
            self._cache.popitem(last=False)
        return found

    def addObjects(self, doc: Any) -> None:
        state = self.state[doc]
        state.frozen = 1
        face = self.face
        fonts = doc.idToObject["BasicFonts"].dict
        for n, subset in enumerate(state.subsets):
            internal = self.getSubsetInternalName(n, doc)[1:]
            base = b"".join((SUBSETN(n), b"+", face.name, face.subfontNameX))
            base_name = base.decode("ascii")
            parts = self._parts(base, tuple(subset))
            program = pdfdoc.PDFStream(
                dictionary=pdfdoc.PDFDictionary(
                    {"Filter": "/FlateDecode", "Length1": parts.length1}
                ),
                content=parts.font,
            )
            descriptor = pdfdoc.PDFDictionary(
                {
                    "Type": "/FontDescriptor",
                    "Ascent": face.ascent,
                    "CapHeight": face.capHeight,
                    "Descent": face.descent,
                    "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
                    "FontBBox": pdfdoc.PDFArray(face.bbox),
                    "FontName": pdfdoc.PDFName(base_name),
                    "ItalicAngle": face.italicAngle,
                    "StemV": face.stemV,
                    "FontFile2": doc.Reference(program, f"fontFile:{face.filename}({base_name})"),
                    "MissingWidth": face.defaultWidth,
                }
            )
            cmap = pdfdoc.PDFStream(
                dictionary=pdfdoc.PDFDictionary({"Filter": "/FlateDecode"}), content=parts.cmap
            )
            font = pdfdoc.PDFTrueTypeFont()
            font.Name = internal
            font.BaseFont = base_name
            font.FirstChar = 0
            font.LastChar = len(subset) - 1
            font.Widths = parts.widths
            font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base_name)
            font.FontDescriptor = doc.Reference(descriptor, "fontDescriptor:" + base_name)
            doc.Reference(font, internal)
            fonts[internal] = font


def register_fonts() -> None:
    """Register the two certificate fonts with ReportLab once per process; the font a name
    resolves to must be ours (ReportLab maps a name to the first font of its face name)."""
    registered = pdfmetrics.getRegisteredFontNames()
    for name, file in _FONT_FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(_PrimedFont(name, FONT_DIR / file))
        if not isinstance(pdfmetrics.getFont(name), _PrimedFont):
            raise RuntimeError(f"the certificate font {name} resolves to another font")


def qr_runs(text: str) -> tuple[int, list[tuple[int, int, int]]]:
    """The QR symbol of ``text``: its size in modules and its dark runs (row, column, length)."""
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=QR_MASK)
    qr.add_data(text.encode("utf-8"))
    qr.make(fit=True)
    matrix: list[list[bool]] = qr.get_matrix()
    runs: list[tuple[int, int, int]] = []
    for row, modules in enumerate(matrix):
        start = -1
        for col, dark in enumerate([*modules, False]):
            if dark and start < 0:
                start = col
            elif not dark and start >= 0:
                runs.append((row, start, col - start))
                start = -1
    return len(matrix), runs


def draw_qr(canvas: Any, text: str, x: float, y: float, size: float) -> None:
    """The QR code of ``text`` in the square (x, y, size), quiet zone included, in black."""
    count, runs = qr_runs(text)
    module = size / (count + 2 * QR_QUIET_ZONE)
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    left = x + QR_QUIET_ZONE * module
    top = y + size - QR_QUIET_ZONE * module
    for row, col, length in runs:
        path.rect(left + col * module, top - (row + 1) * module, length * module, module)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def pdf_date(moment: datetime) -> str:
    """``D:20260612153000Z``: a PDF date for an aware UTC ``moment``."""
    return f"D:{moment:%Y%m%d%H%M%S}Z"


def embed_credential(canvas: Any, data: bytes, *, modified: datetime, description: str) -> None:
    """Attach ``data`` as ``credential.json`` (application/vc, an associated /Source file)."""
    doc = canvas._doc  # ReportLab's document: the low-level objects live there
    stream = pdfdoc.PDFStream(
        dictionary=pdfdoc.PDFDictionary(
            {
                "Type": "/EmbeddedFile",
                "Subtype": _MEDIA_TYPE_NAME,
                "Params": pdfdoc.PDFDictionary(
                    {
                        "Size": len(data),
                        "ModDate": pdfdoc.PDFString(pdf_date(modified)),
                        "CheckSum": pdfdoc.PDFString(hashlib.md5(data).digest(), enc="raw"),  # noqa: S324  (required algorithm)
                    }
                ),
            }
        ),
        content=data,
        filters=[pdfdoc.PDFZCompress],
    )
    file_ref = doc.Reference(stream, "CredentialFile")
    spec = pdfdoc.PDFDictionary(
        {
            "Type": "/Filespec",
            "F": pdfdoc.PDFString(CREDENTIAL_FILE),
            "UF": pdfdoc.PDFString(CREDENTIAL_FILE),
            "Desc": pdfdoc.PDFString(description),
            "AFRelationship": "/Source",
            "EF": pdfdoc.PDFDictionary({"F": file_ref, "UF": file_ref}),
        }
    )
    spec_ref = doc.Reference(spec, "CredentialFilespec")
    names = pdfdoc.PDFArray([pdfdoc.PDFString(CREDENTIAL_FILE), spec_ref])
    embedded = pdfdoc.PDFDictionary({"Names": names})
    catalog = doc.Catalog
    catalog.Names = pdfdoc.PDFDictionary({"EmbeddedFiles": embedded})
    catalog.AF = pdfdoc.PDFArray([spec_ref])
    # PDFCatalog writes only the keys it lists; this instance also lists /AF.
    catalog.__NoDefault__ = [*type(catalog).__NoDefault__, "AF"]
