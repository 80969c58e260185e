"""An id in a path outside 1 … 2^31 - 1 is 404 ``not-found``, on both databases, before any
guard or query: the JSON problem for the API, the message page for a browser's page."""

from __future__ import annotations

from typing import Any

import pytest
from certification_helpers import as_account, candidate, centre
from litestar.testing import TestClient

from certinum.accounts.area import AccountsArea

HUGE = "99999999999999999999"
OUT_OF_RANGE = ("0", "-1", "2147483648", HUGE)


def _type(response: Any) -> str:
    return str(response.json()["type"]).rsplit("/", 1)[-1]


@pytest.mark.parametrize("bad", OUT_OF_RANGE)
def test_out_of_range_ids_are_not_found(
    client: TestClient[Any], area: AccountsArea, bad: str
) -> None:
    centre_id, admin = centre(client, area)
    staff = as_account(client, area, admin)
    for path in (
        f"/api/centres/{bad}/sessions",
        f"/api/centres/{centre_id}/sessions/{bad}",
        f"/api/centres/{centre_id}/sessions/{bad}/attendance.pdf",
    ):
        found = client.get(path, headers=staff)
        assert found.status_code == 404 and _type(found) == "not-found", (path, found.text)
    mine = as_account(client, area, candidate(area, "lea@example.org"))
    for path in (
        f"/api/certification/tests/{bad}/question",
        f"/api/certification/enrolments/{bad}",
    ):
        found = client.get(path, headers=mine)
        assert found.status_code == 404 and _type(found) == "not-found", (path, found.text)
    sent = client.post(
        f"/api/certification/tests/{bad}/answers", json={"reference": "x", "answer": 0},
        headers=mine,
    )  # fmt: skip
    assert sent.status_code == 404 and _type(sent) == "not-found"
    client.cookies.clear()
    for path in (f"/invigilation/{bad}/status", f"/api/invigilation/sessions/{bad}/status"):
        found = client.get(path)
        assert found.status_code == 404 and _type(found) == "not-found", (path, found.text)


def test_a_browser_gets_the_page_and_good_ids_reach_the_door(
    client: TestClient[Any], area: AccountsArea
) -> None:
    page = client.get(f"/centres/{HUGE}", headers={"Accept": "text/html"})
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "<html" in page.text
    api = client.get(f"/api/centres/{HUGE}/sessions", headers={"Accept": "text/html"})
    assert api.status_code == 404 and _type(api) == "not-found"
    # an id in range goes on to the guard (no login here: 401), then to its lookup
    assert client.get("/api/invigilation/sessions/2147483647/status").status_code == 401
    assert client.get("/api/centres/1/sessions").status_code == 401
