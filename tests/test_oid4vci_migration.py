"""Revision 0015_wallet_offers: it creates the wallet tables the models declare, on SQLite and
PostgreSQL, with nothing left for autogenerate to add; its downgrade removes them; and one
offer has at most one issued copy (the primary key)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.command import downgrade
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from certinum.db import alembic_config, make_engine, migrate
from certinum.models import Base

TABLES = {"wallet_offers", "wallet_nonces", "wallet_issuances"}


def test_upgrade_matches_the_models_and_downgrade_removes(database_url: str) -> None:
    engine = make_engine(database_url)
    migrate(engine)
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) >= TABLES
        assert inspect(conn).get_pk_constraint("wallet_issuances")["constrained_columns"] == [
            "offer_id"
        ]
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert [d for d in diff if "wallet_" in str(d)] == []
    downgrade(alembic_config(engine), "0014_trusted_issuers")
    with engine.connect() as conn:
        assert not TABLES & set(inspect(conn).get_table_names())
    migrate(engine)
    engine.dispose()
