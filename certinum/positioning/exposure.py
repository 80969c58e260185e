"""Item exposure counts in the database, read as they are and increased atomically.

Selection reads the counts without locking (:func:`read_exposure`): a count that another
candidate raises a moment later changes nothing that matters to the exposure cap. Each use
adds one with a single statement, ``INSERT … ON CONFLICT (item_id, version) DO UPDATE SET
count = item_exposures.count + 1`` (:func:`record_shown`): the database applies the increment
to the row as it is when the statement runs, under its row lock (PostgreSQL) or the write lock
(SQLite), so concurrent candidates never lose one, and the first use creates the row.

An item's exposure is that of its content, so the counts of all its versions add up. The
number of tests, the denominator of the exposure rate, is the number of positioning attempts
of the competence started, counted the same way (:func:`record_started`).
"""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import Connection, Select, TextClause, bindparam, func, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from assessment.pool import ExposureCounts, ItemPool
from assessment.types import ItemParams
from certinum.positioning.tables import ItemExposure, PositioningStarts

Db = Session | Connection  # an ORM session, or a Core connection (the answer's hot path)


def dialect_of(db: Db) -> str:
    return db.dialect.name if isinstance(db, Connection) else db.get_bind().dialect.name


@functools.lru_cache(maxsize=8)
def _increment_statement(dialect: str, table: Any, columns: tuple[str, ...]) -> Any:
    """``INSERT key, count 1 ON CONFLICT (key) DO UPDATE SET count = count + 1``, with the
    key's columns as parameters ``p_<column>``: built once per dialect and table."""
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    statement = insert(table.__table__).values(
        {**{c: bindparam(f"p_{c}") for c in columns}, "count": 1}
    )
    return statement.on_conflict_do_update(
        index_elements=list(columns), set_={"count": table.__table__.c.count + 1}
    )


def _increment(db: Db, table: Any, key: dict[str, Any]) -> None:
    """Add one to the count of the row ``key``, creating it at 1 (one statement)."""
    statement = _increment_statement(dialect_of(db), table, tuple(key))
    db.execute(statement, {f"p_{c}": v for c, v in key.items()})


def constant_statement(db: Db, statement: Select[Any]) -> TextClause:
    """``statement`` with its values written in (quoted by the dialect's own literal
    rendering), run without parameters: its text is built once, and neither SQLAlchemy nor
    the driver expands or parses a list of a hundred item ids at each call."""
    dialect = db.dialect if isinstance(db, Connection) else db.get_bind().dialect
    return _rendered(dialect, statement)


@functools.lru_cache(maxsize=512)
def _rendered(dialect: Dialect, statement: Select[Any]) -> TextClause:
    compiled = statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True})
    return text(str(compiled)).execution_options(no_parameters=True)


@functools.lru_cache(maxsize=256)
def _exposure_queries(
    competence: str, item_ids: tuple[str, ...]
) -> tuple[Select[Any], Select[Any]]:
    """The two statements of :func:`read_exposure`, built once per competence pool."""
    starts, exposures = PositioningStarts.__table__.c, ItemExposure.__table__.c  # Core: cheaper
    started = select(starts.count).where(starts.competence == competence)
    counts = (
        select(exposures.item_id, func.sum(exposures.count), started.scalar_subquery())
        .where(exposures.item_id.in_(item_ids))
        .group_by(exposures.item_id)
    )
    return counts, started


def read_exposure(db: Db, pool: ItemPool, competence: str) -> ExposureCounts:
    """The stored counts of the pool's items and the attempts of ``competence`` started, in
    one query (the second one only while no item of the pool was ever shown)."""
    counts, started = _exposure_queries(competence, pool_ids(pool))
    rows = db.execute(constant_statement(db, counts)).all()
    tests = rows[0][2] if rows else db.execute(constant_statement(db, started)).scalar()
    return ExposureCounts.from_mapping(pool, {r[0]: int(r[1]) for r in rows}, int(tests or 0))


_POOL_IDS: dict[int, tuple[ItemPool, tuple[str, ...]]] = {}


def pool_ids(pool: ItemPool) -> tuple[str, ...]:
    """The item ids of ``pool`` (a pool is immutable: computed once per pool)."""
    found = _POOL_IDS.get(id(pool))
    if found is None or found[0] is not pool:
        found = (pool, tuple(it.id for it in pool.items))
        _POOL_IDS[id(pool)] = found
    return found[1]


@functools.lru_cache(maxsize=64)
def _counts_query(item_ids: tuple[str, ...]) -> Select[Any]:
    exposures = ItemExposure.__table__.c
    return (
        select(exposures.item_id, func.sum(exposures.count))
        .where(exposures.item_id.in_(item_ids))
        .group_by(exposures.item_id)
    )


def read_counts(db: Db, item_ids: tuple[str, ...]) -> dict[str, int]:
    """How many times each of ``item_ids`` was shown (all versions; absent: never). Pretest
    items are counted too, and their count stands for their responses (every question shown
    is answered before the next one, but for the last of an attempt left open): the engine
    gives the pretest item with the fewest."""
    return {
        r[0]: int(r[1]) for r in db.execute(constant_statement(db, _counts_query(item_ids))).all()
    }


def record_shown(db: Db, item: ItemParams) -> None:
    """Add one to the count of ``item``'s version, creating the row at its first use."""
    _increment(db, ItemExposure, {"item_id": item.id, "version": item.version})


def record_started(db: Db, competence: str) -> None:
    """Add one to the attempts of ``competence`` started."""
    _increment(db, PositioningStarts, {"competence": competence})
