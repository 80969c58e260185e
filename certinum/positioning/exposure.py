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

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from assessment.pool import ExposureCounts, ItemPool
from assessment.types import ItemParams
from certinum.positioning.tables import ItemExposure, PositioningStarts


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


def _increment(session: Session, table: Any, key: dict[str, Any]) -> None:
    """Add one to the count of the row ``key``, creating it at 1 (one statement)."""
    dialect = session.get_bind().dialect.name
    statement = _increment_statement(dialect, table, tuple(key))
    session.execute(statement, {f"p_{c}": v for c, v in key.items()})


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


def read_exposure(session: Session, pool: ItemPool, competence: str) -> ExposureCounts:
    """The stored counts of the pool's items and the attempts of ``competence`` started, in
    one query (the second one only while no item of the pool was ever shown)."""
    counts, started = _exposure_queries(competence, tuple(it.id for it in pool.items))
    rows = session.execute(counts).all()
    tests = rows[0][2] if rows else session.scalar(started)
    return ExposureCounts.from_mapping(pool, {r[0]: int(r[1]) for r in rows}, int(tests or 0))


@functools.lru_cache(maxsize=64)
def _counts_query(item_ids: tuple[str, ...]) -> Select[Any]:
    exposures = ItemExposure.__table__.c
    return (
        select(exposures.item_id, func.sum(exposures.count))
        .where(exposures.item_id.in_(item_ids))
        .group_by(exposures.item_id)
    )


def read_counts(session: Session, item_ids: tuple[str, ...]) -> dict[str, int]:
    """How many times each of ``item_ids`` was shown (all versions; absent: never). Pretest
    items are counted too, and their count stands for their responses (every question shown
    is answered before the next one, but for the last of an attempt left open): the engine
    gives the pretest item with the fewest."""
    return {r[0]: int(r[1]) for r in session.execute(_counts_query(item_ids)).all()}


def record_shown(session: Session, item: ItemParams) -> None:
    """Add one to the count of ``item``'s version, creating the row at its first use."""
    _increment(session, ItemExposure, {"item_id": item.id, "version": item.version})


def record_started(session: Session, competence: str) -> None:
    """Add one to the attempts of ``competence`` started."""
    _increment(session, PositioningStarts, {"competence": competence})
