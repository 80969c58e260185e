"""The certification test's page shows a question's material as a positioning test does (an
HTML document in a sandboxed frame titled with its alt text, a link to open it), with the
elements to pick; the material route serves it, sandboxed, to the candidate of that test only,
in the test's browser, while the question is asked; the element picked is marked right
(SQLite and PostgreSQL)."""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import pytest
from accounts_helpers import Clock, accounts_runtime
from exam_helpers import PEOPLE, browser, check_in_body, invigilate, invigilator_token, planned
from litestar.testing import TestClient
from sqlalchemy import select, update

from assessment.adaptive import AskedItem
from certinum.accounts.area import AccountsArea
from certinum.certification.exam_state import from_json, params_json, to_json
from certinum.certification.invigilation import end_test
from certinum.certification.tables import CertificationAnswer, CertificationTestRow
from certinum.positioning.catalogue import default_catalogue
from certinum.positioning.material import SANDBOX_POLICY
from certinum.positioning.simulate import simulated_answer
from certinum.positioning.views import drawn_order

API = "/api/certification"
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
REFERENCE = re.compile(r'name="reference" value="([^"]+)"')
LEA, NOEL = "lea@example.org", "noel@example.org"
HTML_PICK = "f-1.1-243630d2~a"  # a pick in an HTML page of the shipped bank, with 2 documents


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def area(service_env: dict[str, str], clock: Clock) -> Iterator[AccountsArea]:
    with accounts_runtime(service_env, clock) as runtime:
        yield AccountsArea.open(runtime)


def _both_started(client: TestClient[Any], area: AccountsArea) -> tuple[Any, dict[str, Any]]:
    """Both candidates checked in, allowed, their tests started: the plan, and per candidate
    (cookies, test id)."""
    plan = planned(client, area)
    cookies = {}
    for email in PEOPLE:
        headers = browser(client, area, plan.candidates[email])
        done = client.post(f"{API}/check-in", json=check_in_body(plan, email), headers=headers)
        assert done.status_code == 200, done.text
        cookies[email] = (dict(client.cookies), headers)
    assert invigilate(client, plan).status_code == 303
    allowed = client.post(
        f"/invigilation/{plan.session_id}/authorise",
        data={"csrf_token": invigilator_token(client), "enrolment": "all"},
        follow_redirects=False,
    )
    assert allowed.status_code == 303
    started = {}
    for email, (jar, headers) in cookies.items():
        client.cookies.clear()
        client.cookies.update(jar)
        made = client.post(f"{API}/enrolments/{plan.enrolments[email]}/test", headers=headers)
        assert made.status_code == 201, made.text
        started[email] = (jar, made.json()["test"]["id"])
    return plan, started


def _ask(area: AccountsArea, test_id: int, item_id: str) -> None:
    """The question being asked in ``test_id`` is ``item_id`` (as if the engine had chosen
    it): its row and the engine's state, with an order of its elements drawn as the service
    draws it."""
    bank = default_catalogue().bank
    params = next(p for p in bank.item_params() if p.id == item_id)
    with area.runtime.sessions.begin() as db:
        test = db.get(CertificationTestRow, test_id)
        assert test is not None
        state = from_json(test.engine_state)
        test.engine_state = to_json(replace(state, asked=(*state.asked[:-1], AskedItem(params))))
        current = CertificationAnswer.test_id == test_id, CertificationAnswer.answered_at.is_(None)
        db.execute(
            update(CertificationAnswer)
            .where(*current)
            .values(
                item_id=item_id, item_version=params.version, parameters=params_json(params),
                proposal_order=drawn_order(bank.get(item_id)),
            )
        )  # fmt: skip


def test_the_test_page_shows_the_material_and_serves_it_to_its_candidate_only(
    client: TestClient[Any], area: AccountsArea, clock: Clock
) -> None:
    plan, started = _both_started(client, area)
    (lea_jar, lea_test), (noel_jar, noel_test) = started[LEA], started[NOEL]
    _ask(area, lea_test, HTML_PICK)
    challenge = default_catalogue().bank.get(HTML_PICK)
    alt = challenge.material[0].alt_text("fr")
    client.cookies.clear()
    client.cookies.update(lea_jar)
    page = client.get(f"/certification/tests/{lea_test}")
    assert page.status_code == 200, page.text
    base = f"/certification/tests/{lea_test}/material"
    shown = html_lib.unescape(page.text)
    assert f'<iframe sandbox src="{base}/m1" title="{alt}" class="material-frame">' in shown
    assert f'href="{base}/m1" target="_blank"' in shown  # open it on its own page
    assert 'name="mode" value="choice"' in page.text  # the elements to pick, as radio buttons
    assert page.text.count('name="answer" value=') == len(challenge_picks(lea_test, area))

    frame = client.get(f"{base}/m1")
    assert frame.status_code == 200 and frame.headers["content-type"].startswith("text/html")
    assert frame.headers["content-security-policy"] == SANDBOX_POLICY
    assert frame.headers["x-content-type-options"] == "nosniff"
    assert client.get(f"{base}/m2").status_code == 200
    assert client.get(f"{base}/m3").status_code == 404  # not in the item
    assert client.get(f"{base}/..%2Fm1").status_code == 404

    client.cookies.clear()
    client.cookies.update(noel_jar)  # another candidate, with a test of their own
    assert client.get(f"{base}/m1").status_code == 404
    assert client.get(f"/certification/tests/{noel_test}").status_code == 200
    browser(client, area, plan.candidates[LEA])  # Léa, in a second browser
    assert client.get(f"{base}/m1").status_code == 404

    client.cookies.clear()
    client.cookies.update(lea_jar)
    deadline = _deadline(area, lea_test, clock.now - timedelta(seconds=1))
    assert client.get(f"{base}/m1").status_code == 404  # the time is up: nothing is served
    _deadline(area, lea_test, deadline)
    assert client.get(f"{base}/m1").status_code == 200

    # the element picked, by its position as shown, is mapped back to the element: right
    order = challenge_picks(lea_test, area)
    right_at = simulated_answer(challenge, order, True)
    token = TOKEN.search(page.text)
    reference = REFERENCE.search(page.text)
    assert token and reference
    sent = client.post(
        f"/certification/tests/{lea_test}/answers",
        data={"csrf_token": token.group(1), "reference": reference.group(1), "kind": "pick",
              "mode": "choice", "answer": str(right_at)},
        follow_redirects=False,
    )  # fmt: skip
    assert sent.status_code == 303, sent.text
    with area.runtime.sessions() as db:
        stored = db.scalar(
            select(CertificationAnswer).where(CertificationAnswer.reference == reference.group(1))
        )
        assert stored is not None and stored.correct is True and stored.answer == right_at
    end_test(area.runtime, plan.session_id, plan.enrolments[LEA], "technical")
    assert client.get(f"{base}/m1").status_code == 404  # the test has ended


def _deadline(area: AccountsArea, test_id: int, moment: datetime) -> datetime:
    """Move the test's deadline to ``moment`` (a login session would expire before 105
    minutes of a moved clock); the deadline it had."""
    with area.runtime.sessions.begin() as db:
        row = db.get(CertificationTestRow, test_id)
        assert row is not None
        before, row.deadline_at = row.deadline_at, moment
    return before


def challenge_picks(test_id: int, area: AccountsArea) -> list[int]:
    with area.runtime.sessions() as db:
        order = db.scalar(
            select(CertificationAnswer.proposal_order).where(
                CertificationAnswer.test_id == test_id, CertificationAnswer.answered_at.is_(None)
            )
        )
    return list(order or [])
