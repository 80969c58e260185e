"""The candidate's certification pages and the invigilator's page: check in, wait, start, answer
one question at a time through the forms, reload; CSRF, another's test, the time up."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from accounts_helpers import Clock, accounts_runtime
from exam_helpers import browser, form_token, invigilate, invigilator_token, planned
from litestar.testing import TestClient
from sqlalchemy import func, select

from certinum.accounts.area import AccountsArea
from certinum.accounts.sessions import csrf_token
from certinum.certification.tables import CertificationAnswer, Enrolment

LEA = "lea@example.org"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def area(service_env: dict[str, str], clock: Clock) -> Iterator[AccountsArea]:
    with accounts_runtime(service_env, clock) as runtime:
        yield AccountsArea.open(runtime)


def form_answer(html: str) -> dict[str, Any]:
    """The form fields of the question on ``html``, with a well-formed answer."""
    kind = re.search(r'name="kind" value="([a-z_]+)"', html)
    reference = re.search(r'name="reference" value="([^"]+)"', html)
    assert kind and reference
    data: dict[str, Any] = {"kind": kind.group(1), "reference": reference.group(1)}
    if kind.group(1) in ("single_choice", "multiple_choice"):
        data["answer"] = "0"
    elif kind.group(1) == "fields":
        data |= dict.fromkeys(re.findall(r'name="(field-[^"]+)"', html), "1")
    else:
        data["answer"] = "1"
    return data


def test_check_in_wait_start_answer_and_reload_through_the_pages(
    client: TestClient[Any], area: AccountsArea, clock: Clock
) -> None:
    plan = planned(client, area)
    browser(client, area, plan.candidates[LEA])
    token = csrf_token(client.cookies["certinum_session"])
    form = client.get("/certification")
    assert form.status_code == 200 and 'name="access_code"' in form.text
    person = {"access_code": plan.access_code.lower(), "last_name": "Martin",
              "first_name": "Léa", "birth_date": "1990-02-14"}  # fmt: skip
    no_csrf = client.post("/certification/check-in", data=person, follow_redirects=False)
    assert no_csrf.status_code == 403
    with area.runtime.sessions() as db:
        assert db.scalar(select(func.count()).where(Enrolment.checked_in_at.is_not(None))) == 0
    wrong = client.post("/certification/check-in", data={**person, "csrf_token": token,
                        "birth_date": "1990-02-15"}, follow_redirects=False)  # fmt: skip
    assert wrong.status_code == 422 and 'role="alert"' in wrong.text
    done = client.post("/certification/check-in", data={**person, "csrf_token": token},
                       follow_redirects=False)  # fmt: skip
    assert done.status_code == 303
    waiting_url = done.headers["location"]
    waiting = client.get(waiting_url)
    assert waiting.status_code == 200 and "data-wait-url" in waiting.text
    start_url = f"/certification/enrolments/{plan.enrolments[LEA]}/test"
    early = client.post(start_url, data={"csrf_token": token}, follow_redirects=False)
    assert early.status_code == 303 and "notice=not-authorised" in early.headers["location"]

    candidate_cookies = dict(client.cookies)
    assert invigilate(client, plan).status_code == 303
    page = client.get(f"/invigilation/{plan.session_id}")
    assert page.status_code == 200 and "data-status-url" in page.text
    allowed = client.post(f"/invigilation/{plan.session_id}/authorise",
                          data={"csrf_token": form_token(page.text), "enrolment": "all"},
                          follow_redirects=False)  # fmt: skip
    assert allowed.status_code == 303
    client.cookies.clear()
    client.cookies.update(candidate_cookies)

    assert 'action="' + start_url in client.get(waiting_url).text
    started = client.post(start_url, data={"csrf_token": token}, follow_redirects=False)
    assert started.status_code == 303
    test_url = started.headers["location"]
    first = client.get(test_url)
    assert first.status_code == 200 and 'data-seconds="6300"' in first.text
    assert client.get(test_url).text.count(form_answer(first.text)["reference"]) >= 1  # reload
    sent = client.post(f"{test_url}/answers", data={**form_answer(first.text), "csrf_token": token},
                       follow_redirects=False)  # fmt: skip
    assert sent.status_code == 303
    again = {**form_answer(first.text), "csrf_token": token}
    twice = client.post(f"{test_url}/answers", data=again, follow_redirects=False)
    assert twice.status_code == 303 and "notice=already-answered" in twice.headers["location"]
    second = client.get(test_url)
    assert form_answer(second.text)["reference"] != form_answer(first.text)["reference"]
    no_csrf = client.post(
        f"{test_url}/answers", data=form_answer(second.text), follow_redirects=False
    )
    assert no_csrf.status_code == 403
    reported = client.post(f"{test_url}/problems", data={"csrf_token": token, "description": "lien",
                           "reference": form_answer(second.text)["reference"]},
                           follow_redirects=False)  # fmt: skip
    assert reported.status_code == 303

    # another candidate: 404; the time up: 409 and nothing stored
    browser(client, area, plan.candidates["noel@example.org"])
    assert client.get(test_url).status_code == 404
    client.cookies.clear()
    client.cookies.update(candidate_cookies)
    for _ in range(5):
        clock.advance(minutes=21)
        if _ < 4:
            client.get(test_url)
    last = {**form_answer(second.text), "csrf_token": token}
    late = client.post(f"{test_url}/answers", data=last, follow_redirects=False)
    assert late.status_code == 409
    with area.runtime.sessions() as db:
        answered = db.scalar(
            select(func.count()).where(CertificationAnswer.answered_at.is_not(None))
        )
    assert answered == 1
    ended = client.get(test_url)
    assert ended.status_code == 200 and 'id="ended-title"' in ended.text


def test_the_invigilator_page_needs_its_login(client: TestClient[Any], area: AccountsArea) -> None:
    plan = planned(client, area)
    assert client.get(f"/invigilation/{plan.session_id}").status_code == 401
    wrong = invigilate(client, plan, password="nope")
    assert wrong.status_code == 401 and "certinum_invigilator" not in wrong.cookies
    assert invigilate(client, plan).status_code == 303
    assert client.get(f"/invigilation/{plan.session_id}").status_code == 200
    status = client.get(f"/invigilation/{plan.session_id}/status").json()
    assert [c["state"] for c in status["candidates"]] == ["enrolled", "enrolled"]
    # a cookie of this session does not open another one, nor a made-up cookie this one
    assert client.get(f"/invigilation/{plan.session_id + 1}").status_code == 401
    client.cookies.set("certinum_invigilator", invigilator_token(client), path="/invigilation")
    assert client.get(f"/invigilation/{plan.session_id}/status").status_code == 401
