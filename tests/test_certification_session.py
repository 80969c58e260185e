"""During a certification session, through the JSON API and the invigilator's forms: check-in,
waiting, the start allowed by the invigilator, the test one question at a time (resumed on
reload, one answer per question, nothing after the time is up), problems reported, a test
ended with a reason, incidents; and every refusal with its code, changing nothing."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import pytest
from accounts_helpers import Clock, accounts_runtime
from exam_helpers import (
    Planned,
    browser,
    check_in_body,
    invigilate,
    invigilator_token,
    planned,
)
from litestar.testing import TestClient
from sqlalchemy import func, select

from certinum.accounts.area import AccountsArea
from certinum.certification.tables import (
    CertificationAnswer,
    CertificationTestRow,
    Enrolment,
    Incident,
)
from certinum.positioning.tables import ItemExposure

API = "/api/certification"
LEA = "lea@example.org"
NOEL = "noel@example.org"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def area(service_env: dict[str, str], clock: Clock) -> Iterator[AccountsArea]:
    with accounts_runtime(service_env, clock) as runtime:
        yield AccountsArea.open(runtime)


def _type(response: Any) -> str:
    return str(response.json()["type"]).rsplit("/", 1)[-1]


def some_answer(question: dict[str, Any]) -> Any:
    """A well-formed answer to ``question`` (right or wrong)."""
    kind = question["type"]
    if kind == "single_choice":
        return 0
    if kind == "multiple_choice":
        return [0]
    if kind == "fields":
        return {f["id"]: "1" for f in question["fields"]}
    return "1"


def count(area: AccountsArea, table: Any) -> int:
    with area.runtime.sessions() as db:
        return int(db.scalar(select(func.count()).select_from(table)) or 0)


def authorise(client: TestClient[Any], plan: Planned, enrolment: str = "all") -> Any:
    assert invigilate(client, plan).status_code == 303
    return client.post(
        f"/invigilation/{plan.session_id}/authorise",
        data={"csrf_token": invigilator_token(client), "enrolment": enrolment},
        follow_redirects=False,
    )


def started(client: TestClient[Any], area: AccountsArea, plan: Planned, email: str = LEA):
    """``email`` checked in, allowed by the invigilator, test started: (headers, test id, page)."""
    headers = browser(client, area, plan.candidates[email])
    assert (
        client.post(f"{API}/check-in", json=check_in_body(plan, email), headers=headers).status_code
        == 200
    )
    cookies = dict(client.cookies)
    assert authorise(client, plan).status_code == 303
    client.cookies.clear()
    client.cookies.update(cookies)
    made = client.post(f"{API}/enrolments/{plan.enrolments[email]}/test", headers=headers)
    assert made.status_code == 201, made.text
    return headers, made.json()["test"]["id"], made.json()


def test_a_candidate_checks_in_waits_is_allowed_and_answers(
    client: TestClient[Any], area: AccountsArea
) -> None:
    plan = planned(client, area, extra_time=20)
    headers = browser(client, area, plan.candidates[LEA])
    body = check_in_body(plan, LEA, lastName="  MARTIN ", firstName="lea")
    checked = client.post(f"{API}/check-in", json=body, headers=headers)
    assert checked.status_code == 200, checked.text
    assert checked.json() == {
        "enrolment": plan.enrolments[LEA], "checkedIn": True, "authorised": False, "test": None,
    }  # fmt: skip
    early = client.post(f"{API}/enrolments/{plan.enrolments[LEA]}/test", headers=headers)
    assert early.status_code == 409 and _type(early) == "not-authorised"
    assert count(area, CertificationTestRow) == 0

    cookies = dict(client.cookies)
    assert authorise(client, plan).status_code == 303
    live = client.get(f"/invigilation/{plan.session_id}/status").json()["candidates"]
    assert {c["lastName"]: c["state"] for c in live} == {"Martin": "authorised", "Cœur": "enrolled"}
    client.cookies.clear()
    client.cookies.update(cookies)
    waiting = client.get(f"{API}/enrolments/{plan.enrolments[LEA]}", headers=headers).json()
    assert waiting["authorised"] is True

    made = client.post(f"{API}/enrolments/{plan.enrolments[LEA]}/test", headers=headers)
    assert made.status_code == 201, made.text
    test, question = made.json()["test"], made.json()["question"]
    assert test["secondsLeft"] == 126 * 60  # 105 min + 20 %
    assert question["number"] == 1 and "id" not in question
    for n in range(1, 4):
        again = client.get(f"{API}/tests/{test['id']}/question", headers=headers).json()
        assert again["question"]["reference"] == question["reference"]  # a reload: the same
        sent = {"reference": question["reference"], "answer": some_answer(question)}
        done = client.post(f"{API}/tests/{test['id']}/answers", json=sent, headers=headers)
        assert done.status_code == 200, done.text
        assert done.json()["test"]["answers"] == n
        question = done.json()["question"]
    with area.runtime.sessions() as db:
        rows = db.scalars(select(CertificationAnswer).order_by(CertificationAnswer.position)).all()
        assert [r.position for r in rows] == [1, 2, 3, 4]
        assert all(r.item_version >= 1 and "discrimination" in r.parameters for r in rows)
        assert [r.answered_at is not None for r in rows] == [True, True, True, False]
        shown = {r.item_id for r in rows}
        exposures = db.scalars(select(ItemExposure).where(ItemExposure.item_id.in_(shown))).all()
        assert sum(e.count for e in exposures) == 4
        comps = [r.parameters["competence"] for r in rows]
        assert all(a != b for a, b in itertools.pairwise(comps))  # never twice in a row


def test_the_invigilator_ends_a_test_and_records_incidents(
    client: TestClient[Any], area: AccountsArea
) -> None:
    plan = planned(client, area)
    headers, test_id, page = started(client, area, plan)
    reported = client.post(
        f"{API}/tests/{test_id}/problems",
        json={"reference": page["question"]["reference"], "description": "image absente"},
        headers=headers,
    )
    assert reported.status_code == 201 and reported.json()["category"] == "in_challenge_problem"

    assert invigilate(client, plan).status_code == 303
    token = invigilator_token(client)
    url = f"/invigilation/{plan.session_id}"

    def end(reason: str) -> Any:
        data = {"csrf_token": token, "enrolment": plan.enrolments[LEA], "reason": reason}
        return client.post(f"{url}/end", data=data, follow_redirects=False)

    assert end("bored").status_code == 422
    assert end("technical").status_code == 303
    assert end("candidate").status_code == 409
    noted = client.post(f"{url}/incidents", data={"csrf_token": token, "category": "fraud",
                        "enrolment": plan.enrolments[NOEL], "description": "téléphone"},
                        follow_redirects=False)  # fmt: skip
    assert noted.status_code == 303
    wrong = client.post(f"{url}/incidents", data={"csrf_token": token, "category": "weather"},
                        follow_redirects=False)  # fmt: skip
    assert wrong.status_code == 422
    live = {c["lastName"]: c for c in client.get(f"{url}/status").json()["candidates"]}
    assert live["Martin"]["state"] == "ended" and live["Martin"]["abortReason"] == "technical"
    with area.runtime.sessions() as db:
        row = db.scalars(select(CertificationTestRow)).one()
        assert row.status == "ended_by_invigilator" and row.abort_reason == "technical"
        assert row.score is None  # a technical abort below 20 answers gives no result
        cats = sorted(i.category for i in db.scalars(select(Incident)))
        assert cats == ["fraud", "in_challenge_problem"]

    browser_again = dict(headers)
    client.cookies.clear()
    after = client.get(f"{API}/tests/{test_id}/question", headers=browser_again)
    assert after.status_code in (401, 200)


def test_after_the_time_is_up_nothing_is_stored_and_the_test_ends(
    client: TestClient[Any], area: AccountsArea, clock: Clock
) -> None:
    plan = planned(client, area)
    headers, test_id, page = started(client, area, plan)
    question = page["question"]
    for _ in range(4):  # the candidate reloads now and then (their login session stays alive)
        clock.advance(minutes=21)
        shown = client.get(f"{API}/tests/{test_id}/question", headers=headers).json()
        assert shown["question"]["reference"] == question["reference"]
    assert shown["test"]["secondsLeft"] == 21 * 60
    clock.advance(minutes=21, seconds=1)
    late = client.post(
        f"{API}/tests/{test_id}/answers",
        json={"reference": question["reference"], "answer": some_answer(question)},
        headers=headers,
    )
    assert late.status_code == 409 and _type(late) == "time-up"
    with area.runtime.sessions() as db:
        assert db.scalars(select(CertificationAnswer)).one().answered_at is None
        row = db.scalars(select(CertificationTestRow)).one()
        assert row.status == "completed" and row.ended_at is not None
    now = client.get(f"{API}/tests/{test_id}/question", headers=headers).json()
    assert now["question"] is None and now["test"]["status"] == "completed"


def test_bad_input_gets_its_code_and_changes_nothing(
    client: TestClient[Any], area: AccountsArea
) -> None:
    plan = planned(client, area)
    _, test_id, page = started(client, area, plan)
    question = page["question"]
    answers_before = count(area, CertificationAnswer)

    # another candidate opening, answering or reporting on this test: 404
    other = browser(client, area, plan.candidates[NOEL])
    for response in (
        client.get(f"{API}/tests/{test_id}/question", headers=other),
        client.post(f"{API}/tests/{test_id}/answers",
                    json={"reference": question["reference"], "answer": 0}, headers=other),
        client.post(f"{API}/tests/{test_id}/problems",
                    json={"reference": question["reference"]}, headers=other),
        client.get(f"{API}/enrolments/{plan.enrolments[LEA]}", headers=other),
        client.post(f"{API}/enrolments/{plan.enrolments[LEA]}/test", headers=other),
    ):  # fmt: skip
        assert response.status_code == 404, response.text

    # a second browser of the same candidate: 409 other-browser, until the invigilator lets go
    second = browser(client, area, plan.candidates[LEA])
    refused = client.get(f"{API}/tests/{test_id}/question", headers=second)
    assert refused.status_code == 409 and _type(refused) == "other-browser"
    body = {"reference": question["reference"], "answer": 0}
    refused = client.post(f"{API}/tests/{test_id}/answers", json=body, headers=second)
    assert refused.status_code == 409 and _type(refused) == "other-browser"
    second_cookies = dict(client.cookies)
    assert invigilate(client, plan).status_code == 303
    released = client.post(
        f"/invigilation/{plan.session_id}/release",
        data={"csrf_token": invigilator_token(client), "enrolment": plan.enrolments[LEA]},
        follow_redirects=False,
    )
    assert released.status_code == 303
    client.cookies.clear()
    client.cookies.update(second_cookies)
    taken = client.get(f"{API}/tests/{test_id}/question", headers=second)
    assert (
        taken.status_code == 200 and taken.json()["question"]["reference"] == question["reference"]
    )

    # answering an item not asked, a bad answer, no CSRF header
    for reference, status, code in (("nope", 409, "not-current-question"),):
        bad = client.post(f"{API}/tests/{test_id}/answers",
                          json={"reference": reference, "answer": 0}, headers=second)  # fmt: skip
        assert bad.status_code == status and _type(bad) == code
    no_csrf = client.post(f"{API}/tests/{test_id}/answers",
                          json={"reference": question["reference"], "answer": 0})  # fmt: skip
    assert no_csrf.status_code == 403
    # the double submission: one answer stored, the second 409
    body = {"reference": question["reference"], "answer": some_answer(question)}
    assert (
        client.post(f"{API}/tests/{test_id}/answers", json=body, headers=second).status_code == 200
    )
    again = client.post(f"{API}/tests/{test_id}/answers", json=body, headers=second)
    assert again.status_code == 409 and _type(again) == "already-answered"
    with area.runtime.sessions() as db:
        answered = db.scalars(
            select(CertificationAnswer).where(CertificationAnswer.answered_at.is_not(None))
        ).all()
        assert len(answered) == 1
    assert count(area, CertificationAnswer) == answers_before + 1  # the next question only


def test_wrong_codes_and_passwords_are_rate_limited(
    client: TestClient[Any], area: AccountsArea
) -> None:
    plan = planned(client, area)
    headers = browser(client, area, plan.candidates[NOEL])
    url = f"{API}/check-in"
    wrong_birth = check_in_body(plan, NOEL, birthDate="1991-11-29")
    assert client.post(url, json=wrong_birth, headers=headers).status_code == 422
    for _ in range(4):
        bad = client.post(url, json=check_in_body(plan, NOEL, accessCode="ZZZZZZ"), headers=headers)
        assert bad.status_code == 422 and _type(bad) == "check-in-refused"
    limited = client.post(url, json=check_in_body(plan, NOEL), headers=headers)
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) > 0
    # Léa may not check in to Noël's enrolment with Noël's identity
    lea = browser(client, area, plan.candidates[LEA])
    assert client.post(url, json=check_in_body(plan, NOEL), headers=lea).status_code == 422
    with area.runtime.sessions() as db:
        assert all(e.checked_in_at is None for e in db.scalars(select(Enrolment)))

    for _ in range(5):
        assert invigilate(client, plan, password="wrong-password").status_code == 401
    blocked = invigilate(client, plan)  # the right password, but too late
    assert blocked.status_code == 429 and "certinum_invigilator" not in blocked.cookies
    page = client.get(f"/invigilation/{plan.session_id}")
    assert page.status_code == 401
    assert client.get(f"/invigilation/{plan.session_id}/status").status_code == 401


def test_invigilator_forms_need_their_token_and_their_session(
    client: TestClient[Any], area: AccountsArea
) -> None:
    plan = planned(client, area)
    headers = browser(client, area, plan.candidates[LEA])
    assert (
        client.post(f"{API}/check-in", json=check_in_body(plan, LEA), headers=headers).status_code
        == 200
    )
    assert invigilate(client, plan).status_code == 303
    url = f"/invigilation/{plan.session_id}"
    no_token = client.post(f"{url}/authorise", data={"enrolment": "all"}, follow_redirects=False)
    assert no_token.status_code == 403
    other = client.get(f"/invigilation/{plan.session_id + 1}/status")
    assert other.status_code == 401
    with area.runtime.sessions() as db:
        assert all(e.authorised_at is None for e in db.scalars(select(Enrolment)))
    page = client.get(url)
    assert page.status_code == 200 and "MARTIN" in page.text
