"""Tables of people's accounts: accounts, login sessions, memberships (roles with scope),
password-reset tokens and login failures (rate limiting without Redis).

Imported by :mod:`certinum.models`, so they share its metadata and naming convention; they
change only through Alembic revisions (``0005_accounts``, ``0008_accounts_retention``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from certinum.models import Base


class Account(Base):
    """A person: an adult with an email, or a pupil with a login their school created.

    ``login`` is what the person types to log in (an adult's email, lower-cased, or the
    school's identifier); ``password_hash`` is an Argon2id string (never logged or returned).
    An erased account keeps its row, its personal data blanked (``erased_at`` set).
    ``last_login_at`` is the last successful login (for the inactive-account retention).
    """

    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(254), unique=True)
    email: Mapped[str | None] = mapped_column(String(254), unique=True, nullable=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    erased_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class LoginSession(Base):
    """A server-side login session (the database store; Redis keeps the same fields).

    Only the SHA-256 of the 256-bit session id is stored, so a database leak opens no session.
    Named ``login_sessions`` because certification sessions are another thing of the service.
    """

    __tablename__ = "login_sessions"
    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class Membership(Base):
    """One role of an account, with its scope (``""`` type and id for a global role)."""

    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("account_id", "role", "scope_type", "scope_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    role: Mapped[str] = mapped_column(String(32))
    scope_type: Mapped[str] = mapped_column(String(32), default="")
    scope_id: Mapped[str] = mapped_column(String(64), default="")
    granted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class PasswordReset(Base):
    """A single-use, short-lived password-reset token; only its SHA-256 is stored."""

    __tablename__ = "password_resets"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class LoginFailure(Base):
    """One failed login, under a rate-limit key (``login:<login>`` or ``addr:<address>``)."""

    __tablename__ = "login_failures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(300), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
