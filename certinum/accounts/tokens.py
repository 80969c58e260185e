"""Machine API tokens and their roles.

A token is 32 random bytes (URL-safe base64), shown once; only its SHA-256 is stored, so a
database leak gives no usable token. Roles are checked per endpoint. These functions work
in the caller's session; :mod:`certinum.accounts.service` runs them in transactions.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class TokenInfo:
    """What the service knows of a token: never the token itself."""

    id: int
    role: str
    label: str
    created_at: datetime
    revoked_at: datetime | None

    @property
    def actor(self) -> str:
        """How the audit log names the token's holder: ``token:<id>``, with its label."""
        name = f"token:{self.id}"
        return f"{name} ({self.label})"[:200] if self.label else name

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "role": self.role,
            "label": self.label,
            "created": self.created_at.isoformat(),
            "revoked": self.revoked_at.isoformat() if self.revoked_at else None,
        }


def _info(row: ApiToken) -> TokenInfo:
    return TokenInfo(row.id, row.role, row.label, row.created_at, row.revoked_at)


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


def authenticate(session: Session, token: str) -> TokenInfo | None:
    """The valid, unrevoked token ``token``, else ``None``."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    row = session.scalar(select(ApiToken).where(ApiToken.token_hash == _digest(token)))
    if row is None or row.revoked_at is not None:
        return None
    return _info(row)


def token_role(session: Session, token: str) -> str | None:
    """The role of a valid, unrevoked token, else ``None``."""
    info = authenticate(session, token)
    return None if info is None else info.role


def list_tokens(session: Session) -> list[TokenInfo]:
    """Every token, revoked ones included, oldest first."""
    return [_info(row) for row in session.scalars(select(ApiToken).order_by(ApiToken.id))]


def revoke_token(
    session: Session, token_id: int, *, now: datetime, actor: str, reason: str
) -> bool | None:
    """Revoke token ``token_id``: True, False when it already was, None when there is none."""
    row = session.get(ApiToken, token_id)
    if row is None:
        return None
    if row.revoked_at is not None:
        return False
    row.revoked_at = now
    record(
        session,
        now=now,
        actor=actor,
        action="token.revoke",
        target=f"token:{row.id}",
        reason=reason,
        details={"role": row.role, "label": row.label},
    )
    return True
