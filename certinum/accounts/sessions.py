"""Server-side login sessions: one interface, two stores (the database, or Redis).

A session id is 256 random bits (URL-safe base64) held only by the browser's cookie; a store
keeps its SHA-256, the account, when it was created and last seen, and when it expires for
good. A session ends after ``session_idle_minutes`` without use or ``session_absolute_minutes``
after login, whichever comes first. Last-seen is written at most once a minute
(:data:`TOUCH_EVERY`), so a busy page does not write on every request.

The CSRF token of a session is derived from its id (:func:`csrf_token`), so it needs no
storage and is the same in both stores.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from certinum.accounts.policy import AccountSettings
from certinum.accounts.tables import LoginSession
from certinum.db import transaction

TOUCH_EVERY = timedelta(minutes=1)
MAX_SESSION_ID_LENGTH = 100


def new_session_id() -> str:
    """256 random bits, URL-safe base64."""
    return secrets.token_urlsafe(32)


def session_digest(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


def csrf_token(session_id: str) -> str:
    """The session's CSRF token: HMAC-SHA256 keyed by the (secret) session id."""
    return hmac.new(session_id.encode(), b"certinum csrf token", hashlib.sha256).hexdigest()


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """What a store knows of a session (never its id)."""

    account_id: int
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime

    def to_json(self) -> dict[str, object]:
        return {
            "created": self.created_at.isoformat(),
            "lastSeen": self.last_seen_at.isoformat(),
            "expires": self.expires_at.isoformat(),
        }


def alive(record: SessionRecord, now: datetime, policy: AccountSettings) -> bool:
    """Within both the absolute and the idle timeout at ``now``."""
    idle = timedelta(minutes=policy.session_idle_minutes)
    return now < record.expires_at and now < record.last_seen_at + idle


class SessionStore(Protocol):
    """Where login sessions live; every method takes the raw id and hashes it itself."""

    def create(self, account_id: int, now: datetime) -> str:
        """A new session of ``account_id``; returns its id (the only time it is visible)."""
        ...

    def get(self, session_id: str, now: datetime) -> SessionRecord | None:
        """The live session ``session_id`` (its last-seen updated), or None."""
        ...

    def delete(self, session_id: str) -> None: ...

    def delete_for_account(self, account_id: int) -> None:
        """End every session of an account (password change or reset, erasure)."""
        ...

    def list_for_account(self, account_id: int) -> list[SessionRecord]: ...


def _utc(moment: datetime) -> datetime:
    from certinum.runtime import utc

    return utc(moment)


class DatabaseSessions:
    """The ``login_sessions`` table of the service's database."""

    def __init__(self, factory: sessionmaker[Session], policy: AccountSettings) -> None:
        self._factory = factory
        self._policy = policy

    @property
    def policy(self) -> AccountSettings:
        return self._policy

    def create(self, account_id: int, now: datetime) -> str:
        session_id = new_session_id()
        expires = now + timedelta(minutes=self._policy.session_absolute_minutes)
        idle = timedelta(minutes=self._policy.session_idle_minutes)
        with transaction(self._factory) as db:
            # Sessions nobody came back to are swept at each login (an index on expires_at).
            db.execute(
                delete(LoginSession).where(
                    (LoginSession.expires_at <= now) | (LoginSession.last_seen_at <= now - idle)
                )
            )
            db.add(
                LoginSession(
                    id_hash=session_digest(session_id),
                    account_id=account_id,
                    created_at=now,
                    last_seen_at=now,
                    expires_at=expires,
                )
            )
        return session_id

    def get(self, session_id: str, now: datetime) -> SessionRecord | None:
        if not session_id or len(session_id) > MAX_SESSION_ID_LENGTH:
            return None
        with transaction(self._factory) as db:
            row = db.get(LoginSession, session_digest(session_id))
            if row is None:
                return None
            record = _record(row)
            if not alive(record, now, self._policy):
                db.delete(row)
                return None
            if now - record.last_seen_at >= TOUCH_EVERY:
                row.last_seen_at = now
                record = _record(row)
            return record

    def delete(self, session_id: str) -> None:
        with transaction(self._factory) as db:
            db.execute(
                delete(LoginSession).where(LoginSession.id_hash == session_digest(session_id))
            )

    def delete_for_account(self, account_id: int) -> None:
        with transaction(self._factory) as db:
            db.execute(delete(LoginSession).where(LoginSession.account_id == account_id))

    def list_for_account(self, account_id: int) -> list[SessionRecord]:
        with self._factory() as db:
            rows = db.scalars(
                select(LoginSession)
                .where(LoginSession.account_id == account_id)
                .order_by(LoginSession.created_at)
            )
            return [_record(row) for row in rows]


def _record(row: LoginSession) -> SessionRecord:
    return SessionRecord(
        row.account_id, _utc(row.created_at), _utc(row.last_seen_at), _utc(row.expires_at)
    )
