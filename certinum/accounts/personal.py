"""A person's data: the export they can download, and erasure.

Erasure blanks what identifies the person (login, email, display name, password hash), ends
their sessions, and deletes their memberships and reset tokens, and a pupil's school records
(:mod:`certinum.schools.erasure`) and their positioning attempts and answers
(:mod:`certinum.positioning.personal`; the items' exposure counts stay, they count nobody);
the account row stays, marked erased, so the audit log's
``account:<id>`` still names a row. What an issued certificate states is kept (name, birth
date, session and result), the rest of the certification records is removed
(:mod:`certinum.accounts.certification_records`).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import delete, or_, select

from certinum.accounts.area import AccountsArea
from certinum.accounts.certification_records import (
    certification_records,
    erase_certification_records,
)
from certinum.accounts.errors import AccountRefused, TooManyAttempts
from certinum.accounts.passwords import verify_password
from certinum.accounts.people import info
from certinum.accounts.ratelimit import account_key, retry_after
from certinum.accounts.tables import Account, Membership, PasswordReset
from certinum.audit import record
from certinum.db import transaction
from certinum.models import AuditEvent
from certinum.positioning.personal import erase_positioning, positioning_records
from certinum.schools.erasure import erase_pupil_records, pupil_records


def export(area: AccountsArea, account_id: int) -> dict[str, Any]:
    """Everything stored about the account, as JSON (no password or token hashes)."""
    name = f"account:{account_id}"
    with area.runtime.sessions() as db:
        row = db.get(Account, account_id)
        if row is None:
            return {}
        account = info(db, row).to_json()
        resets = [
            {
                "created": r.created_at.isoformat(),
                "expires": r.expires_at.isoformat(),
                "used": r.used_at.isoformat() if r.used_at else None,
            }
            for r in db.scalars(
                select(PasswordReset)
                .where(PasswordReset.account_id == account_id)
                .order_by(PasswordReset.created_at)
            )
        ]
        events = [
            {
                "at": e.at.isoformat(),
                "actor": e.actor,
                "action": e.action,
                "target": e.target,
                "details": e.details,
            }
            for e in db.scalars(
                select(AuditEvent)
                .where(or_(AuditEvent.target == name, AuditEvent.actor == name))
                .order_by(AuditEvent.id)
            )
        ]
        pupils = pupil_records(db, account_id)
        positioning = positioning_records(db, account_id)
        certification = certification_records(db, account_id)
    return {
        "account": account,
        "sessions": [s.to_json() for s in area.sessions.list_for_account(account_id)],
        "passwordResets": resets,
        "pupilRecords": pupils,
        "positioningAttempts": positioning,
        "certificationRecords": certification,
        "auditEvents": events,
    }


def erase(area: AccountsArea, account_id: int, *, actor: str) -> bool:
    """Erase the account's personal data (audited); False when there is no such account or it
    was erased already."""
    now = area.runtime.clock()
    with transaction(area.runtime.sessions) as db:
        row = db.get(Account, account_id)
        if row is None or row.erased_at is not None:
            return False
        login = row.login
        row.login = f"erased-{account_id}"
        row.email = None
        row.display_name = ""
        row.password_hash = ""
        row.erased_at = now
        row.disabled_at = row.disabled_at or now
        db.execute(delete(Membership).where(Membership.account_id == account_id))
        db.execute(delete(PasswordReset).where(PasswordReset.account_id == account_id))
        erase_pupil_records(db, account_id, now=now, actor=actor)
        erase_positioning(db, account_id)
        enrolments = erase_certification_records(db, account_id)
        record(
            db,
            now=now,
            actor=actor,
            action="account.erasure",
            target=f"account:{account_id}",
            details={
                "enrolmentsKept": enrolments["kept"],
                "enrolmentsDeleted": enrolments["deleted"],
            },
        )
    area.failures.clear(account_key(login))
    area.sessions.delete_for_account(account_id)
    return True


def erase_confirmed(area: AccountsArea, account_id: int, password: str, *, actor: str) -> None:
    """:func:`erase` once ``password`` is the account's: 422 ``wrong-password`` otherwise
    (counted like failed logins, per account: past the limit, :class:`TooManyAttempts`)."""
    now, policy = area.runtime.clock(), area.policy
    span, key = timedelta(minutes=policy.login_window_minutes), f"erase:{account_id}"
    window = area.failures.window(key, now, span)
    if window.count >= policy.login_failures_per_account:
        raise TooManyAttempts("too many wrong passwords: try again later",
                              retry_after(window, now, span))  # fmt: skip
    with area.runtime.sessions() as db:
        row = db.get(Account, account_id)
        stored = row.password_hash if row is not None and row.erased_at is None else None
    if not verify_password(stored, password, policy):
        area.failures.add(key, now, span)
        raise AccountRefused("wrong-password", "the password is not right")
    area.failures.clear(key)
    erase(area, account_id, actor=actor)
