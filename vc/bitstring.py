"""The Bitstring Status List codec: bits, ``encodedList``, bounded expansion, typed errors.

W3C Bitstring Status List v1.0 (https://www.w3.org/TR/vc-bitstring-status-list/):

- §2.2 ``encodedList`` is Multibase base64url without padding (prefix ``u``) of the GZIP
  (RFC 1952) compressed bitstring; index 0 is the left-most bit of the first byte (``0x80``);
  the uncompressed bitstring is at least 16 KB (131,072 entries).
- §3.3 "Bitstring Generation Algorithm": :func:`encode_list`.
- §3.4 "Bitstring Expansion Algorithm": base64url-decode, then gunzip. Here the gunzip is
  bounded: a few hundred bytes of GZIP can expand to gigabytes, and a status list can come
  from the network, so :func:`decode_list` stops at ``max_decompressed`` bytes.
- §3.6 "Processing Errors": the :class:`StatusErrorCode` names.

Shared by the issuer (which writes lists) and the verifier (which reads them). Exceptions::

    StatusError (ValueError)           .code: StatusErrorCode
    ├── MalformedStatusError           MALFORMED_VALUE_ERROR (bad entry, bad encodedList)
    │   └── StatusListTooLargeError    the expanded list exceeds the bound (a gzip bomb)
    ├── StatusListLengthError          STATUS_LIST_LENGTH_ERROR
    ├── StatusVerificationError        STATUS_VERIFICATION_ERROR (purpose, type, list id)
    └── StatusRangeError               RANGE_ERROR

    StatusListError (ValueError)       a list operation with arguments that cannot be right
    ├── StatusIndexError               an index outside the list
    └── StatusListFullError            every index of the list is taken
"""

from __future__ import annotations

import base64
import binascii
import enum
import gzip
import re
import zlib
from collections.abc import Mapping
from typing import Final

MIN_ENTRIES: Final = 131_072
"""§3.2 step 2: ``minimumNumberOfEntries`` (16 KB of single-bit entries)."""

DEFAULT_MAX_DECOMPRESSED: Final = 4 * 1024 * 1024
"""Largest expanded list accepted by default: 4 MiB, i.e. 33,554,432 single-bit entries."""

MAX_STATUS_SIZE: Final = 16
"""Largest ``statusSize`` (bits per entry) this verifier reads; the spec allows any."""

_B64URL_RE: Final = re.compile(r"[A-Za-z0-9_-]*")
_GZIP_WBITS: Final = 16 + zlib.MAX_WBITS


class StatusErrorCode(enum.StrEnum):
    """The error names of Bitstring Status List §3.6 and VC 2.0 §7 (processing errors)."""

    STATUS_RETRIEVAL_ERROR = "STATUS_RETRIEVAL_ERROR"
    STATUS_VERIFICATION_ERROR = "STATUS_VERIFICATION_ERROR"
    STATUS_LIST_LENGTH_ERROR = "STATUS_LIST_LENGTH_ERROR"
    MALFORMED_VALUE_ERROR = "MALFORMED_VALUE_ERROR"
    RANGE_ERROR = "RANGE_ERROR"


STATUS_ERROR_NUMBERS: Final[Mapping[StatusErrorCode, int]] = {
    StatusErrorCode.STATUS_RETRIEVAL_ERROR: -128,
    StatusErrorCode.STATUS_VERIFICATION_ERROR: -129,
    StatusErrorCode.STATUS_LIST_LENGTH_ERROR: -130,
}
"""The integer ``code`` of the RFC 9457 problem details that §3.6 assigns."""


class StatusError(ValueError):
    """A status entry or status list that cannot be used; ``code`` names the spec's error."""

    code: StatusErrorCode = StatusErrorCode.MALFORMED_VALUE_ERROR


class MalformedStatusError(StatusError):
    """A value that breaks a MUST of the data model (§2): MALFORMED_VALUE_ERROR."""

    code = StatusErrorCode.MALFORMED_VALUE_ERROR


class StatusListTooLargeError(MalformedStatusError):
    """The list expands past the allowed size: refused before it fills memory."""


class StatusListLengthError(StatusError):
    """Fewer entries than ``minimumNumberOfEntries`` (§3.2 step 9)."""

    code = StatusErrorCode.STATUS_LIST_LENGTH_ERROR


class StatusVerificationError(StatusError):
    """The entry does not match the list: purpose, type or list id (§3.2 step 5)."""

    code = StatusErrorCode.STATUS_VERIFICATION_ERROR


class StatusRangeError(StatusError):
    """The entry's index falls outside the list (§3.2 step 10)."""

    code = StatusErrorCode.RANGE_ERROR


class StatusListError(ValueError):
    """A status list operation with arguments that cannot be right."""


class StatusIndexError(StatusListError):
    """An index outside the list."""


class StatusListFullError(StatusListError):
    """Every index of the list is taken: start a new list."""


# --- §3.4 Bitstring Expansion Algorithm --------------------------------------------------


