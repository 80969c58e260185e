"""What the certification-session tests share: a planned session with an invigilator password
and enrolled candidates, and a candidate's browser (a login session with its CSRF header)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from accounts_helpers import session_headers
from certification_helpers import SESSION, as_account, candidate, centre
from litestar.testing import TestClient

from certinum.accounts.area import AccountsArea
from certinum.certification.tables import CertificationSession


@dataclass
class Planned:
    centre_id: str
    session_id: int
    access_code: str
    password: str
    candidates: dict[str, int]  # email → account id
    enrolments: dict[str, int]  # email → enrolment id


PEOPLE = {
    "lea@example.org": {"lastName": "Martin", "firstName": "Léa", "birthDate": "1990-02-14"},
    "noel@example.org": {"lastName": "Cœur", "firstName": "Noël", "birthDate": "1991-11-30"},
}


def planned(client: TestClient[Any], area: AccountsArea, extra_time: int = 0) -> Planned:
    centre_id, admin = centre(client, area)
    headers = as_account(client, area, admin)
    made = client.post(f"/api/centres/{centre_id}/sessions", json=SESSION, headers=headers)
    assert made.status_code == 201, made.text
    sid = made.json()["id"]
    base = f"/api/centres/{centre_id}/sessions/{sid}"
    password = client.post(f"{base}/invigilator-password", headers=headers).json()["password"]
    accounts, enrolments = {}, {}
    for email, person in PEOPLE.items():
        accounts[email] = candidate(area, email)
        body = {**person, "email": email, "extraTimePercent": extra_time}
        done = client.post(f"{base}/enrolments", json=body, headers=headers)
        assert done.status_code == 201, done.text
        enrolments[email] = done.json()["id"]
    with area.runtime.sessions() as db:
        row = db.get(CertificationSession, sid)
        assert row is not None and row.access_code
        code = row.access_code
    client.cookies.clear()
    return Planned(centre_id, sid, code, password, accounts, enrolments)


def browser(client: TestClient[Any], area: AccountsArea, account: int) -> dict[str, str]:
    """A new login session of ``account`` in ``client``: its headers (CSRF)."""
    cookies, headers = session_headers(area, account)
    client.cookies.clear()
    client.cookies.update(cookies)
    return headers


def check_in_body(plan: Planned, email: str, **changes: str) -> dict[str, str]:
    return {"accessCode": plan.access_code, **PEOPLE[email], **changes}


def form_token(html: str) -> str:
    marker = 'name="csrf_token" value="'
    start = html.index(marker) + len(marker)
    return html[start : html.index('"', start)]


def invigilate(client: TestClient[Any], plan: Planned, password: str | None = None) -> Any:
    """The invigilator's login form posted (a fresh form cookie); the response."""
    client.cookies.clear()
    token = form_token(client.get("/invigilation").text)
    return client.post(
        "/invigilation",
        data={"csrf_token": token, "session": str(plan.session_id),
              "password": plan.password if password is None else password},
        follow_redirects=False,
    )  # fmt: skip


def invigilator_token(client: TestClient[Any]) -> str:
    from certinum.accounts.sessions import csrf_token

    return csrf_token(client.cookies.get("certinum_invigilator", ""))


def started_test(
    client: TestClient[Any], area: AccountsArea, plan: Planned, email: str
) -> tuple[dict[str, str], dict[str, Any]]:
    """``email`` checked in, let start by the invigilator, test started in a new login
    session: that browser's headers (its cookies left in ``client``) and the start's answer."""
    headers = browser(client, area, plan.candidates[email])
    checked = client.post(
        "/api/certification/check-in", json=check_in_body(plan, email), headers=headers
    )
    assert checked.status_code == 200, checked.text
    cookies = dict(client.cookies)
    assert invigilate(client, plan).status_code == 303
    allowed = client.post(
        f"/invigilation/{plan.session_id}/authorise",
        data={"csrf_token": invigilator_token(client), "enrolment": "all"},
        follow_redirects=False,
    )
    assert allowed.status_code == 303
    client.cookies.clear()
    client.cookies.update(cookies)
    made = client.post(
        f"/api/certification/enrolments/{plan.enrolments[email]}/test", headers=headers
    )
    assert made.status_code == 201, made.text
    body: dict[str, Any] = made.json()
    return headers, body
