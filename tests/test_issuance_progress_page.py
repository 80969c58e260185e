"""The jury's issuance progress page: it follows a running issuance by itself (a small
script reading the JSON progress), and a failed issuance's parts are queued again from it
(POST with the session's CSRF token, audited ``issuance.retry``; 409 when none failed).
SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest
from accounts_helpers import add_account
from certification_helpers import as_account
from issuance_pages_helpers import school_session
from litestar.testing import TestClient
from sqlalchemy import select, update

from certinum.accounts.area import AccountsArea
from certinum.db import transaction
from certinum.issuance.job_tables import FAILED, QUEUED, RUNNING, Job
from certinum.issuance.retry import NothingToRetry, retry_failed_parts
from certinum.models import AuditEvent


def _set_jobs(area: AccountsArea, session_id: int, status: str, part: int | None = None) -> None:
    with transaction(area.runtime.sessions) as db:
        query = update(Job).where(Job.session_id == session_id)
        if part is not None:
            query = query.where(Job.part == part)
        db.execute(query.values(status=status, error="result 1: boom" if status == FAILED else ""))


def _statuses(area: AccountsArea, session_id: int) -> list[str]:
    with area.runtime.sessions() as db:
        query = select(Job.status).where(Job.session_id == session_id).order_by(Job.part)
        return list(db.scalars(query))


def test_a_running_issuance_is_followed_by_the_page(
    client: TestClient[Any], area: AccountsArea
) -> None:
    ids = school_session(area.runtime)
    jury = add_account(area, "jury-live", ("jury", ""))
    as_account(client, area, jury)
    done = client.get(f"/jury/sessions/{ids.session_id}/certificates?lang=en")
    assert "data-progress-url" not in done.text and "/static/issuance.js" not in done.text
    _set_jobs(area, ids.session_id, RUNNING, part=0)
    live = client.get(f"/jury/sessions/{ids.session_id}/certificates?lang=en")
    assert f'data-progress-url="/api/issuance/sessions/{ids.session_id}"' in live.text
    assert 'data-progress-text="{issued} of {total} certificates issued"' in live.text
    assert '<script src="/static/issuance.js" defer></script>' in live.text
    script = client.get("/static/issuance.js")
    assert script.status_code == 200 and "data-progress-url" in script.text
    progress = client.get(f"/api/issuance/sessions/{ids.session_id}").json()
    assert progress["status"] == RUNNING and progress["issued"] == progress["total"]


def test_failed_parts_are_retried_from_the_page(
    client: TestClient[Any], area: AccountsArea
) -> None:
    ids = school_session(area.runtime)
    _set_jobs(area, ids.session_id, FAILED, part=1)
    admin = add_account(area, "authority-retry", ("authority_admin", ""))
    csrf = as_account(client, area, admin)["X-CSRF-Token"]
    url = f"/jury/sessions/{ids.session_id}/certificates"
    page = client.get(url + "?lang=fr")
    assert "Relancer les parties en échec" in page.text and f'value="{csrf}"' in page.text
    assert "/static/issuance.js" not in page.text  # a failed issuance is not followed

    assert client.post(url + "/retry", data={}).status_code == 403  # no CSRF token
    assert _statuses(area, ids.session_id)[1] == FAILED
    done = client.post(url + "/retry", data={"csrf_token": csrf}, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == url + "?notice=retried"
    assert FAILED not in _statuses(area, ids.session_id)
    shown = client.get(done.headers["location"] + "&lang=en")
    assert "The failed parts are queued again" in shown.text
    with area.runtime.sessions() as db:
        (event,) = db.scalars(select(AuditEvent).where(AuditEvent.action == "issuance.retry"))
    assert event.actor == f"account:{admin}" and event.target == f"session:{ids.session_id}"
    assert event.details["parts"] == [1]

    _set_jobs(area, ids.session_id, "done")
    again = client.post(url + "/retry", data={"csrf_token": csrf})
    assert again.status_code == 409 and "nothing to retry" in again.text
    unknown = client.post("/jury/sessions/999999/certificates/retry", data={"csrf_token": csrf})
    assert unknown.status_code == 404

    candidate = add_account(area, "cand-retry", ("candidate", ""))
    token = as_account(client, area, candidate)["X-CSRF-Token"]
    assert client.post(url + "/retry", data={"csrf_token": token}).status_code == 403


def test_the_service_refuses_a_retry_with_nothing_failed(area: AccountsArea) -> None:
    ids = school_session(area.runtime)
    with pytest.raises(NothingToRetry) as refused:
        retry_failed_parts(area.runtime, ids.session_id, actor="test")
    assert refused.value.code == "nothing-to-retry"
    _set_jobs(area, ids.session_id, FAILED)
    assert retry_failed_parts(area.runtime, ids.session_id, actor="test") == [0, 1, 2, 3]
    assert set(_statuses(area, ids.session_id)) == {QUEUED}
