"""Revisions 0012_issuance_jobs and 0013_certificate_documents: 0012 adds
``issued_credentials.result_id`` (unique, to ``cert_results``) and the ``jobs`` table, 0013
the ``certificate_documents`` table and the jobs' parts, as the models declare them, on SQLite
and PostgreSQL, with nothing left for autogenerate to add; the downgrades remove them and keep
the issued credentials."""

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


def test_0013_adds_the_certificate_documents_and_job_parts_as_the_models_declare(
    database_url: str,
) -> None:
    engine = make_engine(database_url)
    migrate(engine)
    with engine.connect() as conn:
        found = inspect(conn)
        assert "certificate_documents" in found.get_table_names()
        assert found.get_pk_constraint("certificate_documents")["constrained_columns"] == [
            "credential_id",
            "lang",
        ]
        assert {"part", "parts"} <= {c["name"] for c in found.get_columns("jobs")}
        uniques = [u["column_names"] for u in found.get_unique_constraints("jobs")]
        assert ["kind", "session_id", "part"] in uniques
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    downgrade(alembic_config(engine), "0012_issuance_jobs")
    with engine.connect() as conn:
        found = inspect(conn)
        assert "certificate_documents" not in found.get_table_names()
        assert "part" not in {c["name"] for c in found.get_columns("jobs")}
        uniques = [u["column_names"] for u in found.get_unique_constraints("jobs")]
        assert ["kind", "session_id"] in uniques
    migrate(engine)
    engine.dispose()
