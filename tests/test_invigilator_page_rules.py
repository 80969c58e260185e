"""The invigilator's page: "allow every waiting candidate" with nobody waiting says so (a
warning) instead of doing nothing silently; an incident needs a description (422
``description-required``, nothing recorded)."""

from __future__ import annotations

from typing import Any

from exam_helpers import browser, check_in_body, invigilate, invigilator_token, planned
from litestar.testing import TestClient
from sqlalchemy import func, select

from certinum.accounts.area import AccountsArea
from certinum.certification.tables import Enrolment, Incident

LEA = "lea@example.org"


def _post(client: TestClient[Any], path: str, **data: Any) -> Any:
    sent = {"csrf_token": invigilator_token(client), **data}
    return client.post(path, data=sent, follow_redirects=False)


def test_allowing_everyone_with_nobody_waiting_warns(
    client: TestClient[Any], area: AccountsArea
) -> None:
    plan = planned(client, area)
    url = f"/invigilation/{plan.session_id}"
    assert invigilate(client, plan).status_code == 303
    nobody = _post(client, f"{url}/authorise", enrolment="all")
    assert nobody.status_code == 303
    assert nobody.headers["location"].endswith("?notice=nobody-waiting")
    shown = client.get(nobody.headers["location"] + "&lang=en")
    assert 'class="alert warn"' in shown.text and "Nobody is waiting" in shown.text
    with area.runtime.sessions() as db:
        assert all(e.authorised_at is None for e in db.scalars(select(Enrolment)))

    headers = browser(client, area, plan.candidates[LEA])
    checked = client.post(
        "/api/certification/check-in", json=check_in_body(plan, LEA), headers=headers
    )
    assert checked.status_code == 200
    assert invigilate(client, plan).status_code == 303
    allowed = _post(client, f"{url}/authorise", enrolment="all")
    assert allowed.headers["location"].endswith("?notice=authorised")


def test_an_incident_needs_a_description(client: TestClient[Any], area: AccountsArea) -> None:
    plan = planned(client, area)
    url = f"/invigilation/{plan.session_id}/incidents"
    assert invigilate(client, plan).status_code == 303
    for blank in ("", "   "):
        refused = _post(client, url, category="fraud", description=blank)
        assert refused.status_code == 422
    shown = _post(client, url + "?lang=en", category="fraud", description="")
    assert shown.status_code == 422 and "Describe the incident." in shown.text
    with area.runtime.sessions() as db:
        assert db.scalar(select(func.count()).select_from(Incident)) == 0
    noted = _post(client, url, category="fraud", description="téléphone")
    assert noted.status_code == 303
    with area.runtime.sessions() as db:
        assert db.scalar(select(func.count()).select_from(Incident)) == 1
