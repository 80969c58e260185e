"""Revision 0014_trusted_issuers: the ``trusted_issuers`` and ``fetched_documents`` tables as
the models declare them, on SQLite and PostgreSQL, with nothing left for autogenerate to add;
the downgrade removes them and leaves the rest."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.command import downgrade
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from certinum.db import alembic_config, make_engine, migrate
from certinum.models import Base


def test_0014_adds_the_trust_tables_as_the_models_declare(database_url: str) -> None:
    engine = make_engine(database_url)
    migrate(engine)
    with engine.connect() as conn:
        found = inspect(conn)
        assert {"trusted_issuers", "fetched_documents"} <= set(found.get_table_names())
        uniques = [u["column_names"] for u in found.get_unique_constraints("trusted_issuers")]
        assert ["issuer"] in uniques
        assert found.get_pk_constraint("fetched_documents")["constrained_columns"] == ["url"]
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    downgrade(alembic_config(engine), "0013_certificate_documents")
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    assert not {"trusted_issuers", "fetched_documents"} & tables
    assert "certificate_documents" in tables
    migrate(engine)
    engine.dispose()
