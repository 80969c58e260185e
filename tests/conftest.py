"""Shared fixtures: databases (SQLite and PostgreSQL), settings, the conformance folder.

PostgreSQL tests run against ``CERTINUM_TEST_POSTGRES_URL`` (default: the local server of this
machine kind). Where it is unreachable they skip with a message, unless
``CERTINUM_REQUIRE_POSTGRES=1`` (set by ``.ci/run``), which turns the skip into a failure.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from certinum.db import make_engine, migrate

ROOT = Path(__file__).resolve().parent.parent
CONFORMANCE = ROOT / "tests" / "conformance"
DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _require(var: str) -> bool:
    return os.environ.get(var, "") not in ("", "0", "false", "no")


def skip_or_fail(reason: str, require_var: str) -> None:
    """Skip with ``reason``, or fail when ``require_var`` says this family is mandatory."""
    if _require(require_var):
        pytest.fail(f"{reason} ({require_var}=1 makes this mandatory)", pytrace=False)
    pytest.skip(reason)


def _pg_url() -> str:
    return os.environ.get("CERTINUM_TEST_POSTGRES_URL", DEFAULT_PG_URL)


@pytest.fixture(scope="session")
def postgres_admin() -> Iterator[Engine]:
    url = _pg_url()
    try:
        engine = create_engine(url, pool_pre_ping=True)
        with engine.connect() as conn:
            conn.execute(text("select 1"))
    except Exception as exc:  # noqa: BLE001 — any connection problem means "no server here"
        skip_or_fail(
            f"PostgreSQL not reachable at {url}: {type(exc).__name__}", "CERTINUM_REQUIRE_POSTGRES"
        )
    yield engine
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database of each kind: a SQLite file, or a PostgreSQL schema of its own."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'certinum.db'}"
        return
    admin: Engine = request.getfixturevalue("postgres_admin")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in _pg_url() else "?"
    yield f"{_pg_url()}{sep}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    eng = make_engine(database_url)
    migrate(eng)
    yield eng
    eng.dispose()
