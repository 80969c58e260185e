"""A problem reported on a question ("signaler un problème") is recorded only from the browser
holding the test and while the test runs: 409 ``other-browser``, ``time-up``, ``test-ended``
otherwise (the answer route's codes), with no incident stored; the page says the same."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from accounts_helpers import Clock, accounts_runtime
from exam_helpers import browser, planned, started_test
from litestar.testing import TestClient
from sqlalchemy import func, select

from certinum.accounts.area import AccountsArea
from certinum.certification.tables import CertificationTestRow, Incident

API = "/api/certification"
LEA = "lea@example.org"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def area(service_env: dict[str, str], clock: Clock) -> Iterator[AccountsArea]:
    with accounts_runtime(service_env, clock) as runtime:
        yield AccountsArea.open(runtime)


def _type(response: Any) -> str:
    return str(response.json()["type"]).rsplit("/", 1)[-1]


def _incidents(area: AccountsArea) -> int:
    with area.runtime.sessions() as db:
        return int(db.scalar(select(func.count()).select_from(Incident)) or 0)


def _status(area: AccountsArea, test_id: int) -> str:
    with area.runtime.sessions() as db:
        row = db.get(CertificationTestRow, test_id)
        assert row is not None
        return row.status


def test_a_report_from_another_browser_is_refused(
    client: TestClient[Any], area: AccountsArea
) -> None:
    plan = planned(client, area)
    _, begun = started_test(client, area, plan, LEA)
    test_id, reference = begun["test"]["id"], begun["question"]["reference"]
    url = f"{API}/tests/{test_id}/problems"
    other = browser(client, area, plan.candidates[LEA])  # a new login: another browser
    refused = client.post(url, json={"reference": reference, "description": "x"}, headers=other)
    assert refused.status_code == 409 and _type(refused) == "other-browser"
    page = client.post(
        f"/certification/tests/{test_id}/problems",
        data={"csrf_token": other["X-CSRF-Token"], "reference": reference, "description": "x"},
    )
    assert page.status_code == 409
    assert _incidents(area) == 0


def test_a_report_in_time_from_the_test_browser_is_recorded(
    client: TestClient[Any], area: AccountsArea
) -> None:
    plan = planned(client, area)
    mine, begun = started_test(client, area, plan, LEA)
    test_id, reference = begun["test"]["id"], begun["question"]["reference"]
    sent = client.post(
        f"{API}/tests/{test_id}/problems",
        json={"reference": reference, "description": "l'image ne s'affiche pas"},
        headers=mine,
    )
    assert sent.status_code == 201, sent.text
    assert sent.json()["category"] == "in_challenge_problem" and _incidents(area) == 1


def test_a_report_after_the_time_or_the_end_is_refused(
    client: TestClient[Any], area: AccountsArea, clock: Clock
) -> None:
    plan = planned(client, area)
    mine, begun = started_test(client, area, plan, LEA)
    test_id, reference = begun["test"]["id"], begun["question"]["reference"]
    url = f"{API}/tests/{test_id}/problems"
    for _ in range(4):  # the candidate thinks; the page reads its question now and then
        clock.advance(minutes=25)
        assert client.get(f"{API}/tests/{test_id}/question", headers=mine).status_code == 200
    clock.advance(minutes=6)
    late = client.post(url, json={"reference": reference}, headers=mine)
    assert late.status_code == 409 and _type(late) == "time-up", late.text
    assert _incidents(area) == 0 and _status(area, test_id) == "completed"
    ended = client.post(url, json={"reference": reference}, headers=mine)
    assert ended.status_code == 409 and _type(ended) == "test-ended"
    page = client.post(
        f"/certification/tests/{test_id}/problems",
        data={"csrf_token": mine["X-CSRF-Token"], "reference": reference},
    )
    assert page.status_code == 409
    assert _incidents(area) == 0
