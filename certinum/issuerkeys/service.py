"""Issuer keys: list, rotate, revoke a compromised key (and re-sign the status lists)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from certinum.audit import record
from certinum.db import transaction
from certinum.errors import KeyOperationRefused
from certinum.issuance.statuslists import resign
from certinum.models import IssuedCredential
from certinum.runtime import Runtime
from keys import KeyRecord, KeysError


def key_json(runtime: Runtime, key: KeyRecord) -> dict[str, Any]:
    def iso(moment: datetime | None) -> str | None:
        return moment.isoformat() if moment else None

    return {
        "id": key.key_id,
        "status": str(key.status),
        "verificationMethod": key.verification_method(runtime.settings.did),
        "created": iso(key.created),
        "retiredAt": iso(key.retired_at),
        "revokedAt": iso(key.revoked_at),
        "compromisedSince": iso(key.compromised_since),
    }


def rotate_key(runtime: Runtime, *, actor: str, reason: str) -> tuple[KeyRecord, KeyRecord]:
    """A new active key; the old one is retired and still verifies what it signed."""
    now = runtime.clock()
    try:
        rotation = runtime.keyring.rotate(runtime.unlock, now)
    except KeysError as exc:
        raise KeyOperationRefused(str(exc)) from None
    runtime.audit(
        "key.rotate",
        actor=actor,
        target=rotation.active.key_id,
        reason=reason,
        details={"retired": rotation.retired.key_id},
    )
    return rotation.active, rotation.retired


def revoke_key(
    runtime: Runtime, key_id: str, *, compromised_since: datetime, actor: str, reason: str
) -> tuple[KeyRecord, list[str]]:
    """Revoke a compromised key; return it and the credentials signed with it since the date.

    The key leaves the DID document, so whatever it signed stops verifying: the status lists
    it signed are re-signed with the (new) active key at once, in the database every process
    of the service reads.
    """
    now = runtime.clock()
    try:
        revocation = runtime.keyring.revoke(
            key_id, compromised_since=compromised_since, now=now, unlock=runtime.unlock
        )
    except KeysError as exc:
        raise KeyOperationRefused(str(exc)) from None
    method = revocation.revoked.verification_method(runtime.settings.did)
    resigned = resign(runtime, signed_by=method)
    with transaction(runtime.sessions) as session:
        rows = session.scalars(
            select(IssuedCredential)
            .where(IssuedCredential.verification_method == method)
            .where(IssuedCredential.issued_at >= compromised_since)
            .order_by(IssuedCredential.issued_at)
        ).all()
        affected = [f"{r.id} {r.verification_code or ''} {r.subject_name}".strip() for r in rows]
        record(
            session,
            now=now,
            actor=actor,
            action="key.revoke",
            target=key_id,
            reason=reason,
            details={
                "compromisedSince": compromised_since.isoformat(),
                "newActive": revocation.new_active.key_id if revocation.new_active else None,
                "credentialsToReissue": [r.id for r in rows],
                "statusListsResigned": resigned,
            },
        )
    return revocation.revoked, affected
