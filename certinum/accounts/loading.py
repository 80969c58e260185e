"""The principal of a session cookie, read on one database connection with prebuilt statements.

Every authenticated request asks who it is; this is that path, kept lean: with the database
session store, the session row, its account's state and the account's roles are read by one
statement outside any transaction (the session touched at most once a minute, an ended
session deleted, each by one statement of its own); with Redis, the session comes from
Redis and the account and roles from one connection. The ORM path
(:meth:`~certinum.accounts.sessions.DatabaseSessions.get` and
:func:`~certinum.accounts.roles.roles_of`) gives the same answer; this one avoids its
per-request overhead.
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, delete, select, update

from certinum.accounts.area import AccountsArea
from certinum.accounts.roles import Principal, Role
from certinum.accounts.sessions import (
    MAX_SESSION_ID_LENGTH,
    TOUCH_EVERY,
    DatabaseSessions,
    SessionRecord,
    alive,
    session_digest,
)
from certinum.accounts.tables import Account, LoginSession, Membership
from certinum.runtime import utc

# The session, its account's state and the account's roles: one row per role (or one row
# with null role columns for an account without any), in one statement.
_SESSION = (
    select(
        LoginSession.account_id,
        LoginSession.created_at,
        LoginSession.last_seen_at,
        LoginSession.expires_at,
        Account.disabled_at,
        Membership.role,
        Membership.scope_id,
        Membership.id.label("membership_id"),
    )
    .join(Account, Account.id == LoginSession.account_id)
    .outerjoin(Membership, Membership.account_id == LoginSession.account_id)
    .where(LoginSession.id_hash == bindparam("h"))
    .order_by(Membership.id)
)
_ACCOUNT = select(Account.disabled_at).where(Account.id == bindparam("a"))
_ROLES = (
    select(Membership.role, Membership.scope_id, Membership.id)
    .where(Membership.account_id == bindparam("a"))
    .order_by(Membership.id)
)
_TOUCH = (
    update(LoginSession)
    .where(LoginSession.id_hash == bindparam("h"))
    .values(last_seen_at=bindparam("now"))
)
_END = delete(LoginSession).where(LoginSession.id_hash == bindparam("h"))


def _roles(conn: Connection, account_id: int) -> tuple[Role, ...]:
    return tuple(Role(r, s, i) for r, s, i in conn.execute(_ROLES, {"a": account_id}))


def load_principal(area: AccountsArea, session_id: str) -> Principal | None:
    """The principal of a live session of an enabled account, or None."""
    if not session_id or len(session_id) > MAX_SESSION_ID_LENGTH:
        return None
    now = area.runtime.clock()
    store = area.sessions
    if not isinstance(store, DatabaseSessions):
        found = store.get(session_id, now)
        if found is None:
            return None
        with area.runtime.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            account = conn.execute(_ACCOUNT, {"a": found.account_id}).first()
            if account is None or account.disabled_at is not None:
                return None
            roles = _roles(conn, found.account_id)
        return Principal(found.account_id, roles, session_id=session_id)
    digest = session_digest(session_id)
    # Autocommit: each statement is its own transaction, so the read costs no BEGIN and no
    # COMMIT; the rare touch and end are single statements.
    with area.runtime.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        rows = conn.execute(_SESSION, {"h": digest}).all()
        if not rows:
            return None
        row = rows[0]
        record = SessionRecord(
            row.account_id, utc(row.created_at), utc(row.last_seen_at), utc(row.expires_at)
        )
        if not alive(record, now, store.policy):
            conn.execute(_END, {"h": digest})
            return None
        if now - record.last_seen_at >= TOUCH_EVERY:
            conn.execute(_TOUCH, {"h": digest, "now": now})
        if row.disabled_at is not None:
            return None
        roles = tuple(
            Role(r.role, r.scope_id, r.membership_id) for r in rows if r.membership_id is not None
        )
        return Principal(record.account_id, roles, session_id=session_id)
