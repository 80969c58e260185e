"""Migrations and the audit/token tables, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, inspect, select

from certinum.accounts import UnknownRoleError, create_token, token_role
from certinum.db import migrate, session_factory, transaction
from certinum.models import AuditEvent

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def test_migrations_create_every_table_and_are_idempotent(engine: Engine) -> None:
    tables = set(inspect(engine).get_table_names())
    assert {"api_tokens", "audit_events", "status_lists", "issued_credentials"} <= tables
    assert "alembic_version" in tables
    migrate(engine)  # a second run changes nothing and does not fail
    assert set(inspect(engine).get_table_names()) == tables


def test_token_round_trip_and_audit(engine: Engine) -> None:
    factory = session_factory(engine)
    with transaction(factory) as session:
        token = create_token(session, role="issuer", label="ci", now=NOW, actor="cli")
    with transaction(factory) as session:
        assert token_role(session, token) == "issuer"
        assert token_role(session, token + "x") is None
        assert token_role(session, "") is None
        events = session.scalars(select(AuditEvent)).all()
        assert [e.action for e in events] == ["token.create"]
        assert events[0].details == {"role": "issuer", "label": "ci"}


def test_unknown_role_is_refused(engine: Engine) -> None:
    factory = session_factory(engine)
    with transaction(factory) as session, pytest.raises(UnknownRoleError, match="issuer"):
        create_token(session, role="root", label="", now=NOW, actor="cli")
