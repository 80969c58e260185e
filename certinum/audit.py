"""The append-only audit log: who did what, when and why.

Rows are only ever inserted, never updated; the only delete is the retention purge
(:mod:`certinum.accounts.retention`), of events older than ``CERTINUM_RETENTION_AUDIT_DAYS``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from certinum.models import AuditEvent


def record(
    session: Session,
    *,
    now: datetime,
    actor: str,
    action: str,
    target: str = "",
    reason: str = "",
    details: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditEvent(
            at=now, actor=actor, action=action, target=target, reason=reason, details=details or {}
        )
    )
