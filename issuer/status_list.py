"""Bitstring Status List v1.0, issuer side: indexes, bits, ``encodedList``, the list credential.

W3C Bitstring Status List v1.0 (https://www.w3.org/TR/vc-bitstring-status-list/):

- §2.1 each certificate carries a ``BitstringStatusListEntry`` (:class:`StatusEntry`) whose
  ``statusListIndex`` is a base-10 string. "Implementations SHOULD assign indexes randomly":
  :func:`allocate_index` draws a uniformly random unused index, so an index says nothing about
  when the certificate was issued or how many were issued before it.
- §2.2 the list credential (:func:`build_status_list_credential`) holds ``encodedList``:
  Multibase base64url without padding (``u``) of the GZIP-compressed bitstring, at least 16 KB
  (:data:`MIN_ENTRIES` bits); index 0 is the left-most bit of the first byte.
- §3.3 "Bitstring Generation Algorithm": :func:`encode_list`.

Certinum uses single-bit entries with purpose ``revocation`` (a revoked certificate stays
revoked, §2.1). Signing the list credential happens elsewhere, like every credential.
Reading a list back uses the verifier's bounded decoder (:func:`vc.bitstring.decode_list`).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from vc.bitstring import (
    MIN_ENTRIES,
    StatusError,
    StatusIndexError,
    StatusListError,
    StatusListFullError,
    decode_list,
    encode_list,
    get_bit,
    new_bitstring,
    set_bit,
)
from vc.constants import VC_V2
from vc.timestamps import format_datetime_stamp

__all__ = [
    "MIN_ENTRIES",
    "REVOCATION",
    "StatusEntry",
    "StatusIndexError",
    "StatusListError",
    "StatusListFullError",
    "allocate_index",
    "build_status_list_credential",
    "encode_list",
    "get_bit",
    "load_bitstring",
    "new_bitstring",
    "set_bit",
]

REVOCATION: Final = "revocation"
_RANDOM_ATTEMPTS: Final = 64


@dataclass(frozen=True, slots=True)
class StatusEntry:
    """Where a certificate's status lives: list URL, index, purpose (§2.1).

    The entry's ``id`` is ``{status_list_credential}#{index}``: an identifier of this entry
    that is not the list's own URL, as §2.1 requires.
    """

    status_list_credential: str
    index: int
    purpose: str = REVOCATION

    def __post_init__(self) -> None:
        if not self.status_list_credential.startswith(("https://", "http://")):
            raise StatusListError("statusListCredential must be an http(s) URL")
        if "#" in self.status_list_credential:
            raise StatusListError("statusListCredential must not carry a fragment")
        if isinstance(self.index, bool) or not isinstance(self.index, int) or self.index < 0:
            raise StatusIndexError("statusListIndex must be a non-negative integer")
        if not self.purpose:
            raise StatusListError("statusPurpose must be a non-empty string")

    @property
    def id(self) -> str:
        return f"{self.status_list_credential}#{self.index}"

    def to_json(self) -> dict[str, str]:
        """The ``credentialStatus`` object of §2.1, index as a base-10 string."""
        return {
            "id": self.id,
            "type": "BitstringStatusListEntry",
            "statusPurpose": self.purpose,
            "statusListIndex": str(self.index),
            "statusListCredential": self.status_list_credential,
        }


def load_bitstring(encoded: str) -> bytearray:
    """A stored ``encodedList`` back into mutable bits (bounded decode, typed errors)."""
    return bytearray(_decode(encoded))


def _decode(encoded: str) -> bytes:
    try:
        return decode_list(encoded)
    except StatusError as exc:
        raise StatusListError(f"not a usable encodedList: {exc}") from exc


# --- index allocation --------------------------------------------------------------------


def allocate_index(
    used: Collection[int],
    *,
    size: int = MIN_ENTRIES,
    randbelow: Callable[[int], int] = secrets.randbelow,
) -> int:
    """A uniformly random index in ``[0, size)`` not in ``used`` (§2.1: assign randomly).

    Draws at random first (fast while the list is sparse); after a few misses it picks among
    the remaining free indexes, so the time stays bounded however full the list is.
    ``randbelow(n)`` returns an integer in ``[0, n)``; pass a seeded one in tests.
    Raises :class:`StatusListFullError` when no index is free.
    """
    if size < 1:
        raise StatusListError("a status list has at least one entry")
    if len(used) >= size and all(0 <= i < size for i in used):
        raise StatusListFullError(f"all {size} indexes of the status list are used")
    for _ in range(_RANDOM_ATTEMPTS):
        candidate = randbelow(size)
        if not 0 <= candidate < size:
            raise StatusListError("randbelow returned a value outside [0, size)")
        if candidate not in used:
            return candidate
    taken = set(used)
    free = [i for i in range(size) if i not in taken]
    if not free:
        raise StatusListFullError(f"all {size} indexes of the status list are used")
    return free[randbelow(len(free))]


# --- §2.2 BitstringStatusListCredential --------------------------------------------------


def build_status_list_credential(
    *,
    list_url: str,
    issuer: str,
    encoded_list: str,
    valid_from: datetime,
    valid_until: datetime | None = None,
    purpose: str = REVOCATION,
) -> dict[str, Any]:
    """The unsigned list credential (§2.2, §3.1 "Generate Algorithm" steps 2–4).

    Its ``id`` is ``list_url`` (the value entries put in ``statusListCredential``) and its
    subject's ``id`` is ``{list_url}#list``. Terms come from the VC 2.0 context alone.
    """
    if not list_url.startswith(("https://", "http://")) or "#" in list_url:
        raise StatusListError("the status list URL must be an http(s) URL without fragment")
    if not issuer or ":" not in issuer:
        raise StatusListError("the issuer must be an absolute IRI (a DID)")
    # Refuse what a verifier would refuse: the encoding must expand to a full-size list.
    _decode(encoded_list)
    credential: dict[str, Any] = {
        "@context": [VC_V2],
        "id": list_url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer,
        "validFrom": format_datetime_stamp(valid_from),
    }
    if valid_until is not None:
        credential["validUntil"] = format_datetime_stamp(valid_until)
    credential["credentialSubject"] = {
        "id": f"{list_url}#list",
        "type": "BitstringStatusList",
        "statusPurpose": purpose,
        "encodedList": encoded_list,
    }
    return credential
