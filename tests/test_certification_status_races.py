"""Two finalisations, or two publications, of one session at once on PostgreSQL: the session's
row is locked before its status is checked, so one call succeeds and the other gets the 409
problem (``already-finalised``, ``already-published``); the session is finalised once (one
audit event, the incident recorded once) and published once (one result per candidate, one
``ResultsPublished`` event)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import pytest
from accounts_helpers import client_for
from certification_review_helpers import jury_headers, problem, session_with, sit
from litestar.testing import TestClient
from sqlalchemy import func, select

from certinum.accounts.area import AccountsArea
from certinum.certification.publication import ResultsPublished, on_results_published
from certinum.certification.review_tables import PublishedResult
from certinum.certification.tables import CertificationSession, Incident
from certinum.models import AuditEvent

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("database_url", ["postgresql"], indirect=True),
]
T = TypeVar("T")
CANDIDATES = 6


def _at_once(work: Callable[[int], T]) -> list[T]:
    """``work(0)`` and ``work(1)`` in two threads released together."""
    barrier = threading.Barrier(2)

    def run(k: int) -> T:
        barrier.wait()
        return work(k)

    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(run, range(2)))


def _count(area: AccountsArea, query: Any) -> int:
    with area.runtime.sessions() as db:
        return int(db.scalar(query) or 0)


def _outcomes(responses: list[Any]) -> list[tuple[int, str]]:
    return sorted((r.status_code, "" if r.status_code == 200 else problem(r)) for r in responses)


def test_two_finalisations_and_two_publications_at_once_pass_once(
    client: TestClient[Any], area: AccountsArea
) -> None:
    centre_id, session_id, staff, enrolled, _ = session_with(client, area, CANDIDATES)
    for k, enrolment in enumerate(enrolled):
        sit(area, enrolment, theta=0.3 * k - 0.6, seed=20 + k)
    login = client.cookies["certinum_session"]  # the centre admin's, from session_with
    finalise = f"/api/centres/{centre_id}/sessions/{session_id}/finalisation"
    body = {"comment": "RAS", "incidents": [{"category": "other", "description": "bruit"}]}
    with client_for(area) as first, client_for(area) as second:
        clients = (first, second)
        for c in clients:
            c.cookies.update({"certinum_session": login})
        done = _at_once(lambda k: clients[k].post(finalise, json=body, headers=staff))
        assert _outcomes(done) == [(200, ""), (409, "already-finalised")], [r.text for r in done]
        assert _count(area, select(func.count()).select_from(Incident)) == 1
        finalised = select(func.count()).where(AuditEvent.action == "session.finalise")
        assert _count(area, finalised) == 1

        seen: list[ResultsPublished] = []
        stop = on_results_published(
            lambda _runtime, event: seen.append(event) if event.session_id == session_id else None
        )
        try:
            headers = [jury_headers(c, area, login=f"jury-{k}") for k, c in enumerate(clients)]
            url = f"/api/jury/sessions/{session_id}/publication"
            done = _at_once(lambda k: clients[k].post(url, headers=headers[k]))
        finally:
            stop()
    assert _outcomes(done) == [(200, ""), (409, "already-published")], [r.text for r in done]
    assert len(seen) == 1 and len(seen[0].results) == CANDIDATES
    assert _count(area, select(func.count()).select_from(PublishedResult)) == CANDIDATES
    published = select(func.count()).where(AuditEvent.action == "session.publish")
    assert _count(area, published) == 1
    status = select(CertificationSession.status).where(CertificationSession.id == session_id)
    with area.runtime.sessions() as db:
        assert db.scalar(status) == "published"
