"""The invigilator's JSON API (``/api/invigilation/sessions/{id}/…``): the login with the
session's password (its cookie and CSRF token, the shared rate limit), the live status, and
authorise, end, incidents and release with the pages' statuses and codes; another session,
no cookie, no CSRF token or a bad body change nothing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from accounts_helpers import Clock, accounts_runtime
from exam_helpers import Planned, browser, check_in_body, invigilate, planned
from litestar.testing import TestClient
from sqlalchemy import select

from certinum.accounts.area import AccountsArea
from certinum.accounts.sessions import csrf_token
from certinum.certification.tables import CertificationTestRow, Enrolment, Incident

API = "/api/invigilation/sessions"
LEA = "lea@example.org"
NOEL = "noel@example.org"


@pytest.fixture
def area(service_env: dict[str, str]) -> Iterator[AccountsArea]:
    with accounts_runtime(service_env, Clock()) as runtime:
        yield AccountsArea.open(runtime)


def _type(response: Any) -> str:
    return str(response.json()["type"]).rsplit("/", 1)[-1]


def log_in(client: TestClient[Any], plan: Planned, password: str | None = None) -> Any:
    client.cookies.clear()
    body = {"password": plan.password if password is None else password}
    return client.post(f"{API}/{plan.session_id}/login", json=body)


def checked_in(client: TestClient[Any], area: AccountsArea, plan: Planned, email: str) -> Any:
    headers = browser(client, area, plan.candidates[email])
    done = client.post("/api/certification/check-in", json=check_in_body(plan, email),
                       headers=headers)  # fmt: skip
    assert done.status_code == 200, done.text
    return headers


def test_the_invigilator_logs_in_and_acts_through_the_api(
    client: TestClient[Any], area: AccountsArea
) -> None:
    plan = planned(client, area)
    lea, noel = plan.enrolments[LEA], plan.enrolments[NOEL]
    candidate = checked_in(client, area, plan, LEA)
    candidate_cookies = dict(client.cookies)

    client.cookies.clear()
    url = f"{API}/{plan.session_id}"
    assert client.get(f"{url}/status").status_code == 401
    logged = log_in(client, plan)
    assert logged.status_code == 200, logged.text
    cookie = client.cookies.get("certinum_invigilator", "")
    assert logged.json() == {"session": plan.session_id, "csrfToken": csrf_token(cookie)}
    set_cookie = logged.headers["set-cookie"]
    assert "Path=/api/invigilation" in set_cookie and "HttpOnly" in set_cookie
    assert "SameSite=strict" in set_cookie and "Secure" in set_cookie
    headers = {"X-CSRF-Token": logged.json()["csrfToken"]}

    live = client.get(f"{url}/status")
    assert live.status_code == 200
    states = {c["lastName"]: c["state"] for c in live.json()["candidates"]}
    assert states == {"Martin": "waiting", "Cœur": "enrolled"}

    # no CSRF token, a bad body, a candidate not checked in, another session's enrolment
    no_token = client.post(f"{url}/authorise", json={"enrolment": "all"})
    assert no_token.status_code == 403 and _type(no_token) == "forbidden"
    for body in ({}, {"enrolment": "x"}, {"enrolment": True}, {"enrolment": -1}, []):
        bad = client.post(f"{url}/authorise", json=body, headers=headers)
        assert bad.status_code == 400 and _type(bad) == "unreadable", body
    not_waiting = client.post(f"{url}/authorise", json={"enrolment": noel}, headers=headers)
    assert not_waiting.status_code == 409 and _type(not_waiting) == "not-waiting"
    unknown = client.post(f"{url}/authorise", json={"enrolment": 999999}, headers=headers)
    assert unknown.status_code == 404
    with area.runtime.sessions() as db:
        assert all(e.authorised_at is None for e in db.scalars(select(Enrolment)))
    allowed = client.post(f"{url}/authorise", json={"enrolment": "all"}, headers=headers)
    assert allowed.status_code == 200 and allowed.json()["authorised"] == 1
    again = client.post(f"{url}/authorise", json={"enrolment": lea}, headers=headers)
    assert again.status_code == 409 and _type(again) == "not-waiting"
    invigilator_cookies = dict(client.cookies)

    # the candidate starts; the invigilator lets the test go on elsewhere, then ends it
    client.cookies.clear()
    client.cookies.update(candidate_cookies)
    made = client.post(f"/api/certification/enrolments/{lea}/test", headers=candidate)
    assert made.status_code == 201, made.text
    client.cookies.clear()
    client.cookies.update(invigilator_cookies)
    no_test = client.post(f"{url}/release", json={"enrolment": noel}, headers=headers)
    assert no_test.status_code == 409 and _type(no_test) == "no-test"
    released = client.post(f"{url}/release", json={"enrolment": lea}, headers=headers)
    assert released.status_code == 200 and released.json()["released"] is True
    with area.runtime.sessions() as db:
        assert db.scalars(select(CertificationTestRow)).one().browser_token_hash is None
    bored = client.post(f"{url}/end", json={"enrolment": lea, "reason": "bored"}, headers=headers)
    assert bored.status_code == 422 and _type(bored) == "bad-reason"
    no_reason = client.post(f"{url}/end", json={"enrolment": lea}, headers=headers)
    assert no_reason.status_code == 400
    ended = client.post(f"{url}/end", json={"enrolment": lea, "reason": "technical"},
                        headers=headers)  # fmt: skip
    assert ended.status_code == 200, ended.text
    twice = client.post(f"{url}/end", json={"enrolment": lea, "reason": "candidate"},
                        headers=headers)  # fmt: skip
    assert twice.status_code == 409 and _type(twice) == "test-ended"
    late = client.post(f"{url}/release", json={"enrolment": lea}, headers=headers)
    assert late.status_code == 409 and _type(late) == "test-ended"

    # incidents
    noted = client.post(
        f"{url}/incidents",
        headers=headers,
        json={"category": "fraud", "enrolment": noel, "description": "téléphone"},
    )
    assert noted.status_code == 201, noted.text
    assert noted.json()["category"] == "fraud" and noted.json()["enrolment"] == noel
    general = client.post(
        f"{url}/incidents", json={"category": "other", "description": "panne"}, headers=headers
    )
    assert general.status_code == 201 and general.json()["enrolment"] is None
    for body, status, code in (
        ({"category": "weather"}, 422, "bad-category"),
        ({"category": "other", "description": "x" * 1001}, 422, "bad-description"),
        ({"category": "other", "description": "x" * 5000}, 400, "unreadable"),
        ({"category": "other", "description": 3}, 400, "unreadable"),
        ({"description": "no category"}, 400, "unreadable"),
        ({"category": "other"}, 422, "description-required"),
        ({"category": "other", "description": " "}, 422, "description-required"),
        ({"category": "other", "description": "x", "enrolment": 999999}, 404,
         "unknown-certification-record"),
    ):  # fmt: skip
        refused = client.post(f"{url}/incidents", json=body, headers=headers)
        assert (refused.status_code, _type(refused)) == (status, code), body

    final = {c["lastName"]: c for c in client.get(f"{url}/status").json()["candidates"]}
    assert final["Martin"]["state"] == "ended" and final["Martin"]["abortReason"] == "technical"
    with area.runtime.sessions() as db:
        row = db.scalars(select(CertificationTestRow)).one()
        assert row.status == "ended_by_invigilator" and row.abort_reason == "technical"
        incidents = db.scalars(select(Incident).order_by(Incident.id)).all()
        assert [(i.category, i.enrolment_id, i.reported_by) for i in incidents] == [
            ("fraud", noel, f"invigilator:{plan.session_id}"),
            ("other", None, f"invigilator:{plan.session_id}"),
        ]


def test_another_session_or_a_bad_cookie_gets_nothing(
    client: TestClient[Any], area: AccountsArea
) -> None:
    plan = planned(client, area)
    checked_in(client, area, plan, LEA)
    assert log_in(client, plan).status_code == 200
    cookie = client.cookies.get("certinum_invigilator", "")
    headers = {"X-CSRF-Token": csrf_token(cookie)}
    other = f"{API}/{plan.session_id + 1}"
    seen = client.get(f"{other}/status")
    assert seen.status_code == 403 and _type(seen) == "forbidden"
    for action in ("authorise", "end", "incidents", "release"):
        body = {"enrolment": plan.enrolments[LEA], "reason": "candidate", "category": "other"}
        refused = client.post(f"{other}/{action}", json=body, headers=headers)
        assert refused.status_code == 403, action
    # a forged cookie (the CSRF token as its value), or none: 401
    client.cookies.clear()
    client.cookies.set("certinum_invigilator", csrf_token(cookie), path="/api/invigilation")
    forged = client.get(f"{API}/{plan.session_id}/status")
    assert forged.status_code == 401 and _type(forged) == "unauthenticated"
    client.cookies.clear()
    none = client.post(f"{API}/{plan.session_id}/authorise", json={"enrolment": "all"},
                       headers=headers)  # fmt: skip
    assert none.status_code == 401
    with area.runtime.sessions() as db:
        assert all(e.authorised_at is None for e in db.scalars(select(Enrolment)))
        assert db.scalars(select(Incident)).all() == []


def test_wrong_passwords_are_refused_and_rate_limited_with_the_page(
    client: TestClient[Any], area: AccountsArea
) -> None:
    plan = planned(client, area)
    url = f"{API}/{plan.session_id}/login"
    for body in ({}, {"password": 5}, {"password": "x" * 201}):
        bad = client.post(url, json=body)
        assert bad.status_code == 400 and _type(bad) == "unreadable", body
    assert client.post(url, content=b"not json").status_code == 400
    unknown = client.post(f"{API}/2147483647/login", json={"password": plan.password})
    assert unknown.status_code == 401 and _type(unknown) == "invalid-credentials"
    beyond = client.post(f"{API}/99999999999/login", json={"password": plan.password})
    assert beyond.status_code == 404 and _type(beyond) == "not-found"  # tests/test_path_ids.py
    for _ in range(5):
        wrong = log_in(client, plan, password="wrong-password")
        assert wrong.status_code == 401 and _type(wrong) == "invalid-credentials"
        assert "certinum_invigilator" not in wrong.cookies
    blocked = log_in(client, plan)  # the right password, but too late
    assert blocked.status_code == 429 and _type(blocked) == "too-many-attempts"
    assert int(blocked.headers["Retry-After"]) > 0
    assert "certinum_invigilator" not in blocked.cookies
    assert invigilate(client, plan).status_code == 429  # the page shares the limit
    assert client.get(f"{API}/{plan.session_id}/status").status_code == 401


def test_the_invigilation_api_is_in_the_openapi(client: TestClient[Any]) -> None:
    paths = client.get("/schema/openapi.json").json()["paths"]
    base = "/api/invigilation/sessions/{session_id}"
    assert set(paths[f"{base}/status"]) == {"get"}
    for tail in ("login", "authorise", "end", "incidents", "release"):
        assert set(paths[f"{base}/{tail}"]) == {"post"}, tail
