"""Material files: where they may be, what they must contain, what can be picked in them.

A material path is relative to the YAML file that names it, never absolute, never with ``..``,
at most ``MAX_MATERIAL_BYTES``; its extension and its content must match the declared media
type. ``inspect`` returns a problem message, or the set of element ids that can be picked in the
file (None when the media type has no pickable elements).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path, PurePosixPath
from typing import Final

MAX_MATERIAL_BYTES: Final = 1_048_576
ODS: Final = "application/vnd.oasis.opendocument.spreadsheet"
ODT: Final = "application/vnd.oasis.opendocument.text"
MEDIA_TYPES: Final[dict[str, tuple[str, ...]]] = {
    "text/html": (".html", ".htm"),
    "text/csv": (".csv",),
    "text/plain": (".txt",),
    ODS: (".ods",),
    ODT: (".odt",),
    "image/png": (".png",),
    "image/jpeg": (".jpg", ".jpeg"),
    "image/svg+xml": (".svg",),
    "application/zip": (".zip",),
    "message/rfc822": (".eml",),
}
PICK_RE: Final = re.compile(r"""data-pick\s*=\s*["']([^"']*)["']""")
PICK_ID_RE: Final = re.compile(r"^[a-z0-9_-]{1,32}$")


class MaterialError(ValueError):
    """The file is missing, misplaced, too big, or not of its declared media type."""


def resolve(yaml_file: Path, relative: str) -> Path:
    """The material file named ``relative`` in ``yaml_file``; MaterialError when not allowed."""
    posix = PurePosixPath(relative)
    if relative.startswith(("/", "\\")) or posix.is_absolute() or re.match(r"^[A-Za-z]:", relative):
        raise MaterialError(f"material path {relative!r} must be relative to the YAML file")
    if ".." in posix.parts or "\\" in relative:
        raise MaterialError(f"material path {relative!r} must not contain '..' or '\\'")
    return yaml_file.parent.joinpath(*posix.parts)


def _utf8(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise MaterialError("is not UTF-8 text") from None


def _zip_members(data: bytes) -> list[str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.namelist()
    except zipfile.BadZipFile:
        raise MaterialError("is not a ZIP archive") from None


def _odf(data: bytes, media_type: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            kind = archive.read("mimetype").decode("ascii", "replace").strip()
    except (zipfile.BadZipFile, KeyError):
        raise MaterialError("is not an OpenDocument file (no 'mimetype' member)") from None
    if kind != media_type:
        raise MaterialError(f"is an OpenDocument file of type {kind!r}")


def _csv_cells(text: str) -> frozenset[str]:
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if first.count(";") > first.count(",") else ","
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error as exc:
        raise MaterialError(f"is not CSV: {exc}") from None
    cells = set()
    for r, row in enumerate(rows, start=1):
        for col in range(1, len(row) + 1):
            letters = ""
            n = col
            while n:
                n, rest = divmod(n - 1, 26)
                letters = chr(65 + rest) + letters
            cells.add(f"{letters}{r}")
    return frozenset(cells)


def sniff(data: bytes, media_type: str) -> frozenset[str] | None:
    """Check ``data`` is of ``media_type``; return the ids that can be picked in it, if any."""
    if media_type in ("text/html", "image/svg+xml"):
        text = _utf8(data)
        marker = ("<svg",) if media_type == "image/svg+xml" else ("<html", "<body", "<main")
        if not any(m in text.lower() for m in marker):
            raise MaterialError(f"does not look like {media_type} (no {' or '.join(marker)})")
        ids = PICK_RE.findall(text)
        bad = [i for i in ids if not PICK_ID_RE.match(i)]
        if bad:
            raise MaterialError(f"has data-pick ids that are not slugs [a-z0-9_-]: {bad[:3]}")
        if len(set(ids)) != len(ids):
            raise MaterialError("has a data-pick id twice")
        return frozenset(ids)
    if media_type == "text/csv":
        return _csv_cells(_utf8(data))
    if media_type == "text/plain":
        lines = _utf8(data).splitlines()
        return frozenset(f"L{n}" for n in range(1, len(lines) + 1))
    if media_type == "message/rfc822":
        head = _utf8(data).split("\n\n", 1)[0].replace("\r", "")
        if not (re.search(r"^From:", head, re.M) and re.search(r"^Subject:", head, re.M)):
            raise MaterialError("is not a message (needs From: and Subject: headers)")
        return None
    if media_type in (ODS, ODT):
        _odf(data, media_type)
        return None
    if media_type == "application/zip":
        return frozenset(m for m in _zip_members(data) if not m.endswith("/"))
    if media_type == "image/png":
        if not data.startswith(b"\x89PNG\r\n\x1a\n"):
            raise MaterialError("is not a PNG image")
        return None
    if media_type == "image/jpeg":
        if not data.startswith(b"\xff\xd8\xff"):
            raise MaterialError("is not a JPEG image")
        return None
    raise MaterialError(f"media type {media_type!r} is not allowed")


def inspect(path: Path, media_type: str, cache: dict[Path, object]) -> frozenset[str] | None:
    """Check one material file (cached per path); MaterialError says what is wrong."""
    if path in cache:
        found = cache[path]
        if isinstance(found, MaterialError):
            raise found
        return found  # type: ignore[return-value]
    try:
        if media_type not in MEDIA_TYPES:
            raise MaterialError(
                f"media type {media_type!r} is not allowed (allowed: {sorted(MEDIA_TYPES)})"
            )
        if path.suffix.lower() not in MEDIA_TYPES[media_type]:
            raise MaterialError(
                f"file extension {path.suffix!r} does not match {media_type}"
                f" (expected {' or '.join(MEDIA_TYPES[media_type])})"
            )
        if not path.is_file():
            raise MaterialError("file not found")
        size = path.stat().st_size
        if size > MAX_MATERIAL_BYTES:
            raise MaterialError(f"file is {size} bytes, over the {MAX_MATERIAL_BYTES} limit")
        result = sniff(path.read_bytes(), media_type)
    except MaterialError as exc:
        cache[path] = exc
        raise
    cache[path] = result
    return result