def decode_list(
    encoded: str,
    *,
    max_decompressed: int = DEFAULT_MAX_DECOMPRESSED,
    min_bits: int = MIN_ENTRIES,
) -> bytes:
    """Expand an ``encodedList`` into the raw bitstring (§3.4), within bounds.

    Raises :class:`MalformedStatusError` (not ``u`` + base64url, not one complete GZIP member),
    :class:`StatusListTooLargeError` (more than ``max_decompressed`` bytes once expanded) or
    :class:`StatusListLengthError` (fewer than ``min_bits`` bits, §2.2 "at least 16KB").
    """
    if not isinstance(encoded, str):
        raise MalformedStatusError("encodedList must be a string")
    if not encoded.startswith("u"):
        raise MalformedStatusError("encodedList must be multibase base64url (prefix 'u')")
    body = encoded[1:]
    # Compressed data never needs to be much bigger than what it expands to.
    if len(body) > (max_decompressed + 1024) * 4 // 3 + 4:
        raise StatusListTooLargeError("encodedList is longer than any list accepted here")
    if not _B64URL_RE.fullmatch(body) or len(body) % 4 == 1:
        raise MalformedStatusError("encodedList is not base64url without padding")
    try:
        compressed = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except (binascii.Error, ValueError) as exc:
        raise MalformedStatusError("encodedList is not base64url without padding") from exc
    bits = _gunzip_bounded(compressed, max_decompressed)
    if len(bits) * 8 < min_bits:
        raise StatusListLengthError(
            f"the status list has {len(bits) * 8} bits; at least {min_bits} are required"
        )
    return bits


def _gunzip_bounded(compressed: bytes, limit: int) -> bytes:
    """Gunzip one GZIP member, refusing output beyond ``limit`` bytes and trailing data."""
    inflater = zlib.decompressobj(wbits=_GZIP_WBITS)
    try:
        out = inflater.decompress(compressed, limit + 1)
    except zlib.error as exc:
        raise MalformedStatusError(f"encodedList is not valid GZIP data: {exc}") from exc
    if len(out) > limit:
        raise StatusListTooLargeError(f"the status list expands to more than {limit} bytes")
    if not inflater.eof:
        raise MalformedStatusError("encodedList holds a truncated GZIP stream")
    if inflater.unused_data:
        raise MalformedStatusError("encodedList has data after the GZIP stream")
    return out


def read_status(bits: bytes, index: int, status_size: int = 1) -> int:
    """The ``status_size``-bit value at entry ``index``, most significant bit first (§2.2).

    Entry ``i`` occupies bits ``i × size`` … ``i × size + size − 1``; bit 0 is the left-most bit
    (``0x80``) of byte 0. Raises :class:`StatusRangeError` past the end.
    """
    if index < 0 or status_size < 1:
        raise StatusRangeError("index and statusSize must be non-negative and positive")
    start = index * status_size
    if start + status_size > len(bits) * 8:
        raise StatusRangeError(
            f"entry {index} (statusSize {status_size}) is outside a list of {len(bits) * 8} bits"
        )
    value = 0
    for position in range(start, start + status_size):
        bit = (bits[position >> 3] >> (7 - (position & 7))) & 1
        value = (value << 1) | bit
    return value


# --- bits --------------------------------------------------------------------------------


def new_bitstring(size: int = MIN_ENTRIES) -> bytearray:
    """An all-zero list of ``size`` single-bit entries (a multiple of 8, at least 131,072)."""
    if size < MIN_ENTRIES or size % 8:
        raise StatusListError(f"a status list has a multiple of 8 entries, at least {MIN_ENTRIES}")
    return bytearray(size // 8)


def _locate(bits: bytes | bytearray, index: int) -> tuple[int, int]:
    if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(bits) * 8:
        raise StatusIndexError(f"index {index!r} is outside a list of {len(bits) * 8} entries")
    return index >> 3, 0x80 >> (index & 7)


def set_bit(bits: bytearray, index: int, value: bool = True) -> None:
    """Set (revoke) or clear entry ``index``; index 0 is the ``0x80`` bit of byte 0 (§2.2)."""
    byte, mask = _locate(bits, index)
    if value:
        bits[byte] |= mask
    else:
        bits[byte] &= 0xFF ^ mask


def get_bit(bits: bytes | bytearray, index: int) -> bool:
    byte, mask = _locate(bits, index)
    return bool(bits[byte] & mask)


def encode_list(bits: bytes | bytearray) -> str:
    """§3.3: GZIP the bitstring, base64url it without padding, prefix ``u`` (§2.2).

    GZIP header time is 0, so one bitstring always encodes to the same string.
    """
    if len(bits) * 8 < MIN_ENTRIES:
        raise StatusListError(f"a status list has at least {MIN_ENTRIES} entries (16 KB)")
    compressed = gzip.compress(bytes(bits), compresslevel=9, mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).rstrip(b"=").decode("ascii")
