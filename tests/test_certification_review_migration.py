"""Revision 0011_certification_review: it creates the jury notes and published results the
models declare, on SQLite and PostgreSQL, with nothing left for autogenerate to add; its
downgrade removes them and leaves the session tables."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.command import downgrade
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from certinum.db import alembic_config, make_engine, migrate
from certinum.models import Base

TABLES = {"cert_jury_notes", "cert_results"}


def test_upgrade_matches_the_models_and_downgrade_removes(database_url: str) -> None:
    engine = make_engine(database_url)
    migrate(engine)
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) >= TABLES
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert [d for d in diff if "cert_" in str(d)] == []
    downgrade(alembic_config(engine), "0011_certification_review-1")
    with engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
    assert not TABLES & names and "cert_tests" in names
    migrate(engine)
    engine.dispose()
