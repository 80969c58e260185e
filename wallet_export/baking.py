"""Open Badges 3.0 baked badges: a credential carried inside a PNG or an SVG image.

OB 3.0 §5.3 "Baked Badge" (https://www.imsglobal.org/spec/ob/v3p0/#baked-badge):

- PNG: one ``iTXt`` chunk with keyword ``openbadgecredential``, not compressed, whose text is
  the JSON of the credential (embedded proof) or the compact JWS (VC-JWT); it must not appear
  twice. :func:`bake_png` writes it right after ``IHDR`` (replacing one already there).
- SVG: the root ``<svg>`` declares ``xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"``
  and holds, directly after its start tag, one ``<openbadges:credential>``: with an embedded
  proof its body is the credential JSON in ``<![CDATA[…]]>`` and it has no ``verify``
  attribute (that attribute carries a VC-JWT, which Certinum does not issue).

:func:`unbake` tells PNG from SVG by the first bytes and returns the credential (a JSON
object). Everything it reads is bounded: the image (:data:`MAX_BADGE_BYTES`), the number of
PNG chunks (:data:`MAX_CHUNKS`, each one's CRC checked), the credential text (the JSON bounds
of :func:`vc.jsonio.parse_json`: size, depth, no duplicate keys); the SVG is parsed by
defusedxml with DTDs, entities and external references refused. Any malformed, oversized or
hostile input raises :class:`BakedBadgeError`, whose ``code`` is one of :data:`ERROR_CODES`.
"""

from __future__ import annotations

import json
import re
import struct
import zlib
from collections.abc import Mapping
from typing import Any, Final
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from vc.jsonio import JsonInputError, parse_json

__all__ = [
    "ERROR_CODES",
    "KEYWORD",
    "MAX_BADGE_BYTES",
    "MAX_CHUNKS",
    "OB_NAMESPACE",
    "BakedBadgeError",
    "bake_png",
    "bake_svg",
    "unbake",
]

KEYWORD: Final = "openbadgecredential"
OB_NAMESPACE: Final = "https://purl.imsglobal.org/ob/v3p0"
SVG_NAMESPACE: Final = "http://www.w3.org/2000/svg"
PNG_SIGNATURE: Final = b"\x89PNG\r\n\x1a\n"
MAX_BADGE_BYTES: Final = 2 * 1024 * 1024
MAX_CHUNKS: Final = 1024
ERROR_CODES: Final = (
    "too-large",  # the image is larger than MAX_BADGE_BYTES
    "not-a-badge",  # neither a PNG nor an SVG
    "malformed-png",  # truncated, a bad chunk length, type or CRC, no IHDR first or IEND last
    "too-many-chunks",  # more than MAX_CHUNKS chunks
    "malformed-svg",  # not well-formed XML, or a root that is not an SVG <svg>
    "forbidden-xml",  # a DTD, an entity or an external reference
    "no-credential",  # no openbadgecredential chunk / <openbadges:credential> element
    "duplicate-credential",  # more than one of them
    "compressed-credential",  # an iTXt chunk with its compression flag set
    "jwt-credential",  # a VC-JWT (compact JWS): Certinum reads embedded proofs only
    "bad-credential",  # the text is not a bounded JSON object
)

_ITXT: Final = b"iTXt"
_OB_TAG: Final = f"{{{OB_NAMESPACE}}}credential"
_SVG_START: Final = re.compile(r"<svg[\s>/]")


