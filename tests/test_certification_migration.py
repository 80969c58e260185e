"""Revision 0009_certification: it creates the tables the models declare, on SQLite and
PostgreSQL, with nothing left for autogenerate to add; its downgrade removes them; and the
access code of a session is unique at the database."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from alembic.autogenerate import compare_metadata
from alembic.command import downgrade
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from certinum.certification.tables import Centre, CertificationSession
from certinum.db import alembic_config, make_engine, migrate
from certinum.models import Base

TABLES = {"cert_centres", "cert_sessions", "cert_enrolments", "cert_tests", "cert_answers",
          "cert_incidents"}  # fmt: skip


def test_upgrade_matches_the_models_and_downgrade_removes(database_url: str) -> None:
    engine = make_engine(database_url)
    migrate(engine)
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) >= TABLES
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert [d for d in diff if "cert_" in str(d)] == []
    downgrade(alembic_config(engine), "0007")
    with engine.connect() as conn:
        assert not TABLES & set(inspect(conn).get_table_names())
    migrate(engine)
    engine.dispose()


def test_an_access_code_is_unique(database_url: str) -> None:
    engine = make_engine(database_url)
    migrate(engine)
    now = datetime(2026, 6, 1, tzinfo=UTC)
    with Session(engine) as db:
        centre = Centre(name="C", code="CC-1", address="", created_at=now)
        db.add(centre)
        db.flush()
        for _ in range(2):
            db.add(
                CertificationSession(
                    centre_id=centre.id, day=date(2026, 7, 1), start_time=time(9), room="1",
                    address="a", examiner="e", access_code="BCD234", status="planned",
                    finalisation_comment="", created_by="t", created_at=now,
                )
            )  # fmt: skip
        with pytest.raises(IntegrityError):
            db.flush()
    engine.dispose()
