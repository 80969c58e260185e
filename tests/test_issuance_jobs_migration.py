"""Revision 0012_issuance_jobs: it adds ``issued_credentials.result_id`` (unique, to
``cert_results``) and the ``jobs`` table as the models declare them, on SQLite and PostgreSQL,
with nothing left for autogenerate to add; its downgrade removes both and keeps the issued
credentials."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.command import downgrade
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from certinum.db import alembic_config, make_engine, migrate
from certinum.models import Base


def test_upgrade_matches_the_models_and_downgrade_removes(database_url: str) -> None:
    engine = make_engine(database_url)
    migrate(engine)
    with engine.connect() as conn:
        found = inspect(conn)
        assert "jobs" in found.get_table_names()
        assert "result_id" in {c["name"] for c in found.get_columns("issued_credentials")}
        uniques = found.get_unique_constraints("issued_credentials")
        assert ["result_id"] in [u["column_names"] for u in uniques]
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    downgrade(alembic_config(engine), "0012_issuance_jobs-1")
    with engine.connect() as conn:
        found = inspect(conn)
        assert "jobs" not in found.get_table_names()
        assert "result_id" not in {c["name"] for c in found.get_columns("issued_credentials")}
    migrate(engine)
    engine.dispose()