class BakedBadgeError(ValueError):
    """A badge image that cannot give a credential; ``code`` (stable) names why."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# --- PNG -----------------------------------------------------------------------------------


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """The (type, data) of every chunk of the PNG ``data``, checked and bounded."""
    if len(data) > MAX_BADGE_BYTES:
        raise BakedBadgeError("too-large", f"the image is larger than {MAX_BADGE_BYTES} bytes")
    if not data.startswith(PNG_SIGNATURE):
        raise BakedBadgeError("malformed-png", "no PNG signature")
    out: list[tuple[bytes, bytes]] = []
    pos = len(PNG_SIGNATURE)
    while pos < len(data):
        if len(out) >= MAX_CHUNKS:
            raise BakedBadgeError("too-many-chunks", f"more than {MAX_CHUNKS} PNG chunks")
        if pos + 12 > len(data):
            raise BakedBadgeError("malformed-png", f"a truncated chunk at byte {pos}")
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        end = pos + 8 + length
        if length > 0x7FFFFFFF or end + 4 > len(data):
            raise BakedBadgeError("malformed-png", f"a chunk longer than the file at byte {pos}")
        if not kind.isalpha() or not kind.isascii():
            raise BakedBadgeError("malformed-png", f"a chunk type that is not letters at {pos}")
        body = data[pos + 8 : end]
        (crc,) = struct.unpack(">I", data[end : end + 4])
        if zlib.crc32(kind + body) != crc:
            raise BakedBadgeError("malformed-png", f"a bad CRC in the {kind!r} chunk at {pos}")
        out.append((kind, body))
        pos = end + 4
        if kind == b"IEND":
            break
    if not out or out[0][0] != b"IHDR" or out[-1][0] != b"IEND":
        raise BakedBadgeError("malformed-png", "a PNG starts with IHDR and ends with IEND")
    return out


def _is_ours(body: bytes) -> bool:
    return body.partition(b"\0")[0] == KEYWORD.encode("latin-1")


def _itxt_text(body: bytes) -> str:
    """The text of an ``openbadgecredential`` ``iTXt`` chunk (PNG §11.3.4.5)."""
    rest = body.partition(b"\0")[2]
    if len(rest) < 2:
        raise BakedBadgeError("malformed-png", "a truncated iTXt chunk")
    if rest[0] != 0:
        raise BakedBadgeError("compressed-credential", "the credential chunk is compressed")
    parts = rest[2:].split(b"\0", 2)  # language tag, translated keyword, text
    if len(parts) != 3:
        raise BakedBadgeError("malformed-png", "an iTXt chunk without its two tags")
    try:
        return parts[2].decode("utf-8")
    except UnicodeDecodeError:
        raise BakedBadgeError("bad-credential", "the iTXt text is not UTF-8") from None


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _credential_text(credential: Mapping[str, Any]) -> str:
    return json.dumps(credential, ensure_ascii=False, separators=(",", ":"))


def bake_png(image: bytes, credential: Mapping[str, Any]) -> bytes:
    """``image`` (a PNG) with ``credential`` in an uncompressed ``openbadgecredential`` iTXt
    chunk right after ``IHDR``; a chunk with that keyword already there is replaced."""
    kept = [(kind, body) for kind, body in _chunks(image) if not (kind == _ITXT and _is_ours(body))]
    text = _credential_text(credential).encode("utf-8")
    # keyword, NUL, compression flag 0, method 0, empty language tag and translated keyword
    itxt = KEYWORD.encode("latin-1") + b"\0\0\0\0\0" + text
    out = [PNG_SIGNATURE, _chunk(*kept[0]), _chunk(_ITXT, itxt)]
    out += [_chunk(kind, body) for kind, body in kept[1:]]
    return b"".join(out)


def _unbake_png(data: bytes) -> str:
    found = [body for kind, body in _chunks(data) if kind == _ITXT and _is_ours(body)]
    if not found:
        raise BakedBadgeError("no-credential", f"no iTXt chunk with keyword {KEYWORD}")
    if len(found) > 1:
        raise BakedBadgeError("duplicate-credential", f"{len(found)} {KEYWORD} chunks")
    return _itxt_text(found[0])


# --- SVG -----------------------------------------------------------------------------------


def _root_start_tag_end(svg: str) -> int:
    """The index just past the ``>`` closing the root ``<svg …>`` start tag of ``svg``."""
    found = _SVG_START.search(svg)
    if found is None:
        raise BakedBadgeError("malformed-svg", "no <svg> element")
    quote = ""
    for i in range(found.start(), len(svg)):
        ch = svg[i]
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch == ">":
            return i + 1
    raise BakedBadgeError("malformed-svg", "the <svg> start tag is not closed")


def bake_svg(image: str, credential: Mapping[str, Any]) -> bytes:
    """``image`` (an SVG document without a credential) with the OB namespace declared on its
    root and ``<openbadges:credential>`` (the JSON in CDATA) directly after the start tag."""
    _svg_root(image.encode("utf-8"))  # well-formed, an SVG root, nothing hostile
    end = _root_start_tag_end(image)
    tag = image[:end]
    if "openbadges:credential" in image[end:]:
        raise BakedBadgeError("duplicate-credential", "this SVG already carries a credential")
    if tag.endswith("/>"):
        raise BakedBadgeError("malformed-svg", "an empty <svg/> has no image to carry")
    if "xmlns:openbadges=" not in tag:
        tag = f'{tag[:-1]} xmlns:openbadges="{OB_NAMESPACE}">'
    cdata = _credential_text(credential).replace("]]>", "]]]]><![CDATA[>")
    element = f"<openbadges:credential><![CDATA[{cdata}]]></openbadges:credential>"
    return (tag + element + image[end:]).encode("utf-8")


def _svg_root(data: bytes) -> Any:
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise BakedBadgeError("forbidden-xml", f"refused XML: {type(exc).__name__}") from None
    except (ParseError, ValueError) as exc:
        raise BakedBadgeError("malformed-svg", f"not well-formed XML: {exc}") from None
    if root.tag != f"{{{SVG_NAMESPACE}}}svg":
        raise BakedBadgeError("malformed-svg", "the root element is not an SVG <svg>")
    return root


def _unbake_svg(data: bytes) -> str:
    if len(data) > MAX_BADGE_BYTES:
        raise BakedBadgeError("too-large", f"the image is larger than {MAX_BADGE_BYTES} bytes")
    found = list(_svg_root(data).iter(_OB_TAG))
    if not found:
        raise BakedBadgeError("no-credential", "no <openbadges:credential> element")
    if len(found) > 1:
        raise BakedBadgeError("duplicate-credential", f"{len(found)} credential elements")
    if found[0].get("verify") is not None:
        raise BakedBadgeError("jwt-credential", "a VC-JWT credential (verify attribute)")
    return str(found[0].text or "")


# --- either --------------------------------------------------------------------------------


def unbake(data: bytes) -> dict[str, Any]:
    """The credential baked in ``data`` (a PNG or an SVG), as a JSON object."""
    if len(data) > MAX_BADGE_BYTES:
        raise BakedBadgeError("too-large", f"the image is larger than {MAX_BADGE_BYTES} bytes")
    if data.startswith(PNG_SIGNATURE):
        text = _unbake_png(data)
    elif data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        text = _unbake_svg(data)
    else:
        raise BakedBadgeError("not-a-badge", "neither a PNG nor an SVG image")
    text = text.strip()
    if text.count(".") == 2 and not text.startswith("{"):
        raise BakedBadgeError("jwt-credential", "a VC-JWT credential (compact JWS)")
    try:
        credential = parse_json(text)
    except JsonInputError as exc:
        raise BakedBadgeError("bad-credential", f"the baked credential: {exc}") from None
    if not isinstance(credential, dict):
        raise BakedBadgeError("bad-credential", "the baked credential is not a JSON object")
    return credential
