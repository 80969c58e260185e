"""Changing an issued credential's status: revoke (final), suspend, un-suspend, set a message.

Each change sets the credential's entry in its list, re-signs that list in the same
transaction and writes an audit event naming who and why. W3C Bitstring Status List v1.0
§2.1: a ``revocation`` bit, once set, is never cleared; a ``suspension`` bit may be; a
``message`` entry holds a value from 0 to 2^statusSize − 1, each explained by the entry's
``statusMessage``.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from certinum.audit import record
from certinum.db import transaction
from certinum.errors import StatusChangeRefused, UnknownCredential
from certinum.issuance.statuslists import change_value
from certinum.issuance.statusrequests import PURPOSES
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
    runtime: Runtime,
    credential_id: str,
    *,
    purpose: str,
    value: bool | int,
    actor: str,
    reason: str,
) -> bool:
    """Set the ``purpose`` entry of a credential to ``value``; False if it already held it.

    Revocation and suspension take a bool (set or clear the bit); a message entry takes an
    integer status (not a bool). Refused (:class:`StatusChangeRefused`): clearing a
    revocation (``revocation-final``), a purpose the credential has no entry for
    (``no-status-entry``), an unknown purpose, a value of the wrong kind or out of range
    (``bad-status-value``).
    """
    if purpose not in PURPOSES:
        raise StatusChangeRefused(
            "unknown-purpose", f"statusPurpose must be one of {', '.join(PURPOSES)}"
        )
    if (purpose == "message") == isinstance(value, bool):
        raise StatusChangeRefused(
            "bad-status-value",
            "a message status is a number (0x… in the VC API); revocation and suspension"
            " statuses are true or false",
        )
    if purpose != "message" and (purpose, bool(value)) not in _ACTIONS:
        raise StatusChangeRefused("revocation-final", "a revoked credential stays revoked")
    now = runtime.clock()
    with transaction(runtime.sessions) as session:
        row = _row(session, credential_id)
        if purpose == "revocation":
            list_id, index = row.status_list_id, row.status_index
        elif purpose == "suspension":
            list_id, index = row.suspension_list_id, row.suspension_index
        else:
            list_id, index = row.message_list_id, row.message_index
        if list_id is None or index is None:
            raise StatusChangeRefused(
                "no-status-entry",
                f"the credential has no {purpose} entry of its own"
                + (
                    f" (a {purpose} entry is asked for at issuance)"
                    if purpose != "revocation"
                    else ""
                ),
            )
        changed = change_value(runtime, session, list_id, index, int(value))
        if changed:
            if purpose == "revocation":
                row.revoked_at = now
                row.revocation_reason = reason
            record(
                session,
                now=now,
                actor=actor,
                action=(
                    "credential.status-message"
                    if purpose == "message"
                    else _ACTIONS[(purpose, bool(value))]
                ),
                target=row.id,
                reason=reason,
                details={"statusList": list_id}
                | ({"status": hex(value)} if purpose == "message" else {}),
            )
    return changed
