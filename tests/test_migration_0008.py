"""Revision ``0008_accounts_retention`` on a database with accounts from 0007: the accounts
stay, with no last login; downgrading drops the column again."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from sqlalchemy import inspect, text

from certinum.db import alembic_config, make_engine, migrate


def _columns(engine: object) -> set[str]:
    return {c["name"] for c in inspect(engine).get_columns("accounts")}  # type: ignore[arg-type]


def test_upgrade_then_downgrade(database_url: str) -> None:
    engine = make_engine(database_url)
    migrate(engine, "0007")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO accounts (id, login, display_name, password_hash, created_at)"
                " VALUES (1, 'lea@example.org', 'Léa', '', :at)"
            ),
            {"at": datetime(2026, 5, 1, tzinfo=UTC)},
        )
    assert "last_login_at" not in _columns(engine)
    migrate(engine)
    with engine.connect() as conn:
        row = conn.execute(text("SELECT login, last_login_at FROM accounts")).one()
    assert tuple(row) == ("lea@example.org", None)
    command.downgrade(alembic_config(engine), "0007")
    assert "last_login_at" not in _columns(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT login FROM accounts")).scalar_one() == "lea@example.org"
    engine.dispose()
