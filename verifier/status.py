"""Bitstring Status List v1.0: reading a status list and checking one credential's entry.

W3C Bitstring Status List v1.0 (https://www.w3.org/TR/vc-bitstring-status-list/):

- §2.2 ``encodedList`` is Multibase base64url without padding (prefix ``u``) of the GZIP
  (RFC 1952) compressed bitstring; index 0 is the left-most bit of the first byte (``0x80``);
  the uncompressed bitstring is at least 16 KB (131,072 entries).
- §3.4 "Bitstring Expansion Algorithm": base64url-decode, then gunzip. Here the gunzip is
  bounded: a few hundred bytes of GZIP can expand to gigabytes, and the status list comes from
  the network, so :func:`decode_list` stops at ``max_decompressed`` bytes.
- §3.2 "Validate Algorithm": the entry's ``statusPurpose`` must be one of the list's, the list
  must hold at least ``minimumNumberOfEntries`` entries of ``statusSize`` bits, the index must
  be in range; the status is the value of the ``statusSize`` bits at ``index × statusSize``.
- §3.6 "Processing Errors": STATUS_RETRIEVAL_ERROR (-128), STATUS_VERIFICATION_ERROR (-129),
  STATUS_LIST_LENGTH_ERROR (-130); malformed values raise the VC 2.0 MALFORMED_VALUE_ERROR and
  an index past the end the VC 2.0 RANGE_ERROR.

What this module does not do: fetch the list, or verify the list credential's proof (the spec's
step 4). The caller retrieves the list credential (STATUS_RETRIEVAL_ERROR is theirs) and
verifies its proof with the same machinery as any credential before calling
:func:`check_status`.

Public functions never raise for bad input from the public: :func:`check_status` returns a
:class:`StatusResult` that names the problem. The typed exceptions below are for programming
use (:func:`decode_list`, :func:`parse_entry`), all subclasses of :class:`StatusError`::

    StatusError (ValueError)           .code: StatusErrorCode
    ├── MalformedStatusError           MALFORMED_VALUE_ERROR (bad entry, bad encodedList)
    │   └── StatusListTooLargeError    the expanded list exceeds the bound (a gzip bomb)
    ├── StatusListLengthError          STATUS_LIST_LENGTH_ERROR
    ├── StatusVerificationError        STATUS_VERIFICATION_ERROR (purpose, type, list id)
    └── StatusRangeError               RANGE_ERROR
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from vc import timestamps
from vc.bitstring import (
    DEFAULT_MAX_DECOMPRESSED,
    MAX_STATUS_SIZE,
    MIN_ENTRIES,
    STATUS_ERROR_NUMBERS,
    MalformedStatusError,
    StatusError,
    StatusErrorCode,
    StatusListLengthError,
    StatusVerificationError,
    decode_list,
    read_status,
)

_ENTRY_TYPE: Final = "BitstringStatusListEntry"
_LIST_CREDENTIAL_TYPE: Final = "BitstringStatusListCredential"
_LIST_TYPE: Final = "BitstringStatusList"
_INDEX_RE: Final = re.compile(r"[0-9]{1,20}")


@dataclass(frozen=True, slots=True)
class StatusProblem:
    """Why a status could not be determined, in the shape of RFC 9457 problem details."""

    code: StatusErrorCode
    detail: str

    @property
    def type(self) -> str:
        return f"https://www.w3.org/ns/credentials/status-list#{self.code.value}"

    @property
    def number(self) -> int | None:
        return STATUS_ERROR_NUMBERS.get(self.code)


@dataclass(frozen=True, slots=True)
class StatusResult:
    """The outcome of §3.2 for one entry.

    ``status`` is the integer value read at the entry (None when it could not be read);
    ``valid`` is the spec's ``valid`` key (``status == 0``); ``error`` says why the status could
    not be determined. A status that cannot be determined must not be taken as "not revoked".
    """

    purpose: str | None
    status: int | None
    error: StatusProblem | None = None
    message: str | None = None
    references: tuple[str, ...] = ()

    @property
    def determined(self) -> bool:
        return self.error is None and self.status is not None

    @property
    def valid(self) -> bool | None:
        return None if self.status is None else self.status == 0

    @property
    def revoked(self) -> bool:
        """True only when the list says so; check :attr:`determined` as well."""
        return self.purpose == "revocation" and self.status is not None and self.status != 0

    @property
    def suspended(self) -> bool:
        """True only when a ``suspension`` entry is set; check :attr:`determined` as well."""
        return self.purpose == "suspension" and self.status is not None and self.status != 0


@dataclass(frozen=True, slots=True)
class ParsedEntry:
    """A ``BitstringStatusListEntry`` that satisfies §2.1."""

    purpose: str
    index: int
    status_list_credential: str
    status_size: int = 1
    status_messages: tuple[tuple[int, str], ...] = ()
    status_references: tuple[str, ...] = ()


# --- §2.1 BitstringStatusListEntry -------------------------------------------------------


def parse_entry(entry: object) -> ParsedEntry:
    """Check a ``credentialStatus`` object against §2.1; raise :class:`MalformedStatusError`.

    ``statusListIndex`` must be a base-10 string as the spec requires (an integer is refused,
    although some publishers write one); ``statusSize`` defaults to 1 and, when greater, needs
    ``statusMessage`` with one message per possible value; ``statusReference``, optional, is
    a URL or a list of URLs where the status values are explained.
    """
    if not isinstance(entry, Mapping):
        raise MalformedStatusError("credentialStatus must be an object")
    if not _has_type(entry.get("type"), _ENTRY_TYPE):
        raise MalformedStatusError(f"credentialStatus type must be {_ENTRY_TYPE}")
    purpose = entry.get("statusPurpose")
    if not isinstance(purpose, str) or not purpose:
        raise MalformedStatusError("statusPurpose must be a non-empty string")
    raw_index = entry.get("statusListIndex")
    if not isinstance(raw_index, str) or not _INDEX_RE.fullmatch(raw_index):
        raise MalformedStatusError(
            "statusListIndex must be a non-negative integer written as a base-10 string"
        )
    list_url = entry.get("statusListCredential")
    if not isinstance(list_url, str) or ":" not in list_url:
        raise MalformedStatusError("statusListCredential must be a URL")
    size = entry.get("statusSize", 1)
    if isinstance(size, bool) or not isinstance(size, int) or size < 1:
        raise MalformedStatusError("statusSize must be an integer greater than zero")
    if size > MAX_STATUS_SIZE:
        raise MalformedStatusError(f"statusSize above {MAX_STATUS_SIZE} is not supported")
    messages = _parse_messages(entry.get("statusMessage"), size)
    references = _parse_references(entry.get("statusReference"))
    return ParsedEntry(purpose, int(raw_index), list_url, size, messages, references)


def _parse_references(raw: object) -> tuple[str, ...]:
    if raw is None:
        return ()
    listed = [raw] if isinstance(raw, str) else raw
    if (
        not isinstance(listed, list)
        or not listed
        or not all(isinstance(r, str) and ":" in r for r in listed)
    ):
        raise MalformedStatusError("statusReference must be a URL or a list of URLs")
    return tuple(str(r) for r in listed)


def _parse_messages(raw: object, size: int) -> tuple[tuple[int, str], ...]:
    if raw is None:
        if size > 1:
            raise MalformedStatusError("statusMessage is required when statusSize > 1")
        return ()
    if not isinstance(raw, Sequence) or isinstance(raw, str) or len(raw) != 2**size:
        raise MalformedStatusError(f"statusMessage must be an array of {2**size} objects")
    out: list[tuple[int, str]] = []
    for item in raw:
        if not isinstance(item, Mapping):
            raise MalformedStatusError("each statusMessage must be an object")
        status, message = item.get("status"), item.get("message")
        if not isinstance(status, str) or not re.fullmatch(r"0x[0-9a-fA-F]{1,8}", status):
            raise MalformedStatusError("statusMessage.status must be a hex string like 0x1")
        if not isinstance(message, str):
            raise MalformedStatusError("statusMessage.message must be a string")
        out.append((int(status, 16), message))
    return tuple(out)


def _has_type(value: object, wanted: str) -> bool:
    if isinstance(value, str):
        return value == wanted
    return isinstance(value, list) and wanted in value


# --- §3.2 Validate Algorithm -------------------------------------------------------------


def check_status(
    entry: object,
    status_list_credential: object,
    *,
    min_entries: int = MIN_ENTRIES,
    max_decompressed: int = DEFAULT_MAX_DECOMPRESSED,
    now: datetime | None = None,
) -> StatusResult:
    """Run §3.2 for one ``credentialStatus`` entry against an already verified list credential.

    ``status_list_credential`` must be the document dereferenced from the entry's
    ``statusListCredential`` whose proof the caller has already verified. With ``now`` (aware),
    the list's own ``validFrom``/``validUntil`` are checked too. Never raises for bad input:
    every problem comes back as ``StatusResult.error``.
    """
    purpose = entry.get("statusPurpose") if isinstance(entry, Mapping) else None
    shown_purpose = purpose if isinstance(purpose, str) else None
    try:
        return _validate(entry, status_list_credential, min_entries, max_decompressed, now)
    except StatusError as exc:
        return StatusResult(shown_purpose, None, StatusProblem(exc.code, str(exc)))


def _validate(
    entry: object,
    list_credential: object,
    min_entries: int,
    max_decompressed: int,
    now: datetime | None,
) -> StatusResult:
    parsed = parse_entry(entry)
    subject = _list_subject(parsed, list_credential)
    if now is not None and isinstance(list_credential, Mapping):
        _check_list_validity(list_credential, now)
    # Steps 6–8: expand the list.
    encoded = subject.get("encodedList")
    if not isinstance(encoded, str):
        raise MalformedStatusError("the status list has no encodedList string")
    bits = decode_list(encoded, max_decompressed=max_decompressed, min_bits=0)
    # Step 9: herd privacy.
    entries = len(bits) * 8 // parsed.status_size
    if entries < min_entries:
        raise StatusListLengthError(
            f"the status list has {entries} entries; at least {min_entries} are required"
        )
    # Step 10: the value at index × size.
    status = read_status(bits, parsed.index, parsed.status_size)
    message = dict(parsed.status_messages).get(status) if parsed.status_messages else None
    return StatusResult(parsed.purpose, status, None, message, parsed.status_references)


def _list_subject(parsed: ParsedEntry, list_credential: object) -> Mapping[str, object]:
    """Steps 4–5: the list credential's type, id and purposes match the entry."""
    if not isinstance(list_credential, Mapping):
        raise MalformedStatusError("the status list credential must be an object")
    if not _has_type(list_credential.get("type"), _LIST_CREDENTIAL_TYPE):
        raise StatusVerificationError(
            f"the status list credential is not a {_LIST_CREDENTIAL_TYPE}"
        )
    list_id = list_credential.get("id")
    if list_id is not None and list_id != parsed.status_list_credential:
        raise StatusVerificationError(
            "the status list credential's id differs from the entry's statusListCredential"
        )
    subject = list_credential.get("credentialSubject")
    if not isinstance(subject, Mapping):
        raise MalformedStatusError("the status list credential needs one credentialSubject")
    if not _has_type(subject.get("type"), _LIST_TYPE):
        raise StatusVerificationError(f"the credential subject is not a {_LIST_TYPE}")
    purposes = subject.get("statusPurpose")
    listed = [purposes] if isinstance(purposes, str) else purposes
    if not isinstance(listed, list) or not all(isinstance(p, str) for p in listed):
        raise MalformedStatusError("the list's statusPurpose must be one or more strings")
    if parsed.purpose not in listed:
        raise StatusVerificationError(
            f"the entry's statusPurpose {parsed.purpose!r} is not a purpose of the list"
        )
    return subject


def _check_list_validity(list_credential: Mapping[str, object], now: datetime) -> None:
    if now.tzinfo is None:
        raise StatusVerificationError("the validation time must carry a time zone")
    for key, too_early in (("validFrom", True), ("validUntil", False)):
        raw = list_credential.get(key)
        if raw is None:
            continue
        bound = _parse_datetime(raw, key)
        if (too_early and now < bound) or (not too_early and now > bound):
            raise StatusVerificationError(f"the status list is not valid at {now.isoformat()}")


def _parse_datetime(raw: object, key: str) -> datetime:
    try:
        return timestamps.parse_datetime_stamp(raw)
    except timestamps.DateTimeStampError as exc:
        raise MalformedStatusError(f"{key}: {exc}") from None
