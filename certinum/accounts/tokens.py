"""Machine API tokens and their roles.

A token is 32 random bytes (URL-safe base64), shown once; only its SHA-256 is stored, so a
database leak gives no usable token. Roles are checked per endpoint.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from certinum.audit import record
from certinum.models import ApiToken

ROLES = ("issuer", "admin")
TOKEN_PREFIX = "ctn_"  # noqa: S105 — a public prefix, not a secret
MAX_TOKEN_LENGTH = 200


class UnknownRoleError(ValueError):
    """A role that the service does not define."""


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(session: Session, *, role: str, label: str, now: datetime, actor: str) -> str:
    """Create a token of ``role`` and return it (the only time it is visible)."""
    if role not in ROLES:
        raise UnknownRoleError(f"unknown role {role!r}; roles are: {', '.join(ROLES)}")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(token_hash=_digest(token), role=role, label=label, created_at=now)
    session.add(row)
    session.flush()
    record(
        session,
        now=now,
        actor=actor,
        action="token.create",
        target=f"token:{row.id}",
        details={"role": role, "label": label},
    )
    return token


def token_role(session: Session, token: str) -> str | None:
    """The role of a valid, unrevoked token, else ``None``."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    row = session.scalar(select(ApiToken).where(ApiToken.token_hash == _digest(token)))
    if row is None or row.revoked_at is not None:
        return None
    return row.role
