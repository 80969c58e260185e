"""Public records of the issuer keys: status and lifecycle dates, never secret material.

Status (one active key at a time, DESIGN "keys, issuer id"):

- ``active``: signs new credentials; listed in the DID document under ``assertionMethod`` and
  ``authentication``.
- ``retired``: replaced by a rotation; signs nothing more but STAYS in the DID document under
  ``assertionMethod``, so credentials it signed keep verifying.
- ``revoked``: compromised; removed from the DID document, so everything it signed stops
  verifying. ``compromised_since`` tells the caller which credentials to re-issue.

The key id is the Multikey itself (``z6Mk…``), and the verification method id is
``{controller_did}#{publicKeyMultibase}``, the convention did:key uses (did:key §3.1.3): the id is
derived from the key, needs no counter, and a verifier can check that the fragment matches
``publicKeyMultibase``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from keys.ed25519 import public_key_from_multikey
from keys.errors import KeyStateError


class KeyStatus(StrEnum):
    ACTIVE = "active"
    RETIRED = "retired"
    REVOKED = "revoked"


def utc(moment: datetime, what: str = "time") -> datetime:
    """``moment`` in UTC; a naive datetime is refused (the clock is the caller's, explicit)."""
    if not isinstance(moment, datetime) or moment.tzinfo is None:
        raise KeyStateError(f"{what} must be a timezone-aware datetime")
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class KeyRecord:
    """One issuer key as the public index knows it."""

    public_key_multibase: str
    created: datetime
    status: KeyStatus
    retired_at: datetime | None = None
    revoked_at: datetime | None = None
    compromised_since: datetime | None = None

    @property
    def key_id(self) -> str:
        """The key id used by every keyring operation: the Multikey ``z6Mk…``."""
        return self.public_key_multibase

    @property
    def public_key(self) -> bytes:
        """The raw 32-byte Ed25519 public key."""
        return public_key_from_multikey(self.public_key_multibase)

    @property
    def published(self) -> bool:
        """Whether the DID document lists this key (active or retired, not revoked)."""
        return self.status is not KeyStatus.REVOKED

    def verification_method(self, controller_did: str) -> str:
        """The DID URL ``{controller_did}#{publicKeyMultibase}`` naming this key."""
        return f"{controller_did}#{self.public_key_multibase}"
