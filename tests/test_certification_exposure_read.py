"""The certification test's exposure read: every item's count summed over its versions, and
the tests that could have shown them, as stored (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from accounts_helpers import Clock, accounts_runtime
from sqlalchemy import insert

from certinum.certification.answering import read_exposure
from certinum.certification.exam_state import certification_pool
from certinum.positioning.catalogue import default_catalogue
from certinum.positioning.tables import ItemExposure, PositioningStarts
from certinum.runtime import Runtime


@pytest.fixture
def runtime(service_env: dict[str, str]) -> Iterator[Runtime]:
    with accounts_runtime(service_env, Clock()) as rt:
        yield rt


def test_nothing_shown_yet_reads_zero_counts(runtime: Runtime) -> None:
    pool = certification_pool(default_catalogue())
    with runtime.engine.begin() as conn:
        found = read_exposure(conn, pool)
    assert (found.to_mapping(pool), found.tests) == ({}, 0)


@pytest.mark.parametrize("odd_id", ["retired-item", "retired\nitem"])
def test_counts_are_summed_over_versions(runtime: Runtime, odd_id: str) -> None:
    pool = certification_pool(default_catalogue())
    first, second = pool.items[0].id, pool.items[1].id
    rows = [(first, 1, 2), (first, 2, 3), (second, 1, 1), (odd_id, 1, 4)]
    with runtime.engine.begin() as conn:
        conn.execute(
            insert(ItemExposure), [{"item_id": i, "version": v, "count": n} for i, v, n in rows]
        )
        conn.execute(insert(PositioningStarts), [{"competence": "1.1", "count": 7}])
    with runtime.engine.begin() as conn:
        found = read_exposure(conn, pool)
    # an item no longer in the pool (even one whose id would break a joined string) is kept
    assert found.to_mapping(pool) == {first: 5, second: 1, odd_id: 4}
    assert found.tests == 7
