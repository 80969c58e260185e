"""ZIP containers read within bounds: the SIECLE ZIP, and the XLSX and ODS files (also ZIPs).

A ZIP bomb is refused from its central directory, before anything is inflated: too many
members, a declared size too large, or a compression ratio no real pupil file reaches. What is
then read cannot exceed the declared size either: `zipfile` stops a member at its declared
size and fails its CRC check when the data goes on.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from typing import IO

from certinum.schools.pupils import ImportRefused


@dataclass(frozen=True, slots=True)
class ZipBounds:
    max_archive_bytes: int
    max_members: int
    max_member_bytes: int
    max_total_bytes: int
    max_ratio: int


# ElevesSansAdresses.zip holds one XML file; a 3,000-pupil export is a few MiB.
SIECLE_ZIP = ZipBounds(
    max_archive_bytes=16 << 20,
    max_members=4,
    max_member_bytes=64 << 20,
    max_total_bytes=64 << 20,
    max_ratio=100,
)
# An XLSX or ODS holds a dozen parts (styles, themes, manifest): bounded by the same ratio.
SPREADSHEET_ZIP = ZipBounds(
    max_archive_bytes=10 << 20,
    max_members=64,
    max_member_bytes=48 << 20,
    max_total_bytes=64 << 20,
    max_ratio=100,
)


def open_bounded_zip(data: bytes, bounds: ZipBounds, what: str) -> zipfile.ZipFile:
    """The archive, once its size, members and ratios are within `bounds`; else refused."""
    if len(data) > bounds.max_archive_bytes:
        raise ImportRefused(
            "file-too-large", f"the {what} is over {bounds.max_archive_bytes >> 20} MiB"
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise ImportRefused("bad-zip", f"the {what} is not a readable ZIP file ({exc})") from exc
    if len(members) > bounds.max_members:
        raise ImportRefused(
            "zip-bomb", f"the {what} holds {len(members)} files, more than {bounds.max_members}"
        )
    total = 0
    for info in members:
        total += info.file_size
        if info.flag_bits & 0x1:
            raise ImportRefused("zip-encrypted", f"the {what} is password-protected")
        if info.file_size > bounds.max_member_bytes or total > bounds.max_total_bytes:
            raise ImportRefused(
                "zip-bomb", f"the {what} would inflate past {bounds.max_total_bytes >> 20} MiB"
            )
        if info.file_size > 1024 and info.file_size > bounds.max_ratio * max(info.compress_size, 1):
            raise ImportRefused(
                "zip-bomb",
                f"{info.filename!r} in the {what} inflates more than {bounds.max_ratio} times:"
                " refused as a ZIP bomb",
            )
    return archive


def open_member(archive: zipfile.ZipFile, name: str, what: str) -> IO[bytes]:
    """A stream of the member whose base name is `name` (any case), the only one so named."""
    wanted = name.casefold()
    found = [i for i in archive.infolist() if i.filename.rsplit("/", 1)[-1].casefold() == wanted]
    if len(found) != 1:
        names = ", ".join(repr(i.filename) for i in archive.infolist()[:8])
        raise ImportRefused(
            "zip-member-missing" if not found else "zip-member-ambiguous",
            f"the {what} should hold one {name} (it holds {names or 'nothing'})",
        )
    try:
        return archive.open(found[0])
    except (zipfile.BadZipFile, NotImplementedError, ValueError, RuntimeError) as exc:
        raise ImportRefused("bad-zip", f"{name} in the {what} cannot be read ({exc})") from exc
