"""Applying the retention periods (:class:`certinum.accounts.policy.RetentionSettings`).

``certinum retention purge`` removes, per kind:

* ``sessions``: database login sessions that expired (absolute or idle timeout); Redis
  expires its own sessions by TTL;
* ``reset_tokens``: password-reset tokens used or expired;
* ``login_failures``: failed-login records older than ``login_failures_days`` (the database
  store; Redis's expire with the window);
* ``outbox``: outbox messages older than ``outbox_days`` (by the date in their file name,
  else the file's modification time);
* ``accounts``: accounts holding no role but ``candidate`` (adults and pupils) with no login
  for ``inactive_account_days`` (the creation time when they never logged in), erased as
  :func:`certinum.accounts.personal.erase` does, school records included;
* ``audit_events``: audit events older than ``audit_days``, except what a published
  certificate must keep: issuance (``credential.*``) and issuer key events (``key.*``);
* ``wallet_offers``, ``wallet_nonces``: expired OpenID4VCI offers and nonces
  (:mod:`certinum.wallet.retention`).

Each run is audited (``retention.purge``, counts per kind); a dry run counts and changes
nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import ColumnElement, and_, delete, exists, func, not_, or_, select
from sqlalchemy.orm import Session

from certinum.accounts.area import AccountsArea
from certinum.accounts.personal import erase
from certinum.accounts.tables import Account, LoginFailure, LoginSession, Membership, PasswordReset
from certinum.audit import record
from certinum.db import transaction
from certinum.models import AuditEvent
from certinum.wallet import retention as wallet

KINDS = ("sessions", "reset_tokens", "login_failures", "outbox", "accounts", "audit_events",
         *wallet.KINDS)  # fmt: skip
KEPT_AUDIT_PREFIXES = ("credential.", "key.")
ACTOR = "retention"


def _outbox_time(path: Path) -> datetime:
    try:
        return datetime.strptime(path.name[:15], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def old_outbox_files(folder: Path, before: datetime) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.glob("*.eml") if not p.name.startswith(".") and _outbox_time(p) < before
    )


def _conditions(area: AccountsArea, now: datetime) -> dict[str, tuple[type, ColumnElement[bool]]]:
    r = area.runtime.settings.retention
    idle = timedelta(minutes=area.policy.session_idle_minutes)
    kept = or_(*(AuditEvent.action.startswith(p) for p in KEPT_AUDIT_PREFIXES))
    return {
        "sessions": (
            LoginSession,
            or_(LoginSession.expires_at <= now, LoginSession.last_seen_at <= now - idle),
        ),
        "reset_tokens": (
            PasswordReset,
            or_(PasswordReset.used_at.is_not(None), PasswordReset.expires_at <= now),
        ),
        "login_failures": (LoginFailure, LoginFailure.at < now - timedelta(r.login_failures_days)),
        "audit_events": (
            AuditEvent,
            and_(AuditEvent.at < now - timedelta(r.audit_days), not_(kept)),
        ),
    }


def inactive_accounts(area: AccountsArea, now: datetime) -> list[int]:
    """Ids of candidate-only accounts with no login since the inactivity period."""
    before = now - timedelta(area.runtime.settings.retention.inactive_account_days)
    other_role = exists().where(Membership.account_id == Account.id, Membership.role != "candidate")
    with area.runtime.sessions() as db:
        return list(
            db.scalars(
                select(Account.id)
                .where(
                    Account.erased_at.is_(None),
                    func.coalesce(Account.last_login_at, Account.created_at) < before,
                    not_(other_role),
                )
                .order_by(Account.id)
            )
        )


def _remove(db: Session, table: type, where: ColumnElement[bool], *, dry_run: bool) -> int:
    count = int(db.scalar(select(func.count()).select_from(table).where(where)) or 0)
    if not dry_run and count:
        db.execute(delete(table).where(where))
    return count


def purge(area: AccountsArea, *, dry_run: bool = False) -> dict[str, int]:
    """Remove what the retention periods no longer allow; the count per kind (in :data:`KINDS`
    order). With ``dry_run``, only count."""
    now = area.runtime.clock()
    counts: dict[str, int] = {}
    conditions = _conditions(area, now)
    settings = area.runtime.settings
    old_mail = old_outbox_files(
        settings.data_dir / "outbox", now - timedelta(settings.retention.outbox_days)
    )
    accounts = inactive_accounts(area, now)
    with transaction(area.runtime.sessions) as db:
        for kind in ("sessions", "reset_tokens", "login_failures"):
            counts[kind] = _remove(db, *conditions[kind], dry_run=dry_run)
    counts["outbox"] = len(old_mail)
    if not dry_run:
        for path in old_mail:
            path.unlink(missing_ok=True)
    erased = 0
    for account_id in accounts:
        erased += 1 if dry_run else int(erase(area, account_id, actor=ACTOR))
    counts["accounts"] = erased
    with transaction(area.runtime.sessions) as db:
        counts["audit_events"] = _remove(db, *conditions["audit_events"], dry_run=dry_run)
        counts.update(wallet.sweep(db, now, dry_run=dry_run))
        if not dry_run:
            record(db, now=now, actor=ACTOR, action="retention.purge", details=dict(counts))
    return counts
