"""Shared fixtures: databases (SQLite and PostgreSQL), settings, the conformance folder.

PostgreSQL tests run against ``CERTINUM_TEST_POSTGRES_URL`` (default: the local server of this
machine kind). Where it is unreachable they skip with a message, unless
``CERTINUM_REQUIRE_POSTGRES=1`` (set by ``.ci/run``), which turns the skip into a failure.

Migrating a database costs a quarter of a second on SQLite and about a second on PostgreSQL,
and most tests want a migrated one (``engine``, ``service_env``): they get a copy of a SQLite
file migrated once per session, or a PostgreSQL schema migrated once per session and emptied
before each test (``migrated_database_url``). ``database_url`` stays a new, empty database.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from skipping import ROOT, required, skip_or_fail
from sqlalchemy import Engine, MetaData, create_engine, text

from certinum.db import make_engine, migrate

__all__ = ["ROOT", "skip_or_fail"]

CONFORMANCE = ROOT / "tests" / "conformance"
DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


_require = required


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
    yield _schema_url(schema)
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


def _schema_url(schema: str) -> str:
    """The test server's URL with ``schema`` as the search path (and as the client's name, so
    that the connections left to one schema can be found)."""
    sep = "&" if "?" in _pg_url() else "?"
    return f"{_pg_url()}{sep}options=-csearch_path%3D{schema}&application_name={schema}"


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to head once per session (made by ``make_engine``: mode 0600)."""
    path = tmp_path_factory.mktemp("sqlite-template") / "certinum.db"
    eng = make_engine(f"sqlite:///{path}")
    migrate(eng)
    with eng.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    eng.dispose()
    return path


class _MigratedSchema:
    """One PostgreSQL schema migrated to head, emptied for each test that uses it.

    Migrating a schema costs about a second and dropping one with its tables a third; emptying
    the tables (children first) and restarting the sequences costs a few hundredths. A test that
    leaves the schema at another revision, or with other tables, gets it rebuilt for the next.
    """

    def __init__(self, admin: Engine) -> None:
        self.admin = admin
        self.schema = ""
        self._build()

    def _build(self) -> None:
        self.schema = f"t_{uuid.uuid4().hex[:12]}"
        with self.admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{self.schema}"'))
        eng = make_engine(self.url)
        try:
            migrate(eng)
            with eng.connect() as conn:
                self.head = conn.execute(text("SELECT version_num FROM alembic_version")).all()
            reflected = MetaData()
            reflected.reflect(eng)
        finally:
            eng.dispose()
        self.tables = {t.name for t in reflected.sorted_tables}
        children_first = [t.name for t in reversed(reflected.sorted_tables)]
        self._empty = "; ".join(
            f'DELETE FROM "{self.schema}"."{name}"'
            for name in children_first
            if name != "alembic_version"
        )

    @property
    def url(self) -> str:
        return _schema_url(self.schema)

    def drop(self) -> None:
        self._release()
        with self.admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{self.schema}" CASCADE'))

    def _release(self) -> None:
        """End the connections a test left open on this schema (they would hold locks)."""
        with self.admin.begin() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE application_name = :name AND pid <> pg_backend_pid()"
                ),
                {"name": self.schema},
            )

    def _intact(self) -> bool:
        with self.admin.connect() as conn:
            tables = set(
                conn.execute(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = :s"),
                    {"s": self.schema},
                ).scalars()
            )
            if tables != self.tables:
                return False
            version = conn.execute(
                text(f'SELECT version_num FROM "{self.schema}".alembic_version')
            ).all()
        return version == self.head

    def fresh(self) -> str:
        """The schema's URL, every table empty and every sequence at its start."""
        self._release()
        if not self._intact():
            self.drop()
            self._build()
            return self.url
        with self.admin.begin() as conn:
            conn.exec_driver_sql(self._empty)
            conn.execute(
                text(
                    "SELECT setval(format('%I.%I', schemaname, sequencename)::regclass,"
                    " start_value, false) FROM pg_sequences WHERE schemaname = :s"
                ),
                {"s": self.schema},
            )
        return self.url


@pytest.fixture(scope="session")
def _postgres_migrated(postgres_admin: Engine) -> Iterator[_MigratedSchema]:
    migrated = _MigratedSchema(postgres_admin)
    yield migrated
    migrated.drop()


def _asks_for_database_url(request: pytest.FixtureRequest) -> bool:
    """Whether the test, or a fixture other than ``migrated_database_url``, uses it."""
    info = getattr(request.node, "_fixtureinfo", None)
    if info is None:  # unknown pytest internals: keep the one-database behaviour
        return True
    if "database_url" in info.argnames:
        return True
    return any(
        "database_url" in fixturedef.argnames
        for name, fixturedefs in info.name2fixturedefs.items()
        if name not in ("database_url", "migrated_database_url")
        for fixturedef in fixturedefs
    )


@pytest.fixture
def migrated_database_url(request: pytest.FixtureRequest, database_url: str) -> str:
    """A fresh database of ``database_url``'s kind, already migrated to head.

    SQLite: a copy of a file migrated once per session; PostgreSQL: one schema migrated once
    per session, emptied before each test (see :class:`_MigratedSchema`). Either way the test
    sees empty tables at the head revision, as after ``migrate`` on a new database.

    A test (or another fixture of it) that asks for ``database_url`` itself gets that very
    database here, not yet migrated, as before: it prepares it (an older revision, rows)
    and the service then opens and migrates it.
    """
    if _asks_for_database_url(request):
        return database_url
    if database_url.startswith("sqlite"):
        path = Path(database_url.split("///", 1)[1])
        template: Path = request.getfixturevalue("_sqlite_template")
        shutil.copy2(template, path)
        return database_url
    migrated: _MigratedSchema = request.getfixturevalue("_postgres_migrated")
    return migrated.fresh()


@pytest.fixture
def engine(migrated_database_url: str) -> Iterator[Engine]:
    eng = make_engine(migrated_database_url)
    migrate(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def service_env(tmp_path: Path, migrated_database_url: str) -> dict[str, str]:
    """Environment for a service on a fresh migrated database, with a cheap key file (no Argon2)."""
    from keys import write_new_key_file

    key_file = tmp_path / "kek.key"
    write_new_key_file(key_file)
    return {
        "CERTINUM_DATA_DIR": str(tmp_path / "data"),
        "CERTINUM_DATABASE_URL": migrated_database_url,
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


@pytest.fixture
def area(service_env: dict[str, str]) -> Iterator[Any]:
    """The accounts area (:class:`certinum.accounts.area.AccountsArea`) on a fresh database of
    each kind, its clock the wall clock's; a module defines its own for another clock."""
    from accounts_helpers import Clock, accounts_runtime

    from certinum.accounts.area import AccountsArea

    with accounts_runtime(service_env, Clock()) as runtime:
        yield AccountsArea.open(runtime)


@pytest.fixture
def client(area: Any) -> Iterator[Any]:
    """A test client of the whole app on :func:`area`."""
    from accounts_helpers import client_for

    with client_for(area) as c:
        yield c
