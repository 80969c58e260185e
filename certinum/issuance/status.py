"""Changing an issued credential's status: revoke (final), suspend, un-suspend.

Each change sets or clears one bit of the credential's list, re-signs that list in the same
transaction and writes an audit event naming who and why. W3C Bitstring Status List v1.0
§2.1: a ``revocation`` bit, once set, is never cleared; a ``suspension`` bit may be.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from certinum.audit import record
from certinum.db import transaction
from certinum.errors import StatusChangeRefused, UnknownCredential
from certinum.issuance.statuslists import PURPOSES, change_bit
from certinum.models import IssuedCredential
from certinum.runtime import Runtime

_ACTIONS = {
    ("revocation", True): "credential.revoke",
    ("suspension", True): "credential.suspend",
    ("suspension", False): "credential.unsuspend",
}


def _row(session: Session, credential_id: str) -> IssuedCredential:
    row = session.get(IssuedCredential, credential_id[:200])
    if row is None:
        raise UnknownCredential(f"no issued credential {credential_id[:200]!r}")
    return row


def update_status(
    runtime: Runtime, credential_id: str, *, purpose: str, value: bool, actor: str, reason: str
) -> bool:
    """Set (``value`` True) or clear the ``purpose`` bit of a credential; False if unchanged.

    Refused (:class:`StatusChangeRefused`): clearing a revocation (``revocation-final``), a
    purpose the credential has no entry for (``no-status-entry``), an unknown purpose.
    """
    if purpose not in PURPOSES:
        raise StatusChangeRefused(
            "unknown-purpose", f"statusPurpose must be one of {', '.join(PURPOSES)}"
        )
    if (purpose, value) not in _ACTIONS:
        raise StatusChangeRefused("revocation-final", "a revoked credential stays revoked")
    now = runtime.clock()
    with transaction(runtime.sessions) as session:
        row = _row(session, credential_id)
        if purpose == "revocation":
            list_id, index = row.status_list_id, row.status_index
        else:
            list_id, index = row.suspension_list_id, row.suspension_index
        if list_id is None or index is None:
            raise StatusChangeRefused(
                "no-status-entry",
                f"the credential has no {purpose} entry of its own"
                + (
                    " (a suspension entry is asked for at issuance)"
                    if purpose == "suspension"
                    else ""
                ),
            )
        changed = change_bit(runtime, session, list_id, index, value)
        if changed:
            if purpose == "revocation":
                row.revoked_at = now
                row.revocation_reason = reason
            record(
                session,
                now=now,
                actor=actor,
                action=_ACTIONS[(purpose, value)],
                target=row.id,
                reason=reason,
                details={"statusList": list_id},
            )
    return changed
