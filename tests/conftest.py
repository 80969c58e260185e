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
from typing import Any

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
    except Exception as exc:
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


@pytest.fixture
def service_env(tmp_path: Path, database_url: str) -> dict[str, str]:
    """Environment for a service on a fresh database, with a cheap key file (no Argon2)."""
    from keys import write_new_key_file

    key_file = tmp_path / "kek.key"
    write_new_key_file(key_file)
    return {
        "CERTINUM_DATA_DIR": str(tmp_path / "data"),
        "CERTINUM_DATABASE_URL": database_url,
        "CERTINUM_BASE_URL": "https://certinum.example",
        "CERTINUM_KEY_FILE": str(key_file),
    }


@pytest.fixture
def service(service_env: dict[str, str]) -> Iterator[Any]:
    from certificates import NOW

    from certinum.runtime import Runtime
    from certinum.settings import Settings

    svc = Runtime.open(Settings.from_env(service_env), clock=lambda: NOW)
    yield svc
    svc.close()
