"""Roles with scope: who may do what, where.

A membership gives an account one role, scoped or global::

    candidate                              global
    organisation_member, organisation_admin  of an organisation (a school) id
    centre_member, centre_admin            of a certification centre id
    invigilator                            of a certification session id
    authority_admin, jury                  global (the issuing authority)

API tokens carry the machine roles ``issuer`` and ``admin`` (:mod:`certinum.accounts.tokens`).
A :class:`Principal` is who a request is: anonymous, an account with its memberships, or a token.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from certinum.accounts.errors import RoleRefused
from certinum.accounts.tables import Membership
from certinum.accounts.tokens import TokenInfo
from certinum.audit import record

SCOPES: dict[str, str] = {
    "candidate": "",
    "organisation_member": "organisation",
    "organisation_admin": "organisation",
    "centre_member": "centre",
    "centre_admin": "centre",
    "invigilator": "session",
    "authority_admin": "",
    "jury": "",
}
MAX_SCOPE_ID = 64


@dataclass(frozen=True, slots=True)
class Role:
    """One membership: a role and, for a scoped role, the id of what it is scoped to."""

    role: str
    scope_id: str = ""
    id: int = 0

    @property
    def scope_type(self) -> str:
        return SCOPES.get(self.role, "")

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"id": self.id, "role": self.role}
        if self.scope_type:
            out["scope"] = {"type": self.scope_type, "id": self.scope_id}
        return out


@dataclass(frozen=True, slots=True)
class Principal:
    """Who a request is. ``session_id`` is set when a session cookie authenticated it."""

    account_id: int | None = None
    roles: tuple[Role, ...] = ()
    token: TokenInfo | None = None
    session_id: str | None = field(default=None, repr=False)

    @property
    def anonymous(self) -> bool:
        return self.account_id is None and self.token is None

    @property
    def actor(self) -> str:
        if self.token is not None:
            return self.token.actor
        return f"account:{self.account_id}" if self.account_id is not None else "anonymous"

    def has(self, role: str, scope_id: str | None = None) -> bool:
        """Holds ``role`` (for a scoped role: of ``scope_id``; None: of any scope).
        Machine roles (``issuer``, ``admin``) are the token's."""
        if self.token is not None:
            return self.token.role == role
        return any(
            r.role == role and (scope_id is None or r.scope_id == scope_id) for r in self.roles
        )


def check_role(role: str, scope_id: str) -> None:
    """Raise :class:`RoleRefused` for an unknown role or a scope that does not fit it."""
    if role not in SCOPES:
        raise RoleRefused("unknown-role", f"roles are: {', '.join(SCOPES)}")
    if SCOPES[role] and not (0 < len(scope_id) <= MAX_SCOPE_ID):
        raise RoleRefused("scope-needed", f"{role} needs the id of its {SCOPES[role]}")
    if not SCOPES[role] and scope_id:
        raise RoleRefused("no-scope", f"{role} is global: it takes no scope")


def roles_of(session: Session, account_id: int) -> tuple[Role, ...]:
    rows = session.scalars(
        select(Membership).where(Membership.account_id == account_id).order_by(Membership.id)
    )
    return tuple(Role(m.role, m.scope_id, m.id) for m in rows)


def grant(
    session: Session, account_id: int, role: str, scope_id: str, *, now: datetime, actor: str
) -> Role:
    """Give ``role`` (of ``scope_id``) to an account (audited); granting it again is a no-op."""
    check_role(role, scope_id)
    scope_type = SCOPES[role]
    existing = session.scalar(
        select(Membership).where(
            Membership.account_id == account_id,
            Membership.role == role,
            Membership.scope_type == scope_type,
            Membership.scope_id == scope_id,
        )
    )
    if existing is not None:
        return Role(role, scope_id, existing.id)
    row = Membership(
        account_id=account_id, role=role, scope_type=scope_type, scope_id=scope_id, granted_at=now
    )
    session.add(row)
    session.flush()
    record(
        session,
        now=now,
        actor=actor,
        action="role.grant",
        target=f"account:{account_id}",
        details={"role": role, "scopeType": scope_type, "scopeId": scope_id},
    )
    return Role(role, scope_id, row.id)


def membership(session: Session, membership_id: int) -> tuple[int, Role] | None:
    """The account and role of membership ``membership_id``, or None."""
    row = session.get(Membership, membership_id)
    return None if row is None else (row.account_id, Role(row.role, row.scope_id, row.id))


def remove(session: Session, membership_id: int, *, now: datetime, actor: str) -> bool:
    """Remove a membership (audited); False when there is none."""
    row = session.get(Membership, membership_id)
    if row is None:
        return False
    record(
        session,
        now=now,
        actor=actor,
        action="role.remove",
        target=f"account:{row.account_id}",
        details={"role": row.role, "scopeType": row.scope_type, "scopeId": row.scope_id},
    )
    session.delete(row)
    return True


def members_of(session: Session, scope_type: str, scope_id: str) -> list[tuple[int, Role]]:
    """Every (account id, role) scoped to ``scope_type`` ``scope_id``."""
    rows = session.scalars(
        select(Membership)
        .where(Membership.scope_type == scope_type, Membership.scope_id == scope_id)
        .order_by(Membership.id)
    )
    return [(m.account_id, Role(m.role, m.scope_id, m.id)) for m in rows]
