"""Item exposure counts in the database, read as they are and increased atomically.

Selection reads the counts without locking (:func:`read_exposure`): a count that another
candidate raises a moment later changes nothing that matters to the exposure cap. Each use
adds one with a single statement, ``INSERT … ON CONFLICT (item_id, version) DO UPDATE SET
count = item_exposures.count + 1`` (:func:`record_shown`): the database applies the increment
to the row as it is when the statement runs, under its row lock (PostgreSQL) or the write lock
(SQLite), so concurrent candidates never lose one, and the first use creates the row.

An item's exposure is that of its content, so the counts of all its versions add up. The
number of tests, the denominator of the exposure rate, is the number of positioning attempts
of the competence.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from assessment.pool import ExposureCounts, ItemPool
from assessment.types import ItemParams
from certinum.positioning.tables import ItemExposure, PositioningAttempt


def read_exposure(session: Session, pool: ItemPool, competence: str) -> ExposureCounts:
    """The stored counts of the pool's items and the number of attempts of ``competence``."""
    ids = [it.id for it in pool.items]
    rows = session.execute(
        select(ItemExposure.item_id, func.sum(ItemExposure.count))
        .where(ItemExposure.item_id.in_(ids))
        .group_by(ItemExposure.item_id)
    ).all()
    tests = session.scalar(
        select(func.count())
        .select_from(PositioningAttempt)
        .where(PositioningAttempt.competence == competence)
    )
    return ExposureCounts.from_mapping(pool, {r[0]: int(r[1]) for r in rows}, int(tests or 0))


def record_shown(session: Session, item: ItemParams) -> None:
    """Add one to the count of ``item``'s version, creating the row at its first use."""
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    statement = insert(ItemExposure).values(item_id=item.id, version=item.version, count=1)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[ItemExposure.item_id, ItemExposure.version],
            set_={"count": ItemExposure.count + 1},
        )
    )
